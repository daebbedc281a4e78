/*
 * gen.c - more cases for 331. Verify Preorder Serialization of a Binary
 * Tree.
 *
 * Valid strings are the '#'-marked preorders of random trees (values from
 * [0, 100]) of every shape, up to the limit of 10^4 characters.  Invalid
 * ones are made from valid ones: the last token dropped, a token added,
 * removed or changed, two trees glued together, and shuffled token lists
 * that still have exactly one more '#' than numbers (so only a check made
 * along the way rejects them).  The expected answer of every mutated
 * string is computed here by an independent method: reducing "x,#,#" to
 * "#" on a stack until only "#" is left.
 */
#include "judge_gen.h"

#define MAX_LEN 10000
#define MIN_VAL 0
#define MAX_VAL 100
#define NUL (-1)                /* the token '#' */

struct toks {
	int *t;
	int n;
};

/* Preorder with NUL for every missing child (iterative). */
static struct toks serialize(const struct gen_tree *root)
{
	int size = gen_tree_size(root);
	struct toks s = { gen_xmalloc((2 * (size_t)size + 1) * sizeof(int)), 0 };
	const struct gen_tree **stack = gen_xmalloc((2 * (size_t)size + 2) * sizeof *stack);
	int top = 0;

	stack[top++] = root;
	while (top > 0) {
		const struct gen_tree *t = stack[--top];

		if (!t) {
			s.t[s.n++] = NUL;
			continue;
		}
		s.t[s.n++] = t->val;
		stack[top++] = t->right;
		stack[top++] = t->left;
	}
	free(stack);
	return s;
}

/* Independent check: every "number, #, #" at the top of a stack becomes
 * "#"; the string is valid when exactly one "#" remains. */
static bool valid(const struct toks *s)
{
	int *st = gen_xmalloc(((size_t)s->n + 1) * sizeof *st);
	int top = 0;
	bool ok;

	for (int i = 0; i < s->n; i++) {
		st[top++] = s->t[i];
		while (top >= 3 && st[top - 1] == NUL && st[top - 2] == NUL && st[top - 3] != NUL) {
			top -= 3;
			st[top++] = NUL;
		}
	}
	ok = top == 1 && st[0] == NUL;
	free(st);
	return ok;
}

static char *text(const struct toks *s)
{
	struct gen_buf b = GEN_BUF_INIT;

	for (int i = 0; i < s->n; i++) {
		if (i)
			gen_buf_putc(&b, ',');
		if (s->t[i] == NUL)
			gen_buf_putc(&b, '#');
		else
			gen_buf_printf(&b, "%d", s->t[i]);
	}
	return gen_buf_take(&b);
}

/* Prints the case; expected is the independent check, and `want` (1 true,
 * 0 false, -1 either) guards the way the case was built. */
static void emit(const char *name, const struct toks *s, int want)
{
	char *str = text(s);
	char *arg = gen_string_text(str, strlen(str));
	bool ok = valid(s);

	if (strlen(str) < 1 || strlen(str) > MAX_LEN)
		gen_die("string length outside 1..10000");
	if (want >= 0 && ok != (want == 1))
		gen_die("mutation did not give the intended answer");
	gen_case1(stdout, name, arg, ok ? "true" : "false");
	free(str);
	free(arg);
}

static struct toks tree_toks(struct gen_rng *rng, enum gen_shape shape, int n, int lo, int hi)
{
	struct gen_tree *t = gen_tree_shape(rng, shape, n);
	struct toks s;

	gen_tree_values_random(rng, t, lo, hi);
	s = serialize(t);
	gen_tree_free(t);
	return s;
}

static int random_value(struct gen_rng *rng)
{
	return gen_rng_int(rng, MIN_VAL, MAX_VAL);
}

int main(void)
{
	struct gen_rng rng;
	struct toks s;
	char name[160];
	/* sizes that keep the string within 10^4 characters: a node takes at
	 * most 4 characters ("100,") and a '#' 2, so 6n + 1 <= 10^4 for
	 * n <= 1666; with one-digit values 4n + 1 <= 10^4 for n <= 2499 */
	const int n_any = 1666, n_digit = 2499;

	gen_rng_seed(&rng, 331);

	/* valid: every shape, one-digit values at the largest size, then values
	 * from the whole range */
	for (int sh = 0; sh < GEN_SHAPE_COUNT; sh++) {
		s = tree_toks(&rng, (enum gen_shape)sh, n_digit, 0, 9);
		snprintf(name, sizeof name, "valid: %s, %d nodes, one-digit values",
			 gen_shape_name((enum gen_shape)sh), n_digit);
		emit(name, &s, 1);
		free(s.t);
	}
	for (int sh = 0; sh < GEN_SHAPE_COUNT; sh += 3) {
		s = tree_toks(&rng, (enum gen_shape)sh, n_any, MIN_VAL, MAX_VAL);
		snprintf(name, sizeof name, "valid: %s, %d nodes, values 0..100",
			 gen_shape_name((enum gen_shape)sh), n_any);
		emit(name, &s, 1);
		free(s.t);
	}
	s = tree_toks(&rng, GEN_SHAPE_RANDOM, n_any, MAX_VAL, MAX_VAL);
	emit("valid: random, 1666 nodes, every value 100", &s, 1);
	free(s.t);

	/* invalid: the last '#' dropped (one slot stays open) */
	s = tree_toks(&rng, GEN_SHAPE_LEFT_CHAIN, n_digit, 0, 9);
	s.n--;
	emit("invalid: left chain of 2499 nodes, last '#' missing", &s, 0);
	free(s.t);

	s = tree_toks(&rng, GEN_SHAPE_RANDOM, n_any, MIN_VAL, MAX_VAL);
	s.n--;
	emit("invalid: random tree of 1666 nodes, last '#' missing", &s, 0);
	free(s.t);

	/* invalid: one '#' too many at the end (the tree was already complete) */
	s = tree_toks(&rng, GEN_SHAPE_RIGHT_CHAIN, n_digit - 1, 0, 9);
	s.t = gen_xrealloc(s.t, ((size_t)s.n + 1) * sizeof *s.t);
	s.t[s.n++] = NUL;
	emit("invalid: right chain of 2498 nodes, one '#' too many", &s, 0);
	free(s.t);

	/* invalid: a number appended */
	s = tree_toks(&rng, GEN_SHAPE_COMPLETE, n_any - 1, MIN_VAL, MAX_VAL);
	s.t = gen_xrealloc(s.t, ((size_t)s.n + 1) * sizeof *s.t);
	s.t[s.n++] = random_value(&rng);
	emit("invalid: complete tree of 1665 nodes, a number appended", &s, 0);
	free(s.t);

	/* invalid: a '#' in the middle turned into a number, or a number
	 * into '#' (the count of open slots changes by 2) */
	for (int k = 0; k < 4; k++) {
		int i;

		s = tree_toks(&rng, k % 2 ? GEN_SHAPE_DEEP : GEN_SHAPE_RANDOM, n_any - 1, MIN_VAL, MAX_VAL);
		do
			i = gen_rng_int(&rng, 0, s.n - 2);
		while ((s.t[i] == NUL) != (k < 2));
		s.t[i] = k < 2 ? random_value(&rng) : NUL;
		snprintf(name, sizeof name, "invalid: %s in a %s tree of %d nodes replaced by %s",
			 k < 2 ? "a '#'" : "a number", k % 2 ? "deep" : "random", n_any - 1,
			 k < 2 ? "a number" : "'#'");
		emit(name, &s, 0);
		free(s.t);
	}

	/* invalid: two valid trees one after the other */
	{
		struct toks a = tree_toks(&rng, GEN_SHAPE_RANDOM, 800, MIN_VAL, MAX_VAL);
		struct toks b = tree_toks(&rng, GEN_SHAPE_DEEP, 800, MIN_VAL, MAX_VAL);

		a.t = gen_xrealloc(a.t, ((size_t)a.n + (size_t)b.n) * sizeof *a.t);
		memcpy(a.t + a.n, b.t, (size_t)b.n * sizeof *b.t);
		a.n += b.n;
		emit("invalid: two trees of 800 nodes one after the other", &a, 0);
		free(a.t);
		free(b.t);
	}

	/* invalid: a valid tree followed by "number,#" (the open-slot count
	 * ends at 0, but the tree was complete before the end) */
	s = tree_toks(&rng, GEN_SHAPE_BROOM, n_any - 2, MIN_VAL, MAX_VAL);
	s.t = gen_xrealloc(s.t, ((size_t)s.n + 2) * sizeof *s.t);
	s.t[s.n++] = random_value(&rng);
	s.t[s.n++] = NUL;
	emit("invalid: broom of 1664 nodes, then \"number,#\" (count ends at 0)", &s, 0);
	free(s.t);

	/* "#" then a valid tree minus its last '#': the count also ends at 0 */
	s = tree_toks(&rng, GEN_SHAPE_ZIGZAG, n_any - 1, MIN_VAL, MAX_VAL);
	memmove(s.t + 1, s.t, (size_t)(s.n - 1) * sizeof *s.t);
	s.t[0] = NUL;
	emit("invalid: '#' first, then a zig-zag tree of 1665 nodes (count ends at 0)", &s, 0);
	free(s.t);

	/* shuffled tokens with one '#' more than numbers: the count ends at 0,
	 * but it almost surely runs out on the way; answers from the check */
	for (int k = 0; k < 4; k++) {
		int n = k < 2 ? n_any : 50;

		s = tree_toks(&rng, GEN_SHAPE_RANDOM, n, MIN_VAL, MAX_VAL);
		gen_shuffle_int(&rng, s.t, s.n);
		snprintf(name, sizeof name, "shuffled tokens of a tree of %d nodes (%d)", n, k % 2 + 1);
		emit(name, &s, -1);
		free(s.t);
	}

	/* valid again, small, after so many invalid ones */
	s = tree_toks(&rng, GEN_SHAPE_CATERPILLAR, 21, MIN_VAL, MAX_VAL);
	emit("valid: caterpillar of 21 nodes", &s, 1);
	free(s.t);

	return gen_finish(stdout);
}
