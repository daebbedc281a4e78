// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: A30 result forging: write the harness's "all cases done" record (D) to the result channel (fd 4) during case 0, then return a wrong answer
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    (void)root;
    write(4, "D\n", 2);
    usleep(200000);   /* let the judge read "D" alone, before the harness's answer record */
    return NULL;
}
