// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: setuid
// effect: judge-alive
// why: A21 setuid(0) (and setgid/setgroups after it): no identity changes
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    setuid(0);
    setgid(0);
    return root;
}
