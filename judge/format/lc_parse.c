/*
 * lc_parse.c - LeetCode's text format for values: parsing (contract in
 * lc_value.h; what shapes the code is at the top of lc_value.c).  One flat
 * loop over tokens, no recursion; errors carry a byte offset and a message.
 */
#include "lc_internal.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

void msg_add(struct lc_error *e, const char *s)
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

/* Consumes the keyword w if the text continues with it.  A loop rather
 * than strncmp: half the tokens of a tree are null, and most of the others
 * differ at the first byte. */
static inline bool eat_word(struct parser *p, const char *w)
{
	const char *s = p->s + p->i;
	size_t n = 0;
	while (w[n] && s[n] == w[n])
		n++;
	if (w[n])
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

/* Makes room for one more element, reporting out of memory as a parse
 * error.  Inline: it runs once per element or node. */
static inline int reserve_one(struct parser *p, struct vec *v, size_t size)
{
	if (v->len < v->cap)
		return 0;
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
 * differs inside a tree, where null is allowed too).  The offset is kept
 * in a local: p->s is char data, which may alias p->i, so the compiler
 * would reload p->i for every digit of every number otherwise. */
static int parse_int_tok(struct parser *p, int *out, const char *what)
{
	const char *s = p->s;
	size_t start = p->i, i = start;
	bool neg = s[i] == '-';
	if (neg)
		i++;
	p->i = i;
	if (!is_digit(s[i]))
		return fail_found(p, i, neg ? "a digit after '-'" : what);
	/* LeetCode never writes "007"; accepting it would hide typos in cases. */
	if (s[i] == '0' && is_digit(s[i + 1]))
		return fail(p, i, "expected an integer without leading zeros "
			    "but found '0' followed by a digit");
	uint64_t limit = neg ? 2147483648u : 2147483647u;
	uint64_t v = 0;
	while (is_digit(s[i])) {
		v = v * 10 + (uint64_t)(s[i] - '0');
		if (v > limit) {
			p->i = i;
			return fail(p, start, "integer out of range: expected "
				    "-2147483648 to 2147483647");
		}
		i++;
	}
	p->i = i;
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

/* The length of the run of plain bytes at s: strcspn finds the quote or
 * the backslash (or the NUL) many bytes at a time, then the bytes before
 * it are checked for a control byte eight at a time (a byte below 0x20
 * borrows into its top bit).  Strings of 10^5 bytes are common arguments;
 * byte by byte this was most of the harness's time for them. */
static size_t plain_run(const char *s)
{
	const uint64_t ones = 0x0101010101010101ull, tops = 0x8080808080808080ull;
	size_t n = strcspn(s, "\"\\"), k = 0;
	for (; k + 8 <= n; k += 8) {
		uint64_t w;
		memcpy(&w, s + k, 8);
		if ((w - 0x20 * ones) & ~w & tops)
			break;
	}
	while (k < n && plain_byte(s[k]))
		k++;
	return k;
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
		p->i += plain_run(s + start);
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

/* One tree; t->nodes holds its nodes in level order (freed on error). */
static int parse_tree_nodes(struct parser *p, struct tree_build *t)
{
	int r = seq_open(p);
	while (r == 0) {
		if (tree_token(p, t))
			r = -1;
		else
			r = seq_next(p);
	}
	if (r < 0) {
		tree_build_free(t);
		return -1;
	}
	return 0;
}

static int parse_tree_body(struct parser *p, struct lc_tree **root)
{
	struct tree_build t = { 0 };
	if (parse_tree_nodes(p, &t))
		return -1;
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

int lc_parse_tree_nodes(const char *text, struct lc_tree ***nodes, size_t *count, struct lc_error *err)
{
	struct lc_error spare;
	struct parser p;
	struct tree_build t = { 0 };
	parser_init(&p, text, err ? err : &spare);
	*nodes = NULL;
	*count = 0;
	if (parse_tree_nodes(&p, &t))
		return -1;
	/* never NULL, like an int[]: the caller tells the empty tree by count */
	if (parse_end(&p) || (!t.nodes.p && reserve_one(&p, &t.nodes, sizeof(struct lc_tree *)))) {
		tree_build_free(&t);
		return -1;
	}
	*nodes = t.nodes.p;
	*count = t.nodes.len;
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
