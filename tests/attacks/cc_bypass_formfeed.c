// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 a form feed between # and include (allowed whitespace in a directive) hides "#<FF>include \"/etc/shadow\"" from a check that skips only spaces and tabs
#include "/etc/shadow"

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
