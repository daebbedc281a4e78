/*
 * gen.c - more cases for 112. Path Sum.
 *
 * Trees of every shape up to the limit of 5000 nodes, values from
 * [-1000, 1000].  The generator knows the sum of every root-to-leaf path
 * (one pass over the nodes in level order, parents before children) and
 * picks the target from it:
 *   - "hit":   the sum of some root-to-leaf path (answer true);
 *   - "miss":  a value in [-1000, 1000] that no path sums to (false);
 *   - "inner": the running sum at some inner node that no complete path
 *              reaches (false; kills solutions that stop before a leaf).
 * To make targets reachable on deep trees, "bounded" values keep every
 * running sum inside [-lim, lim]; other cases use unrestricted values.
 */
#include "judge_gen.h"

#define MAX_N 5000
#define MIN_VAL (-1000)
#define MAX_VAL 1000
#define MIN_T (-1000)
#define MAX_T 1000

enum pick { HIT, MISS, INNER };

/* sum[i]: the running sum from the root down to node i (block index). */
static long *running_sums(struct gen_tree *t)
{
	int n;
	struct gen_tree **nodes = gen_tree_level_nodes(t, &n);
	long *sum = gen_xcalloc((size_t)n + 1, sizeof *sum);

	if (n > 0)
		sum[0] = t[0].val;
	for (int i = 0; i < n; i++) {
		struct gen_tree *x = nodes[i];
		long s = sum[x - t];

		if (x->left)
			sum[x->left - t] = s + x->left->val;
		if (x->right)
			sum[x->right - t] = s + x->right->val;
	}
	free(nodes);
	return sum;
}

/* Values from [-1000, 1000] such that every running sum stays in [-lim, lim]
 * (lim <= 1000): each node's value is drawn from what its parent's sum
 * leaves.  Level order visits parents before children. */
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

/* Chooses the target; returns false when the wanted kind does not exist. */
static bool pick_target(struct gen_rng *rng, struct gen_tree *t, enum pick kind, int *target)
{
	int n = gen_tree_size(t);
	long *sum = running_sums(t);
	bool leaf_has[MAX_T - MIN_T + 1] = { false };
	int *cand = gen_xmalloc(((size_t)n + MAX_T - MIN_T + 1) * sizeof *cand);
	int count = 0;

	for (int i = 0; i < n; i++)
		if (!t[i].left && !t[i].right && sum[i] >= MIN_T && sum[i] <= MAX_T)
			leaf_has[sum[i] - MIN_T] = true;
	if (kind == HIT) {
		for (int i = 0; i < n; i++)
			if (!t[i].left && !t[i].right && sum[i] >= MIN_T && sum[i] <= MAX_T)
				cand[count++] = (int)sum[i];
	} else if (kind == INNER) {
		for (int i = 0; i < n; i++)
			if ((t[i].left || t[i].right) && sum[i] >= MIN_T && sum[i] <= MAX_T &&
			    !leaf_has[sum[i] - MIN_T])
				cand[count++] = (int)sum[i];
	} else {
		for (int v = MIN_T; v <= MAX_T; v++)
			if (!leaf_has[v - MIN_T])
				cand[count++] = v;
	}
	if (count > 0)
		*target = cand[gen_rng_below(rng, (uint64_t)count)];
	free(cand);
	free(sum);
	return count > 0;
}

/* The answer, by a second independent look: is target a leaf's sum? */
static bool answer(struct gen_tree *t, int target)
{
	int n = gen_tree_size(t);
	long *sum = running_sums(t);
	bool found = false;

	for (int i = 0; i < n && !found; i++)
		found = !t[i].left && !t[i].right && sum[i] == target;
	free(sum);
	return found;
}

static void emit_target(const char *name, struct gen_tree *t, int target)
{
	char *arg = gen_tree_text(t);
	char *tg = gen_int_text(target);

	gen_case2(stdout, name, arg, tg, answer(t, target) ? "true" : "false");
	free(arg);
	free(tg);
}

static void emit(struct gen_rng *rng, const char *what, struct gen_tree *t, enum pick kind)
{
	static const char *const kind_name[] = { "a path hits the target",
		"no path hits the target", "only an inner node's sum hits the target" };
	char name[160];
	int target;

	if (!pick_target(rng, t, kind, &target))
		gen_die("no target of the wanted kind");
	snprintf(name, sizeof name, "%s, %s", what, kind_name[kind]);
	emit_target(name, t, target);
}

int main(void)
{
	struct gen_rng rng;
	struct gen_tree *t;
	char what[128];

	gen_rng_seed(&rng, 112);

	/* every shape at the maximum size, running sums kept reachable */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		values_bounded(&rng, t, 1000);
		snprintf(what, sizeof what, "%s, %d nodes", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(&rng, what, t, HIT);
		gen_tree_free(t);
	}

	/* the same shapes missing, or stopping at an inner node */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++) {
		t = gen_tree_shape(&rng, (enum gen_shape)s, MAX_N);
		values_bounded(&rng, t, 300);
		snprintf(what, sizeof what, "%s, %d nodes, small sums", gen_shape_name((enum gen_shape)s), MAX_N);
		emit(&rng, what, t, s % 2 ? MISS : INNER);
		gen_tree_free(t);
	}

	/* random values without bounds: most sums leave the range */
	t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, MAX_N);
	gen_tree_values_random(&rng, t, MIN_VAL, MAX_VAL);
	emit(&rng, "random, 5000 nodes, unbounded values", t, MISS);
	gen_tree_free(t);

	t = gen_tree_shape(&rng, GEN_SHAPE_BST, MAX_N);
	gen_tree_values_random(&rng, t, -50, 50);
	emit(&rng, "bst shape, 5000 nodes, values -50..50", t, HIT);
	gen_tree_free(t);

	/* smaller random trees */
	{
		static const int sizes[] = { 2, 3, 5, 10, 31, 100, 1000 };

		for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			t = gen_tree_shape(&rng, GEN_SHAPE_RANDOM, sizes[i]);
			values_bounded(&rng, t, 1000);
			snprintf(what, sizeof what, "random, %d nodes", sizes[i]);
			emit(&rng, what, t, i % 2 ? HIT : MISS);
			gen_tree_free(t);
		}
	}

	/* perfect tree of zeros: every path sums to 0 */
	t = gen_tree_shape(&rng, GEN_SHAPE_COMPLETE, 4095);
	emit_target("perfect tree of 4095 zeros, target 0", t, 0);
	emit_target("perfect tree of 4095 zeros, target 1", t, 1);
	gen_tree_free(t);

	/* chain of 5000 times 1000: only the root's running sum is 1000 */
	t = gen_tree_shape(&rng, GEN_SHAPE_LEFT_CHAIN, MAX_N);
	gen_tree_values_fill(t, MAX_VAL);
	emit_target("left chain of 5000 times 1000, target 1000", t, MAX_T);
	gen_tree_free(t);

	/* chain alternating 1000, -1000 (even length): the leaf's sum is 0,
	 * every other inner node's sum is 1000 */
	t = gen_tree_shape(&rng, GEN_SHAPE_RIGHT_CHAIN, MAX_N);
	for (int i = 0; i < MAX_N; i++)
		t[i].val = i % 2 ? MIN_VAL : MAX_VAL;
	emit_target("right chain of 5000 alternating 1000 and -1000, target 0", t, 0);
	emit_target("right chain of 5000 alternating 1000 and -1000, target 1000", t, MAX_T);
	gen_tree_free(t);

	/* the extreme target -1000 at the end of a deep zig-zag */
	t = gen_tree_shape(&rng, GEN_SHAPE_ZIGZAG, MAX_N);
	values_bounded(&rng, t, 1000);
	{
		long s = 0;

		for (int i = 0; i + 1 < MAX_N; i++)
			s += t[i].val;
		if (MIN_T - s < MIN_VAL || MIN_T - s > MAX_VAL)
			gen_die("zigzag: leaf out of range");
		t[MAX_N - 1].val = (int)(MIN_T - s);
	}
	emit_target("zigzag, 5000 nodes, the only path sums to -1000", t, MIN_T);
	gen_tree_free(t);

	return gen_finish(stdout);
}
