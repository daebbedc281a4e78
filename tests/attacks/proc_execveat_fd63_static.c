// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: execveat
// effect: judge-alive
// why: A14 same hole as proc_execveat_fd63_path, made visible: exec the static /sbin/ldconfig (only allowed calls) through execveat(63, "/abs/path", AT_EMPTY_PATH); its banner would reach stdout
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char *argv[] = { "ldconfig", "--version", NULL };
    char *envp[] = { NULL };
    syscall(SYS_execveat, 63, "/sbin/ldconfig", argv, envp, 0x1000 /* AT_EMPTY_PATH */);
    return root;
}
