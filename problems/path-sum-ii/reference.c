/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */

struct PathResult {
    int **rows;
    int *cols;
    int size;
    int cap;
};

/* path[0..depth) holds the values from the root down to the parent of node. */
static void walk(struct TreeNode *node, int rest, int *path, int depth, struct PathResult *res) {
    if (node == NULL) {
        return;
    }
    path[depth++] = node->val;
    rest -= node->val;
    if (node->left == NULL && node->right == NULL) {
        if (rest == 0) {
            if (res->size == res->cap) {
                res->cap = res->cap ? 2 * res->cap : 16;
                res->rows = realloc(res->rows, sizeof(int *) * res->cap);
                res->cols = realloc(res->cols, sizeof(int) * res->cap);
            }
            int *row = malloc(sizeof(int) * depth);
            memcpy(row, path, sizeof(int) * depth);
            res->rows[res->size] = row;
            res->cols[res->size] = depth;
            res->size++;
        }
        return;
    }
    walk(node->left, rest, path, depth, res);
    walk(node->right, rest, path, depth, res);
}

static int countNodes(struct TreeNode *root) {
    if (root == NULL) {
        return 0;
    }
    return 1 + countNodes(root->left) + countNodes(root->right);
}

int** pathSum(struct TreeNode* root, int targetSum, int* returnSize, int** returnColumnSizes) {
    struct PathResult res = { NULL, NULL, 0, 0 };
    int n = countNodes(root);
    int *path = malloc(sizeof(int) * (n + 1));
    walk(root, targetSum, path, 0, &res);
    free(path);
    *returnSize = res.size;
    *returnColumnSizes = res.cols;
    return res.rows;
}
