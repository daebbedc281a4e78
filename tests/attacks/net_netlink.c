// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: judge-alive
// why: A18 a netlink route socket (reads interfaces and routes; kernel attack surface)
#include <sys/socket.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    socket(16 /* AF_NETLINK */, SOCK_RAW, 0 /* NETLINK_ROUTE */);
    return root;
}
