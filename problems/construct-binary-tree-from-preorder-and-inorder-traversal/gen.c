/*
 * gen.c - more cases for 105. Construct Binary Tree from Preorder and
 * Inorder Traversal.
 *
 * Builds a tree with distinct values from [-3000, 3000], prints its
 * preorder and inorder as the arguments and the tree itself as the
 * expected answer.  Up to the limit of 3000 nodes: chains both ways,
 * zig-zags (depth 3000 for recursive solutions), random, complete trees.
 *
 * Size mode (judge run --complexity):
 *     gen --size N --shape chain|balanced [--count K]
 * prints K (default 1) cases of N nodes of that shape, seeded by N and the
 * shape: "chain" is a zig-zag path (depth N, the root of every subtree at
 * one end of its inorder range, alternately the left and the right end, so
 * a linear search for it from either end costs O(n^2) in all); "balanced"
 * is a complete tree.  Any shape name of judge_gen.h works too.
 */
#include "judge_gen.h"

#define MAX_N 3000
#define MIN_VAL (-3000)
#define MAX_VAL 3000

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	int *pre = gen_xmalloc((size_t)n * sizeof *pre);
	int *in = gen_xmalloc((size_t)n * sizeof *in);
	char *a0, *a1, *expected;

	gen_tree_preorder(t, pre);
	gen_tree_inorder(t, in);
	a0 = gen_int_array_text(pre, n);
	a1 = gen_int_array_text(in, n);
	expected = gen_tree_text(t);
	gen_case2(stdout, name, a0, a1, expected);
	free(a0);
	free(a1);
	free(expected);
	free(pre);
	free(in);
}

/* A tree of the shape with distinct random values; emitted and freed. */
static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, const char *what)
{
	static const struct gen_range range = { MIN_VAL, MAX_VAL };

	gen_shaped_case(rng, shape, n, what, gen_values_unique_in, &range, emit);
}

static int usage(void)
{
	fprintf(stderr, "usage: gen [--size N --shape chain|balanced|SHAPE [--count K]]\n");
	return 2;
}

static int sized(int argc, char **argv)
{
	int n = 0, count = 1;
	const char *shape_name = "chain";
	enum gen_shape shape = GEN_SHAPE_COUNT;
	struct gen_rng rng;

	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--size"))
			n = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--shape"))
			shape_name = argv[i + 1];
		else if (!strcmp(argv[i], "--count"))
			count = atoi(argv[i + 1]);
		else
			return usage();
	}
	if (argc % 2 == 0 || n < 1 || n > MAX_N || count < 1 || count > 100000)
		return usage();
	if (!strcmp(shape_name, "chain"))
		shape = GEN_SHAPE_ZIGZAG;
	else if (!strcmp(shape_name, "balanced"))
		shape = GEN_SHAPE_COMPLETE;
	for (int s = 0; s < GEN_SHAPE_COUNT && shape == GEN_SHAPE_COUNT; s++)
		if (!strcmp(shape_name, gen_shape_name((enum gen_shape)s)))
			shape = (enum gen_shape)s;
	if (shape == GEN_SHAPE_COUNT)
		return usage();
	gen_rng_seed(&rng, 105u * 1000003u + (unsigned)n * 31u + (unsigned)shape);
	for (int k = 0; k < count; k++)
		shaped(&rng, shape, n, "");
	return gen_finish(stdout);
}

int main(int argc, char **argv)
{
	struct gen_rng rng;
	struct gen_tree *t;
	int *vals = gen_xmalloc(MAX_N * sizeof *vals);
	static const int sizes[] = { 3, 5, 10, 100, 1000 };

	if (argc > 1) {
		free(vals);
		return sized(argc, argv);
	}
	gen_rng_seed(&rng, 105);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], "");
	shaped(&rng, GEN_SHAPE_BST, 2999, "");
	shaped(&rng, GEN_SHAPE_DEEP, 1500, "");

	/* perfect tree */
	shaped(&rng, GEN_SHAPE_COMPLETE, 2047, ", perfect");

	/* a real BST: inorder sorted */
	t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
	gen_distinct_ints(&rng, vals, MAX_N, MIN_VAL, MAX_VAL);
	gen_sort_int(vals, MAX_N);
	gen_tree_values_inorder(t, vals);
	emit("binary search tree of 3000 nodes", t);
	gen_tree_free(t);

	/* values 1..3000 in level order */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = i + 1;
	gen_tree_values_level(t, vals);
	emit("random tree of 3000 nodes, values 1..3000 in level order", t);
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

	/* negative values only, on a left chain (deepest recursion, and
	 * inorder is preorder reversed) */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_unique(&rng, t, MIN_VAL, -1);
	emit("left chain of 3000 nodes, negative values", t);
	gen_tree_free(t);

	free(vals);
	return gen_finish(stdout);
}
