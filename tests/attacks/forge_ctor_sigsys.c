// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: no-connection 47111
// why: C6/A24 a constructor installs its own SIGSYS handler (to survive the trap and carry on), then calls socket and connects
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

static void ignore(int sig) { (void)sig; }

__attribute__((constructor)) static void early(void) {
    signal(SIGSYS, ignore);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47111) };
    a.sin_addr.s_addr = htonl(0x7f000001);
    connect(s, (struct sockaddr *)&a, sizeof a);
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
