// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: kill
// effect: judge-alive
// why: A19 kill(1, SIGTERM): signal init (here the test runner, PID 1 of its namespace)
#include <signal.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    kill(1, SIGTERM);
    return root;
}
