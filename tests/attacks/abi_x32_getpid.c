// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A23 x32 system-call numbers (0x40000000 | 39 = getpid): same AUDIT_ARCH as x86-64, so only a number check stops them. Surviving answers correctly (AC)
static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    long ret = 0x40000000L | 39;
    __asm__ volatile("syscall" : "+a"(ret) : : "rcx", "r11", "memory");
    return inv(root);
}
