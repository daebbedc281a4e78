// problem: invert-binary-tree
// expect: MLE
// effect: judge-alive
// why: A6 touch memory 1 MiB at a time up to 300 MiB (under the address-space limit, over the 256 MB limit), then answer correctly: resident memory decides
static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    static char *volatile blocks[300];
    for (int i = 0; i < 300; i++) {
        char *p = malloc(1u << 20);
        if (!p)
            break;
        memset(p, 0x5a, 1u << 20);
        blocks[i] = p;
    }
    return inv(root);
}
