// problem: invert-binary-tree
// expect: AC
// effect: judge-alive
// why: A29/A30 close fd 0 (the pipe the judge closes at the end, once it has read the peak memory) and answer correctly: the judge must not die of SIGPIPE or wait forever; the cases no longer depend on fd 0, so right answers are Accepted, as on LeetCode
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
