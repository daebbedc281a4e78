// problem: invert-binary-tree
// expect: CE
// effect: judge-alive
// why: C6 define the harness's judge_ret_tree (global) to report answers itself: a duplicate symbol, so the link must fail
#include <unistd.h>

struct judge_case;
void judge_ret_tree(struct judge_case *c, const void *root);
void judge_ret_tree(struct judge_case *c, const void *root) {
    (void)c;
    (void)root;
    write(4, "D\n", 2);
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
