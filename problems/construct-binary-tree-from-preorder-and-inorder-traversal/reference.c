/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

#define VALUE_OFFSET 3000   /* values are in [-3000, 3000] */

/* Builds the subtree whose inorder is inorder[lo..hi]; its preorder starts at
 * preorder[*next].  pos[v + VALUE_OFFSET] is the index of v in inorder. */
static struct TreeNode *buildRange(const int *preorder, int *next, int lo, int hi,
                                   const int *pos, struct TreeNode *pool, int *used) {
    if (lo > hi) {
        return NULL;
    }
    struct TreeNode *node = &pool[(*used)++];
    node->val = preorder[(*next)++];
    int mid = pos[node->val + VALUE_OFFSET];
    node->left = buildRange(preorder, next, lo, mid - 1, pos, pool, used);
    node->right = buildRange(preorder, next, mid + 1, hi, pos, pool, used);
    return node;
}

struct TreeNode* buildTree(int* preorder, int preorderSize, int* inorder, int inorderSize) {
    if (preorderSize == 0 || inorderSize == 0) {
        return NULL;
    }
    int pos[2 * VALUE_OFFSET + 1];
    for (int i = 0; i < inorderSize; i++) {
        pos[inorder[i] + VALUE_OFFSET] = i;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * inorderSize);
    int next = 0, used = 0;
    return buildRange(preorder, &next, 0, inorderSize - 1, pos, pool, &used);
}
