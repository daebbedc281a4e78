/*
 * gen.c - more cases for 297. Serialize and Deserialize Binary Tree.
 *
 * Trees up to the limit of 10^4 nodes with values from [-1000, 1000]:
 * chains 10^4 deep (recursive codecs need the stack), random and complete
 * trees, many duplicates.  The expected answer is the input tree itself.
 */
#include "judge_gen.h"

#define MAX_N 10000
#define MIN_VAL (-1000)
#define MAX_VAL 1000

static void emit(const char *name, const struct gen_tree *t)
{
	char *text = gen_tree_text(t);

	gen_case1(stdout, name, text, text);
	free(text);
}

/* Random values with duplicates, and both extremes placed on random nodes. */
static void values_with_extremes(struct gen_rng *rng, struct gen_tree *t, int n)
{
	gen_tree_values_random(rng, t, MIN_VAL, MAX_VAL);
	if (n >= 2) {
		int i = gen_rng_int(rng, 0, n - 1);
		int j = gen_rng_int(rng, 0, n - 2);

		if (j >= i)
			j++;
		t[i].val = MIN_VAL;
		t[j].val = MAX_VAL;
	}
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	char name[128];
	static const int sizes[] = { 2, 3, 4, 7, 20, 100, 1000 };

	gen_rng_seed(&rng, 297);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		values_with_extremes(&rng, t, MAX_N);
		snprintf(name, sizeof name, "%s, %d nodes", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(name, t);
		gen_tree_free(t);
	}

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, sizes[i]);
		values_with_extremes(&rng, t, sizes[i]);
		snprintf(name, sizeof name, "random tree of %d nodes", sizes[i]);
		emit(name, t);
		gen_tree_free(t);
	}

	/* perfect tree of 2^13 - 1 nodes */
	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 8191);
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit("perfect tree of 8191 nodes", t);
	gen_tree_free(t);

	/* duplicates: one value everywhere, so only the shape carries information */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_tree_values_fill(t, MIN_VAL);
	emit("random tree of 10000 nodes, every value -1000", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MAX_VAL);
	emit("right chain of 10000 nodes, every value 1000", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_DEEP, MAX_N);
	gen_tree_values_fill(t, 0);
	emit("deep tree of 10000 nodes, every value 0", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
	gen_tree_values_random(&rng, t, -1, 1);
	emit("random tree of 10000 nodes, values -1, 0 and 1", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_ZIGZAG, MAX_N);
	gen_tree_values_random(&rng, t, 0, 1);
	for (int i = 0; i < MAX_N; i++)
		t[i].val = t[i].val ? MAX_VAL : MIN_VAL;
	emit("zig-zag chain of 10000 nodes, values -1000 and 1000 only", t);
	gen_tree_free(t);

	return gen_finish(stdout);
}
