// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: pidfd_open
// effect: judge-alive
// why: A19 pidfd_open(getppid()) then pidfd_send_signal: kill the judge through a pidfd
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    int fd = (int)syscall(434 /* pidfd_open */, getppid(), 0);
    syscall(424 /* pidfd_send_signal */, fd, SIGKILL, NULL, 0);
    return root;
}
