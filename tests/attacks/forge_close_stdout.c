// problem: invert-binary-tree
// expect: AC
// effect: judge-alive
// why: A29/A30 closing its own stdout and stderr, then answering correctly, is harmless: the honest verdict is AC
#include <unistd.h>

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    close(1);
    close(2);
    printf("nobody reads this\n");
    return inv(root);
}
