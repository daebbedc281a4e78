// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: kill
// effect: judge-alive
// why: A19 kill(-1, SIGKILL): every process the user may signal, the judge included (Judger: SIGSYS; isolate: nothing visible)
#include <signal.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    kill(-1, SIGKILL);
    return root;
}
