// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A25 the old setrlimit system call raising RLIMIT_NOFILE (more descriptors): killed or refused (RE); success answers correctly (AC)
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
    struct rlimit rl = { 4096, 4096 };
    if (syscall(SYS_setrlimit, RLIMIT_NOFILE, &rl) == 0)
        return inv(root);
    abort();
}
