/*
 * gen.c - more cases for 1028. Recover a Tree From Preorder Traversal.
 *
 * Builds a tree of up to 1000 nodes (every lone child moved to the left,
 * as the problem promises), gives it values from [1, 10^9], writes its
 * dashed preorder as the argument and prints the tree itself as the
 * expected answer.  Chains 1000 deep make the longest strings (a chain of
 * 10^9 values is exactly 509500 characters); other shapes make the depth
 * jump back by many levels at once.
 */
#include "judge_gen.h"

#define MAX_N 1000
#define MIN_VAL 1
#define MAX_VAL 1000000000

/* Moves every lone right child to the left. */
static void lone_children_left(struct gen_tree *t, int n)
{
	for (int i = 0; i < n; i++) {
		if (!t[i].left && t[i].right) {
			t[i].left = t[i].right;
			t[i].right = NULL;
		}
	}
}

/* "1-2--3-4": depth dashes before each value, in preorder (iterative). */
static char *dashed_preorder(const struct gen_tree *root, int n)
{
	struct gen_buf b = GEN_BUF_INIT;
	const struct gen_tree **node = gen_xmalloc((size_t)n * sizeof *node);
	int *depth = gen_xmalloc((size_t)n * sizeof *depth);
	int top = 0;

	node[top] = root;
	depth[top++] = 0;
	while (top > 0) {
		const struct gen_tree *t = node[--top];
		int d = depth[top];

		for (int k = 0; k < d; k++)
			gen_buf_putc(&b, '-');
		gen_buf_printf(&b, "%d", t->val);
		if (t->right) {
			node[top] = t->right;
			depth[top++] = d + 1;
		}
		if (t->left) {
			node[top] = t->left;
			depth[top++] = d + 1;
		}
	}
	free(node);
	free(depth);
	return gen_buf_take(&b);
}

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	char *s, *arg, *expected;

	lone_children_left(t, n);
	s = dashed_preorder(t, n);
	arg = gen_string_text(s, strlen(s));
	expected = gen_tree_text(t);
	gen_case1(stdout, name, arg, expected);
	free(s);
	free(arg);
	free(expected);
}

/* A tree of the shape with values from [lo, hi] (duplicates allowed). */
static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, gen_values_random_in, &range, emit);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	static const int sizes[] = { 2, 3, 6, 13, 40, 100, 500, 999 };

	gen_rng_seed(&rng, 1028);

	/* every shape at the maximum size, values over the whole range
	 * (right chains and zig-zags become left chains: lone children go left) */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, i % 2 ? GEN_SHAPE_DEEP : GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, "");

	/* single-digit values only: every depth change sits next to a digit */
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, 1, 9, ", values 1..9");

	/* the longest string: a chain of 1000 nodes, every value 10^9 */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MAX_VAL);
	emit("left chain of 1000 nodes, every value 10^9 (509500 characters)", t);
	gen_tree_free(t);

	/* a chain of ones: the shortest values at the greatest depth */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MIN_VAL);
	emit("left chain of 1000 nodes, every value 1", t);
	gen_tree_free(t);

	/* right spine, each spine node with a left leaf: right children deep down */
	t = gen_tree_block(MAX_N);
	for (int i = 0; i + 2 < MAX_N; i += 2) {
		t[i].left = &t[i + 1];
		t[i].right = &t[i + 2];
	}
	t[MAX_N - 2].left = &t[MAX_N - 1];
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit("right spine with left leaves, 1000 nodes", t);
	gen_tree_free(t);

	/* two long chains under the root: back from depth 500 to depth 1 */
	t = gen_tree_block(MAX_N);
	t[0].left = &t[1];
	t[0].right = &t[MAX_N / 2 + 1];
	for (int i = 1; i < MAX_N / 2; i++)
		t[i].left = &t[i + 1];
	for (int i = MAX_N / 2 + 1; i + 1 < MAX_N; i++)
		t[i].left = &t[i + 1];
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit("root with two chains of 500 and 499 nodes", t);
	gen_tree_free(t);

	/* perfect tree of 511 nodes and a complete one of 1000, large values */
	shaped(&rng, GEN_SHAPE_COMPLETE, 511, MAX_VAL - 1000, MAX_VAL, ", perfect, values near 10^9");
	shaped(&rng, GEN_SHAPE_BROOM, MAX_N, 1, 1000000, ", values up to 10^6");

	return gen_finish(stdout);
}
