/*
 * gen.c - more cases for 226. Invert Binary Tree.
 *
 * Every shape from judge_gen.h up to the limit of 100 nodes, values from
 * [-100, 100] with and without duplicates.  The expected answer is the
 * mirror copy made by gen_tree_mirror, independent of any solution.
 */
#include "judge_gen.h"

#define MAX_N 100
#define MIN_VAL (-100)
#define MAX_VAL 100

static void emit(const char *name, const struct gen_tree *t)
{
	struct gen_tree *m = gen_tree_mirror(t);
	char *arg = gen_tree_text(t);
	char *expected = gen_tree_text(m);

	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	gen_tree_free(m);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	char name[128];
	static const int sizes[] = { 3, 8, 17, 50, 99 };

	gen_rng_seed(&rng, 226);

	/* every shape at the maximum size, duplicates allowed */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
		snprintf(name, sizeof name, "%s, %d nodes", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(name, t);
		gen_tree_free(t);
	}

	/* random shapes of several sizes, distinct values */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, sizes[i]);
		gen_tree_values_unique(&rng, t, MIN_VAL, MAX_VAL);
		snprintf(name, sizeof name, "random tree of %d nodes, distinct values", sizes[i]);
		emit(name, t);
		gen_tree_free(t);
	}

	/* perfect and complete trees */
	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 63);
	gen_tree_values_unique(&rng, t, MIN_VAL, MAX_VAL);
	emit("perfect tree of 63 nodes", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 64);
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit("complete tree of 64 nodes", t);
	gen_tree_free(t);

	/* a real BST: inverting it gives a decreasing inorder */
	{
		int vals[MAX_N];

		t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
		gen_distinct_ints(&rng, vals, MAX_N, MIN_VAL, MAX_VAL);
		gen_sort_int(vals, MAX_N);
		gen_tree_values_inorder(t, vals);
		emit("binary search tree of 100 nodes", t);
		gen_tree_free(t);
	}

	/* duplicates everywhere: only the shape tells the answer apart */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_tree_values_fill(t, MAX_VAL);
	emit("random tree of 100 nodes, every value 100", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_DEEP, MAX_N);
	gen_tree_values_fill(t, MIN_VAL);
	emit("deep tree of 100 nodes, every value -100", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_BROOM, MAX_N);
	gen_tree_values_random(&rng, t, 0, 1);
	for (int i = 0; i < MAX_N; i++)
		t[i].val = t[i].val ? MAX_VAL : MIN_VAL;
	emit("broom of 100 nodes, values -100 and 100 only", t);
	gen_tree_free(t);

	return gen_finish(stdout);
}
