// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: unshare
// effect: judge-alive
// why: A21 unshare(CLONE_NEWUSER | CLONE_NEWNS): a user namespace gives "root" and a path to kernel bugs
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_unshare, 0x10000000 /* CLONE_NEWUSER */ | 0x00020000 /* CLONE_NEWNS */);
    return root;
}
