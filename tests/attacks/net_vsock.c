// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: judge-alive
// why: A18 AF_VSOCK, not network-namespaced (isolate NEWS 2.4/2.6): reaches the hypervisor host
#include <sys/socket.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    socket(40 /* AF_VSOCK */, SOCK_STREAM, 0);
    return root;
}
