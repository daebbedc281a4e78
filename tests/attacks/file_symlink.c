// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: symlink
// effect: no-file /tmp/judge-attack-symlink
// why: A16 symlink in /tmp pointing at /etc/shadow (a trap for whoever opens it later)
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    symlink("/etc/shadow", "/tmp/judge-attack-symlink");
    return root;
}
