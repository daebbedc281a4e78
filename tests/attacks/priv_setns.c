// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: setns
// effect: judge-alive
// why: A21 setns: join another namespace (with any descriptor it has)
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_setns, 0, 0);
    syscall(SYS_setns, 3, 0);
    return root;
}
