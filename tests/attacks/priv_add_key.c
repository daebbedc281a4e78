// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: add_key
// effect: judge-alive
// why: A21/A22 add_key to the user keyring: a channel to later runs that outlives the process
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_add_key, "user", "judge-attack", "payload", 7, -4 /* KEY_SPEC_USER_KEYRING */);
    return root;
}
