/*
 * driver.c - 606. Construct String from Binary Tree.
 *
 * Compiled right after the student's code, which defines tree2str().
 * The returned string is read with a bound (a missing terminator or NULL is
 * a wrong answer) and compared exactly.  At the limits (10^4 nodes, values
 * like -1000) the answer is about 90,000 characters long.
 */

void judge_solve(struct judge_case *c)
{
	judge_ret_string(c, tree2str((struct TreeNode *)judge_arg_tree(c, 0)));
}
