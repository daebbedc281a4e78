// problem: invert-binary-tree
// expect: CE
// effect: no-process cc1
// effect: judge-alive
// why: C5 char a[1<<30] = {1}: a 1 GiB initialised array makes a 1 GiB object file (DOMjudge test-compile-memory); the compiler's file size limit
char judge_attack_a[1 << 30] = { 1 };

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return judge_attack_a[0] ? inv(root) : root;
}
