/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

#define VALUE_OFFSET 3000   /* values are in [-3000, 3000] */

/* Builds the subtree whose inorder is inorder[lo..hi].  Its root is
 * postorder[*next]; the postorder is read backwards (root, right subtree,
 * left subtree), so the right subtree is built first.
 * pos[v + VALUE_OFFSET] is the index of v in inorder. */
static struct TreeNode *buildRange(const int *postorder, int *next, int lo, int hi,
                                   const int *pos, struct TreeNode *pool, int *used) {
    if (lo > hi) {
        return NULL;
    }
    struct TreeNode *node = &pool[(*used)++];
    node->val = postorder[(*next)--];
    int mid = pos[node->val + VALUE_OFFSET];
    node->right = buildRange(postorder, next, mid + 1, hi, pos, pool, used);
    node->left = buildRange(postorder, next, lo, mid - 1, pos, pool, used);
    return node;
}

struct TreeNode* buildTree(int* inorder, int inorderSize, int* postorder, int postorderSize) {
    if (inorderSize == 0 || postorderSize == 0) {
        return NULL;
    }
    int pos[2 * VALUE_OFFSET + 1];
    for (int i = 0; i < inorderSize; i++) {
        pos[inorder[i] + VALUE_OFFSET] = i;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * inorderSize);
    int next = postorderSize - 1, used = 0;
    return buildRange(postorder, &next, 0, inorderSize - 1, pos, pool, &used);
}
