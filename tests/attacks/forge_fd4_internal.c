// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A30 forge the harness's internal-error record ("E <len>") and answer correctly, so the judge blames itself (IE) for what the solution did: the honest verdict is RE
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
    static const char rec[] = "E 26\nthe judge broke, not me :)";
    write(4, rec, sizeof rec - 1);
    return inv(root);
}
