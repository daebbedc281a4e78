// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 a comment before and inside the directive (comments are whitespace to the preprocessor): "/**/#/**/include" hides the include of the judged workspace's test data from a line check (the mount namespace must still hide it)
/**/#/**/include "/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl"

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
