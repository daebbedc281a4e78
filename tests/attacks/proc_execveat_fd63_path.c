// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: execveat
// effect: no-file /tmp/judge-attack-execveat63
// effect: no-process sleep 31337
// why: A14 the allowlist lets execveat(63, ..., AT_EMPTY_PATH) through for the judge's one exec; an absolute path ignores the dirfd (nsjail #131): a second exec
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char *argv[] = { "sh", "-c", "touch /tmp/judge-attack-execveat63; exec sleep 31337", NULL };
    char *envp[] = { "PATH=/usr/bin:/bin", NULL };
    syscall(SYS_execveat, 63, "/bin/sh", argv, envp, 0x1000 /* AT_EMPTY_PATH */);
    return root;
}
