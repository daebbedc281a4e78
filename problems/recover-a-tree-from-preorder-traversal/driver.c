/*
 * driver.c - 1028. Recover a Tree From Preorder Traversal.
 *
 * Compiled right after the student's code, which defines
 * recoverFromPreorder().  The string is a fresh writable copy for each call
 * (solutions may strtok it); the returned tree is printed and compared
 * exactly (the rule "a lone child is a left child" makes it unique).
 */

void judge_solve(struct judge_case *c)
{
	judge_ret_tree(c, recoverFromPreorder(judge_arg_string(c, 0)));
}
