/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/* The middle of nums[lo..hi] is the root (the upper middle when the count
 * is even, as in LeetCode's examples); each half becomes a subtree, so the
 * two subtrees differ in size by at most one. */
static struct TreeNode *buildRange(const int *nums, int lo, int hi,
                                   struct TreeNode *pool, int *used) {
    if (lo > hi) {
        return NULL;
    }
    int mid = lo + (hi - lo + 1) / 2;
    struct TreeNode *node = &pool[(*used)++];
    node->val = nums[mid];
    node->left = buildRange(nums, lo, mid - 1, pool, used);
    node->right = buildRange(nums, mid + 1, hi, pool, used);
    return node;
}

struct TreeNode* sortedArrayToBST(int* nums, int numsSize) {
    if (numsSize == 0) {
        return NULL;
    }
    struct TreeNode *pool = malloc(sizeof(struct TreeNode) * numsSize);
    int used = 0;
    return buildRange(nums, 0, numsSize - 1, pool, &used);
}
