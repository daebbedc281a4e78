// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 a backslash-newline inside the directive name: "#inc\\<newline>lude" is spliced before preprocessing, so a line-by-line check sees only "#inc"
#inc\
lude "/etc/passwd"

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
