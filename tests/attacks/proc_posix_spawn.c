// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: no-file /tmp/judge-attack-spawn
// effect: no-process sleep 31337
// why: A14 posix_spawn (glibc: clone3 with CLONE_VM|CLONE_VFORK, then execve) of a shell
#include <spawn.h>

extern char **environ;

struct TreeNode* invertTree(struct TreeNode* root) {
    pid_t pid;
    char *argv[] = { "sh", "-c", "touch /tmp/judge-attack-spawn; exec sleep 31337", NULL };
    posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ);
    return root;
}
