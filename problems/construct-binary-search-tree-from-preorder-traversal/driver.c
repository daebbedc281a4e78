/*
 * driver.c - 1008. Construct Binary Search Tree from Preorder Traversal.
 *
 * Compiled right after the student's code, which defines bstFromPreorder().
 * The array is fresh for each call; the returned tree is printed and
 * compared exactly (a preorder with distinct values fixes the BST).
 */

void judge_solve(struct judge_case *c)
{
	int preorderSize = 0;
	int *preorder = judge_arg_int_array(c, 0, &preorderSize);

	judge_ret_tree(c, bstFromPreorder(preorder, preorderSize));
}
