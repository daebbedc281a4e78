// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: ptrace
// effect: judge-alive
// why: A20 ptrace(PTRACE_SEIZE) of the judge (same uid): read its memory, the expected outputs
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_ptrace, 0x4206 /* PTRACE_SEIZE */, getppid(), 0, 0);
    return root;
}
