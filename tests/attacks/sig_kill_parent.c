// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: kill
// effect: judge-alive
// why: A19 kill(getppid(), SIGKILL): kill the judge itself
#include <signal.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    kill(getppid(), SIGKILL);
    return root;
}
