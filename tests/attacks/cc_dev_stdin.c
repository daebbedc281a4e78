// problem: invert-binary-tree
// expect: CE
// effect: no-process cc1
// effect: judge-alive
// why: C1 #include "/dev/stdin": reads whatever the compiler's stdin is (a terminal would hang it); device files must be refused. The rest is a correct solution, so an allowed include shows as AC
#include "/dev/stdin"

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
