// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: chroot
// effect: judge-alive
// why: A21 chroot (into its own working directory)
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_chroot, ".");
    return root;
}
