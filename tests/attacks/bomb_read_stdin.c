// problem: invert-binary-tree
// expect: TLE
// detail: wall-clock
// effect: judge-alive
// why: A2 a blocking read of stdin (the judge's pacing pipe): a wall-clock TLE, and the judge must not deadlock
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char buf[64];
    while (read(0, buf, sizeof buf) >= 0)
        ;
    return root;
}
