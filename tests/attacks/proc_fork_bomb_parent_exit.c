// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: no-process solution
// effect: judge-alive
// why: A11/A13 fork bomb whose parent exits at once (DOMjudge's fork-parent-exit test): the children must not survive
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    for (int i = 0; i < 100000; i++) {
        pid_t p = fork();
        if (p < 0)
            break;
        if (p == 0)
            continue;   /* the child forks on */
        _exit(0);       /* the parent leaves its children behind */
    }
    for (;;)
        pause();
    return root;
}
