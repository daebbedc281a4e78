/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* O(n) with a stack that holds a decreasing run of nodes (the right spine
 * of the tree built so far).  A new value pops every smaller node: the last
 * one popped becomes its left child.  The new node then hangs as the right
 * child of the node left on top of the stack, which is larger. */
struct TreeNode* constructMaximumBinaryTree(int* nums, int numsSize) {
    if (numsSize == 0) {
        return NULL;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * numsSize);
    struct TreeNode **stack = malloc(sizeof(struct TreeNode *) * numsSize);
    int top = 0;
    for (int i = 0; i < numsSize; i++) {
        struct TreeNode *node = &pool[i];
        struct TreeNode *last = NULL;
        node->val = nums[i];
        node->left = node->right = NULL;
        while (top > 0 && stack[top - 1]->val < nums[i]) {
            last = stack[--top];
        }
        node->left = last;
        if (top > 0) {
            stack[top - 1]->right = node;
        }
        stack[top++] = node;
    }
    struct TreeNode *root = stack[0];
    free(stack);
    return root;
}
