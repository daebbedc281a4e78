/*
 * driver.c - 889. Construct Binary Tree from Preorder and Postorder
 * Traversal.
 *
 * Compiled right after the student's code, which defines
 * constructFromPrePost().  Both arrays are fresh for each call.  The answer
 * is not unique (a node with one child may have it on either side), so the
 * returned tree is judged by its traversals (judge = pre-post): its preorder
 * must equal argument 1 and its postorder argument 2.
 */

void judge_solve(struct judge_case *c)
{
	int preorderSize = 0, postorderSize = 0;
	int *preorder = judge_arg_int_array(c, 0, &preorderSize);
	int *postorder = judge_arg_int_array(c, 1, &postorderSize);

	judge_ret_tree(c, constructFromPrePost(preorder, preorderSize, postorder, postorderSize));
}
