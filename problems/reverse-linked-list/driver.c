/*
 * driver.c - 206. Reverse Linked List.
 *
 * Compiled right after the student's code, which defines reverseList().
 * The list is freshly allocated (one malloc per node), so the solution may
 * relink or reuse its nodes.  The returned list is printed and compared
 * exactly; a last node whose next still points back into the list is a
 * cycle, which the harness reports instead of printing forever.
 */

void judge_solve(struct judge_case *c)
{
	judge_ret_list(c, reverseList((struct ListNode *)judge_arg_list(c, 0)));
}
