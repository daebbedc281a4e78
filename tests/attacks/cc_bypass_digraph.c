// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 the digraph %: is # (C99): "%:include \"/etc/passwd\"" is a directive that a check looking for '#' never sees; gcc then quotes the file in its errors
%:include "/etc/passwd"

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
