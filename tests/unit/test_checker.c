/*
 * test_checker.c - the judging kinds where several answers are right, and
 * the [constraints] every case must keep.
 */
#include "cu_tests.h"

#include "checker.h"
#include "constraints.h"
#include "problem.h"
#include "util.h"

#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct prob_param params2[2] = { { "a", LC_INT_ARRAY }, { "b", LC_INT_ARRAY } };

static int check(enum prob_judge_kind kind, enum lc_type ret, const char *arg0, const char *arg1,
		 const char *expected, const char *answer, char **why)
{
	char *args[2] = { (char *)arg0, (char *)arg1 };
	struct prob_case c = { .args = args, .expected = (char *)expected };
	struct problem p = { .judge = kind, .returns = ret, .params = params2, .nparams = 2 };
	return chk_answer(&p, &c, answer, strlen(answer), why);
}

static void test_unordered(void)
{
	char *why;
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[5,4,11,2],[5,8,4,5]]",
			      "[[5,8,4,5],[5,4,11,2]]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[1],[1]]", "[[1]]", &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "expected 2 elements"));
	free(why);
	/* a multiset: a duplicate cannot stand in for a missing element */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[1],[2]]", "[[1],[1]]", &why), 0);
	free(why);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_TREE_ARRAY, "[]", "[]", "[[2,4],[4]]", "[[4],[2,4]]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_STRING_ARRAY, "[]", "[]", "[\"a,b\",\"c\"]",
			      "[\"c\",\"a,b\"]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[]", "[]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[]", "[[1]]", &why), 0);
	free(why);
	/* the same text is right at once; a text that is only a prefix, or the
	 * same length with other elements, still goes through the full check */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[1,2],[3]]", "[[1,2],[3]]",
			      &why), 1);
	CU_ASSERT_PTR_NULL(why);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[1,2],[3]]", "[[1,2]]", &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "expected 2 elements"));
	free(why);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", "[[1,2],[3]]", "[[1,2],[4]]",
			      &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "[3] is expected but not found"));
	free(why);
	/* many elements: the split grows geometrically and stays correct */
	char big_e[8192] = "[", big_a[8192] = "[";
	for (int k = 0; k < 1000; k++) {
		char item[16];
		snprintf(item, sizeof item, "%s[%d]", k ? "," : "", k);
		strcat(big_e, item);
		snprintf(item, sizeof item, "%s[%d]", k ? "," : "", 999 - k);
		strcat(big_a, item);
	}
	strcat(big_e, "]");
	strcat(big_a, "]");
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", big_e, big_a, &why), 1);
	big_a[strlen(big_a) - 3] = '7';   /* the last [0] becomes [7]: a duplicate, [0] missing */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_UNORDERED, LC_INT_MATRIX, "[]", "[]", big_e, big_a, &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "[0] is expected"));
	free(why);
}

static void test_balanced_bst(void)
{
	char *why;
	/* LeetCode's example: both answers are right */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_BALANCED_BST, LC_TREE, "[-10,-3,0,5,9]", "[]", "[0,-3,9,-10,null,5]",
			      "[0,-10,5,null,-3,null,9]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_BALANCED_BST, LC_TREE, "[1,3]", "[]", "[3,1]", "[1,null,3]", &why), 1);
	/* a chain is a BST but not balanced */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_BALANCED_BST, LC_TREE, "[1,2,3]", "[]", "[2,1,3]",
			      "[1,null,2,null,3]", &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "height-balanced"));
	free(why);
	/* balanced but not a BST of these values */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_BALANCED_BST, LC_TREE, "[1,2,3]", "[]", "[2,1,3]", "[2,3,1]", &why), 0);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "inorder"));
	free(why);
	/* balance is checked at every node, not only the root */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_BALANCED_BST, LC_TREE, "[1,2,3,4,5,6,7]", "[]", "[4,2,6,1,3,5,7]",
			      "[4,3,5,2,null,null,6,1,null,null,7]", &why), 0);
	free(why);
}

static void test_pre_post(void)
{
	char *why;
	CU_ASSERT_EQUAL(check(PROB_JUDGE_PRE_POST, LC_TREE, "[1,2,4,5,3,6,7]", "[4,5,2,6,7,3,1]",
			      "[1,2,3,4,5,6,7]", "[1,2,3,4,5,6,7]", &why), 1);
	/* a single child may hang on either side */
	CU_ASSERT_EQUAL(check(PROB_JUDGE_PRE_POST, LC_TREE, "[1,2]", "[2,1]", "[1,2]", "[1,null,2]", &why), 1);
	CU_ASSERT_EQUAL(check(PROB_JUDGE_PRE_POST, LC_TREE, "[1,2,3]", "[2,3,1]", "[1,2,3]", "[1,3,2]", &why), 0);
	free(why);
}

static void test_constraints(void)
{
	struct prob_param ps[1] = { { "root", LC_TREE } };
	struct problem p = { .params = ps, .nparams = 1 };
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.nodes", "0..3"), 0);
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.values", "-5..5"), 0);
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.unique", "true"), 0);
	CU_ASSERT_EQUAL(prob_constraints_resolve(&p, "x.ini"), 0);
	char *args[1];
	struct prob_case c = { .args = args };
	char *why;
	args[0] = "[1,2,3]";
	CU_ASSERT_EQUAL(prob_case_check(&p, &c, &why), 0);
	args[0] = "[1,2,3,4]";
	CU_ASSERT_EQUAL(prob_case_check(&p, &c, &why), -1);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "root.nodes is 4"));
	free(why);
	args[0] = "[1,-6]";
	CU_ASSERT_EQUAL(prob_case_check(&p, &c, &why), -1);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "-6 is outside"));
	free(why);
	args[0] = "[1,2,2]";
	CU_ASSERT_EQUAL(prob_case_check(&p, &c, &why), -1);
	CU_ASSERT_PTR_NOT_NULL(why && strstr(why, "2 appears twice"));
	free(why);
	prob_constraints_free(&p);
	/* malformed entries are refused with the key named */
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.colour", "1..2"), -1);
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.nodes", "3..1"), -1);
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "root.unique", "yes"), -1);
	CU_ASSERT_EQUAL(prob_constraint_add(&p, "x.ini", "leaf.nodes", "0..1"), 0);
	CU_ASSERT_EQUAL(prob_constraints_resolve(&p, "x.ini"), -1);
	prob_constraints_free(&p);
}

void register_checker_tests(void)
{
	CU_pSuite s = CU_add_suite("checker", NULL, NULL);
	CU_add_test(s, "unordered", test_unordered);
	CU_add_test(s, "balanced bst", test_balanced_bst);
	CU_add_test(s, "pre and post order", test_pre_post);
	CU_add_test(s, "constraints", test_constraints);
}
