/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
bool hasPathSum(struct TreeNode* root, int targetSum) {
    if (root == NULL) {
        return false;
    }
    int rest = targetSum - root->val;
    if (root->left == NULL && root->right == NULL) {
        return rest == 0;
    }
    return hasPathSum(root->left, rest) || hasPathSum(root->right, rest);
}
