// problem: invert-binary-tree
// expect: MLE
// effect: judge-alive
// why: A5 malloc(1 GiB) unchecked, then written: a SIGSEGV that is really a memory limit (Judger: RE with 1.3 MB); surviving it answers correctly
static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    char *volatile p = malloc(1u << 30);
    for (size_t i = 0; i < (1u << 30); i += 4096)
        p[i] = 1;
    return inv(root);
}
