/*
 * gen.c - more cases for 889. Construct Binary Tree from Preorder and
 * Postorder Traversal.
 *
 * Builds a tree of n <= 30 nodes holding the values 1..n (LeetCode's
 * constraints) and prints its preorder and postorder as the arguments.
 * The expected answer is that tree with every lone child moved to the left
 * (it has the same traversals, and is what the usual solution returns);
 * the judge accepts any tree with the right traversals (judge = pre-post).
 * Every shape at n = 30, random trees of every size 1..30, and trees made
 * of lone children only, where the two traversals are reversals of each
 * other.
 */
#include "judge_gen.h"

#define MAX_N 30

/* Values 1..n in a random order (or in level order when ordered). */
static void number(struct gen_rng *rng, struct gen_tree *t, bool ordered)
{
	int n = gen_tree_size(t);
	int vals[MAX_N];

	for (int i = 0; i < n; i++)
		vals[i] = i + 1;
	if (!ordered)
		gen_shuffle_int(rng, vals, n);
	gen_tree_values_level(t, vals);
}

static void emit(const char *name, struct gen_tree *t)
{
	int n = gen_tree_size(t);
	int pre[MAX_N], post[MAX_N], count;
	struct gen_tree **nodes;
	char *a0, *a1, *expected;

	gen_tree_preorder(t, pre);
	gen_tree_postorder(t, post);
	a0 = gen_int_array_text(pre, n);
	a1 = gen_int_array_text(post, n);
	/* lone children to the left: the traversals stay the same */
	nodes = gen_tree_level_nodes(t, &count);
	for (int i = 0; i < count; i++) {
		if (!nodes[i]->left && nodes[i]->right) {
			nodes[i]->left = nodes[i]->right;
			nodes[i]->right = NULL;
		}
	}
	free(nodes);
	expected = gen_tree_text(t);
	gen_case2(stdout, name, a0, a1, expected);
	free(a0);
	free(a1);
	free(expected);
}

static void numbered(struct gen_rng *rng, struct gen_tree *t, int n, const void *ordered)
{
	(void)n;
	number(rng, t, *(const bool *)ordered);
}

static void shaped(struct gen_rng *rng, enum gen_shape shape, int n, bool ordered,
		   const char *what)
{
	gen_shaped_case(rng, shape, n, what, numbered, &ordered, emit);
}

/* A random full tree (every node has 0 or 2 children) of n nodes, n odd:
 * repeatedly give two children to a random leaf. */
static struct gen_tree *full_tree(struct gen_rng *rng, int n)
{
	struct gen_tree *t = gen_tree_block(n);
	int leaves[MAX_N], nleaves = 0;

	leaves[nleaves++] = 0;
	for (int next = 1; next + 1 < n; next += 2) {
		int k = (int)gen_rng_below(rng, (uint64_t)nleaves);
		struct gen_tree *leaf = &t[leaves[k]];

		leaf->left = &t[next];
		leaf->right = &t[next + 1];
		leaves[k] = next;
		leaves[nleaves++] = next + 1;
	}
	return t;
}

int main(void)
{
	struct gen_rng rng;
	char name[128];

	gen_rng_seed(&rng, 889);

	/* every shape at the maximum size */
	for (int s = 0; s < GEN_SHAPE_COUNT; s++)
		shaped(&rng, (enum gen_shape)s, MAX_N, false, "");

	/* random trees of every smaller size */
	for (int n = 1; n < MAX_N; n++)
		shaped(&rng, GEN_SHAPE_RANDOM, n, false, "");

	/* more at and near the maximum */
	shaped(&rng, GEN_SHAPE_RANDOM, MAX_N, true, ", values in level order");
	shaped(&rng, GEN_SHAPE_DEEP, MAX_N, false, ", again");
	shaped(&rng, GEN_SHAPE_DEEP, 29, false, "");
	shaped(&rng, GEN_SHAPE_BST, 28, false, "");
	shaped(&rng, GEN_SHAPE_COMPLETE, 15, false, ", perfect");
	shaped(&rng, GEN_SHAPE_COMPLETE, 29, true, ", values in level order");

	/* full trees: the answer is unique */
	for (int n = 5; n <= 29; n += 8) {
		struct gen_tree *t = full_tree(&rng, n);

		number(&rng, t, false);
		snprintf(name, sizeof name, "full tree (0 or 2 children everywhere), %d nodes", n);
		emit(name, t);
		gen_tree_free(t);
	}

	return gen_finish(stdout);
}
