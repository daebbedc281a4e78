// problem: invert-binary-tree
// expect: MLE
// effect: judge-alive
// why: A4 malloc(1 GiB) checked: the program handles NULL and returns (Judger/isolate: RE exit 3)
struct TreeNode* invertTree(struct TreeNode* root) {
    char *p = malloc(1u << 30);
    if (!p)
        return NULL;
    memset(p, 1, 1u << 30);
    return root;
}
