/*
 * driver.c - 226. Invert Binary Tree.
 *
 * Compiled right after the student's code, which defines invertTree().
 * The argument tree is freshly allocated, so the solution may rearrange it
 * in place; whatever root it returns is printed and compared exactly.
 */

void judge_solve(struct judge_case *c)
{
	judge_ret_tree(c, invertTree((struct TreeNode *)judge_arg_tree(c, 0)));
}
