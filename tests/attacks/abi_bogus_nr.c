// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: judge-alive
// why: A23 the syscall instruction with numbers no kernel knows (1000, then -1): must trap, not return ENOSYS and go on. Going on answers correctly (AC)
static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    long ret = 1000;
    __asm__ volatile("syscall" : "+a"(ret) : : "rcx", "r11", "memory");
    ret = -1;
    __asm__ volatile("syscall" : "+a"(ret) : : "rcx", "r11", "memory");
    return inv(root);
}
