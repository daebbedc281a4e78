/*
 * driver.c - 2196. Create Binary Tree From Descriptions.
 *
 * Compiled right after the student's code, which defines createBinaryTree().
 * The matrix is passed as LeetCode passes it: the rows, their count and an
 * array of row lengths (all 3), all fresh for each call.  The returned tree
 * is printed and compared exactly.
 */

void judge_solve(struct judge_case *c)
{
	int rows = 0;
	int *cols = NULL;
	int **descriptions = judge_arg_int_matrix(c, 0, &rows, &cols);

	judge_ret_tree(c, createBinaryTree(descriptions, rows, cols));
}
