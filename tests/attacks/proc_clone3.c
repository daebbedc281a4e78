// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone3
// effect: no-process solution
// effect: judge-alive
// why: A11 clone3 through syscall(): a filter that only lists clone/fork/vfork misses it
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    uint64_t args[8] = { 0 };   /* struct clone_args, version 0 (64 bytes) */
    args[4] = SIGCHLD;          /* exit_signal */
    long r = syscall(435 /* clone3 */, args, sizeof args);
    if (r == 0)
        for (;;)
            pause();
    return root;
}
