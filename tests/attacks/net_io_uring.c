// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: io_uring_setup
// effect: judge-alive
// why: A18 io_uring_setup: io_uring performs socket/open operations that seccomp never sees (isolate NEWS 2.6, nsjail PR #341)
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    unsigned char params[120] = { 0 };   /* struct io_uring_params */
    syscall(425 /* io_uring_setup */, 8u, params);
    return root;
}
