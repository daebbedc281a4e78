/*
 * fuzz_format.c - libFuzzer target for judge/format/lc_value.c.
 *
 * Two checks per input:
 *  1. Text: the bytes (up to the first NUL) go to every lc_parse_*.  When a
 *     parse succeeds, printing the value must give text that parses again
 *     and prints the same (canonical text is a fixed point), and
 *     lc_canonical must agree.  When it fails, the error must be sane.
 *  2. Shapes: the bytes also describe a small node graph (often with
 *     cycles and shared nodes).  lc_print_tree / lc_print_list /
 *     lc_print_tree_array must agree with a naive reference that walks the
 *     same BFS with an index-based visited array.
 * Any disagreement aborts, which libFuzzer reports as a crash.
 */
#include "lc_value.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                \
	do {                       \
		if (!(cond))       \
			abort();   \
	} while (0)

static void check_error(const char *text, const struct lc_error *err)
{
	size_t n = strnlen(err->msg, sizeof err->msg);
	CHECK(n > 0 && n < sizeof err->msg);
	CHECK(err->pos <= strlen(text));
	CHECK(strstr(err->msg, "expected") || strcmp(err->msg, "out of memory") == 0);
	CHECK(err->msg[n - 1] != '.');
}

/* What canonical text always looks like: control bytes only as escapes,
 * no whitespace outside strings, and trees without trailing nulls. */
static void check_canonical_form(enum lc_type t, const char *p)
{
	bool in_string = false;
	for (const char *c = p; *c; c++) {
		unsigned char b = (unsigned char)*c;
		CHECK(b >= 0x20 && b != 0x7f);
		if (in_string && b == '\\')
			c++;   /* the escaped byte is never a quote that ends the string */
		else if (b == '"')
			in_string = !in_string;
		else if (!in_string)
			CHECK(b != ' ');
	}
	CHECK(!in_string);
	if (t == LC_TREE || t == LC_TREE_ARRAY)
		CHECK(strstr(p, "null]") == NULL && strstr(p, "[null") == NULL);
}

/* p1 came from printing a parsed value: it must be canonical. */
static void check_fixed_point(enum lc_type t, const char *text, char *p1)
{
	struct lc_error err;
	CHECK(p1 != NULL);
	check_canonical_form(t, p1);
	char *p2 = lc_canonical(t, p1, &err);
	CHECK(p2 != NULL && strcmp(p1, p2) == 0);
	char *direct = lc_canonical(t, text, &err);
	CHECK(direct != NULL && strcmp(p1, direct) == 0);
	free(direct);
	free(p2);
	free(p1);
}

static void fuzz_scalars(const char *text)
{
	struct lc_error err;
	int i, back;
	bool b;
	char *s;
	size_t len;
	if (lc_parse_int(text, &i, &err) == 0) {
		char *p = lc_print_int(i);
		CHECK(p && lc_parse_int(p, &back, NULL) == 0 && back == i);
		check_fixed_point(LC_INT, text, p);
	} else {
		check_error(text, &err);
	}
	if (lc_parse_bool(text, &b, &err) == 0)
		check_fixed_point(LC_BOOL, text, lc_print_bool(b));
	else
		check_error(text, &err);
	if (lc_parse_string(text, &s, &len, &err) == 0) {
		char *p = lc_print_string(s, len), *s2;
		size_t len2;
		CHECK(p && lc_parse_string(p, &s2, &len2, NULL) == 0);
		CHECK(len2 == len && memcmp(s, s2, len) == 0 && s2[len2] == '\0');
		free(s2);
		free(s);
		check_fixed_point(LC_STRING, text, p);
	} else {
		check_error(text, &err);
	}
}

static void fuzz_arrays(const char *text)
{
	struct lc_error err;
	int n, *a, **rows, *cols;
	char **strs;
	if (lc_parse_int_array(text, &a, &n, &err) == 0) {
		check_fixed_point(LC_INT_ARRAY, text, lc_print_int_array(a, n));
		free(a);
	} else {
		check_error(text, &err);
	}
	if (lc_parse_int_matrix(text, &rows, &n, &cols, &err) == 0) {
		CHECK((n == 0) == (rows == NULL) && (n == 0) == (cols == NULL));
		check_fixed_point(LC_INT_MATRIX, text, lc_print_int_matrix(rows, n, cols));
		lc_int_matrix_free(rows, n, cols);
	} else {
		check_error(text, &err);
	}
	if (lc_parse_string_array(text, &strs, &n, &err) == 0) {
		check_fixed_point(LC_STRING_ARRAY, text, lc_print_string_array(strs, n));
		lc_string_array_free(strs, n);
	} else {
		check_error(text, &err);
	}
}

static void fuzz_nodes(const char *text)
{
	struct lc_error err;
	struct lc_tree *root, **roots;
	struct lc_list *head;
	enum lc_shape shape;
	int n;
	if (lc_parse_tree(text, &root, &err) == 0) {
		size_t size = lc_tree_size(root);
		check_fixed_point(LC_TREE, text, lc_print_tree(root, SIZE_MAX, &shape));
		CHECK(shape == LC_SHAPE_OK);
		if (size > 0) {   /* one node fewer than the tree has is too many */
			CHECK(lc_print_tree(root, size - 1, &shape) == NULL);
			CHECK(shape == LC_SHAPE_TOO_BIG);
		}
		lc_tree_free(root);
	} else {
		check_error(text, &err);
	}
	if (lc_parse_list(text, &head, &err) == 0) {
		check_fixed_point(LC_LIST, text, lc_print_list(head, SIZE_MAX, &shape));
		CHECK(shape == LC_SHAPE_OK);
		lc_list_free(head);
	} else {
		check_error(text, &err);
	}
	if (lc_parse_tree_array(text, &roots, &n, &err) == 0) {
		check_fixed_point(LC_TREE_ARRAY, text, lc_print_tree_array(roots, n, SIZE_MAX, &shape));
		CHECK(shape == LC_SHAPE_OK);
		lc_tree_array_free(roots, n);
	} else {
		check_error(text, &err);
	}
}

/* ---- shapes: a graph of up to MAXN nodes taken from the bytes ---- */

#define MAXN 48

struct graph {
	int n;
	struct lc_tree t[MAXN];
	struct lc_list l[MAXN];
	int left[MAXN], right[MAXN], next[MAXN];   /* -1 = NULL */
};

/* Byte b names node b % (n + 1), where n means NULL. */
static int pick(uint8_t b, int n)
{
	int k = b % (n + 1);
	return k == n ? -1 : k;
}

static void graph_build(struct graph *g, const uint8_t *d, size_t size)
{
	g->n = (int)(size / 3 < MAXN ? size / 3 : MAXN);
	for (int k = 0; k < g->n; k++) {
		g->left[k] = pick(d[3 * k], g->n);
		g->right[k] = pick(d[3 * k + 1], g->n);
		g->next[k] = pick(d[3 * k + 2], g->n);
		g->t[k].val = k - 20;
		g->t[k].left = g->left[k] < 0 ? NULL : &g->t[g->left[k]];
		g->t[k].right = g->right[k] < 0 ? NULL : &g->t[g->right[k]];
		g->l[k].val = 7 * k;
		g->l[k].next = g->next[k] < 0 ? NULL : &g->l[g->next[k]];
	}
}

static void put_int(char *out, size_t *len, int v)
{
	char tmp[16];
	int n = 0;
	unsigned u = v < 0 ? (unsigned)-(v + 1) + 1u : (unsigned)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		out[(*len)++] = '-';
	while (n)
		out[(*len)++] = tmp[--n];
}

static void put_str(char *out, size_t *len, const char *s)
{
	while (*s)
		out[(*len)++] = *s++;
}

/* The reference: the same BFS on indices, with a plain visited array.
 * Appends one tree to out; returns the shape. *visited counts all trees. */
static enum lc_shape ref_tree(const struct graph *g, int root, size_t max_nodes,
			      size_t *visited, char *out, size_t *len)
{
	int seen[MAXN] = { 0 }, queue[MAXN], qn = 0;
	out[(*len)++] = '[';
	size_t keep = *len;
	for (int h = -1; h < qn; h++) {
		int slots[2] = { root, -1 };
		int count = 1;
		if (h >= 0) {
			slots[0] = g->left[queue[h]];
			slots[1] = g->right[queue[h]];
			count = 2;
		}
		for (int s = 0; s < count; s++) {
			int c = slots[s];
			if (h < 0 && c < 0)
				continue;   /* an empty tree: no token at all */
			if (h >= 0)
				out[(*len)++] = ',';
			if (c < 0) {
				put_str(out, len, "null");
				continue;
			}
			if (seen[c])
				return LC_SHAPE_CYCLE;
			seen[c] = 1;
			if (++*visited > max_nodes)
				return LC_SHAPE_TOO_BIG;
			queue[qn++] = c;
			put_int(out, len, g->t[c].val);
			keep = *len;
		}
	}
	*len = keep;
	out[(*len)++] = ']';
	return LC_SHAPE_OK;
}

static void compare(char *got, enum lc_shape got_shape, const char *want, enum lc_shape want_shape)
{
	CHECK(got_shape == want_shape);
	CHECK((got != NULL) == (want_shape == LC_SHAPE_OK));
	CHECK(!got || strcmp(got, want) == 0);
	free(got);
}

static void fuzz_shapes(const uint8_t *d, size_t size)
{
	static struct graph g;
	static char want[MAXN * MAXN * 16];
	if (size < 4)
		return;
	size_t max_nodes = d[size - 1] % (MAXN + 2);
	graph_build(&g, d, size - 1);
	if (g.n == 0)
		return;
	enum lc_shape got, ref;
	size_t visited = 0, len = 0;

	ref = ref_tree(&g, 0, max_nodes, &visited, want, &len);
	want[len] = '\0';
	char *text = lc_print_tree(&g.t[0], max_nodes, &got);
	compare(text, got, want, ref);

	/* tree[]: every node a root, in turn; sharing across trees is fine. */
	struct lc_tree *roots[MAXN];
	visited = len = 0;
	ref = LC_SHAPE_OK;
	want[len++] = '[';
	for (int k = 0; k < g.n && ref == LC_SHAPE_OK; k++) {
		roots[k] = (d[3 * k] & 1) ? &g.t[k] : NULL;
		if (k)
			want[len++] = ',';
		ref = ref_tree(&g, roots[k] ? k : -1, max_nodes, &visited, want, &len);
	}
	want[len++] = ']';
	want[len] = '\0';
	for (int k = 0; k < g.n; k++)
		roots[k] = (d[3 * k] & 1) ? &g.t[k] : NULL;
	text = lc_print_tree_array(roots, g.n, max_nodes, &got);
	compare(text, got, want, ref);

	/* list from node 0 */
	int seen[MAXN] = { 0 };
	len = 0;
	ref = LC_SHAPE_OK;
	visited = 0;
	want[len++] = '[';
	for (int k = 0; k >= 0; k = g.next[k]) {
		if (seen[k]) {
			ref = LC_SHAPE_CYCLE;
			break;
		}
		seen[k] = 1;
		if (++visited > max_nodes) {
			ref = LC_SHAPE_TOO_BIG;
			break;
		}
		if (visited > 1)
			want[len++] = ',';
		put_int(want, &len, g.l[k].val);
	}
	want[len++] = ']';
	want[len] = '\0';
	text = lc_print_list(&g.l[0], max_nodes, &got);
	compare(text, got, want, ref);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	fuzz_scalars(text);
	fuzz_arrays(text);
	fuzz_nodes(text);
	free(text);
	fuzz_shapes(data, size);
	return 0;
}
