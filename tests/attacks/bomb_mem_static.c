// problem: invert-binary-tree
// expect: MLE
// effect: judge-alive
// why: A7 a 1 GiB zero-initialised global array (bss), touched, then a correct answer: the kernel cannot even map it (go-judge #186: "Signalled, 256 KiB")
char judge_attack_big[1u << 30];

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    for (size_t i = 0; i < sizeof judge_attack_big; i += 4096)
        judge_attack_big[i] = 1;
    return inv(root);
}
