/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* Builds the subtree whose preorder is preorder[preLo..preHi] and whose
 * postorder starts at postorder[postLo].  pos[v] is the index of v in
 * postorder.  The value right after the root in preorder is the root of the
 * first child; where it sits in postorder tells how big that child's subtree
 * is.  A lone child is always made the left child. */
static struct TreeNode *buildRange(const int *preorder, int preLo, int preHi, int postLo,
                                   const int *pos, struct TreeNode *pool, int *used) {
    if (preLo > preHi) {
        return NULL;
    }
    struct TreeNode *node = &pool[(*used)++];
    node->val = preorder[preLo];
    node->left = node->right = NULL;
    if (preLo == preHi) {
        return node;
    }
    int leftSize = pos[preorder[preLo + 1]] - postLo + 1;
    node->left = buildRange(preorder, preLo + 1, preLo + leftSize, postLo, pos, pool, used);
    node->right = buildRange(preorder, preLo + leftSize + 1, preHi, postLo + leftSize,
                             pos, pool, used);
    return node;
}

struct TreeNode* constructFromPrePost(int* preorder, int preorderSize, int* postorder, int postorderSize) {
    if (preorderSize == 0 || postorderSize == 0) {
        return NULL;
    }
    /* the values are 1..n */
    int *pos = malloc(sizeof(int) * (postorderSize + 1));
    for (int i = 0; i < postorderSize; i++) {
        pos[postorder[i]] = i;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * preorderSize);
    int used = 0;
    struct TreeNode *root = buildRange(preorder, 0, preorderSize - 1, 0, pos, pool, &used);
    free(pos);
    return root;
}
