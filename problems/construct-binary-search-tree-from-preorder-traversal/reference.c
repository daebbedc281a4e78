/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* Builds the subtree that starts at preorder[*next] and holds only values
 * below `upper` (every value of a left subtree is below its parent; a right
 * subtree inherits its parent's bound).  Each value is read once: O(n). */
static struct TreeNode *buildBelow(const int *preorder, int size, int *next, int upper,
                                   struct TreeNode *pool) {
    if (*next == size || preorder[*next] > upper) {
        return NULL;
    }
    struct TreeNode *node = &pool[*next];
    node->val = preorder[(*next)++];
    node->left = buildBelow(preorder, size, next, node->val, pool);
    node->right = buildBelow(preorder, size, next, upper, pool);
    return node;
}

struct TreeNode* bstFromPreorder(int* preorder, int preorderSize) {
    if (preorderSize <= 0) {
        return NULL;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * preorderSize);
    int next = 0;
    return buildBelow(preorder, preorderSize, &next, INT_MAX, pool);
}
