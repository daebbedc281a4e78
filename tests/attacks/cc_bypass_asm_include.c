// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 the assembler's own file inclusion directive, spelled ".incl" "ude": the assembler reads /etc/passwd as assembly and quotes every line in its errors
__asm__(".incl" "ude \"/etc/passwd\"\n");

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
