/*
 * gen.c - more cases for 106. Construct Binary Tree from Inorder and
 * Postorder Traversal.
 *
 * Builds a tree with distinct values from [-3000, 3000], prints its
 * inorder and postorder as the arguments and the tree itself as the
 * expected answer.  Up to the limit of 3000 nodes: every shape (chains
 * both ways and zig-zags give recursion depth 3000), random trees of many
 * sizes, complete and perfect trees, a real BST, the extreme values.
 */
#include "judge_gen.h"

#define MAX_N 3000
#define MIN_VAL (-3000)
#define MAX_VAL 3000

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	int *in = gen_xmalloc((size_t)n * sizeof *in);
	int *post = gen_xmalloc((size_t)n * sizeof *post);
	char *a0, *a1, *expected;

	gen_tree_inorder(t, in);
	gen_tree_postorder(t, post);
	a0 = gen_int_array_text(in, n);
	a1 = gen_int_array_text(post, n);
	expected = gen_tree_text(t);
	gen_case2(stdout, name, a0, a1, expected);
	free(a0);
	free(a1);
	free(expected);
	free(in);
	free(post);
}

/* A tree of the shape with distinct random values from [lo, hi]; emitted
 * and freed. */
static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, gen_values_unique_in, &range, emit);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	int *vals = gen_xmalloc(MAX_N * sizeof *vals);
	static const int sizes[] = { 3, 4, 7, 12, 50, 100, 500, 1000, 2000 };

	gen_rng_seed(&rng, 106);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_BST, 2999, MIN_VAL, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_DEEP, 1500, MIN_VAL, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_ZIGZAG, 999, MIN_VAL, MAX_VAL, "");
	shaped(&rng, GEN_SHAPE_CATERPILLAR, 101, MIN_VAL, MAX_VAL, "");

	/* perfect tree; small trees with small values */
	shaped(&rng, GEN_SHAPE_COMPLETE, 2047, MIN_VAL, MAX_VAL, ", perfect");
	shaped(&rng, GEN_SHAPE_RANDOM, 20, 0, 30, ", values 0..30");
	shaped(&rng, GEN_SHAPE_DEEP, 40, -40, -1, ", negative values");

	/* a real BST: inorder sorted */
	t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
	gen_distinct_ints(&rng, vals, MAX_N, MIN_VAL, MAX_VAL);
	gen_sort_int(vals, MAX_N);
	gen_tree_values_inorder(t, vals);
	emit("binary search tree of 3000 nodes", t);
	gen_tree_free(t);

	/* values 0..2999 in level order (values look like indexes) */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = i;
	gen_tree_values_level(t, vals);
	emit("random tree of 3000 nodes, values 0..2999 in level order", t);
	gen_tree_free(t);

	/* the extreme values -3000 and 3000 both present */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_distinct_ints(&rng, vals, MAX_N - 2, MIN_VAL + 1, MAX_VAL - 1);
	vals[MAX_N - 2] = MIN_VAL;
	vals[MAX_N - 1] = MAX_VAL;
	gen_shuffle_int(&rng, vals, MAX_N);
	gen_tree_values_level(t, vals);
	emit("random tree of 3000 nodes with -3000 and 3000", t);
	gen_tree_free(t);

	/* negative values only, on a right chain (deepest recursion, and
	 * postorder is inorder reversed) */
	t = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N);
	gen_tree_values_unique(&rng, t, MIN_VAL, -1);
	emit("right chain of 3000 nodes, negative values", t);
	gen_tree_free(t);

	/* left chain: inorder equals postorder */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_unique(&rng, t, 1, MAX_VAL);
	emit("left chain of 3000 nodes, positive values", t);
	gen_tree_free(t);

	free(vals);
	return gen_finish(stdout);
}
