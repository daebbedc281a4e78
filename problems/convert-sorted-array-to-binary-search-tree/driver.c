/*
 * driver.c - 108. Convert Sorted Array to Binary Search Tree.
 *
 * Compiled right after the student's code, which defines sortedArrayToBST().
 * The array is fresh for each call.  Many trees are right, so the returned
 * tree is judged by its properties (judge = balanced-bst): its inorder must
 * be nums and it must be height-balanced at every node.
 */

void judge_solve(struct judge_case *c)
{
	int numsSize = 0;
	int *nums = judge_arg_int_array(c, 0, &numsSize);

	judge_ret_tree(c, sortedArrayToBST(nums, numsSize));
}
