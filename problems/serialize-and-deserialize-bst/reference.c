/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/*
 * A BST is fixed by its preorder alone, so no markers for missing children
 * are needed: the values in preorder, comma separated.
 * [5,3,8,1,4] -> "5,3,1,4,8".  The empty tree is "".
 * Both directions use an explicit stack, so a chain 10^4 deep needs no
 * recursion, and both run in O(n).
 */

/** Encodes a tree to a single string. */
char* serialize(struct TreeNode* root) {
    int count = 0, cap = 64, top = 0;
    struct TreeNode **stack = malloc(sizeof(struct TreeNode *) * cap);
    size_t size = 64, len = 0;
    char *out = malloc(size);
    out[0] = '\0';
    if (root != NULL) {
        stack[top++] = root;
    }
    while (top > 0) {
        struct TreeNode *node = stack[--top];
        if (len + 16 > size) {
            size *= 2;
            out = realloc(out, size);
        }
        len += sprintf(out + len, "%s%d", count++ ? "," : "", node->val);
        if (top + 2 > cap) {
            cap *= 2;
            stack = realloc(stack, sizeof(struct TreeNode *) * cap);
        }
        if (node->right != NULL) {
            stack[top++] = node->right;
        }
        if (node->left != NULL) {
            stack[top++] = node->left;
        }
    }
    free(stack);
    return out;
}

/** Decodes your encoded data to tree. */
struct TreeNode* deserialize(char* data) {
    if (data == NULL || *data == '\0') {
        return NULL;
    }
    int count = 1;
    for (char *s = data; *s; s++) {
        if (*s == ',') {
            count++;
        }
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * count);
    struct TreeNode **stack = malloc(sizeof(struct TreeNode *) * count);
    int top = 0, used = 0;
    char *p = data;
    /* The stack holds the nodes still waiting for a right child, values
     * decreasing upwards.  A new value hangs to the right of the last node
     * it is larger than, or else to the left of the top node. */
    while (*p != '\0') {
        int val = 0;
        while (*p >= '0' && *p <= '9') {
            val = val * 10 + (*p - '0');
            p++;
        }
        if (*p == ',') {
            p++;
        }
        struct TreeNode *node = &pool[used++];
        node->val = val;
        node->left = node->right = NULL;
        struct TreeNode *parent = NULL;
        while (top > 0 && stack[top - 1]->val < val) {
            parent = stack[--top];
        }
        if (parent != NULL) {
            parent->right = node;
        } else if (top > 0) {
            stack[top - 1]->left = node;
        }
        stack[top++] = node;
    }
    free(stack);
    return pool;
}

/**
 * Your functions will be called as such:
 * char* data = serialize(root);
 * deserialize(data);
 */
