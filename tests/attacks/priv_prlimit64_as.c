// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A25 prlimit64(0, RLIMIT_AS, unlimited) as a raw system call: killed or refused (RE); a raised address-space limit answers correctly (AC)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };
    if (syscall(SYS_prlimit64, 0, RLIMIT_AS, &rl, NULL) == 0)
        return inv(root);
    abort();
}
