/*
 * lc_value.c - LeetCode's text format for values (contract in lc_value.h):
 * the growable storage that lc_parse.c and lc_print.c share, the type
 * names, freeing and measuring, and canonical text (parse, then print).
 *
 * What shapes this file, lc_parse.c and lc_print.c:
 *  - only libc and no stdio at all: it is also linked into the statically
 *    linked, sandboxed harness, which must never print, exit or abort;
 *  - no recursion: trees can be 10^5-node chains, so every walk uses an
 *    explicit queue or stack, and parsing is a flat loop over tokens;
 *  - the tree and list printers read answers from untrusted code: each node
 *    enters a pointer set before it is read, so a cycle or a shared node is
 *    reported (LC_SHAPE_CYCLE) instead of looping or printing forever;
 *  - every allocation is checked, and buffers grow geometrically so that
 *    10^5-element values parse and print in linear time.
 */
#include "lc_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================
 * Growable storage
 * ====================================================================== */

/* Makes room for `need` elements of `size` bytes.  0, or -1 when out of
 * memory (v is then unchanged, so the caller can still free it). */
int vec_reserve(struct vec *v, size_t need, size_t size)
{
	if (need <= v->cap)
		return 0;
	size_t cap = v->cap ? v->cap : 8;
	while (cap < need) {
		if (cap > SIZE_MAX / 2)
			return -1;
		cap *= 2;
	}
	if (cap > SIZE_MAX / size)
		return -1;
	void *p = realloc(v->p, cap * size);
	if (!p)
		return -1;
	v->p = p;
	v->cap = cap;
	return 0;
}

/* Room for `extra` more bytes plus the final NUL: sb_room's slow path. */
bool sb_grow(struct sb *b, size_t extra)
{
	if (b->oom)
		return false;
	if (extra > SIZE_MAX - 1 - b->len) {
		b->oom = true;
		return false;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need && cap <= SIZE_MAX / 2)
		cap *= 2;
	char *p = cap >= need ? realloc(b->p, cap) : NULL;
	if (!p) {
		b->oom = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	return true;
}

void sb_put(struct sb *b, const char *s, size_t n)
{
	if (n && sb_room(b, n)) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
	}
}

void sb_putc(struct sb *b, char c)
{
	if (sb_room(b, 1))
		b->p[b->len++] = c;
}

void sb_puts(struct sb *b, const char *s)
{
	sb_put(b, s, strlen(s));
}

/* Two digits per division, written straight into out: every value of
 * every printed answer passes here. */
size_t int_text(char out[LC_INT_MAX_CHARS], int v)
{
	static const char pairs[201] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	static const unsigned int tens[] = { 10u, 100u, 1000u, 10000u, 100000u, 1000000u,
					     10000000u, 100000000u, 1000000000u };
	/* |v| without computing -INT_MIN, which overflows an int. */
	unsigned int u = v < 0 ? (unsigned int)-(v + 1) + 1u : (unsigned int)v;
	size_t digits = 1;
	while (digits < 10 && u >= tens[digits - 1])
		digits++;
	size_t len = digits + (v < 0);
	char *o = out + len;
	while (u >= 100) {
		unsigned int r = u % 100;
		u /= 100;
		o -= 2;
		o[0] = pairs[2 * r];
		o[1] = pairs[2 * r + 1];
	}
	if (u >= 10) {
		o -= 2;
		o[0] = pairs[2 * u];
		o[1] = pairs[2 * u + 1];
	} else {
		*--o = (char)('0' + u);
	}
	if (v < 0)
		*--o = '-';
	return len;
}

void sb_int(struct sb *b, int v)
{
	if (sb_room(b, LC_INT_MAX_CHARS))
		b->len += int_text(b->p + b->len, v);
}

/* The NUL-terminated text, or NULL (everything freed) when out of memory. */
char *sb_finish(struct sb *b)
{
	if (!sb_room(b, 0)) {
		free(b->p);
		return NULL;
	}
	b->p[b->len] = '\0';
	return b->p;
}

/* ======================================================================
 * Types, freeing, measuring
 * ====================================================================== */

static const char *const type_names[LC_TYPE_COUNT] = {
	[LC_INT] = "int",
	[LC_BOOL] = "bool",
	[LC_STRING] = "string",
	[LC_INT_ARRAY] = "int[]",
	[LC_INT_MATRIX] = "int[][]",
	[LC_STRING_ARRAY] = "string[]",
	[LC_TREE] = "tree",
	[LC_LIST] = "list",
	[LC_TREE_ARRAY] = "tree[]",
};

const char *lc_type_name(enum lc_type t)
{
	/* Never NULL: callers put it straight into messages. */
	return (unsigned int)t < LC_TYPE_COUNT ? type_names[t] : "unknown";
}

int lc_type_parse(const char *name, enum lc_type *out)
{
	for (int t = 0; name && t < LC_TYPE_COUNT; t++) {
		if (strcmp(name, type_names[t]) == 0) {
			*out = (enum lc_type)t;
			return 0;
		}
	}
	return -1;
}

void lc_tree_free(struct lc_tree *root)
{
	/* Rotate each left child up until a node has none, then free it and go
	 * right: O(n), no stack, and so no allocation that could fail. */
	while (root) {
		struct lc_tree *l = root->left;
		if (l) {
			root->left = l->right;
			l->right = root;
			root = l;
		} else {
			struct lc_tree *r = root->right;
			free(root);
			root = r;
		}
	}
}

void lc_list_free(struct lc_list *head)
{
	while (head) {
		struct lc_list *next = head->next;
		free(head);
		head = next;
	}
}

void lc_int_matrix_free(int **a, int rows, int *cols)
{
	for (int r = 0; a && r < rows; r++)
		free(a[r]);
	free(a);
	free(cols);
}

void lc_string_array_free(char **a, int n)
{
	for (int k = 0; a && k < n; k++)
		free(a[k]);
	free(a);
}

void lc_tree_array_free(struct lc_tree **a, int n)
{
	for (int k = 0; a && k < n; k++)
		lc_tree_free(a[k]);
	free(a);
}

struct frame {
	const struct lc_tree *node;
	size_t depth;
};

static int push_frame(struct vec *st, const struct lc_tree *node, size_t depth)
{
	if (!node)
		return 0;
	if (vec_reserve(st, st->len + 1, sizeof(struct frame)))
		return -1;
	((struct frame *)st->p)[st->len++] = (struct frame){ node, depth };
	return 0;
}

/* Size and height with an explicit DFS stack; -1 when out of memory. */
static int tree_measure(const struct lc_tree *root, size_t *size, size_t *height)
{
	struct vec st = { 0 };
	size_t n = 0, h = 0;
	int rc = push_frame(&st, root, 1);
	while (rc == 0 && st.len) {
		struct frame f = ((struct frame *)st.p)[--st.len];
		n++;
		if (f.depth > h)
			h = f.depth;
		rc = push_frame(&st, f.node->right, f.depth + 1);
		if (rc == 0)
			rc = push_frame(&st, f.node->left, f.depth + 1);
	}
	free(st.p);
	*size = n;
	*height = h;
	return rc;
}

/* SIZE_MAX when out of memory: no real tree has that many nodes. */
size_t lc_tree_size(const struct lc_tree *root)
{
	size_t n, h;
	return tree_measure(root, &n, &h) ? SIZE_MAX : n;
}

size_t lc_tree_height(const struct lc_tree *root)
{
	size_t n, h;
	return tree_measure(root, &n, &h) ? SIZE_MAX : h;
}

/* ======================================================================
 * Canonical text of a declared type
 * ====================================================================== */

/* Turns a NULL print result into the "out of memory" error. */
static char *printed(char *text, struct lc_error *err)
{
	if (!text) {
		err->pos = 0;
		err->msg[0] = '\0';
		msg_add(err, "out of memory");
	}
	return text;
}

static char *canon_scalar(enum lc_type t, const char *text, struct lc_error *err)
{
	int i;
	bool b;
	char *s;
	size_t len;
	if (t == LC_INT)
		return lc_parse_int(text, &i, err) ? NULL : printed(lc_print_int(i), err);
	if (t == LC_BOOL)
		return lc_parse_bool(text, &b, err) ? NULL : printed(lc_print_bool(b), err);
	if (lc_parse_string(text, &s, &len, err))
		return NULL;
	char *out = lc_print_string(s, len);
	free(s);
	return printed(out, err);
}

static char *canon_array(enum lc_type t, const char *text, struct lc_error *err)
{
	int n, *ints, **rows, *cols;
	char **strs, *out;
	if (t == LC_INT_ARRAY) {
		if (lc_parse_int_array(text, &ints, &n, err))
			return NULL;
		out = lc_print_int_array(ints, n);
		free(ints);
	} else if (t == LC_INT_MATRIX) {
		if (lc_parse_int_matrix(text, &rows, &n, &cols, err))
			return NULL;
		out = lc_print_int_matrix(rows, n, cols);
		lc_int_matrix_free(rows, n, cols);
	} else {
		if (lc_parse_string_array(text, &strs, &n, err))
			return NULL;
		out = lc_print_string_array(strs, n);
		lc_string_array_free(strs, n);
	}
	return printed(out, err);
}

static char *canon_nodes(enum lc_type t, const char *text, struct lc_error *err)
{
	struct lc_tree *root, **roots;
	struct lc_list *head;
	int n;
	char *out;
	if (t == LC_TREE) {
		if (lc_parse_tree(text, &root, err))
			return NULL;
		out = lc_print_tree(root, SIZE_MAX, NULL);
		lc_tree_free(root);
	} else if (t == LC_LIST) {
		if (lc_parse_list(text, &head, err))
			return NULL;
		out = lc_print_list(head, SIZE_MAX, NULL);
		lc_list_free(head);
	} else {
		if (lc_parse_tree_array(text, &roots, &n, err))
			return NULL;
		out = lc_print_tree_array(roots, n, SIZE_MAX, NULL);
		lc_tree_array_free(roots, n);
	}
	return printed(out, err);
}

char *lc_canonical(enum lc_type t, const char *text, struct lc_error *err)
{
	struct lc_error spare;
	if (!err)
		err = &spare;
	switch (t) {
	case LC_INT:
	case LC_BOOL:
	case LC_STRING:
		return canon_scalar(t, text, err);
	case LC_INT_ARRAY:
	case LC_INT_MATRIX:
	case LC_STRING_ARRAY:
		return canon_array(t, text, err);
	case LC_TREE:
	case LC_LIST:
	case LC_TREE_ARRAY:
		return canon_nodes(t, text, err);
	case LC_TYPE_COUNT:
		break;
	}
	err->pos = 0;
	err->msg[0] = '\0';
	msg_add(err, "expected a known value type but found an unknown one");
	return NULL;
}
