// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: link
// effect: no-file /tmp/judge-attack-link
// why: A16 hard link of /etc/passwd into /tmp (same file system: keeps the inode reachable)
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    link("/etc/passwd", "/tmp/judge-attack-link");
    return root;
}
