// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: ptrace
// effect: judge-alive
// why: A20 ptrace(PTRACE_TRACEME): become the judge's tracee
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_ptrace, 0 /* PTRACE_TRACEME */, 0, 0, 0);
    return root;
}
