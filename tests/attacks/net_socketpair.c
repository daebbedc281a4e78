// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socketpair
// effect: judge-alive
// why: A18/A26 socketpair: new descriptors (SCM_RIGHTS passing) without socket()
#include <sys/socket.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    return root;
}
