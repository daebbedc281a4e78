// problem: invert-binary-tree
// expect: RE
// detail: result channel
// effect: judge-alive
// why: A30 write garbage to the result channel (fd 4) and answer correctly: the documented outcome is RE "wrote to the judge's result channel", not a time limit or an internal error
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
    write(4, "hello from the solution\n", 24);
    return inv(root);
}
