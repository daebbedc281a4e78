// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: execveat
// effect: no-file /tmp/judge-attack-execveat
// effect: no-process sleep 31337
// why: A14 execveat(AT_FDCWD, "/bin/sh"): the allowed exec must be pinned to the judge's fd
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char *argv[] = { "sh", "-c", "touch /tmp/judge-attack-execveat; exec sleep 31337", NULL };
    char *envp[] = { "PATH=/usr/bin:/bin", NULL };
    syscall(SYS_execveat, -100 /* AT_FDCWD */, "/bin/sh", argv, envp, 0);
    return root;
}
