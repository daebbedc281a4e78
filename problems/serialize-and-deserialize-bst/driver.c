/*
 * driver.c - 449. Serialize and Deserialize BST.
 *
 * Compiled right after the student's code, which defines serialize() and
 * deserialize().  The round trip is checked against argument 0 (judge =
 * roundtrip).  Only the text may travel from one function to the other:
 * the string is copied out (bounded read) and the original tree is
 * poisoned and freed before deserialize() runs, so a "codec" that returns
 * the root pointer cast to char * reads freed memory and fails.  The
 * encoded length is attached to every case, since the problem asks for a
 * compact encoding.
 *
 * Neither the returned string nor the copy is freed: a solution's
 * deserialize() may free its argument, and the harness never frees what a
 * solution returned.
 */

void judge_solve(struct judge_case *c)
{
	struct TreeNode *root = (struct TreeNode *)judge_arg_tree(c, 0);
	char *s = serialize(root);
	char *copy = judge_copy_string(c, s);

	judge_destroy_tree(c, root);
	if (s != NULL && copy == NULL)
		return;         /* judge_copy_string has recorded the wrong answer */
	if (copy != NULL)
		judge_answer_note(c, "encoded length %zu", strlen(copy));
	judge_ret_tree(c, deserialize(copy));
}
