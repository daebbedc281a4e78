/*
 * driver.c - 112. Path Sum.
 *
 * Compiled right after the student's code, which defines hasPathSum().
 * The tree is freshly allocated for each call; the answer is true or false.
 */

void judge_solve(struct judge_case *c)
{
	struct TreeNode *root = (struct TreeNode *)judge_arg_tree(c, 0);
	int targetSum = judge_arg_int(c, 1);

	judge_ret_bool(c, hasPathSum(root, targetSum));
}
