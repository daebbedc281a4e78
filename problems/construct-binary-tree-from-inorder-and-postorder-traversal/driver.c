/*
 * driver.c - 106. Construct Binary Tree from Inorder and Postorder Traversal.
 *
 * Compiled right after the student's code, which defines buildTree().
 * Both arrays are fresh for each call; the returned tree is printed and
 * compared exactly (the tree is unique because the values are distinct).
 */

void judge_solve(struct judge_case *c)
{
	int inorderSize = 0, postorderSize = 0;
	int *inorder = judge_arg_int_array(c, 0, &inorderSize);
	int *postorder = judge_arg_int_array(c, 1, &postorderSize);

	judge_ret_tree(c, buildTree(inorder, inorderSize, postorder, postorderSize));
}
