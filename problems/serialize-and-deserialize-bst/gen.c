/*
 * gen.c - more cases for 449. Serialize and Deserialize BST.
 *
 * Binary search trees up to the limit of 10^4 nodes with distinct values
 * from [0, 10^4]: every shape of judge_gen.h (chains 10^4 deep for
 * recursive codecs), values packed (0..9999, 1..10000) or spread out, and
 * values whose bytes contain zeros (multiples of 256) for binary encoders.
 * The expected answer is the input tree itself.
 */
#include "judge_gen.h"

#define MAX_N 10000
#define MIN_VAL 0
#define MAX_VAL 10000

static void emit(const char *name, struct gen_tree *t)
{
	char *text = gen_tree_text(t);

	gen_case1(stdout, name, text, text);
	free(text);
}

/* Sorted values into t in inorder: a BST. */
static void set_sorted(struct gen_tree *t, int *vals, int n)
{
	gen_sort_int(vals, n);
	gen_tree_values_inorder(t, vals);
}

/* n distinct values from the range, placed in order: a BST */
static void bst_of_distinct(struct gen_rng *rng, struct gen_tree *t, int n, const void *arg)
{
	const struct gen_range *range = arg;
	int *vals = gen_xmalloc((size_t)n * sizeof *vals);

	gen_distinct_ints(rng, vals, n, range->lo, range->hi);
	set_sorted(t, vals, n);
	free(vals);
}

static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, bst_of_distinct, &range, emit);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	int *vals = gen_xmalloc(MAX_N * sizeof *vals);
	static const int sizes[] = { 3, 4, 7, 20, 100, 1000, 5000 };

	gen_rng_seed(&rng, 449);

	/* every shape at the maximum size, values from the whole range */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, i % 2 ? GEN_SHAPE_BST : GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, "");

	/* perfect tree of 8191 nodes */
	shaped(&rng, GEN_SHAPE_COMPLETE, 8191, MIN_VAL, MAX_VAL, ", perfect");

	/* values packed: 0..9999 on a right chain, 1..10000 on a left chain */
	t = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = i;
	set_sorted(t, vals, MAX_N);
	emit("right chain of 10000 nodes, values 0..9999", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		vals[i] = i + 1;
	set_sorted(t, vals, MAX_N);
	emit("left chain of 10000 nodes, values 1..10000", t);
	gen_tree_free(t);

	/* a random BST with both 0 and 10000 */
	t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
	gen_distinct_ints(&rng, vals, MAX_N - 2, MIN_VAL + 1, MAX_VAL - 1);
	vals[MAX_N - 2] = MIN_VAL;
	vals[MAX_N - 1] = MAX_VAL;
	set_sorted(t, vals, MAX_N);
	emit("random BST of 10000 nodes with 0 and 10000", t);
	gen_tree_free(t);

	/* every multiple of 256 up to 10^4 plus 0..255: many zero bytes */
	{
		int n = 0;

		for (int v = 0; v <= MAX_VAL; v += 256)
			vals[n++] = v;
		for (int v = 1; v < 256; v++)
			vals[n++] = v;
		t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, n);
		set_sorted(t, vals, n);
		emit("random BST of values 0..255 and multiples of 256", t);
		gen_tree_free(t);
	}

	/* small values only: one or two digits */
	shaped(&rng, GEN_SHAPE_DEEP, 100, 0, 99, ", values 0..99");

	free(vals);
	return gen_finish(stdout);
}
