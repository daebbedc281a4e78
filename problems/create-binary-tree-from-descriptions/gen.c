/*
 * gen.c - more cases for 2196. Create Binary Tree From Descriptions.
 *
 * Builds a tree with distinct values from [1, 10^5], lists its edges as
 * [parent, child, isLeft] rows in some order (shuffled, top-down,
 * bottom-up) and prints the tree itself as the expected answer.  Up to the
 * limit of 10^4 rows (10001 nodes): chains 10001 deep, complete and random
 * trees, the extreme values 1 and 10^5.
 */
#include "judge_gen.h"

#define MAX_ROWS 10000
#define MAX_N (MAX_ROWS + 1)
#define MIN_VAL 1
#define MAX_VAL 100000

enum order { SHUFFLED, TOP_DOWN, BOTTOM_UP };

struct row {
	int parent, child, is_left;
};

static void emit(struct gen_rng *rng, const char *name, const struct gen_tree *t, enum order order)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(t, &n);
	struct row *rows = gen_xmalloc((size_t)n * sizeof *rows);
	struct gen_buf b = GEN_BUF_INIT;
	int k = 0;
	char *arg, *expected;

	/* level order: parents before children */
	for (int i = 0; i < n; i++) {
		if (nodes[i]->left)
			rows[k++] = (struct row){ nodes[i]->val, nodes[i]->left->val, 1 };
		if (nodes[i]->right)
			rows[k++] = (struct row){ nodes[i]->val, nodes[i]->right->val, 0 };
	}
	if (order == SHUFFLED)
		gen_shuffle(rng, rows, (size_t)k, sizeof *rows);
	else if (order == BOTTOM_UP)
		for (int i = 0, j = k - 1; i < j; i++, j--) {
			struct row x = rows[i];

			rows[i] = rows[j];
			rows[j] = x;
		}
	gen_buf_putc(&b, '[');
	for (int i = 0; i < k; i++)
		gen_buf_printf(&b, "%s[%d,%d,%d]", i ? "," : "", rows[i].parent, rows[i].child,
			       rows[i].is_left);
	gen_buf_putc(&b, ']');
	arg = gen_buf_take(&b);
	expected = gen_tree_text(t);
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	free(rows);
	free(nodes);
}

static const char *order_name(enum order o)
{
	return o == SHUFFLED ? "shuffled" : o == TOP_DOWN ? "top-down" : "bottom-up";
}

/* A tree of the shape with distinct values from [lo, hi]. */
static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   enum order order, const char *what)
{
	struct gen_tree *t = gen_tree_shape(rng, shape, n);
	char name[160];

	gen_tree_values_unique(rng, t, lo, hi);
	snprintf(name, sizeof name, "%s, %d rows, %s%s", gen_shape_name(shape), n - 1,
		 order_name(order), what);
	emit(rng, name, t, order);
	gen_tree_free(t);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	static const int sizes[] = { 3, 4, 8, 30, 100, 1000, 5000 };

	gen_rng_seed(&rng, 2196);

	/* every shape at the maximum size, rows shuffled */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, SHUFFLED, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, SHUFFLED, "");

	/* row orders: children before parents, parents before children */
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, MIN_VAL, MAX_VAL, BOTTOM_UP, "");
	shaped(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N, MIN_VAL, MAX_VAL, BOTTOM_UP, "");
	shaped(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N, MIN_VAL, MAX_VAL, TOP_DOWN, "");
	shaped(&rng, GEN_SHAPE_COMPLETE, MAX_N, MIN_VAL, MAX_VAL, TOP_DOWN, "");

	/* values packed (1..10001) and values at the top of the range */
	shaped(&rng, GEN_SHAPE_DEEP, MAX_N, 1, MAX_N, SHUFFLED, ", values 1..10001");
	shaped(&rng, GEN_SHAPE_BST, MAX_N, MAX_VAL - MAX_N + 1, MAX_VAL, SHUFFLED, ", values 89999..100000");

	/* both extremes, the largest value at the root and 1 at the deepest leaf */
	t = gen_tree_shape(&rng, GEN_SHAPE_ZIGZAG, MAX_N);
	gen_tree_values_unique(&rng, t, MIN_VAL + 1, MAX_VAL - 1);
	t[0].val = MAX_VAL;
	t[MAX_N - 1].val = MIN_VAL;
	emit(&rng, "zig-zag chain, 10000 rows, root 100000, deepest node 1", t, SHUFFLED);
	gen_tree_free(t);

	/* a perfect tree of 8191 nodes */
	shaped(&rng, GEN_SHAPE_COMPLETE, 8191, MIN_VAL, MAX_VAL, SHUFFLED, ", perfect");

	return gen_finish(stdout);
}
