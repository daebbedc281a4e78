/*
 * gen.c - more cases for 206. Reverse Linked List.
 *
 * Lists of several lengths up to the limit of 5000 nodes, values from
 * [-5000, 5000].  The expected answer is the argument array read backwards,
 * independent of any solution.  Lengths above 1000, 1024 and 4096 catch
 * solutions that copy the values into a fixed-size array; the long lists
 * also give a recursive solution its deepest recursion (5000 calls).
 */
#include "judge_gen.h"

#define MAX_N 5000
#define MIN_VAL (-5000)
#define MAX_VAL 5000

static void emit(const char *name, const int *a, int n)
{
	int *r = gen_xmalloc(((size_t)n + 1) * sizeof *r);
	char *arg, *expected;

	for (int i = 0; i < n; i++)
		r[i] = a[n - 1 - i];
	arg = gen_int_array_text(a, n);
	expected = gen_int_array_text(r, n);
	gen_case1(stdout, name, arg, expected);
	free(arg);
	free(expected);
	free(r);
}

static void random_list(struct gen_rng *rng, int *a, int n, int lo, int hi, const char *what)
{
	char name[128];

	for (int i = 0; i < n; i++)
		a[i] = gen_rng_int(rng, lo, hi);
	snprintf(name, sizeof name, "%d nodes, %s", n, what);
	emit(name, a, n);
}

int main(void)
{
	struct gen_rng rng;
	int *a = gen_xmalloc(MAX_N * sizeof *a);
	static const int sizes[] = { 3, 6, 17, 64, 100, 257, 999, 1001, 1025, 2048, 4097, 4999 };
	char name[128];

	gen_rng_seed(&rng, 206);

	/* random values of several lengths */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		random_list(&rng, a, sizes[i], MIN_VAL, MAX_VAL, "random values");

	/* the maximum length, several value patterns */
	random_list(&rng, a, MAX_N, MIN_VAL, MAX_VAL, "random values");
	random_list(&rng, a, MAX_N, -9, 9, "one-digit values with many repeats");
	random_list(&rng, a, MAX_N, MIN_VAL, -1, "negative values only");

	for (int i = 0; i < MAX_N; i++)
		a[i] = i + 1;
	emit("5000 nodes, ascending 1..5000", a, MAX_N);

	for (int i = 0; i < MAX_N; i++)
		a[i] = MAX_VAL - 2 * i;
	emit("5000 nodes, descending 5000..-4998 by 2", a, MAX_N);

	for (int i = 0; i < MAX_N; i++)
		a[i] = (i % 2) ? MIN_VAL : MAX_VAL;
	emit("5000 nodes, alternating 5000 and -5000", a, MAX_N);

	for (int i = 0; i < MAX_N; i++)
		a[i] = MIN_VAL;
	a[0] = MAX_VAL;
	emit("5000 nodes, all -5000 but the first", a, MAX_N);

	/* a distinct permutation of a sub-range: every position is checked */
	gen_distinct_ints(&rng, a, MAX_N, MIN_VAL, MAX_VAL);
	emit("5000 nodes, distinct values", a, MAX_N);

	/* only the last value differs from the rest */
	for (int i = 0; i < 1500; i++)
		a[i] = 7;
	a[1499] = -7;
	snprintf(name, sizeof name, "%d nodes, all 7 but the last", 1500);
	emit(name, a, 1500);

	free(a);
	return gen_finish(stdout);
}
