/*
 * gen.c - more cases for 108. Convert Sorted Array to Binary Search Tree.
 *
 * The argument is a strictly increasing array of n distinct values from
 * [-10000, 10000].  The expected answer (one of many right ones; the judge
 * checks the properties, judge = balanced-bst) is the complete tree of n
 * nodes with the values placed in inorder: a complete tree is
 * height-balanced at every node, and sorted values in inorder make it a
 * BST.  Sizes around powers of two, random sizes, and the limit of 10000.
 */
#include "judge_gen.h"

#define MAX_N 10000
#define MIN_VAL (-10000)
#define MAX_VAL 10000

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

int main(void)
{
	struct gen_rng rng;
	int *vals = gen_xmalloc(MAX_N * sizeof *vals);
	static const int sizes[] = { 9, 10, 11, 12, 13, 14, 63, 64, 65, 127, 128, 129,
				     1000, 1023, 1024, 1025, 4095, 4096, 8191, 8192, 8193 };

	gen_rng_seed(&rng, 108);

	/* sizes around powers of two, and the limit */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		sorted_case(&rng, sizes[i], MIN_VAL, MAX_VAL, "");
	sorted_case(&rng, MAX_N, MIN_VAL, MAX_VAL, "");
	sorted_case(&rng, MAX_N - 1, MIN_VAL, MAX_VAL, "");

	/* random sizes */
	for (int i = 0; i < 6; i++)
		sorted_case(&rng, gen_rng_int(&rng, 2, MAX_N), MIN_VAL, MAX_VAL, ", random size");

	/* negative only, positive only, small sizes in a narrow range */
	sorted_case(&rng, 5000, MIN_VAL, -1, ", negative only");
	sorted_case(&rng, 5000, 1, MAX_VAL, ", positive only");
	sorted_case(&rng, 20, -25, 25, ", from -25..25");

	/* 10000 consecutive values, and values with both extremes */
	for (int i = 0; i < MAX_N; i++)
		vals[i] = -5000 + i;
	emit(&rng, "10000 consecutive values -5000..4999", vals, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = MIN_VAL + 2 * i;
	vals[MAX_N - 1] = MAX_VAL;
	emit(&rng, "10000 values from -10000 in steps of 2, and 10000", vals, MAX_N);

	free(vals);
	return gen_finish(stdout);
}
