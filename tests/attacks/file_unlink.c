// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: unlink
// effect: judge-alive
// why: A16 unlink a file (a path that does not exist, so nothing is lost if the filter fails)
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    unlink("/tmp/judge-attack-unlink-does-not-exist");
    return root;
}
