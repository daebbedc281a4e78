/*
 * driver.c - 331. Verify Preorder Serialization of a Binary Tree.
 *
 * Compiled right after the student's code, which defines
 * isValidSerialization().  The string is a fresh writable copy for each
 * call (solutions may strtok it).  The problem forbids rebuilding the tree;
 * the judge cannot see how the answer was found, so only the answer is
 * checked.
 */

void judge_solve(struct judge_case *c)
{
	judge_ret_bool(c, isValidSerialization(judge_arg_string(c, 0)));
}
