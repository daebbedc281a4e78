// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: no-connection 47111
// why: C6 an __attribute__((constructor)) runs before main: the filter must already be in force (it connects to the runner's port)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

__attribute__((constructor)) static void early(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47111) };
    a.sin_addr.s_addr = htonl(0x7f000001);
    if (s >= 0)
        connect(s, (struct sockaddr *)&a, sizeof a);
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
