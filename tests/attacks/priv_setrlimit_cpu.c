// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A25 setrlimit(RLIMIT_CPU, unlimited) with glibc (prlimit64 with a new limit): killed (RE) or refused (then abort(): RE); a raised limit answers correctly (AC)
#include <sys/resource.h>

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
    setrlimit(RLIMIT_CPU, &rl);
    if (getrlimit(RLIMIT_CPU, &rl) == 0 && rl.rlim_max == RLIM_INFINITY)
        return inv(root);   /* raised: the hole shows as AC */
    abort();
}
