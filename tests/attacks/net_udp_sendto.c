// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: no-connection 47111
// why: A18 UDP datagram to 127.0.0.1:47111 (no connection needed to leak data)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47111) };
    a.sin_addr.s_addr = htonl(0x7f000001);
    if (s >= 0)
        sendto(s, "pwned\n", 6, 0, (struct sockaddr *)&a, sizeof a);
    return root;
}
