/*
 * driver.c - 654. Maximum Binary Tree.
 *
 * Compiled right after the student's code, which defines
 * constructMaximumBinaryTree().  The array is fresh for each call; the
 * returned tree is printed and compared exactly (the values are distinct,
 * so the tree is unique).
 */

void judge_solve(struct judge_case *c)
{
	int numsSize = 0;
	int *nums = judge_arg_int_array(c, 0, &numsSize);

	judge_ret_tree(c, constructMaximumBinaryTree(nums, numsSize));
}
