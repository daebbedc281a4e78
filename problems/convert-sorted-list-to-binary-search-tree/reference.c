/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* Builds the balanced tree over positions lo..hi of the list in inorder,
 * so the list is read once from front to back: first the left subtree,
 * then the root takes the current list node, then the right subtree.
 * The root is the upper middle position, as in LeetCode's examples. */
static struct TreeNode *buildRange(struct ListNode **cur, int lo, int hi,
                                   struct TreeNode *pool, int *used) {
    if (lo > hi) {
        return NULL;
    }
    int mid = lo + (hi - lo + 1) / 2;
    struct TreeNode *left = buildRange(cur, lo, mid - 1, pool, used);
    struct TreeNode *node = &pool[(*used)++];
    node->val = (*cur)->val;
    *cur = (*cur)->next;
    node->left = left;
    node->right = buildRange(cur, mid + 1, hi, pool, used);
    return node;
}

struct TreeNode* sortedListToBST(struct ListNode* head) {
    int n = 0;
    for (struct ListNode *p = head; p != NULL; p = p->next) {
        n++;
    }
    if (n == 0) {
        return NULL;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * n);
    int used = 0;
    return buildRange(&head, 0, n - 1, pool, &used);
}
