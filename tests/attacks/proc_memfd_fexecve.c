// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: memfd_create
// effect: no-file /tmp/judge-attack-memfd
// effect: no-process sleep 31337
// why: A14 fileless exec: memfd_create, write a script into it, fexecve it
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    static const char script[] = "#!/bin/sh\ntouch /tmp/judge-attack-memfd\nexec sleep 31337\n";
    char *argv[] = { "x", NULL };
    char *envp[] = { "PATH=/usr/bin:/bin", NULL };
    int fd = (int)syscall(SYS_memfd_create, "x", 0u);
    if (fd >= 0) {
        write(fd, script, sizeof script - 1);
        fexecve(fd, argv, envp);
    }
    return root;
}
