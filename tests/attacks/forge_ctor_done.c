// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: A30/C6 a constructor reads the case count from fd 3 and writes "B <n>" and "D" to fd 4 before main: the judge must not take that for a finished run
#include <unistd.h>

__attribute__((constructor)) static void forge(void) {
    char head[64] = { 0 }, rec[64];
    int n = 0;
    if (pread(3, head, sizeof head - 1, 0) > 0)
        sscanf(head, "JUDGE-CASES 1\n%d", &n);
    int len = snprintf(rec, sizeof rec, "B %d\nD\n", n);
    write(4, rec, (size_t)len);
    usleep(200000);   /* let the judge read the forged records alone */
}

struct TreeNode* invertTree(struct TreeNode* root) {
    (void)root;
    return NULL;
}
