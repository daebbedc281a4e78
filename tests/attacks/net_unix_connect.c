// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: socket
// effect: no-connection 47111
// why: A18 AF_UNIX connect to the abstract socket @judge-attack-47111 the runner listens on (abstract sockets ignore the file system)
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    static const char name[] = "\0judge-attack-47111";
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    memcpy(a.sun_path, name, sizeof name - 1);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a,
                          (socklen_t)(offsetof(struct sockaddr_un, sun_path) + sizeof name - 1)) == 0)
        write(s, "pwned\n", 6);
    return root;
}
