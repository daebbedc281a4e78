// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: execve
// effect: no-file /tmp/judge-attack-execve
// effect: no-process sleep 31337
// why: A14 execve("/bin/sh") replacing the solution: only the judge's own first exec is allowed
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    char *argv[] = { "sh", "-c", "touch /tmp/judge-attack-execve; exec sleep 31337", NULL };
    char *envp[] = { "PATH=/usr/bin:/bin", NULL };
    execve("/bin/sh", argv, envp);
    return root;
}
