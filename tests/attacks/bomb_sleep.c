// problem: invert-binary-tree
// expect: TLE
// detail: wall-clock
// effect: judge-alive
// why: A2 sleep(100): no CPU used, a wall-clock TLE (Judger: RE by SIGSYS on nanosleep)
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    sleep(100);
    return root;
}
