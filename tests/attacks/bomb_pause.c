// problem: invert-binary-tree
// expect: TLE
// detail: wall-clock
// effect: judge-alive
// why: A2 pause() forever: a wall-clock TLE
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    pause();
    return root;
}
