/*
 * driver.c - 109. Convert Sorted List to Binary Search Tree.
 *
 * Compiled right after the student's code, which defines sortedListToBST().
 * The list is fresh for each call (one malloc per node), so the solution
 * may cut it up or reuse its nodes.  Many trees are right, so the returned
 * tree is judged by its properties (judge = balanced-bst): its inorder must
 * be the list's values and it must be height-balanced at every node.
 */

void judge_solve(struct judge_case *c)
{
	struct ListNode *head = (struct ListNode *)judge_arg_list(c, 0);

	judge_ret_tree(c, sortedListToBST(head));
}
