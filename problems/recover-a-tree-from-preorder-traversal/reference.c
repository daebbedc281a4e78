/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/*
 * One pass with a stack holding the path from the root to the last node:
 * stack[d] is the node at depth d.  A node at depth d hangs below stack[d-1],
 * as its left child if that is still free, otherwise as its right child.
 * No recursion, so a chain 1000 deep is fine.
 */
struct TreeNode* recoverFromPreorder(char* traversal) {
    int count = 0;
    for (int i = 0; traversal[i] != '\0'; i++) {
        if (traversal[i] != '-' && (i == 0 || traversal[i - 1] == '-')) {
            count++;
        }
    }
    if (count == 0) {
        return NULL;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * count);
    struct TreeNode **stack = malloc(sizeof(struct TreeNode *) * count);
    int top = 0, used = 0;
    const char *p = traversal;
    while (*p != '\0') {
        int depth = 0;
        while (*p == '-') {
            depth++;
            p++;
        }
        int val = 0;
        while (*p >= '0' && *p <= '9') {
            val = val * 10 + (*p - '0');
            p++;
        }
        struct TreeNode *node = &pool[used++];
        node->val = val;
        node->left = node->right = NULL;
        top = depth;                 /* drop the nodes deeper than the parent */
        if (top > 0) {
            struct TreeNode *parent = stack[top - 1];
            if (parent->left == NULL) {
                parent->left = node;
            } else {
                parent->right = node;
            }
        }
        stack[top++] = node;
    }
    free(stack);
    return pool;
}
