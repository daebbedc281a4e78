// problem: invert-binary-tree
// expect: TLE
// detail: CPU
// effect: judge-alive
// why: A3 a system-call loop burns kernel time (Judger counts only user time): must count as CPU time
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    for (;;)
        getppid();
    return root;
}
