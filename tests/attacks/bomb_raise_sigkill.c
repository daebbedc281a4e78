// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A28 raise(SIGKILL) at once: a runtime error of the program's own making, not a time limit
#include <signal.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    raise(SIGKILL);
    return root;
}
