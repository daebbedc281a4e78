// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: no-process solution
// effect: judge-alive
// why: A11 fork(): glibc's fork is clone(SIGCHLD); a child would outlive the case, so no clone at all
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    pid_t p = fork();
    if (p == 0)
        for (;;)
            pause();
    return root;
}
