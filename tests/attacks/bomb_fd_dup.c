// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: dup
// effect: judge-alive
// why: A26 descriptor bomb with dup(1) in a loop: no new descriptors at all (dup is not allowed)
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    for (int i = 0; i < 100000; i++)
        dup(1);
    return root;
}
