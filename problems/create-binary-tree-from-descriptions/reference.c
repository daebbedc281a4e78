/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

#define MAX_VALUE 100000   /* 1 <= parent, child <= 10^5 */

/* The node of value v, created on first use from the pool. */
static struct TreeNode *nodeOf(struct TreeNode **byValue, int v,
                               struct TreeNode *pool, int *used) {
    if (byValue[v] == NULL) {
        struct TreeNode *node = &pool[(*used)++];
        node->val = v;
        node->left = node->right = NULL;
        byValue[v] = node;
    }
    return byValue[v];
}

/* Values are distinct, so a value names its node: one pass links every
 * row, and the root is the only parent that is never somebody's child. */
struct TreeNode* createBinaryTree(int** descriptions, int descriptionsSize, int* descriptionsColSize) {
    (void)descriptionsColSize;   /* every row has 3 numbers */
    struct TreeNode **byValue = calloc(MAX_VALUE + 1, sizeof(struct TreeNode *));
    char *isChild = calloc(MAX_VALUE + 1, 1);
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * (descriptionsSize + 1));
    int used = 0;
    for (int i = 0; i < descriptionsSize; i++) {
        int *row = descriptions[i];
        struct TreeNode *parent = nodeOf(byValue, row[0], pool, &used);
        struct TreeNode *child = nodeOf(byValue, row[1], pool, &used);
        if (row[2] == 1) {
            parent->left = child;
        } else {
            parent->right = child;
        }
        isChild[row[1]] = 1;
    }
    struct TreeNode *root = NULL;
    for (int i = 0; i < descriptionsSize && root == NULL; i++) {
        if (!isChild[descriptions[i][0]]) {
            root = byValue[descriptions[i][0]];
        }
    }
    free(byValue);
    free(isChild);
    return root;
}
