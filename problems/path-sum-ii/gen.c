/*
 * gen.c - more cases for 113. Path Sum II.
 *
 * Trees of every shape up to the limit of 5000 nodes, values from
 * [-1000, 1000].  The generator records each node's parent and running sum
 * (one pass in level order) and lists the answer directly: for every leaf
 * whose running sum is the target, the values on the way up from the leaf,
 * reversed.  The target is picked from the tree:
 *   - "hit":   the sum of some root-to-leaf path;
 *   - "miss":  a value in [-1000, 1000] that no path sums to (answer []);
 *   - "inner": the running sum at an inner node that no complete path
 *              reaches (answer []; kills solutions that stop early).
 * "Bounded" values keep every running sum inside [-lim, lim], so targets
 * are reachable even at the end of a 5000-node path.  Trees of zeros give
 * thousands of equal paths (fixed-size result arrays overflow).
 */
#include "judge_gen.h"

#define MAX_N 5000
#define MIN_VAL (-1000)
#define MAX_VAL 1000
#define MIN_T (-1000)
#define MAX_T 1000

enum pick { HIT, MISS, INNER };

struct info {
	long *sum;      /* running sum from the root down to node i */
	int *parent;    /* block index of the parent, -1 for the root */
};

static struct info tree_info(struct gen_tree *t)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(t, &n);
	struct info f;

	f.sum = gen_xcalloc((size_t)n + 1, sizeof *f.sum);
	f.parent = gen_xmalloc(((size_t)n + 1) * sizeof *f.parent);
	if (n > 0) {
		f.sum[0] = t[0].val;
		f.parent[0] = -1;
	}
	for (int i = 0; i < n; i++) {
		struct gen_tree *x = nodes[i];
		struct gen_tree *kids[2] = { x->left, x->right };

		for (int k = 0; k < 2; k++) {
			if (!kids[k])
				continue;
			f.sum[kids[k] - t] = f.sum[x - t] + kids[k]->val;
			f.parent[kids[k] - t] = (int)(x - t);
		}
	}
	free(nodes);
	return f;
}

static void info_free(struct info *f)
{
	free(f->sum);
	free(f->parent);
}

/* Values from [-1000, 1000] keeping every running sum in [-lim, lim]. */
static void values_bounded(struct gen_rng *rng, struct gen_tree *t, int lim)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(t, &n);
	long *before = gen_xcalloc((size_t)n + 1, sizeof *before);

	for (int i = 0; i < n; i++) {
		struct gen_tree *x = nodes[i];
		long b = before[x - t];
		long lo = -lim - b < MIN_VAL ? MIN_VAL : -lim - b;
		long hi = lim - b > MAX_VAL ? MAX_VAL : lim - b;

		x->val = gen_rng_int(rng, (int)lo, (int)hi);
		if (x->left)
			before[x->left - t] = b + x->val;
		if (x->right)
			before[x->right - t] = b + x->val;
	}
	free(before);
	free(nodes);
}

static bool is_leaf(const struct gen_tree *x)
{
	return !x->left && !x->right;
}

/* Chooses the target; returns false when the wanted kind does not exist. */
static bool pick_target(struct gen_rng *rng, struct gen_tree *t, enum pick kind, int *target)
{
	int n = gen_tree_size(t);
	struct info f = tree_info(t);
	bool leaf_has[MAX_T - MIN_T + 1] = { false };
	int *cand = gen_xmalloc(((size_t)n + MAX_T - MIN_T + 1) * sizeof *cand);
	int count = 0;

	for (int i = 0; i < n; i++)
		if (is_leaf(&t[i]) && f.sum[i] >= MIN_T && f.sum[i] <= MAX_T)
			leaf_has[f.sum[i] - MIN_T] = true;
	for (int i = 0; i < n && kind != MISS; i++) {
		bool in = f.sum[i] >= MIN_T && f.sum[i] <= MAX_T;

		if (kind == HIT && in && is_leaf(&t[i]))
			cand[count++] = (int)f.sum[i];
		if (kind == INNER && in && !is_leaf(&t[i]) && !leaf_has[f.sum[i] - MIN_T])
			cand[count++] = (int)f.sum[i];
	}
	for (int v = MIN_T; v <= MAX_T && kind == MISS; v++)
		if (!leaf_has[v - MIN_T])
			cand[count++] = v;
	if (count > 0)
		*target = cand[gen_rng_below(rng, (uint64_t)count)];
	free(cand);
	info_free(&f);
	return count > 0;
}

/* The expected answer: one row per leaf whose running sum is target, in
 * block order of the leaves (the judge ignores the order of the rows). */
static char *answer(struct gen_tree *t, int target, int *paths)
{
	int n = gen_tree_size(t);
	struct info f = tree_info(t);
	int *row = gen_xmalloc(((size_t)n + 1) * sizeof *row);
	struct gen_buf b = GEN_BUF_INIT;

	*paths = 0;
	gen_buf_putc(&b, '[');
	for (int i = 0; i < n; i++) {
		int len = 0;

		if (!is_leaf(&t[i]) || f.sum[i] != target)
			continue;
		for (int x = i; x >= 0; x = f.parent[x])
			row[len++] = t[x].val;
		for (int a = 0, z = len - 1; a < z; a++, z--) {
			int tmp = row[a];

			row[a] = row[z];
			row[z] = tmp;
		}
		if ((*paths)++)
			gen_buf_putc(&b, ',');
		gen_buf_int_array(&b, row, len);
	}
	gen_buf_putc(&b, ']');
	free(row);
	info_free(&f);
	return gen_buf_take(&b);
}

static void emit_target(const char *what, struct gen_tree *t, int target)
{
	char *arg = gen_tree_text(t);
	char *tg = gen_int_text(target);
	int paths;
	char *expected = answer(t, target, &paths);
	char name[200];

	snprintf(name, sizeof name, "%s, target %d (%d path%s)", what, target, paths,
		 paths == 1 ? "" : "s");
	gen_case2(stdout, name, arg, tg, expected);
	free(arg);
	free(tg);
	free(expected);
}

static void emit(struct gen_rng *rng, const char *what, struct gen_tree *t, enum pick kind)
{
	static const char *const kind_name[] = { "hit", "miss", "inner sum only" };
	char name[160];
	int target;

	if (!pick_target(rng, t, kind, &target))
		gen_die("no target of the wanted kind");
	snprintf(name, sizeof name, "%s, %s", what, kind_name[kind]);
	emit_target(name, t, target);
}

/* A chain of `handle` nodes (left or right at random) ending in a complete
 * tree of the remaining n - handle nodes. */
static struct gen_tree *broom(struct gen_rng *rng, int n, int handle)
{
	struct gen_tree *t = gen_tree_block(n);

	for (int i = 0; i + 1 < handle; i++) {
		if (gen_rng_chance(rng, 1, 2))
			t[i].left = &t[i + 1];
		else
			t[i].right = &t[i + 1];
	}
	gen_tree_link_complete(t, handle - 1, n - handle + 1);
	return t;
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	char what[128];

	gen_rng_seed(&rng, 113);

	/* every shape at the maximum size; chains give one 5000-node path */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		values_bounded(&rng, t, 1000);
		snprintf(what, sizeof what, "%s, %d nodes", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(&rng, what, t, HIT);
		gen_tree_free(t);
	}

	/* small sums: many leaves share a sum, so several paths are listed */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		if (s == GEN_SHAPE_LEFT_CHAIN || s == GEN_SHAPE_RIGHT_CHAIN)
			continue;
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		values_bounded(&rng, t, 20);
		snprintf(what, sizeof what, "%s, %d nodes, sums in -20..20", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(&rng, what, t, HIT);
		gen_tree_free(t);
	}

	/* no answer at the maximum size: *returnSize must still be set */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	values_bounded(&rng, t, 300);
	emit(&rng, "random, 5000 nodes", t, MISS);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_DEEP, MAX_N);
	values_bounded(&rng, t, 300);
	emit(&rng, "deep, 5000 nodes", t, INNER);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_ZIGZAG, MAX_N);
	values_bounded(&rng, t, 1000);
	emit(&rng, "zigzag, 5000 nodes", t, INNER);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit(&rng, "random, 5000 nodes, unbounded values", t, MISS);
	gen_tree_free(t);

	/* smaller random trees */
	{
		static const int sizes[] = { 2, 3, 6, 12, 40, 150, 1000 };

		for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, sizes[i]);
			values_bounded(&rng, t, i % 2 ? 1000 : 10);
			snprintf(what, sizeof what, "random, %d nodes", sizes[i]);
			emit(&rng, what, t, HIT);
			gen_tree_free(t);
		}
	}

	/* perfect tree of zeros: all 2048 paths */
	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 4095);
	emit_target("perfect tree of 4095 zeros", t, 0);
	gen_tree_free(t);

	/* a 300-node handle on a complete tree, zeros: ~2350 paths of ~312 */
	t = broom(&rng, MAX_N, 300);
	emit_target("broom of 5000 zeros with a 300-node handle", t, 0);
	gen_tree_free(t);

	/* caterpillar: spine of zeros, every tenth leaf 7 (the others 1..6,
	 * 8..9): about 250 paths of lengths up to 2500 */
	t = gen_tree_shape(&rng, GEN_SHAPE_CATERPILLAR, MAX_N);
	gen_tree_values_fill(t, 0);
	for (int i = 0; i < MAX_N; i++) {
		if (!is_leaf(&t[i]))
			continue;
		t[i].val = gen_rng_int(&rng, 0, 9) ? (int)gen_rng_int(&rng, 1, 6) : 7;
	}
	emit_target("caterpillar of 5000, spine of zeros, leaves 1..7", t, 7);
	gen_tree_free(t);

	/* left chain of 5000 alternating 1000 and -1000, one path summing to 0 */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		t[i].val = i % 2 ? MIN_VAL : MAX_VAL;
	emit_target("left chain of 5000 alternating 1000 and -1000", t, 0);
	emit_target("left chain of 5000 alternating 1000 and -1000, inner sum", t, MAX_T);
	gen_tree_free(t);

	/* two long twin paths: the root's children are equal 2499-node chains */
	t = gen_tree_block(4999);
	t[0].left = &t[1];
	t[0].right = &t[2500];
	for (int i = 1; i < 2499; i++) {
		t[i].left = &t[i + 1];
		t[2499 + i].right = &t[2500 + i];
	}
	values_bounded(&rng, t, 1000);
	for (int i = 1; i < 2500; i++)
		t[2499 + i].val = t[i].val;
	{
		int target = (int)(t[0].val);

		for (int i = 1; i < 2500; i++)
			target += t[i].val;
		emit_target("two equal chains of 2499 under the root", t, target);
	}
	gen_tree_free(t);

	return gen_finish(stdout);
}
