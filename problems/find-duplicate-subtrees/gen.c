/*
 * gen.c - more cases for 652. Find Duplicate Subtrees.
 *
 * Trees up to the limit of 5000 nodes, values from [-200, 200].  The answer
 * is found here without strings or hashing: nodes are grouped by height
 * (equal subtrees have equal heights), and within each height, from the
 * leaves up, sorted by (value, kind of left subtree, kind of right
 * subtree); equal neighbours are the same kind.  Every kind met at least
 * twice is listed once, by its first node in sorted order.
 *
 * Deep chains (5000 levels) make any text form of a subtree tens of
 * thousands of characters long: fixed-size key buffers overflow or, when
 * they truncate, merge subtrees that differ only at the bottom.
 */
#include "judge_gen.h"

#define MAX_N 5000
#define MIN_VAL (-200)
#define MAX_VAL 200

struct triple {
	int val, left, right;   /* kinds of the children, 0 for none */
	int idx;                /* block index of the node */
};

static int cmp_triple(const void *pa, const void *pb)
{
	const struct triple *a = pa, *b = pb;

	if (a->val != b->val)
		return a->val < b->val ? -1 : 1;
	if (a->left != b->left)
		return a->left < b->left ? -1 : 1;
	if (a->right != b->right)
		return a->right < b->right ? -1 : 1;
	return (a->idx > b->idx) - (a->idx < b->idx);
}

/* The expected answer as tree[] text. */
static char *duplicates(struct gen_tree *t, int *kinds)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(t, &n);
	int *height = gen_xcalloc((size_t)n + 1, sizeof *height);
	int *kind = gen_xcalloc((size_t)n + 1, sizeof *kind);
	int *first = gen_xcalloc((size_t)n + 2, sizeof *first);  /* by height: start in order[] */
	int *order = gen_xmalloc(((size_t)n + 1) * sizeof *order);
	struct triple *tr = gen_xmalloc(((size_t)n + 1) * sizeof *tr);
	struct gen_buf b = GEN_BUF_INIT;
	int max_h = 0, next_kind = 1;

	/* heights, children before parents (reverse level order) */
	for (int i = n - 1; i >= 0; i--) {
		struct gen_tree *x = nodes[i];
		int hl = x->left ? height[x->left - t] : 0;
		int hr = x->right ? height[x->right - t] : 0;
		int h = 1 + (hl > hr ? hl : hr);

		height[x - t] = h;
		if (h > max_h)
			max_h = h;
	}
	/* counting sort of the nodes by height */
	for (int i = 0; i < n; i++)
		first[height[i] + 1]++;
	for (int h = 1; h <= max_h + 1; h++)
		first[h] += first[h - 1];
	{
		int *fill = gen_xmalloc(((size_t)max_h + 2) * sizeof *fill);

		memcpy(fill, first, ((size_t)max_h + 2) * sizeof *fill);
		for (int i = 0; i < n; i++)
			order[fill[height[i]]++] = i;
		free(fill);
	}

	*kinds = 0;
	gen_buf_putc(&b, '[');
	for (int h = 1; h <= max_h; h++) {
		int lo = first[h], hi = first[h + 1], m = hi - lo;

		for (int j = 0; j < m; j++) {
			struct gen_tree *x = &t[order[lo + j]];

			tr[j].val = x->val;
			tr[j].left = x->left ? kind[x->left - t] : 0;
			tr[j].right = x->right ? kind[x->right - t] : 0;
			tr[j].idx = order[lo + j];
		}
		qsort(tr, (size_t)m, sizeof *tr, cmp_triple);
		for (int j = 0; j < m;) {
			int e = j;

			while (e < m && tr[e].val == tr[j].val && tr[e].left == tr[j].left &&
			       tr[e].right == tr[j].right)
				kind[tr[e++].idx] = next_kind;
			next_kind++;
			if (e - j >= 2) {
				if ((*kinds)++)
					gen_buf_putc(&b, ',');
				gen_buf_tree(&b, &t[tr[j].idx]);
			}
			j = e;
		}
	}
	gen_buf_putc(&b, ']');
	free(tr);
	free(order);
	free(first);
	free(kind);
	free(height);
	free(nodes);
	return gen_buf_take(&b);
}

static void emit(const char *what, struct gen_tree *t)
{
	char *arg = gen_tree_text(t);
	int kinds;
	char *expected = duplicates(t, &kinds);
	char name[200];

	snprintf(name, sizeof name, "%s (%d kind%s)", what, kinds, kinds == 1 ? "" : "s");
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
}

static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi,
		   const char *what)
{
	struct gen_range range = { lo, hi };

	gen_shaped_case(rng, shape, n, what, gen_values_random_in, &range, emit);
}

/* Copies the subtree src (n nodes, block of its own) into dst[0..n),
 * keeping the shape: dst is a block slice, dst[0] the copy's root. */
static void copy_into(struct gen_tree *dst, const struct gen_tree *src, int n)
{
	for (int i = 0; i < n; i++) {
		dst[i].val = src[i].val;
		dst[i].left = src[i].left ? &dst[src[i].left - src] : NULL;
		dst[i].right = src[i].right ? &dst[src[i].right - src] : NULL;
	}
}

/* A root (value v) whose two children are copies of the same tree s of m
 * nodes; both copies are identical, so every kind inside s is a duplicate. */
static struct gen_tree *twins(const struct gen_tree *s, int m, int v)
{
	struct gen_tree *t = gen_tree_block(2 * m + 1);

	t[0].val = v;
	copy_into(&t[1], s, m);
	copy_into(&t[1 + m], s, m);
	t[0].left = &t[1];
	t[0].right = &t[1 + m];
	return t;
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t, *s;
	static const int sizes[] = { 2, 3, 7, 20, 100, 1000 };
	static const int collide[] = { -56, 200, -200, 56 };

	gen_rng_seed(&rng, 652);

	/* every shape, values -1..1: the bushy ones at the maximum size, the
	 * chain-like ones smaller (the deep cases are below; every 5000-deep
	 * case costs a solution with text keys ~50 MB of keys) */
	for (int k = 0; k < GEN_SHAPE_COUNT; k++) {
		enum gen_shape shape = (enum gen_shape)k;
		bool bushy = shape == GEN_SHAPE_RANDOM || shape == GEN_SHAPE_BST ||
			     shape == GEN_SHAPE_DEEP || shape == GEN_SHAPE_COMPLETE;

		shaped(&rng, shape, bushy ? MAX_N : 1000, -1, 1, ", values -1..1");
	}

	/* random trees of several sizes, values 0..2 */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		shaped(&rng, GEN_SHAPE_RANDOM, sizes[i], 0, 2, ", values 0..2");

	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, MIN_VAL, MAX_VAL, ", values -200..200");
	shaped(&rng, GEN_SHAPE_BST, MAX_N, 0, 0, ", all zeros");
	shaped(&rng, GEN_SHAPE_DEEP, MAX_N, 0, 1, ", values 0..1");
	shaped(&rng, GEN_SHAPE_BROOM, 3000, 0, 0, ", all zeros");

	/* perfect tree of zeros: one kind per level but the top */
	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 4095);
	emit("perfect tree of 4095 zeros", t);
	gen_tree_free(t);

	/* values that are equal as a char: -56/200 and -200/56 */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	{
		int n;
		struct gen_tree **nodes = gen_tree_level_nodes(t, &n);

		for (int i = 0; i < n; i++)
			nodes[i]->val = collide[gen_rng_below(&rng, 4)];
		free(nodes);
	}
	emit("random, 5000 nodes, values -200, -56, 56, 200", t);
	gen_tree_free(t);

	/* long chains: no duplicates, but very long text keys; in the zig-zag
	 * every subtree starts like the one two levels below it, so keys
	 * truncated to a fixed length (up to ~30,000 characters) collide */
	shaped(&rng, GEN_SHAPE_LEFT_CHAIN, 2000, MIN_VAL, -100, ", values -200..-100");
	t = gen_tree_shape(&rng, GEN_SHAPE_ZIGZAG, MAX_N);
	gen_tree_values_fill(t, 7);
	emit("zigzag of 5000 sevens", t);
	gen_tree_free(t);

	/* caterpillar: random spine, leaves 1 or 2 */
	t = gen_tree_shape(&rng, GEN_SHAPE_CATERPILLAR, MAX_N);
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	for (int i = 0; i < MAX_N; i++)
		if (!t[i].left && !t[i].right)
			t[i].val = gen_rng_int(&rng, 1, 2);
	emit("caterpillar of 5000, random spine, leaves 1 and 2", t);
	gen_tree_free(t);

	/* two chains of 2499, equal but for the bottom value: no duplicates */
	s = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, 2499);
	gen_tree_values_random(&rng, s, MIN_VAL, MAX_VAL);
	t = twins(s, 2499, 0);
	t[2499].val = t[4998].val == MAX_VAL ? MIN_VAL : t[4998].val + 1;
	emit("two left chains of 2499 equal but for the bottom value", t);
	gen_tree_free(t);
	gen_tree_free(s);

	/* two equal chains of 300 under the root: 300 kinds */
	s = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, 300);
	gen_tree_values_random(&rng, s, MIN_VAL, MAX_VAL);
	t = twins(s, 300, 1);
	emit("two equal right chains of 300", t);
	gen_tree_free(t);
	gen_tree_free(s);

	/* two equal bst-shaped subtrees of 2499 nodes */
	s = gen_tree_shape(&rng, GEN_SHAPE_BST, 2499);
	gen_tree_values_random(&rng, s, MIN_VAL, MAX_VAL);
	t = twins(s, 2499, 0);
	emit("two equal bst-shaped subtrees of 2499", t);
	gen_tree_free(t);
	gen_tree_free(s);

	return gen_finish(stdout);
}
