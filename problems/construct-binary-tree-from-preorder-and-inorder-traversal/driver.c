/*
 * driver.c - 105. Construct Binary Tree from Preorder and Inorder Traversal.
 *
 * Compiled right after the student's code, which defines buildTree().
 * Both arrays are fresh for each call; the returned tree is printed and
 * compared exactly (the tree is unique because the values are distinct).
 */

void judge_solve(struct judge_case *c)
{
	int preorderSize = 0, inorderSize = 0;
	int *preorder = judge_arg_int_array(c, 0, &preorderSize);
	int *inorder = judge_arg_int_array(c, 1, &inorderSize);

	judge_ret_tree(c, buildTree(preorder, preorderSize, inorder, inorderSize));
}
