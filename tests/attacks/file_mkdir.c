// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: mkdir
// effect: no-file /tmp/judge-attack-mkdir
// why: A16 mkdir in /tmp
#include <sys/stat.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    mkdir("/tmp/judge-attack-mkdir", 0777);
    return root;
}
