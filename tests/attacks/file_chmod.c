// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: chmod
// effect: judge-alive
// why: A16 chmod (of its own working directory, so nothing is damaged if the filter fails)
#include <sys/stat.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    chmod(".", 0777);
    return root;
}
