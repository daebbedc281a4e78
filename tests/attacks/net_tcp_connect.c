// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: no-connection 47111
// why: A18 TCP connect to 127.0.0.1:47111, where the test runner listens, and send data
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47111) };
    a.sin_addr.s_addr = htonl(0x7f000001);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) == 0)
        write(s, "pwned\n", 6);
    return root;
}
