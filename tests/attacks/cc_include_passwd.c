// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 #include "/etc/passwd": gcc quotes the offending lines in its errors, so the compile log prints the file
#include "/etc/passwd"

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
