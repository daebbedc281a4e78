/*
 * gen.c - more cases for 1008. Construct Binary Search Tree from Preorder
 * Traversal.
 *
 * Builds a tree of some shape, writes distinct sorted values from [1, 1000]
 * into it in inorder (which makes it a binary search tree), and prints its
 * preorder as the argument and the tree itself as the expected answer.
 * Every shape up to the limit of 100 nodes: chains both ways (depth 100),
 * zig-zags, brooms, complete and random trees, the extreme values 1 and
 * 1000, and values packed tightly (1..100) or spread out.
 */
#include "judge_gen.h"

#define MAX_N 100
#define MIN_VAL 1
#define MAX_VAL 1000

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	int *pre = gen_xmalloc((size_t)n * sizeof *pre);
	char *arg, *expected;

	gen_tree_preorder(t, pre);
	arg = gen_int_array_text(pre, n);
	expected = gen_tree_text(t);
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	free(pre);
}

/* Distinct sorted values from [lo, hi] into t in inorder: a BST. */
static void make_bst(struct gen_rng *rng, struct gen_tree *t, int n, int lo, int hi)
{
	int *vals = gen_xmalloc((size_t)n * sizeof *vals);

	gen_distinct_ints(rng, vals, n, lo, hi);
	gen_sort_int(vals, n);
	gen_tree_values_inorder(t, vals);
	free(vals);
}

static void bst_values(struct gen_rng *rng, struct gen_tree *t, int n, const void *arg)
{
	const struct gen_range *range = arg;

	make_bst(rng, t, n, range->lo, range->hi);
}

static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, bst_values, &range, emit);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	int vals[MAX_N];
	static const int sizes[] = { 3, 4, 5, 9, 16, 31, 50, 77, 99 };

	gen_rng_seed(&rng, 1008);

	/* every shape at the maximum size, values spread over [1, 1000] */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, "");

	/* random and slot-filled shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, i % 2 ? GEN_SHAPE_BST : GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, "");

	/* values packed tightly: exactly 1..100 */
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, 1, MAX_N, ", values 1..100");
	shaped(&rng, GEN_SHAPE_DEEP, MAX_N, 1, MAX_N, ", values 1..100");

	/* only large values: 901..1000 */
	shaped(&rng, GEN_SHAPE_BST, MAX_N, MAX_VAL - MAX_N + 1, MAX_VAL, ", values 901..1000");

	/* perfect tree of 63 nodes and a complete tree of 64 */
	shaped(&rng, GEN_SHAPE_COMPLETE, 63, MIN_VAL, MAX_VAL, ", perfect");
	shaped(&rng, GEN_SHAPE_COMPLETE, 64, MIN_VAL, MAX_VAL, "");

	/* both extremes present: 1 is the leftmost node, 1000 the rightmost */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_distinct_ints(&rng, vals, MAX_N - 2, MIN_VAL + 1, MAX_VAL - 1);
	vals[MAX_N - 2] = MIN_VAL;
	vals[MAX_N - 1] = MAX_VAL;
	gen_sort_int(vals, MAX_N);
	gen_tree_values_inorder(t, vals);
	emit("random tree of 100 nodes with 1 and 1000", t);
	gen_tree_free(t);

	/* the root is the extreme value: everything on one side, but branching */
	t = gen_tree_block(MAX_N);
	{
		struct gen_tree *sub = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N - 1);

		/* copy the random subtree into t[1..] under a root with no right child */
		struct gen_tree *c = gen_tree_copy(sub);

		for (int i = 0; i < MAX_N - 1; i++) {
			t[i + 1].left = c[i].left ? &t[1 + (c[i].left - c)] : NULL;
			t[i + 1].right = c[i].right ? &t[1 + (c[i].right - c)] : NULL;
		}
		t[0].left = &t[1];
		gen_tree_free(sub);
		gen_tree_free(c);
	}
	make_bst(&rng, t, MAX_N, MIN_VAL, MAX_VAL);
	emit("root is the largest value, left subtree random, 100 nodes", t);
	gen_tree_free(t);

	return gen_finish(stdout);
}
