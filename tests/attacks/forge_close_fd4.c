// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: A30 close the result channel (fd 4), then answer correctly: the judge gets no answers and must not pass it
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
    close(4);
    return inv(root);
}
