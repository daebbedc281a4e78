// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A29/A30 close fd 0 (the judge's pacing pipe) and answer correctly: the judge's next "go" byte finds no reader (EPIPE); it must not die of SIGPIPE, and the run is not a success
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
    close(0);
    return inv(root);
}
