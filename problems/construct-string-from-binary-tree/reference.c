/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* At most 5 characters per value ("-1000") plus 4 parentheses per node
 * (its own pair and an empty "()" for a missing left child). */
static int countNodes(struct TreeNode *root) {
    if (root == NULL) {
        return 0;
    }
    return 1 + countNodes(root->left) + countNodes(root->right);
}

static void write(struct TreeNode *node, char *out, int *len) {
    *len += sprintf(out + *len, "%d", node->val);
    if (node->left == NULL && node->right == NULL) {
        return;
    }
    out[(*len)++] = '(';
    if (node->left != NULL) {
        write(node->left, out, len);
    }
    out[(*len)++] = ')';
    if (node->right != NULL) {
        out[(*len)++] = '(';
        write(node->right, out, len);
        out[(*len)++] = ')';
    }
}

char* tree2str(struct TreeNode* root) {
    int n = countNodes(root);
    char *out = malloc((size_t)n * 16 + 1);
    int len = 0;
    if (root != NULL) {
        write(root, out, &len);
    }
    out[len] = '\0';
    return out;
}
