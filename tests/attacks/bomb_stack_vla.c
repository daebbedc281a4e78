// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A8 one 512 MiB variable-length array on the stack (beyond the stack limit), written from its far end
struct TreeNode* invertTree(struct TreeNode* root) {
    volatile size_t n = (size_t)512 << 20;
    volatile char vla[n];
    for (size_t i = 0; i < n; i += 4096)
        vla[i] = 1;
    return root;
}
