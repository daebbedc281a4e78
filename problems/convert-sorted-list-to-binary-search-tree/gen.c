/*
 * gen.c - more cases for 109. Convert Sorted List to Binary Search Tree.
 *
 * The argument is a list of n values from [-100000, 100000] in ascending
 * order (distinct, except in the cases named "repeated").  The expected
 * answer (one of many right ones; the judge checks the properties,
 * judge = balanced-bst) is the complete tree of n nodes with the values
 * placed in inorder: a complete tree is height-balanced at every node, and
 * sorted values in inorder make it a BST.  Sizes around powers of two,
 * just above 10^4 (fixed buffers sized for 108's limit overflow), random
 * sizes, and the limit of 20000.
 */
#include "judge_gen.h"

#define MAX_N 20000
#define MIN_VAL (-100000)
#define MAX_VAL 100000

static void emit(struct gen_rng *rng, const char *name, const int *vals, int n)
{
	struct gen_tree *t = gen_tree_shape(rng, GEN_SHAPE_COMPLETE, n);
	char *arg, *expected;

	gen_tree_values_inorder(t, vals);
	arg = gen_int_array_text(vals, n);
	expected = gen_tree_text(t);
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	gen_tree_free(t);
}

/* n sorted distinct values from [lo, hi]. */
static void sorted_case(struct gen_rng *rng, int n, int lo, int hi, const char *what)
{
	int *vals = gen_xmalloc((size_t)n * sizeof *vals);
	char name[128];

	gen_distinct_ints(rng, vals, n, lo, hi);
	gen_sort_int(vals, n);
	snprintf(name, sizeof name, "%d values%s", n, what);
	emit(rng, name, vals, n);
	free(vals);
}

/* n sorted values from [lo, hi], repeats likely. */
static void repeated_case(struct gen_rng *rng, int n, int lo, int hi, const char *what)
{
	int *vals = gen_xmalloc((size_t)n * sizeof *vals);
	char name[128];

	for (int i = 0; i < n; i++)
		vals[i] = gen_rng_int(rng, lo, hi);
	gen_sort_int(vals, n);
	snprintf(name, sizeof name, "%d values, repeated%s", n, what);
	emit(rng, name, vals, n);
	free(vals);
}

int main(void)
{
	struct gen_rng rng;
	int *vals = gen_xmalloc(MAX_N * sizeof *vals);
	static const int sizes[] = { 9, 10, 11, 12, 13, 14, 63, 64, 65, 127, 128, 129,
				     1023, 1024, 1025, 8191, 8192, 8193, 10000, 10001,
				     16383, 16384, 16385 };

	gen_rng_seed(&rng, 109);

	/* sizes around powers of two, past 10^4, and the limit */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		sorted_case(&rng, sizes[i], MIN_VAL, MAX_VAL, "");
	sorted_case(&rng, MAX_N, MIN_VAL, MAX_VAL, "");
	sorted_case(&rng, MAX_N - 1, MIN_VAL, MAX_VAL, "");

	/* random sizes */
	for (int i = 0; i < 6; i++)
		sorted_case(&rng, gen_rng_int(&rng, 2, MAX_N), MIN_VAL, MAX_VAL, ", random size");

	/* one sign only; repeated values */
	sorted_case(&rng, MAX_N, MIN_VAL, -1, ", negative only");
	sorted_case(&rng, MAX_N, 1, MAX_VAL, ", positive only");
	repeated_case(&rng, 30, -5, 5, " from -5..5");
	repeated_case(&rng, 5000, -100, 100, " from -100..100");

	/* 20000 consecutive values; both extremes */
	for (int i = 0; i < MAX_N; i++)
		vals[i] = -10000 + i;
	emit(&rng, "20000 consecutive values -10000..9999", vals, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = MIN_VAL + 10 * i;
	vals[MAX_N - 1] = MAX_VAL;
	emit(&rng, "20000 values from -100000 in steps of 10, and 100000", vals, MAX_N);

	free(vals);
	return gen_finish(stdout);
}
