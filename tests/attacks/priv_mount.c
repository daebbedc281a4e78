// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: mount
// effect: judge-alive
// why: A21 mount a tmpfs (on its own working directory, so nothing outside changes if the filter fails)
#include <sys/mount.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    mount("none", ".", "tmpfs", 0, "size=1m");
    return root;
}
