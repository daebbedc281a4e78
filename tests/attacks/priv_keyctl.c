// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: keyctl
// effect: judge-alive
// why: A21/A22 keyctl: keyrings are not namespaced (isolate NEWS 2.4): read the session keyring
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* KEY_SPEC_SESSION_KEYRING */, 0);
    return root;
}
