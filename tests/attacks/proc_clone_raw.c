// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: no-process solution
// effect: judge-alive
// why: A11 the clone system call made directly with syscall(), not through glibc's fork
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    long r = syscall(SYS_clone, (long)SIGCHLD, 0L, 0L, 0L, 0L);
    if (r == 0)
        for (;;)
            pause();
    return root;
}
