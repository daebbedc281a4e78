// problem: invert-binary-tree
// expect: RE
// detail: SIGABRT
// effect: judge-alive
// why: A28 a failed assert (abort): RE named SIGABRT, not a seccomp kill (Judger: SIGSYS on rt_sigprocmask/tgkill)
#include <assert.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    assert(root == NULL);
    return root;
}
