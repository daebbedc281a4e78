// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A23 the i386 ABI through int $0x80 (getpid = 20) dodges a filter written for x86-64 numbers; must kill (bad arch). Surviving it answers correctly (AC)
static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    long ret = 20;   /* __NR_getpid on i386 */
    __asm__ volatile("int $0x80" : "+a"(ret) : : "memory");
    return inv(root);
}
