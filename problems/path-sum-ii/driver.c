/*
 * driver.c - 113. Path Sum II.
 *
 * Compiled right after the student's code, which defines pathSum().
 * returnSize starts at -1 and returnColumnSizes at NULL, so a solution that
 * never sets them (typically when there is no path) is reported as a wrong
 * answer instead of printing garbage.  The paths are compared as a
 * multiset (judge = unordered): any order of the rows is right, but each
 * row must list its path from the root down to the leaf.
 */

void judge_solve(struct judge_case *c)
{
	struct TreeNode *root = (struct TreeNode *)judge_arg_tree(c, 0);
	int targetSum = judge_arg_int(c, 1);
	int returnSize = -1;
	int *returnColumnSizes = NULL;
	int **paths = pathSum(root, targetSum, &returnSize, &returnColumnSizes);

	judge_ret_int_matrix(c, paths, returnSize, returnColumnSizes);
}
