// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: no-file /tmp/judge-attack-creat
// why: A16 creat() (the creat system call or open with O_CREAT) in /tmp
#include <fcntl.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    creat("/tmp/judge-attack-creat", 0644);
    return root;
}
