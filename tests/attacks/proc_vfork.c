// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: vfork
// effect: no-file /tmp/judge-attack-vfork
// effect: no-process sleep 31337
// why: A11/A14 vfork() then execve of a shell in the child
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char *argv[] = { "sh", "-c", "touch /tmp/judge-attack-vfork; exec sleep 31337", NULL };
    char *envp[] = { "PATH=/usr/bin:/bin", NULL };
    pid_t p = vfork();
    if (p == 0) {
        execve("/bin/sh", argv, envp);
        _exit(127);
    }
    return root;
}
