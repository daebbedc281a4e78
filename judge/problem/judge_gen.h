/*
 * judge_gen.h - helpers for problem generators (problems/<slug>/gen.c).
 *
 * A generator is trusted problem code, compiled with the system compiler and
 * run by the judge; it prints further cases as JSON lines on stdout (see
 * docs/problem-format.md).  This header gives it:
 *
 *   - a deterministic PRNG (splitmix64, seeded explicitly by the caller),
 *     uniform integers, shuffles, distinct samples;
 *   - binary trees (struct gen_tree) of many shapes, value assignment,
 *     traversals into int arrays, copies and mirror copies;
 *   - LeetCode's canonical text for trees, int arrays and strings;
 *   - one JSON case line with proper JSON string escaping.
 *
 * Rules it keeps so that generators stay deterministic and safe at the
 * constraint maximums:
 *   - no global mutable state: every random call takes the caller's
 *     struct gen_rng, every builder returns fresh memory;
 *   - nothing depends on addresses (no sorting or hashing of pointers);
 *   - everything is iterative (chains of 10^5 nodes are fine);
 *   - out of memory and misuse (lo > hi, too few distinct values) print
 *     "gen: ..." on stderr and exit(2); generators never need to check.
 *
 * Trees: every builder here returns a tree whose n nodes live in ONE block
 * allocated by gen_tree_block(n), with the root at element 0, so
 * gen_tree_free(root) releases the whole tree.  The empty tree is NULL.
 * A caller that wires nodes by hand should do the same (take a block, use
 * element 0 as the root).
 *
 * Typical use:
 *
 *     struct gen_rng rng;
 *     gen_rng_seed(&rng, 226);
 *     struct gen_tree *t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, 100);
 *     gen_tree_values_random(&rng, t, -100, 100);
 *     struct gen_tree *m = gen_tree_mirror(t);
 *     char *arg = gen_tree_text(t), *exp = gen_tree_text(m);
 *     gen_case1(stdout, "random 100", arg, exp);
 *     free(arg); free(exp); gen_tree_free(t); gen_tree_free(m);
 *     return gen_finish(stdout);
 */
#ifndef JUDGE_GEN_H
#define JUDGE_GEN_H

#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================
 * Failure and memory
 * ================================================================ */

static inline void gen_die(const char *msg)
{
	fprintf(stderr, "gen: %s\n", msg);
	exit(2);
}

static inline void *gen_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		gen_die("out of memory");
	return p;
}

static inline void *gen_xcalloc(size_t count, size_t size)
{
	void *p;

	if (count == 0 || size == 0)
		count = size = 1;
	p = calloc(count, size);
	if (!p)
		gen_die("out of memory");
	return p;
}

static inline void *gen_xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		gen_die("out of memory");
	return p;
}

/* ================================================================
 * Random numbers: splitmix64
 * ================================================================ */

struct gen_rng {
	uint64_t state;
};

/* Every seed, including 0, gives a good stream. */
static inline void gen_rng_seed(struct gen_rng *r, uint64_t seed)
{
	r->state = seed;
}

static inline uint64_t gen_rng_u64(struct gen_rng *r)
{
	uint64_t z = (r->state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* Uniform in [0, bound), bound > 0, without modulo bias. */
static inline uint64_t gen_rng_below(struct gen_rng *r, uint64_t bound)
{
	uint64_t threshold, x;

	if (bound == 0)
		gen_die("gen_rng_below: bound is 0");
	threshold = (0 - bound) % bound;        /* 2^64 mod bound */
	do
		x = gen_rng_u64(r);
	while (x < threshold);
	return x % bound;
}

/* Uniform in [lo, hi], both inclusive; any int range. */
static inline int gen_rng_int(struct gen_rng *r, int lo, int hi)
{
	uint64_t span;

	if (lo > hi)
		gen_die("gen_rng_int: lo > hi");
	span = (uint64_t)((int64_t)hi - (int64_t)lo) + 1;
	return (int)((int64_t)lo + (int64_t)gen_rng_below(r, span));
}

/* True with probability num/den (0 <= num <= den, den > 0). */
static inline bool gen_rng_chance(struct gen_rng *r, unsigned num, unsigned den)
{
	return gen_rng_below(r, den) < num;
}

/* Fisher-Yates shuffle of a[0..n). */
static inline void gen_shuffle_int(struct gen_rng *r, int *a, int n)
{
	for (int i = n - 1; i > 0; i--) {
		int j = (int)gen_rng_below(r, (uint64_t)i + 1);
		int t = a[i];

		a[i] = a[j];
		a[j] = t;
	}
}

/* Fisher-Yates shuffle of n elements of `size` bytes each. */
static inline void gen_shuffle(struct gen_rng *r, void *base, size_t n, size_t size)
{
	unsigned char *b = base;

	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)gen_rng_below(r, i);
		unsigned char *x = b + (i - 1) * size, *y = b + j * size;

		if (j == i - 1)
			continue;
		for (size_t k = 0; k < size; k++) {
			unsigned char t = x[k];

			x[k] = y[k];
			y[k] = t;
		}
	}
}

/* a[0..n) = start, start+1, ..., start+n-1 in random order. */
static inline void gen_permutation(struct gen_rng *r, int *a, int n, int start)
{
	for (int i = 0; i < n; i++)
		a[i] = start + i;
	gen_shuffle_int(r, a, n);
}

static inline int gen_cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* Sort a[0..n) ascending. */
static inline void gen_sort_int(int *a, int n)
{
	if (n > 1)
		qsort(a, (size_t)n, sizeof *a, gen_cmp_int);
}

/* n distinct values from [lo, hi] in random order into out[0..n).
 * Dies when the range holds fewer than n values. */
static inline void gen_distinct_ints(struct gen_rng *r, int *out, int n, int lo, int hi)
{
	int64_t span;

	if (n <= 0)
		return;
	if (lo > hi)
		gen_die("gen_distinct_ints: lo > hi");
	span = (int64_t)hi - (int64_t)lo + 1;
	if (span < n)
		gen_die("gen_distinct_ints: range too small for n distinct values");
	if (span <= (int64_t)4 * n + 4096) {
		/* small range: partial Fisher-Yates over the whole range */
		int *all = gen_xmalloc((size_t)span * sizeof *all);

		for (int64_t i = 0; i < span; i++)
			all[i] = (int)(lo + i);
		for (int i = 0; i < n; i++) {
			int64_t j = i + (int64_t)gen_rng_below(r, (uint64_t)(span - i));
			int t = all[i];

			all[i] = all[j];
			all[j] = t;
		}
		memcpy(out, all, (size_t)n * sizeof *out);
		free(all);
	} else {
		/* large range: draw, sort, drop duplicates, draw again */
		int have = 0;

		while (have < n) {
			int k = 0;

			for (int i = have; i < n; i++)
				out[i] = gen_rng_int(r, lo, hi);
			gen_sort_int(out, n);
			for (int i = 0; i < n; i++)
				if (k == 0 || out[i] != out[k - 1])
					out[k++] = out[i];
			have = k;
		}
		gen_shuffle_int(r, out, n);
	}
}

/* ================================================================
 * Trees
 * ================================================================ */

struct gen_tree {
	int val;
	struct gen_tree *left;
	struct gen_tree *right;
};

/* A zeroed block of n nodes (NULL for n <= 0).  Element 0 is the root. */
static inline struct gen_tree *gen_tree_block(int n)
{
	if (n <= 0)
		return NULL;
	return gen_xcalloc((size_t)n, sizeof(struct gen_tree));
}

/* Frees a tree made by this header (its block).  NULL is fine. */
static inline void gen_tree_free(struct gen_tree *root)
{
	free(root);
}

/* Number of nodes (iterative). */
static inline int gen_tree_size(const struct gen_tree *root)
{
	const struct gen_tree **stack;
	int n = 0, top = 0, cap = 64;

	if (!root)
		return 0;
	stack = gen_xmalloc((size_t)cap * sizeof *stack);
	stack[top++] = root;
	while (top > 0) {
		const struct gen_tree *t = stack[--top];

		n++;
		if (top + 2 > cap) {
			cap *= 2;
			stack = gen_xrealloc(stack, (size_t)cap * sizeof *stack);
		}
		if (t->right)
			stack[top++] = t->right;
		if (t->left)
			stack[top++] = t->left;
	}
	free(stack);
	return n;
}

/* The nodes in level order, malloc'd (free it); *n gets the count.
 * Returns NULL (and *n = 0) for the empty tree. */
static inline struct gen_tree **gen_tree_level_nodes(const struct gen_tree *root, int *n)
{
	struct gen_tree **q;
	int head = 0, tail = 0, cap;

	*n = 0;
	if (!root)
		return NULL;
	cap = gen_tree_size(root);
	q = gen_xmalloc((size_t)cap * sizeof *q);
	q[tail++] = (struct gen_tree *)root;
	while (head < tail) {
		struct gen_tree *t = q[head++];

		if (t->left)
			q[tail++] = t->left;
		if (t->right)
			q[tail++] = t->right;
	}
	*n = tail;
	return q;
}

/* Height: 0 for the empty tree, 1 for a single node (iterative). */
static inline int gen_tree_height(const struct gen_tree *root)
{
	const struct gen_tree **q;
	int n, h = 0, head = 0, tail = 0;

	if (!root)
		return 0;
	n = gen_tree_size(root);
	q = gen_xmalloc((size_t)n * sizeof *q);
	q[tail++] = root;
	while (head < tail) {
		int end = tail;

		h++;
		for (; head < end; head++) {
			if (q[head]->left)
				q[tail++] = q[head]->left;
			if (q[head]->right)
				q[tail++] = q[head]->right;
		}
	}
	free(q);
	return h;
}

/* ---- shapes ---- */

enum gen_shape {
	/* uniformly random among all binary trees with n nodes (Remy's
	 * algorithm); depth grows like sqrt(n) */
	GEN_SHAPE_RANDOM,
	/* the shape of a BST built by inserting a random permutation (each
	 * new node takes a uniformly random free child slot); depth ~ log n.
	 * Use gen_tree_values_inorder with sorted values to make it a BST. */
	GEN_SHAPE_BST,
	/* random, but each new node goes below the newest node 3 times in 4:
	 * long winding paths with side branches */
	GEN_SHAPE_DEEP,
	/* complete: level order fills each level left to right */
	GEN_SHAPE_COMPLETE,
	/* every node is the left child of the one before */
	GEN_SHAPE_LEFT_CHAIN,
	/* every node is the right child of the one before */
	GEN_SHAPE_RIGHT_CHAIN,
	/* a chain that turns every step: left, right, left, ... */
	GEN_SHAPE_ZIGZAG,
	/* the same starting to the right: right, left, right, ... */
	GEN_SHAPE_ZAGZIG,
	/* broom: a handle of about n/2 nodes (each step left or right at
	 * random) ending in a complete tree of the other nodes */
	GEN_SHAPE_BROOM,
	/* caterpillar: a spine, each spine node carrying a leaf on one side
	 * (chosen at random) and the spine continuing on the other */
	GEN_SHAPE_CATERPILLAR,
	GEN_SHAPE_COUNT
};

/* A short name for case names: "random", "bst", "left-chain", ... */
static inline const char *gen_shape_name(enum gen_shape s)
{
	static const char *const names[GEN_SHAPE_COUNT] = {
		"random", "bst", "deep", "complete", "left-chain", "right-chain",
		"zigzag", "zagzig", "broom", "caterpillar",
	};

	return (unsigned)s < GEN_SHAPE_COUNT ? names[s] : "unknown";
}

/* Uniform random binary tree of n >= 1 nodes (Remy).  Builds a full binary
 * tree with n internal nodes and n + 1 leaves, then keeps the internal ones,
 * numbered in level order so that the root is element 0. */
static inline struct gen_tree *gen_tree_remy(struct gen_rng *r, int n)
{
	int total = 2 * n + 1, m = 1, root = 0;
	int *lc = gen_xmalloc((size_t)total * sizeof *lc);
	int *rc = gen_xmalloc((size_t)total * sizeof *rc);
	int *par = gen_xmalloc((size_t)total * sizeof *par);
	int *q = gen_xmalloc((size_t)total * sizeof *q);
	int *idx = gen_xmalloc((size_t)total * sizeof *idx);
	struct gen_tree *t = gen_tree_block(n);
	int head = 0, tail = 0, k = 0;

	lc[0] = rc[0] = par[0] = -1;            /* one leaf */
	for (int step = 0; step < n; step++) {
		int x = (int)gen_rng_below(r, (uint64_t)m);
		int in = m, leaf = m + 1, p = par[x];

		if (p < 0)
			root = in;
		else if (lc[p] == x)
			lc[p] = in;
		else
			rc[p] = in;
		par[in] = p;
		if (gen_rng_chance(r, 1, 2)) {
			lc[in] = x;
			rc[in] = leaf;
		} else {
			lc[in] = leaf;
			rc[in] = x;
		}
		par[x] = par[leaf] = in;
		lc[leaf] = rc[leaf] = -1;
		m += 2;
	}
	/* internal nodes are exactly those with children; number them in
	 * level order */
	for (int i = 0; i < total; i++)
		idx[i] = -1;
	q[tail++] = root;
	while (head < tail) {
		int x = q[head++];

		idx[x] = k++;
		if (lc[lc[x]] != -1 || rc[lc[x]] != -1)
			q[tail++] = lc[x];
		if (lc[rc[x]] != -1 || rc[rc[x]] != -1)
			q[tail++] = rc[x];
	}
	for (int i = 0; i < tail; i++) {
		int x = q[i];
		struct gen_tree *node = &t[idx[x]];

		node->left = idx[lc[x]] >= 0 ? &t[idx[lc[x]]] : NULL;
		node->right = idx[rc[x]] >= 0 ? &t[idx[rc[x]]] : NULL;
	}
	free(lc);
	free(rc);
	free(par);
	free(q);
	free(idx);
	return t;
}

/* Random trees by filling free child slots: uniformly (GEN_SHAPE_BST) or
 * mostly below the newest node (GEN_SHAPE_DEEP). */
static inline struct gen_tree *gen_tree_slots(struct gen_rng *r, int n, bool deep)
{
	struct gen_tree *t = gen_tree_block(n);
	struct gen_tree ***slots = gen_xmalloc(((size_t)n + 2) * sizeof *slots);
	int count = 0;

	slots[count++] = &t[0].left;
	slots[count++] = &t[0].right;
	for (int i = 1; i < n; i++) {
		int pick;

		if (deep && count >= 2 && gen_rng_chance(r, 3, 4))
			pick = count - 1 - (int)gen_rng_below(r, 2);
		else
			pick = (int)gen_rng_below(r, (uint64_t)count);
		*slots[pick] = &t[i];
		slots[pick] = slots[--count];
		if (gen_rng_chance(r, 1, 2)) {
			slots[count++] = &t[i].left;
			slots[count++] = &t[i].right;
		} else {
			slots[count++] = &t[i].right;
			slots[count++] = &t[i].left;
		}
	}
	free(slots);
	return t;
}

/* A complete tree of the nodes t[base .. base+n), rooted at t[base]. */
static inline void gen_tree_link_complete(struct gen_tree *t, int base, int n)
{
	for (int j = 0; j < n; j++) {
		if (2 * j + 1 < n)
			t[base + j].left = &t[base + 2 * j + 1];
		if (2 * j + 2 < n)
			t[base + j].right = &t[base + 2 * j + 2];
	}
}

/* A tree of n nodes (NULL for n <= 0) of the given shape, all values 0.
 * The rng is used only by the random shapes, broom and caterpillar. */
static inline struct gen_tree *gen_tree_shape(struct gen_rng *r, enum gen_shape shape, int n)
{
	struct gen_tree *t;

	if (n <= 0)
		return NULL;
	switch (shape) {
	case GEN_SHAPE_RANDOM:
		return gen_tree_remy(r, n);
	case GEN_SHAPE_BST:
		return gen_tree_slots(r, n, false);
	case GEN_SHAPE_DEEP:
		return gen_tree_slots(r, n, true);
	default:
		break;
	}
	t = gen_tree_block(n);
	switch (shape) {
	case GEN_SHAPE_COMPLETE:
		gen_tree_link_complete(t, 0, n);
		break;
	case GEN_SHAPE_LEFT_CHAIN:
		for (int i = 0; i + 1 < n; i++)
			t[i].left = &t[i + 1];
		break;
	case GEN_SHAPE_RIGHT_CHAIN:
		for (int i = 0; i + 1 < n; i++)
			t[i].right = &t[i + 1];
		break;
	case GEN_SHAPE_ZIGZAG:
	case GEN_SHAPE_ZAGZIG:
		for (int i = 0; i + 1 < n; i++) {
			bool left = (i % 2 == 0) == (shape == GEN_SHAPE_ZIGZAG);

			if (left)
				t[i].left = &t[i + 1];
			else
				t[i].right = &t[i + 1];
		}
		break;
	case GEN_SHAPE_BROOM: {
		int handle = n - n / 2;         /* nodes 0 .. handle-1; the last heads the bristles */

		for (int i = 0; i + 1 < handle; i++) {
			if (gen_rng_chance(r, 1, 2))
				t[i].left = &t[i + 1];
			else
				t[i].right = &t[i + 1];
		}
		gen_tree_link_complete(t, handle - 1, n - handle + 1);
		break;
	}
	case GEN_SHAPE_CATERPILLAR: {
		int spine = 0, next = 1;

		while (next < n) {
			bool leaf_left = gen_rng_chance(r, 1, 2);
			struct gen_tree **leaf = leaf_left ? &t[spine].left : &t[spine].right;
			struct gen_tree **cont = leaf_left ? &t[spine].right : &t[spine].left;

			*leaf = &t[next++];
			if (next < n) {
				*cont = &t[next];
				spine = next++;
			}
		}
		break;
	}
	default:
		free(t);
		gen_die("gen_tree_shape: unknown shape");
	}
	return t;
}

/* ---- values ---- */

/* Every node gets an independent uniform value from [lo, hi] (duplicates
 * are likely when the range is small). */
static inline void gen_tree_values_random(struct gen_rng *r, struct gen_tree *root, int lo, int hi)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(root, &n);

	for (int i = 0; i < n; i++)
		nodes[i]->val = gen_rng_int(r, lo, hi);
	free(nodes);
}

/* Distinct values from [lo, hi] in random positions.  Dies if the range
 * holds fewer values than the tree has nodes. */
static inline void gen_tree_values_unique(struct gen_rng *r, struct gen_tree *root, int lo, int hi)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(root, &n);
	int *vals = gen_xmalloc(((size_t)n + 1) * sizeof *vals);

	gen_distinct_ints(r, vals, n, lo, hi);
	for (int i = 0; i < n; i++)
		nodes[i]->val = vals[i];
	free(vals);
	free(nodes);
}

/* vals[k] goes to the k-th node in level order (vals has size(root) ints). */
static inline void gen_tree_values_level(struct gen_tree *root, const int *vals)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(root, &n);

	for (int i = 0; i < n; i++)
		nodes[i]->val = vals[i];
	free(nodes);
}

/* vals[k] goes to the k-th node in inorder; sorted distinct vals make a BST. */
static inline void gen_tree_values_inorder(struct gen_tree *root, const int *vals)
{
	struct gen_tree **stack;
	struct gen_tree *t = root;
	int top = 0, k = 0, n = gen_tree_size(root);

	stack = gen_xmalloc(((size_t)n + 1) * sizeof *stack);
	while (t || top > 0) {
		while (t) {
			stack[top++] = t;
			t = t->left;
		}
		t = stack[--top];
		t->val = vals[k++];
		t = t->right;
	}
	free(stack);
}

/* Every node gets v. */
static inline void gen_tree_values_fill(struct gen_tree *root, int v)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(root, &n);

	for (int i = 0; i < n; i++)
		nodes[i]->val = v;
	free(nodes);
}

/* ---- "every shape" cases ---- */

/* Sets the values of a fresh tree of n nodes; arg is the generator's. */
typedef void gen_values_fn(struct gen_rng *r, struct gen_tree *t, int n, const void *arg);
/* Prints one case of the tree (it may change the tree, which is freed next). */
typedef void gen_emit_fn(const char *name, struct gen_tree *t);

/* The range of gen_values_unique_in and gen_values_random_in. */
struct gen_range {
	int lo, hi;
};

static inline void gen_values_unique_in(struct gen_rng *r, struct gen_tree *t, int n, const void *arg)
{
	const struct gen_range *range = arg;
	(void)n;
	gen_tree_values_unique(r, t, range->lo, range->hi);
}

static inline void gen_values_random_in(struct gen_rng *r, struct gen_tree *t, int n, const void *arg)
{
	const struct gen_range *range = arg;
	(void)n;
	gen_tree_values_random(r, t, range->lo, range->hi);
}

/* The case most generators make for each shape and size: a tree of the
 * shape, its values set by values(r, t, n, arg), handed to emit under the
 * name "<shape>, <n> nodes<what>", then freed. */
static inline void gen_shaped_case(struct gen_rng *r, enum gen_shape shape, int n, const char *what,
				   gen_values_fn *values, const void *arg, gen_emit_fn *emit)
{
	struct gen_tree *t = gen_tree_shape(r, shape, n);
	char name[160];

	values(r, t, n, arg);
	snprintf(name, sizeof name, "%s, %d nodes%s", gen_shape_name(shape), n, what);
	emit(name, t);
	gen_tree_free(t);
}

/* ---- traversals: out needs room for size(root) ints; return the count ---- */

static inline int gen_tree_preorder(const struct gen_tree *root, int *out)
{
	const struct gen_tree **stack;
	int top = 0, k = 0, n = gen_tree_size(root);

	if (!root)
		return 0;
	stack = gen_xmalloc((size_t)n * sizeof *stack);
	stack[top++] = root;
	while (top > 0) {
		const struct gen_tree *t = stack[--top];

		out[k++] = t->val;
		if (t->right)
			stack[top++] = t->right;
		if (t->left)
			stack[top++] = t->left;
	}
	free(stack);
	return k;
}

static inline int gen_tree_inorder(const struct gen_tree *root, int *out)
{
	const struct gen_tree **stack;
	const struct gen_tree *t = root;
	int top = 0, k = 0, n = gen_tree_size(root);

	stack = gen_xmalloc(((size_t)n + 1) * sizeof *stack);
	while (t || top > 0) {
		while (t) {
			stack[top++] = t;
			t = t->left;
		}
		t = stack[--top];
		out[k++] = t->val;
		t = t->right;
	}
	free(stack);
	return k;
}

static inline int gen_tree_postorder(const struct gen_tree *root, int *out)
{
	const struct gen_tree **stack;
	int top = 0, k = 0, n = gen_tree_size(root);

	if (!root)
		return 0;
	/* root, right, left order, then reversed */
	stack = gen_xmalloc((size_t)n * sizeof *stack);
	stack[top++] = root;
	while (top > 0) {
		const struct gen_tree *t = stack[--top];

		out[k++] = t->val;
		if (t->left)
			stack[top++] = t->left;
		if (t->right)
			stack[top++] = t->right;
	}
	for (int i = 0, j = k - 1; i < j; i++, j--) {
		int x = out[i];

		out[i] = out[j];
		out[j] = x;
	}
	free(stack);
	return k;
}

static inline int gen_tree_levelorder(const struct gen_tree *root, int *out)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(root, &n);

	for (int i = 0; i < n; i++)
		out[i] = nodes[i]->val;
	free(nodes);
	return n;
}

/* ---- copies ---- */

/* A deep copy (mirror = false) or mirror image (mirror = true: every
 * node's children swapped), in a fresh block with the root at element 0. */
static inline struct gen_tree *gen_tree_clone(const struct gen_tree *root, bool mirror)
{
	const struct gen_tree **q;
	struct gen_tree *c;
	int n, tail = 1;

	if (!root)
		return NULL;
	n = gen_tree_size(root);
	c = gen_tree_block(n);
	q = gen_xmalloc((size_t)n * sizeof *q);
	q[0] = root;
	for (int i = 0; i < tail; i++) {
		const struct gen_tree *o = q[i];
		const struct gen_tree *first = mirror ? o->right : o->left;
		const struct gen_tree *second = mirror ? o->left : o->right;

		c[i].val = o->val;
		if (first) {
			c[i].left = &c[tail];
			q[tail++] = first;
		}
		if (second) {
			c[i].right = &c[tail];
			q[tail++] = second;
		}
	}
	free(q);
	return c;
}

static inline struct gen_tree *gen_tree_copy(const struct gen_tree *root)
{
	return gen_tree_clone(root, false);
}

static inline struct gen_tree *gen_tree_mirror(const struct gen_tree *root)
{
	return gen_tree_clone(root, true);
}

/* ================================================================
 * Text: a growable buffer and LeetCode's canonical forms
 * ================================================================ */

struct gen_buf {
	char *s;                /* NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};

#define GEN_BUF_INIT { NULL, 0, 0 }

static inline void gen_buf_grow(struct gen_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (b->cap < 64)
		b->cap = 64;
	while (b->cap < need)
		b->cap *= 2;
	b->s = gen_xrealloc(b->s, b->cap);
}

static inline void gen_buf_putn(struct gen_buf *b, const char *s, size_t n)
{
	gen_buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static inline void gen_buf_puts(struct gen_buf *b, const char *s)
{
	gen_buf_putn(b, s, strlen(s));
}

static inline void gen_buf_putc(struct gen_buf *b, char ch)
{
	gen_buf_putn(b, &ch, 1);
}

static inline void gen_buf_printf(struct gen_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static inline void gen_buf_printf(struct gen_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		gen_die("gen_buf_printf: bad format");
	gen_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Hands the text over (malloc'd, never NULL: "" when empty) and resets b. */
static inline char *gen_buf_take(struct gen_buf *b)
{
	char *s = b->s;

	if (!s) {
		s = gen_xmalloc(1);
		s[0] = '\0';
	}
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

static inline void gen_buf_release(struct gen_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

/* "[1,2,3]", "[]" */
static inline void gen_buf_int_array(struct gen_buf *b, const int *a, int n)
{
	gen_buf_putc(b, '[');
	for (int i = 0; i < n; i++)
		gen_buf_printf(b, i ? ",%d" : "%d", a[i]);
	gen_buf_putc(b, ']');
}

/* LeetCode's level order: "[3,9,20,null,null,15,7]", children of null not
 * listed, trailing nulls trimmed, "[]" for the empty tree.  Iterative. */
static inline void gen_buf_tree(struct gen_buf *b, const struct gen_tree *root)
{
	const struct gen_tree **q;
	int n, head = 0, tail = 0, last = 0;

	if (!root) {
		gen_buf_puts(b, "[]");
		return;
	}
	n = gen_tree_size(root);
	q = gen_xmalloc((2 * (size_t)n + 1) * sizeof *q);
	q[tail++] = root;
	while (head < tail) {
		const struct gen_tree *t = q[head++];

		if (!t)
			continue;
		last = head - 1;
		q[tail++] = t->left;
		q[tail++] = t->right;
	}
	gen_buf_putc(b, '[');
	for (int i = 0; i <= last; i++) {
		if (i)
			gen_buf_putc(b, ',');
		if (q[i])
			gen_buf_printf(b, "%d", q[i]->val);
		else
			gen_buf_puts(b, "null");
	}
	gen_buf_putc(b, ']');
	free(q);
}

/* Appends s[0..len) as a quoted string with JSON escapes (", \, control
 * bytes and DEL; other bytes, UTF-8 included, are copied).  This is both
 * LeetCode's string text and a JSON string literal. */
static inline void gen_buf_quoted(struct gen_buf *b, const char *s, size_t len)
{
	gen_buf_putc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		switch (ch) {
		case '"':  gen_buf_puts(b, "\\\""); break;
		case '\\': gen_buf_puts(b, "\\\\"); break;
		case '\b': gen_buf_puts(b, "\\b"); break;
		case '\f': gen_buf_puts(b, "\\f"); break;
		case '\n': gen_buf_puts(b, "\\n"); break;
		case '\r': gen_buf_puts(b, "\\r"); break;
		case '\t': gen_buf_puts(b, "\\t"); break;
		default:
			if (ch < 0x20 || ch == 0x7f)
				gen_buf_printf(b, "\\u%04x", ch);
			else
				gen_buf_putc(b, (char)ch);
		}
	}
	gen_buf_putc(b, '"');
}

/* malloc'd canonical texts (free them). */
static inline char *gen_tree_text(const struct gen_tree *root)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_tree(&b, root);
	return gen_buf_take(&b);
}

static inline char *gen_int_array_text(const int *a, int n)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_int_array(&b, a, n);
	return gen_buf_take(&b);
}

static inline char *gen_int_text(int v)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_printf(&b, "%d", v);
	return gen_buf_take(&b);
}

static inline char *gen_bool_text(bool v)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_puts(&b, v ? "true" : "false");
	return gen_buf_take(&b);
}

/* LeetCode's text of a string value: "\"a\\\"b\"" for a"b. */
static inline char *gen_string_text(const char *s, size_t len)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_quoted(&b, s, len);
	return gen_buf_take(&b);
}

/* Direct printing to a stream. */
static inline void gen_print_tree(FILE *out, const struct gen_tree *root)
{
	char *s = gen_tree_text(root);

	fputs(s, out);
	free(s);
}

static inline void gen_print_int_array(FILE *out, const int *a, int n)
{
	char *s = gen_int_array_text(a, n);

	fputs(s, out);
	free(s);
}

/* ================================================================
 * Case lines
 * ================================================================ */

/* Prints one case line:
 *   {"name": "...", "args": ["...", ...], "expected": "..."}
 * name, each args[i] and expected are plain texts (LeetCode's value text
 * for args and expected); this function does the JSON quoting. */
static inline void gen_case(FILE *out, const char *name, int nargs,
			    const char *const *args, const char *expected)
{
	struct gen_buf b = GEN_BUF_INIT;

	gen_buf_puts(&b, "{\"name\": ");
	gen_buf_quoted(&b, name, strlen(name));
	gen_buf_puts(&b, ", \"args\": [");
	for (int i = 0; i < nargs; i++) {
		if (i)
			gen_buf_puts(&b, ", ");
		gen_buf_quoted(&b, args[i], strlen(args[i]));
	}
	gen_buf_puts(&b, "], \"expected\": ");
	gen_buf_quoted(&b, expected, strlen(expected));
	gen_buf_puts(&b, "}\n");
	fwrite(b.s, 1, b.len, out);
	gen_buf_release(&b);
}

static inline void gen_case1(FILE *out, const char *name, const char *arg0,
			     const char *expected)
{
	const char *args[1] = { arg0 };

	gen_case(out, name, 1, args, expected);
}

static inline void gen_case2(FILE *out, const char *name, const char *arg0,
			     const char *arg1, const char *expected)
{
	const char *args[2] = { arg0, arg1 };

	gen_case(out, name, 2, args, expected);
}

/* Flushes and checks the stream: returns 0, or 1 after a message when
 * writing failed.  Use as `return gen_finish(stdout);` at the end of main. */
static inline int gen_finish(FILE *out)
{
	if (fflush(out) != 0 || ferror(out)) {
		fprintf(stderr, "gen: write error\n");
		return 1;
	}
	return 0;
}

#endif
