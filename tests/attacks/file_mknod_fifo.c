// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: mknod
// effect: no-file /tmp/judge-attack-fifo
// why: A16/A22 a FIFO in /tmp as a channel to a later run
#include <sys/stat.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    mkfifo("/tmp/judge-attack-fifo", 0666);
    return root;
}
