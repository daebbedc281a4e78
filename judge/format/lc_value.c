/*
 * lc_value.c - LeetCode's text format for values (contract in lc_value.h).
 *
 * What shapes this file:
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
#include "lc_value.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================
 * Growable storage
 * ====================================================================== */

/* An untyped growable array; callers cast p to the element type. */
struct vec {
	void *p;
	size_t len;   /* elements in use */
	size_t cap;   /* elements allocated */
};

/* Makes room for `need` elements of `size` bytes.  0, or -1 when out of
 * memory (v is then unchanged, so the caller can still free it). */
static int vec_reserve(struct vec *v, size_t need, size_t size)
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

/* Text being built.  Out of memory is sticky so that long runs of appends
 * need a single check at the end (sb_finish). */
struct sb {
	char *p;
	size_t len;
	size_t cap;
	bool oom;
};

/* Room for `extra` more bytes plus the final NUL. */
static bool sb_room(struct sb *b, size_t extra)
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

static void sb_put(struct sb *b, const char *s, size_t n)
{
	if (n && sb_room(b, n)) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
	}
}

static void sb_putc(struct sb *b, char c)
{
	if (sb_room(b, 1))
		b->p[b->len++] = c;
}

static void sb_puts(struct sb *b, const char *s)
{
	sb_put(b, s, strlen(s));
}

static void sb_int(struct sb *b, int v)
{
	char tmp[12];
	size_t n = sizeof tmp;
	/* |v| without computing -INT_MIN, which overflows an int. */
	unsigned int u = v < 0 ? (unsigned int)-(v + 1) + 1u : (unsigned int)v;
	do {
		tmp[--n] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--n] = '-';
	sb_put(b, tmp + n, sizeof tmp - n);
}

/* The NUL-terminated text, or NULL (everything freed) when out of memory. */
static char *sb_finish(struct sb *b)
{
	if (!sb_room(b, 0)) {
		free(b->p);
		return NULL;
	}
	b->p[b->len] = '\0';
	return b->p;
}

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

/* 1 if key was added, 0 if it was already there, -1 when out of memory. */
static int ptrset_add(struct ptrset *s, const void *key)
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
 * Parser core
 * ====================================================================== */

struct parser {
	const char *s;
	size_t i;               /* byte offset of the next unread byte */
	struct lc_error *err;
};

static void parser_init(struct parser *p, const char *text, struct lc_error *err)
{
	p->s = text ? text : "";
	p->i = 0;
	p->err = err;
	err->pos = 0;
	err->msg[0] = '\0';
}

static void msg_add(struct lc_error *e, const char *s)
{
	size_t n = strlen(e->msg);
	while (*s && n + 1 < sizeof e->msg)
		e->msg[n++] = *s++;
	e->msg[n] = '\0';
}

/* Sets the error to the concatenation of up to four parts (NULLs skipped). */
static int fail4(struct parser *p, size_t pos, const char *a, const char *b,
		 const char *c, const char *d)
{
	const char *parts[4] = { a, b, c, d };
	p->err->pos = pos;
	p->err->msg[0] = '\0';
	for (int k = 0; k < 4; k++)
		if (parts[k])
			msg_add(p->err, parts[k]);
	return -1;
}

static int fail(struct parser *p, size_t pos, const char *msg)
{
	return fail4(p, pos, msg, NULL, NULL, NULL);
}

static int fail_oom(struct parser *p)
{
	return fail(p, p->i, "out of memory");
}

/* How a byte reads in a message: 'x', end of input, or byte 0x0a. */
static void describe(char out[16], unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	if (c == '\0') {
		strcpy(out, "end of input");
	} else if (c == '\'') {
		strcpy(out, "\"'\"");
	} else if (c >= 0x20 && c < 0x7f) {
		out[0] = '\'';
		out[1] = (char)c;
		out[2] = '\'';
		out[3] = '\0';
	} else {
		strcpy(out, "byte 0x00");
		out[7] = hex[c >> 4];
		out[8] = hex[c & 15];
	}
}

/* "expected <expected> but found <the byte at pos>" */
static int fail_found(struct parser *p, size_t pos, const char *expected)
{
	char found[16];
	describe(found, (unsigned char)p->s[pos]);
	return fail4(p, pos, "expected ", expected, " but found ", found);
}

/* "expected <expected> but found \uxxxx" for a code unit of an escape. */
static int fail_unit(struct parser *p, size_t pos, const char *expected, uint32_t unit)
{
	static const char hex[] = "0123456789abcdef";
	char found[7] = "\\u0000";
	for (int k = 0; k < 4; k++)
		found[2 + k] = hex[(unit >> (12 - 4 * k)) & 15];
	return fail4(p, pos, "expected ", expected, " but found ", found);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void skip_ws(struct parser *p)
{
	for (;;) {
		char c = p->s[p->i];
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			return;
		p->i++;
	}
}

/* Consumes the keyword w if the text continues with it. */
static bool eat_word(struct parser *p, const char *w)
{
	size_t n = strlen(w);
	if (strncmp(p->s + p->i, w, n) != 0)
		return false;
	p->i += n;
	return true;
}

/* After a whole value: only whitespace may follow. */
static int parse_end(struct parser *p)
{
	skip_ws(p);
	if (p->s[p->i] != '\0')
		return fail_found(p, p->i, "end of input");
	return 0;
}

/* Counts travel as int (LeetCode's returnSize), so an array may not grow
 * past INT_MAX elements. */
static int check_count(struct parser *p, size_t n)
{
	if (n >= INT_MAX)
		return fail(p, p->i, "expected at most 2147483647 elements but found more");
	return 0;
}

/* Makes room for one more element, reporting out of memory as a parse error. */
static int reserve_one(struct parser *p, struct vec *v, size_t size)
{
	if (vec_reserve(v, v->len + 1, size))
		return fail_oom(p);
	return 0;
}

/*
 * Arrays are read with two steps instead of a callback, so that nested
 * arrays (int[][], tree[]) need no recursion:
 *
 *     int r = seq_open(p);
 *     while (r == 0) { read one element; r = seq_next(p); }
 *     if (r < 0) error;
 */

/* Reads '['.  1 when the array is empty ("[]" consumed), 0 when an element
 * follows, -1 on error. */
static int seq_open(struct parser *p)
{
	skip_ws(p);
	if (p->s[p->i] != '[')
		return fail_found(p, p->i, "'['");
	p->i++;
	skip_ws(p);
	if (p->s[p->i] == ']') {
		p->i++;
		return 1;
	}
	return 0;
}

/* After an element: 0 when ',' was read (another element follows), 1 when
 * ']' ended the array, -1 on error. */
static int seq_next(struct parser *p)
{
	skip_ws(p);
	char c = p->s[p->i];
	if (c == ']') {
		p->i++;
		return 1;
	}
	if (c != ',')
		return fail_found(p, p->i, "',' or ']'");
	p->i++;
	skip_ws(p);
	return 0;
}

/* ======================================================================
 * Tokens: integers and strings
 * ====================================================================== */

/* An integer in C int range.  `what` names the token expected here (it
 * differs inside a tree, where null is allowed too). */
static int parse_int_tok(struct parser *p, int *out, const char *what)
{
	const char *s = p->s;
	size_t start = p->i;
	bool neg = s[p->i] == '-';
	if (neg)
		p->i++;
	if (!is_digit(s[p->i]))
		return fail_found(p, p->i, neg ? "a digit after '-'" : what);
	/* LeetCode never writes "007"; accepting it would hide typos in cases. */
	if (s[p->i] == '0' && is_digit(s[p->i + 1]))
		return fail(p, p->i, "expected an integer without leading zeros "
			    "but found '0' followed by a digit");
	uint64_t limit = neg ? 2147483648u : 2147483647u;
	uint64_t v = 0;
	while (is_digit(s[p->i])) {
		v = v * 10 + (uint64_t)(s[p->i] - '0');
		if (v > limit)
			return fail(p, start, "integer out of range: expected "
				    "-2147483648 to 2147483647");
		p->i++;
	}
	*out = neg ? (int)(-(int64_t)v) : (int)v;
	return 0;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The four hex digits of a \u escape (p->i is just past the 'u'). */
static int read_hex4(struct parser *p, uint32_t *unit)
{
	uint32_t v = 0;
	for (int k = 0; k < 4; k++) {
		int h = hex_value(p->s[p->i]);
		if (h < 0)
			return fail_found(p, p->i, "4 hex digits after \\u");
		v = v << 4 | (uint32_t)h;
		p->i++;
	}
	*unit = v;
	return 0;
}

/* The \uDC00-\uDFFF that must follow a high surrogate; combines the pair. */
static int read_low_surrogate(struct parser *p, uint32_t *cp)
{
	static const char want[] = "a low surrogate \\udc00-\\udfff after a high surrogate";
	size_t at = p->i;
	if (p->s[at] != '\\' || p->s[at + 1] != 'u')
		return fail_found(p, at, want);
	p->i += 2;
	uint32_t lo;
	if (read_hex4(p, &lo))
		return -1;
	if (lo < 0xdc00 || lo > 0xdfff)
		return fail_unit(p, at, want, lo);
	*cp = 0x10000 + ((*cp - 0xd800) << 10) + (lo - 0xdc00);
	return 0;
}

static void put_utf8(struct sb *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	sb_put(b, u, n);
}

/* A \u escape (p->i at the backslash).  allow_nul is false in string[]
 * elements: they are C strings, so "\u0000" would silently cut them. */
static int parse_unicode_escape(struct parser *p, struct sb *b, bool allow_nul)
{
	size_t at = p->i;
	uint32_t cp;
	p->i += 2;
	if (read_hex4(p, &cp))
		return -1;
	if (cp >= 0xdc00 && cp <= 0xdfff)
		return fail_unit(p, at, "a high surrogate \\ud800-\\udbff before a low surrogate", cp);
	if (cp >= 0xd800 && cp <= 0xdbff && read_low_surrogate(p, &cp))
		return -1;
	if (cp == 0 && !allow_nul)
		return fail(p, at, "expected a character other than \\u0000 in a "
			    "string array element but found \\u0000");
	put_utf8(b, cp);
	return 0;
}

/* One escape sequence (p->i at the backslash). */
static int parse_escape(struct parser *p, struct sb *b, bool allow_nul)
{
	static const char from[] = "\"\\/bfnrt";
	static const char to[] = "\"\\/\b\f\n\r\t";
	char e = p->s[p->i + 1];
	const char *hit = e ? strchr(from, e) : NULL;
	if (hit) {
		sb_putc(b, to[hit - from]);
		p->i += 2;
		return 0;
	}
	if (e != 'u')
		return fail_found(p, p->i + 1, "an escape (one of \" \\ / b f n r t u) after '\\'");
	return parse_unicode_escape(p, b, allow_nul);
}

/* Bytes copied as they are: anything but the quote, the backslash and
 * control bytes (invalid UTF-8 included: strings are bytes here). */
static bool plain_byte(char c)
{
	return (unsigned char)c >= 0x20 && c != '"' && c != '\\';
}

/* A quoted string, decoded into b. */
static int parse_str_tok(struct parser *p, struct sb *b, bool allow_nul)
{
	const char *s = p->s;
	if (s[p->i] != '"')
		return fail_found(p, p->i, "a string");
	p->i++;
	for (;;) {
		size_t start = p->i;
		while (plain_byte(s[p->i]))
			p->i++;
		sb_put(b, s + start, p->i - start);
		char c = s[p->i];
		if (c == '"')
			break;
		if (c == '\0')
			return fail_found(p, p->i, "'\"' to close the string");
		if (c != '\\')   /* JSON's rule: control bytes must be escaped */
			return fail_found(p, p->i, "a printable character or an escape");
		if (parse_escape(p, b, allow_nul))
			return -1;
	}
	p->i++;
	if (b->oom)
		return fail_oom(p);
	return 0;
}

/* A string element as a malloc'd C string. */
static int parse_cstring(struct parser *p, char **out)
{
	struct sb b = { 0 };
	if (parse_str_tok(p, &b, false)) {
		free(b.p);
		return -1;
	}
	*out = sb_finish(&b);
	return *out ? 0 : fail_oom(p);
}

/* ======================================================================
 * Composite values
 * ====================================================================== */

static int push_int(struct parser *p, struct vec *v, int x)
{
	if (check_count(p, v->len) || reserve_one(p, v, sizeof x))
		return -1;
	((int *)v->p)[v->len++] = x;
	return 0;
}

/* "[1,2,3]" into a malloc'd array, never NULL (even for "[]"), because
 * solutions may dereference an empty array's pointer check-free. */
static int parse_ints(struct parser *p, int **out, int *n)
{
	struct vec v = { 0 };
	int r = seq_open(p);
	while (r == 0) {
		int x;
		if (parse_int_tok(p, &x, "an integer") || push_int(p, &v, x))
			r = -1;
		else
			r = seq_next(p);
	}
	if (r < 0 || (!v.p && reserve_one(p, &v, sizeof(int)))) {
		free(v.p);
		return -1;
	}
	*out = v.p;
	*n = (int)v.len;
	return 0;
}

static void free_rows(struct vec *rows, struct vec *cols)
{
	for (size_t r = 0; r < rows->len; r++)
		free(((int **)rows->p)[r]);
	free(rows->p);
	free(cols->p);
}

/* "[[1,2],[3]]": both vecs stay NULL for "[]", as the header promises. */
static int parse_matrix(struct parser *p, struct vec *rows, struct vec *cols)
{
	int r = seq_open(p);
	while (r == 0) {
		int *row, n;
		if (check_count(p, rows->len) || reserve_one(p, rows, sizeof row) ||
		    reserve_one(p, cols, sizeof n) || parse_ints(p, &row, &n))
			return -1;
		((int **)rows->p)[rows->len++] = row;
		((int *)cols->p)[cols->len++] = n;
		r = seq_next(p);
	}
	return r < 0 ? -1 : 0;
}

static void free_strings(struct vec *v)
{
	for (size_t k = 0; k < v->len; k++)
		free(((char **)v->p)[k]);
	free(v->p);
}

static int parse_strings(struct parser *p, struct vec *v)
{
	int r = seq_open(p);
	while (r == 0) {
		char *s;
		if (check_count(p, v->len) || reserve_one(p, v, sizeof s) || parse_cstring(p, &s))
			return -1;
		((char **)v->p)[v->len++] = s;
		r = seq_next(p);
	}
	return r < 0 ? -1 : 0;
}

static int parse_list_body(struct parser *p, struct lc_list **head)
{
	struct lc_list **tail = head;
	int r = seq_open(p);
	while (r == 0) {
		int x;
		if (parse_int_tok(p, &x, "an integer"))
			return -1;
		struct lc_list *node = malloc(sizeof *node);
		if (!node)
			return fail_oom(p);
		node->val = x;
		node->next = NULL;
		*tail = node;
		tail = &node->next;
		r = seq_next(p);
	}
	return r < 0 ? -1 : 0;
}

/* ---- trees ----
 * Level order is built with the array of nodes made so far as the queue:
 * nodes[head] owns the next open child slot (left, then right), and every
 * token fills one slot. */
struct tree_build {
	struct vec nodes;   /* struct lc_tree *, in level order */
	size_t head;
	bool right;         /* the open slot is nodes[head]->right */
	bool started;       /* the root token has been read */
	bool null_root;     /* ... and it was null */
};

static void tree_build_free(struct tree_build *t)
{
	for (size_t k = 0; k < t->nodes.len; k++)
		free(((struct lc_tree **)t->nodes.p)[k]);
	free(t->nodes.p);
}

/* Makes a node and appends it to the queue. */
static int tree_new_node(struct parser *p, struct tree_build *t, int v, struct lc_tree **out)
{
	if (reserve_one(p, &t->nodes, sizeof *out))
		return -1;
	struct lc_tree *node = malloc(sizeof *node);
	if (!node)
		return fail_oom(p);
	node->val = v;
	node->left = node->right = NULL;
	((struct lc_tree **)t->nodes.p)[t->nodes.len++] = node;
	*out = node;
	return 0;
}

/* One token of a tree: an integer or null, placed in the next open slot. */
static int tree_token(struct parser *p, struct tree_build *t)
{
	size_t at = p->i;
	if (t->null_root)
		return fail_found(p, at, "']' after a null root");
	if (t->started && t->head == t->nodes.len)
		return fail_found(p, at, "']' (every node's children are already listed)");
	struct lc_tree *node = NULL;
	int v = 0;
	if (!eat_word(p, "null") &&
	    (parse_int_tok(p, &v, "an integer or null") || tree_new_node(p, t, v, &node)))
		return -1;
	if (!t->started) {
		t->started = true;
		t->null_root = node == NULL;
		return 0;
	}
	struct lc_tree *parent = ((struct lc_tree **)t->nodes.p)[t->head];
	if (t->right) {
		parent->right = node;
		t->head++;
	} else {
		parent->left = node;
	}
	t->right = !t->right;
	return 0;
}

static int parse_tree_body(struct parser *p, struct lc_tree **root)
{
	struct tree_build t = { 0 };
	int r = seq_open(p);
	while (r == 0) {
		if (tree_token(p, &t))
			r = -1;
		else
			r = seq_next(p);
	}
	if (r < 0) {
		tree_build_free(&t);
		return -1;
	}
	*root = t.nodes.len ? ((struct lc_tree **)t.nodes.p)[0] : NULL;
	free(t.nodes.p);
	return 0;
}

static void free_trees(struct vec *v)
{
	for (size_t k = 0; k < v->len; k++)
		lc_tree_free(((struct lc_tree **)v->p)[k]);
	free(v->p);
}

static int parse_trees(struct parser *p, struct vec *v)
{
	int r = seq_open(p);
	while (r == 0) {
		struct lc_tree *root;
		if (check_count(p, v->len) || reserve_one(p, v, sizeof root) ||
		    parse_tree_body(p, &root))
			return -1;
		((struct lc_tree **)v->p)[v->len++] = root;
		r = seq_next(p);
	}
	return r < 0 ? -1 : 0;
}

/* ======================================================================
 * Public parsers.  On failure every output is reset (NULL / 0), so a
 * caller may free unconditionally.
 * ====================================================================== */

int lc_parse_int(const char *text, int *out, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	parser_init(&p, text, err ? err : &spare);
	*out = 0;
	skip_ws(&p);
	int v;
	if (parse_int_tok(&p, &v, "an integer") || parse_end(&p))
		return -1;
	*out = v;
	return 0;
}

int lc_parse_bool(const char *text, bool *out, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	parser_init(&p, text, err ? err : &spare);
	*out = false;
	skip_ws(&p);
	bool v = eat_word(&p, "true");
	if (!v && !eat_word(&p, "false"))
		return fail_found(&p, p.i, "true or false");
	if (parse_end(&p))
		return -1;
	*out = v;
	return 0;
}

int lc_parse_string(const char *text, char **out, size_t *len, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct sb b = { 0 };
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	*len = 0;
	skip_ws(&p);
	if (parse_str_tok(&p, &b, true) || parse_end(&p)) {
		free(b.p);
		return -1;
	}
	size_t n = b.len;
	if (!(*out = sb_finish(&b)))
		return fail_oom(&p);
	*len = n;
	return 0;
}

int lc_parse_int_array(const char *text, int **out, int *n, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	*n = 0;
	int *a, count;
	if (parse_ints(&p, &a, &count))
		return -1;
	if (parse_end(&p)) {
		free(a);
		return -1;
	}
	*out = a;
	*n = count;
	return 0;
}

int lc_parse_int_matrix(const char *text, int ***out, int *rows, int **cols, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct vec rv = { 0 }, cv = { 0 };
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	*rows = 0;
	*cols = NULL;
	if (parse_matrix(&p, &rv, &cv) || parse_end(&p)) {
		free_rows(&rv, &cv);
		return -1;
	}
	*out = rv.p;
	*rows = (int)rv.len;
	*cols = cv.p;
	return 0;
}

int lc_parse_string_array(const char *text, char ***out, int *n, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct vec v = { 0 };
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	*n = 0;
	/* Like int[], the array is never NULL, even for "[]". */
	if (parse_strings(&p, &v) || parse_end(&p) || (!v.p && reserve_one(&p, &v, sizeof(char *)))) {
		free_strings(&v);
		return -1;
	}
	*out = v.p;
	*n = (int)v.len;
	return 0;
}

int lc_parse_tree(const char *text, struct lc_tree **out, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct lc_tree *root;
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	if (parse_tree_body(&p, &root))
		return -1;
	if (parse_end(&p)) {
		lc_tree_free(root);
		return -1;
	}
	*out = root;
	return 0;
}

int lc_parse_list(const char *text, struct lc_list **out, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct lc_list *head = NULL;
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	if (parse_list_body(&p, &head) || parse_end(&p)) {
		lc_list_free(head);
		return -1;
	}
	*out = head;
	return 0;
}

int lc_parse_tree_array(const char *text, struct lc_tree ***out, int *n, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct vec v = { 0 };
	parser_init(&p, text, err ? err : &spare);
	*out = NULL;
	*n = 0;
	if (parse_trees(&p, &v) || parse_end(&p) ||
	    (!v.p && reserve_one(&p, &v, sizeof(struct lc_tree *)))) {
		free_trees(&v);
		return -1;
	}
	*out = v.p;
	*n = (int)v.len;
	return 0;
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
static enum lc_shape walk_enter(struct walk *w, const void *node)
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

/* Appends the token of a child slot (after a comma unless it is the
 * root); a real child also joins the queue. */
static enum lc_shape walk_child(struct walk *w, const struct lc_tree *child, size_t *keep)
{
	if (w->queue.len)
		sb_putc(&w->out, ',');
	if (!child) {
		sb_put(&w->out, "null", 4);
		return LC_SHAPE_OK;
	}
	enum lc_shape s = walk_enter(w, child);
	if (s != LC_SHAPE_OK)
		return s;
	if (vec_reserve(&w->queue, w->queue.len + 1, sizeof child))
		return LC_SHAPE_NOMEM;
	((const struct lc_tree **)w->queue.p)[w->queue.len++] = child;
	sb_int(&w->out, child->val);
	*keep = w->out.len;
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
