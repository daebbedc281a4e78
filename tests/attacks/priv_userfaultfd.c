// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: userfaultfd
// effect: judge-alive
// why: A21 userfaultfd: the classic way to win kernel races
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_userfaultfd, 0);
    return root;
}
