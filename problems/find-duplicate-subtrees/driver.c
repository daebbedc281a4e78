/*
 * driver.c - 652. Find Duplicate Subtrees.
 *
 * Compiled right after the student's code, which defines
 * findDuplicateSubtrees().  returnSize starts at -1, so a solution that
 * never sets it (typically when there is no duplicate) is a wrong answer.
 * The returned roots are nodes of the argument tree; each is printed as the
 * subtree below it, and the list is compared as a multiset (judge =
 * unordered): the kinds may come in any order, but each kind exactly once.
 */

void judge_solve(struct judge_case *c)
{
	struct TreeNode *root = (struct TreeNode *)judge_arg_tree(c, 0);
	int returnSize = -1;
	struct TreeNode **roots = findDuplicateSubtrees(root, &returnSize);

	judge_ret_tree_array(c, (void **)roots, returnSize);
}
