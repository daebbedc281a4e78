// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 #include "/etc/shadow": readable by a compiler running as root; its errors would print password hashes
#include "/etc/shadow"

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
