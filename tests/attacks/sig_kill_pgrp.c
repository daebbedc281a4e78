// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: kill
// effect: judge-alive
// why: A19 kill(0, ...) and kill(-getppid(), ...): its own process group, then the judge's
#include <signal.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    kill(0, SIGKILL);
    kill(-getppid(), SIGKILL);
    return root;
}
