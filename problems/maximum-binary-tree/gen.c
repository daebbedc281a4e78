/*
 * gen.c - more cases for 654. Maximum Binary Tree.
 *
 * Builds the answer first: a tree of some shape gets distinct values from
 * [0, 1000] so that every node is larger than all the nodes below it (the
 * values are handed out from the largest down, each to a random node whose
 * parent already has one).  Such a tree is the maximum binary tree of its
 * own inorder traversal, so the inorder is the argument and the tree the
 * expected answer.  Up to the limit of 1000 values: chains both ways
 * (sorted arrays, recursion depth 1000), zig-zags, random and complete
 * trees, the values 0 and 1000.
 */
#include "judge_gen.h"

#define MAX_N 1000
#define MAX_VAL 1000

/* Gives the nodes of t the n values in vals (any order) so that each node
 * is larger than its children. */
static void heap_values(struct gen_rng *rng, struct gen_tree *t, int *vals)
{
	int n = gen_tree_size(t);
	struct gen_tree **ready = gen_xmalloc(((size_t)n + 1) * sizeof *ready);
	int nready = 0;

	gen_sort_int(vals, n);
	ready[nready++] = t;
	for (int k = n - 1; k >= 0; k--) {
		int pick = (int)gen_rng_below(rng, (uint64_t)nready);
		struct gen_tree *node = ready[pick];

		ready[pick] = ready[--nready];
		node->val = vals[k];
		if (node->left)
			ready[nready++] = node->left;
		if (node->right)
			ready[nready++] = node->right;
	}
	free(ready);
}

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	int *nums = gen_xmalloc((size_t)n * sizeof *nums);
	char *arg, *expected;

	gen_tree_inorder(t, nums);
	arg = gen_int_array_text(nums, n);
	expected = gen_tree_text(t);
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	free(nums);
}

/* n distinct values from the range, placed as a max-heap */
static void heap_of_distinct(struct gen_rng *rng, struct gen_tree *t, int n, const void *arg)
{
	const struct gen_range *range = arg;
	int *vals = gen_xmalloc((size_t)n * sizeof *vals);

	gen_distinct_ints(rng, vals, n, range->lo, range->hi);
	heap_values(rng, t, vals);
	free(vals);
}

static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, heap_of_distinct, &range, emit);
}

int main(void)
{
	struct gen_rng rng;
	static const int sizes[] = { 2, 3, 5, 8, 13, 40, 100, 333, 999 };
	int vals[MAX_N + 1];

	gen_rng_seed(&rng, 654);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, 0, MAX_VAL, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], 0, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_BST, 777, 0, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_DEEP, 600, 0, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_COMPLETE, 999, 0, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_COMPLETE, 511, 0, MAX_VAL, ", perfect");
	shaped(&rng, GEN_SHAPE_CATERPILLAR, 50, 0, 60, ", values 0..60");
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, 1, MAX_VAL, ", no 0");
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, 0, MAX_N - 1, ", values 0..999");

	/* all 1001 values but one: 0 and 1000 both present */
	for (int i = 0; i <= MAX_VAL; i++)
		vals[i] = i;
	{
		struct gen_tree *t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
		int skip = gen_rng_int(&rng, 1, MAX_VAL - 1);

		vals[skip] = vals[MAX_VAL];     /* drop one value strictly inside */
		heap_values(&rng, t, vals);
		emit("random, 1000 nodes, every value of 0..1000 but one", t);
		gen_tree_free(t);
	}

	return gen_finish(stdout);
}
