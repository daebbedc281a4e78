// problem: invert-binary-tree
// expect: CE
// effect: no-process cc1
// effect: judge-alive
// why: C1 #include "/dev/zero": an endless file of NULs; the compiler must be stopped by its limits (CE)
#include "/dev/zero"

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return inv(root);
}
