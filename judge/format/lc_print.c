/*
 * lc_print.c - LeetCode's text format for values: printing (contract in
 * lc_value.h; what shapes the code is at the top of lc_value.c), and the
 * pointer set with which the tree and list printers detect cycles and
 * shared nodes in answers from untrusted code.
 */
#include "lc_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================
 * Pointer set (open addressing, linear probing, NULL marks an empty slot)
 * ====================================================================== */

struct ptrset {
	const void **slots;
	size_t cap;     /* a power of two; 0 before the first add */
	size_t count;
};

static size_t ptr_hash(const void *key)
{
	/* Node addresses share their low bits and may be chosen by hostile
	 * code: mix every bit (murmur3's fmix64) so no stride collides. */
	uint64_t x = (uint64_t)(uintptr_t)key;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

/* key's slot, or the empty slot where it belongs.  The load factor stays
 * at most 1/2, so an empty slot always exists. */
static size_t ptrset_find(const struct ptrset *s, const void *key)
{
	size_t mask = s->cap - 1;
	size_t i = ptr_hash(key) & mask;
	while (s->slots[i] && s->slots[i] != key)
		i = (i + 1) & mask;
	return i;
}

static int ptrset_grow(struct ptrset *s)
{
	size_t cap = s->cap ? s->cap * 2 : 256;
	if (cap < s->cap || cap > SIZE_MAX / sizeof *s->slots)
		return -1;
	const void **fresh = calloc(cap, sizeof *fresh);
	if (!fresh)
		return -1;
	struct ptrset old = *s;
	s->slots = fresh;
	s->cap = cap;
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i])
			s->slots[ptrset_find(s, old.slots[i])] = old.slots[i];
	free(old.slots);
	return 0;
}

/* 1 if key was added, 0 if it was already there, -1 when out of memory.
 * Inline: every node of every printed answer passes here. */
static inline int ptrset_add(struct ptrset *s, const void *key)
{
	if ((s->count + 1) * 2 > s->cap && ptrset_grow(s))
		return -1;
	size_t i = ptrset_find(s, key);
	if (s->slots[i])
		return 0;
	s->slots[i] = key;
	s->count++;
	return 1;
}

/* Empties the set given every key it holds, in time
 * proportional to them rather than to the table: a tree[] may hold many
 * small trees after one big tree.  Nothing moves while removing, so each
 * key is still where its probe from its home slot reaches it, over the
 * holes left by earlier removals. */
static void ptrset_remove_all(struct ptrset *s, const void *const *keys, size_t n)
{
	if (s->count == 0)
		return;
	size_t mask = s->cap - 1;
	for (size_t k = 0; k < n; k++) {
		size_t i = ptr_hash(keys[k]) & mask;
		for (size_t step = 0; step < s->cap && s->slots[i] != keys[k]; step++)
			i = (i + 1) & mask;
		if (s->slots[i] == keys[k])
			s->slots[i] = NULL;
	}
	s->count = 0;
}

/* ======================================================================
 * Printing plain values.  A NULL pointer where data was promised (n > 0)
 * prints as null: never equal to a value of the type, so a solution that
 * returns it gets a wrong answer rather than a crash in the harness.
 * ====================================================================== */

static char *dup_text(const char *s)
{
	struct sb b = { 0 };
	sb_puts(&b, s);
	return sb_finish(&b);
}

char *lc_print_int(int v)
{
	struct sb b = { 0 };
	sb_int(&b, v);
	return sb_finish(&b);
}

char *lc_print_bool(bool v)
{
	return dup_text(v ? "true" : "false");
}

static void sb_escape(struct sb *b, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
	size_t n = 2;
	switch (c) {
	case '"': e[1] = '"'; break;
	case '\\': e[1] = '\\'; break;
	case '\b': e[1] = 'b'; break;
	case '\f': e[1] = 'f'; break;
	case '\n': e[1] = 'n'; break;
	case '\r': e[1] = 'r'; break;
	case '\t': e[1] = 't'; break;
	default: n = 6; break;
	}
	sb_put(b, e, n);
}

static void sb_string(struct sb *b, const char *s, size_t len)
{
	size_t start = 0;   /* first byte not yet copied */
	sb_putc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != 0x7f && c != '"' && c != '\\')
			continue;
		sb_put(b, s + start, i - start);
		sb_escape(b, c);
		start = i + 1;
	}
	sb_put(b, s + start, len - start);
	sb_putc(b, '"');
}

char *lc_print_string(const char *s, size_t len)
{
	if (!s)
		return dup_text("null");
	struct sb b = { 0 };
	sb_string(&b, s, len);
	return sb_finish(&b);
}

static void sb_ints(struct sb *b, const int *a, int n)
{
	if (n > 0 && !a) {
		sb_puts(b, "null");
		return;
	}
	sb_putc(b, '[');
	for (int k = 0; k < n; k++) {
		if (k)
			sb_putc(b, ',');
		sb_int(b, a[k]);
	}
	sb_putc(b, ']');
}

char *lc_print_int_array(const int *a, int n)
{
	struct sb b = { 0 };
	sb_ints(&b, a, n);
	return sb_finish(&b);
}

char *lc_print_int_matrix(int *const *a, int rows, const int *cols)
{
	struct sb b = { 0 };
	if (rows > 0 && (!a || !cols)) {
		sb_puts(&b, "null");
		return sb_finish(&b);
	}
	sb_putc(&b, '[');
	for (int r = 0; r < rows; r++) {
		if (r)
			sb_putc(&b, ',');
		sb_ints(&b, a[r], cols[r]);
	}
	sb_putc(&b, ']');
	return sb_finish(&b);
}

char *lc_print_string_array(char *const *a, int n)
{
	struct sb b = { 0 };
	if (n > 0 && !a) {
		sb_puts(&b, "null");
		return sb_finish(&b);
	}
	sb_putc(&b, '[');
	for (int k = 0; k < n; k++) {
		if (k)
			sb_putc(&b, ',');
		if (a[k])
			sb_string(&b, a[k], strlen(a[k]));
		else
			sb_puts(&b, "null");
	}
	sb_putc(&b, ']');
	return sb_finish(&b);
}

/* ======================================================================
 * Printing trees and lists from untrusted code
 * ====================================================================== */

struct walk {
	struct sb out;
	struct ptrset seen;    /* nodes entered (of the current tree) */
	struct vec queue;      /* const struct lc_tree *: the current tree's nodes, BFS order */
	size_t visited;        /* nodes entered so far, all trees together */
	size_t max_nodes;
};

static void walk_init(struct walk *w, size_t max_nodes)
{
	memset(w, 0, sizeof *w);
	w->max_nodes = max_nodes;
}

/* Every node passes here before it is read. */
static inline enum lc_shape walk_enter(struct walk *w, const void *node)
{
	int r = ptrset_add(&w->seen, node);
	if (r < 0)
		return LC_SHAPE_NOMEM;
	if (r == 0)
		return LC_SHAPE_CYCLE;
	if (++w->visited > w->max_nodes)
		return LC_SHAPE_TOO_BIG;
	return LC_SHAPE_OK;
}

/* The longest token of a child slot: a comma and an int ("null" is shorter). */
#define SLOT_CHARS (1 + LC_INT_MAX_CHARS)

/* Appends the token of a child slot (after a comma unless it is the
 * root); a real child also joins the queue.  One room check per slot, and
 * the bytes written in place: this runs for every node of every answer. */
static enum lc_shape walk_child(struct walk *w, const struct lc_tree *child, size_t *keep)
{
	if (!sb_room(&w->out, SLOT_CHARS))
		return LC_SHAPE_NOMEM;
	char *o = w->out.p + w->out.len;
	if (w->queue.len)
		*o++ = ',';
	if (!child) {
		memcpy(o, "null", 4);
		w->out.len = (size_t)(o + 4 - w->out.p);
		return LC_SHAPE_OK;
	}
	enum lc_shape s = walk_enter(w, child);
	if (s != LC_SHAPE_OK)
		return s;
	if (w->queue.len == w->queue.cap && vec_reserve(&w->queue, w->queue.len + 1, sizeof child))
		return LC_SHAPE_NOMEM;
	((const struct lc_tree **)w->queue.p)[w->queue.len++] = child;
	o += int_text(o, child->val);
	w->out.len = *keep = (size_t)(o - w->out.p);
	return LC_SHAPE_OK;
}

/* Appends one tree in LeetCode's level order: the root, then the left and
 * right slots of every node in BFS order.  The text is cut back to the
 * last value at the end, which trims trailing nulls with their commas. */
static enum lc_shape walk_tree(struct walk *w, const struct lc_tree *root)
{
	/* Trees of a tree[] may share nodes (LeetCode 95 and 894 solutions do):
	 * only a node seen twice within one tree is a problem.  The queue holds
	 * exactly the nodes of the previous tree, which printed completely. */
	ptrset_remove_all(&w->seen, w->queue.p, w->queue.len);
	w->queue.len = 0;
	sb_putc(&w->out, '[');
	size_t keep = w->out.len;
	enum lc_shape s = LC_SHAPE_OK;
	if (root)
		s = walk_child(w, root, &keep);
	for (size_t h = 0; s == LC_SHAPE_OK && h < w->queue.len; h++) {
		const struct lc_tree *node = ((const struct lc_tree **)w->queue.p)[h];
		s = walk_child(w, node->left, &keep);
		if (s == LC_SHAPE_OK)
			s = walk_child(w, node->right, &keep);
	}
	if (w->out.oom)
		return LC_SHAPE_NOMEM;
	w->out.len = keep;
	sb_putc(&w->out, ']');
	return s;
}

/* The text, or NULL with *shape saying why; frees the walk either way. */
static char *walk_finish(struct walk *w, enum lc_shape s, enum lc_shape *shape)
{
	free(w->seen.slots);
	free(w->queue.p);
	char *text = NULL;
	if (s == LC_SHAPE_OK) {
		text = sb_finish(&w->out);
		if (!text)
			s = LC_SHAPE_NOMEM;
	} else {
		free(w->out.p);
	}
	if (shape)
		*shape = s;
	return text;
}

char *lc_print_tree(const struct lc_tree *root, size_t max_nodes, enum lc_shape *shape)
{
	struct walk w;
	walk_init(&w, max_nodes);
	return walk_finish(&w, walk_tree(&w, root), shape);
}

char *lc_print_list(const struct lc_list *head, size_t max_nodes, enum lc_shape *shape)
{
	struct walk w;
	enum lc_shape s = LC_SHAPE_OK;
	walk_init(&w, max_nodes);
	sb_putc(&w.out, '[');
	for (const struct lc_list *node = head; node; node = node->next) {
		if ((s = walk_enter(&w, node)) != LC_SHAPE_OK)
			break;
		if (node != head)
			sb_putc(&w.out, ',');
		sb_int(&w.out, node->val);
	}
	sb_putc(&w.out, ']');
	return walk_finish(&w, s, shape);
}

char *lc_print_tree_array(struct lc_tree *const *roots, int n, size_t max_nodes, enum lc_shape *shape)
{
	struct walk w;
	enum lc_shape s = LC_SHAPE_OK;
	walk_init(&w, max_nodes);
	if (n > 0 && !roots) {
		sb_puts(&w.out, "null");
		return walk_finish(&w, s, shape);
	}
	sb_putc(&w.out, '[');
	for (int k = 0; k < n && s == LC_SHAPE_OK; k++) {
		if (k)
			sb_putc(&w.out, ',');
		s = walk_tree(&w, roots[k]);
	}
	sb_putc(&w.out, ']');
	return walk_finish(&w, s, shape);
}

const char *lc_shape_message(enum lc_shape s)
{
	switch (s) {
	case LC_SHAPE_OK:
		return "ok";
	case LC_SHAPE_CYCLE:
		return "the returned tree or list has a cycle or a node reachable twice";
	case LC_SHAPE_TOO_BIG:
		return "the returned tree or list has more nodes than allowed";
	case LC_SHAPE_NOMEM:
		return "out of memory while printing the returned tree or list";
	}
	return "unknown shape result";
}
