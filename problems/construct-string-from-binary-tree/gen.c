/*
 * gen.c - more cases for 606. Construct String from Binary Tree.
 *
 * Trees of every shape up to the limit of 10^4 nodes, values from
 * [-1000, 1000].  The expected string is written by an explicit-stack
 * preorder walk here, independent of any solution.  Right chains of -1000
 * give the longest answers (about 90,000 characters: "-1000()(" per node),
 * so fixed-size buffers of 64 KiB and less overflow.
 */
#include "judge_gen.h"

#define MAX_N 10000
#define MIN_VAL (-1000)
#define MAX_VAL 1000

/* What is still to be written: a whole subtree, or one character. */
struct todo {
	const struct gen_tree *node;    /* NULL: write ch */
	char ch;
};

static char *tree_string(const struct gen_tree *root)
{
	int n = gen_tree_size(root);
	struct todo *stack = gen_xmalloc((4 * (size_t)n + 4) * sizeof *stack);
	struct gen_buf b = GEN_BUF_INIT;
	int top = 0;

	stack[top++] = (struct todo){ root, 0 };
	while (top > 0) {
		struct todo d = stack[--top];
		const struct gen_tree *x = d.node;

		if (!x) {
			gen_buf_putc(&b, d.ch);
			continue;
		}
		gen_buf_printf(&b, "%d", x->val);
		/* pushed in reverse: "(" left ")" then "(" right ")" */
		if (x->right) {
			stack[top++] = (struct todo){ NULL, ')' };
			stack[top++] = (struct todo){ x->right, 0 };
			stack[top++] = (struct todo){ NULL, '(' };
		}
		if (x->left || x->right) {
			stack[top++] = (struct todo){ NULL, ')' };
			if (x->left)
				stack[top++] = (struct todo){ x->left, 0 };
			stack[top++] = (struct todo){ NULL, '(' };
		}
	}
	free(stack);
	return gen_buf_take(&b);
}

static void emit(const char *what, struct gen_tree *t)
{
	char *arg = gen_tree_text(t);
	char *s = tree_string(t);
	char *expected = gen_string_text(s, strlen(s));
	char name[200];

	snprintf(name, sizeof name, "%s (answer of %zu characters)", what, strlen(s));
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(s);
	free(expected);
}

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
	static const int sizes[] = { 2, 3, 5, 9, 30, 100, 1000 };

	gen_rng_seed(&rng, 606);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, MIN_VAL, MAX_VAL, "");

	/* random shapes of several sizes */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], MIN_VAL, MAX_VAL, "");

	/* the longest answers: chains of -1000 */
	t = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MIN_VAL);
	emit("right chain of 10000 times -1000", t);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MIN_VAL);
	emit("left chain of 10000 times -1000", t);
	gen_tree_free(t);

	shaped(&rng, GEN_SHAPE_ZAGZIG, MAX_N, MIN_VAL, -100, ", values -1000..-100");
	shaped(&rng, GEN_SHAPE_DEEP, MAX_N, MIN_VAL, -100, ", values -1000..-100");
	shaped(&rng, GEN_SHAPE_COMPLETE, MAX_N, 100, MAX_VAL, ", values 100..1000");
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, 0, 0, ", all zeros");
	shaped(&rng, GEN_SHAPE_CATERPILLAR, MAX_N, -1, 1, ", values -1..1");

	/* a perfect tree: no empty pairs at all */
	shaped(&rng, GEN_SHAPE_COMPLETE, 8191, MIN_VAL, MAX_VAL, ", perfect");

	return gen_finish(stdout);
}
