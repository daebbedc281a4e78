/*
 * picture.c - draw expected and actual answers, the first difference marked.
 *
 * Trees are drawn as an outline, one node a line, the left child above the
 * right one ("null" holds the place of a missing child when its sibling is
 * there, so left and right are never confused).  An outline stays readable
 * for any shape: a chain of 31 nodes is 31 lines, where a top-down drawing
 * would be hundreds of columns wide.  The two outlines stand side by side
 * when they fit the width, else one above the other.
 */
#define _GNU_SOURCE   /* strcasestr */
#include "picture.h"

#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RED "\033[1;31m"
#define GREEN "\033[1;32m"
#define DIM "\033[2m"
#define OFF "\033[0m"

struct glyphs {
	const char *tee, *elbow, *pipe, *blank;   /* the outline's connectors */
	const char *mark, *arrow, *caret, *more;
};

static const struct glyphs unicode_glyphs = {
	"\u251c\u2500 ", "\u2514\u2500 ", "\u2502  ", "   ",
	" \u25c0", " \u2192 ", "\u25b2", "\u2026",
};
static const struct glyphs ascii_glyphs = {
	"|- ", "`- ", "|  ", "   ", " <--", " -> ", "^", "...",
};

bool pic_use_unicode(void)
{
	const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *loc = NULL;
	for (size_t i = 0; i < 3 && !loc; i++) {
		const char *v = getenv(names[i]);
		if (v && *v)
			loc = v;
	}
	const char *term = getenv("TERM");
	if (!loc || (term && !strcmp(term, "dumb")))
		return false;
	return strcasestr(loc, "utf-8") || strcasestr(loc, "utf8");
}

bool pic_supports(enum lc_type t)
{
	return t == LC_TREE || t == LC_LIST || t == LC_INT_ARRAY;
}

/* ------------------------------------------------------------------ */
/* lines of text and their width on screen                             */

struct lines {
	char **v;
	int n;
};

static void lines_add(struct lines *l, char *s)
{
	l->v = ju_realloc(l->v, sizeof *l->v * (size_t)(l->n + 1));
	l->v[l->n++] = s;
}

static void lines_free(struct lines *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* Columns: UTF-8 continuation bytes and colour escapes take none. */
static int vis_width(const char *s)
{
	int w = 0;
	while (*s) {
		if (*s == '\033') {
			while (*s && *s != 'm')
				s++;
			if (*s)
				s++;
			continue;
		}
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
		s++;
	}
	return w;
}

static int max_width(const struct lines *l, const char *label)
{
	int w = vis_width(label);
	for (int i = 0; i < l->n; i++)
		if (vis_width(l->v[i]) > w)
			w = vis_width(l->v[i]);
	return w;
}

/* The two columns beside each other when they fit, else one above the other. */
static void put_columns(struct ju_buf *b, const char *la, const struct lines *a, const char *lb,
			const struct lines *bl, int width)
{
	int wa = max_width(a, la), wb = max_width(bl, lb);
	if (2 + wa + 4 + wb > width) {
		ju_buf_addf(b, "  %s\n", la);
		for (int i = 0; i < a->n; i++)
			ju_buf_addf(b, "    %s\n", a->v[i]);
		ju_buf_addf(b, "  %s\n", lb);
		for (int i = 0; i < bl->n; i++)
			ju_buf_addf(b, "    %s\n", bl->v[i]);
		return;
	}
	ju_buf_addf(b, "  %-*s    %s\n", wa, la, lb);
	for (int i = 0; i < a->n || i < bl->n; i++) {
		const char *s = i < a->n ? a->v[i] : "";
		/* printf pads by bytes; box-drawing and escapes are wider in bytes */
		int pad = wa - vis_width(s) + 4;
		ju_buf_addf(b, "  %s%*s%s\n", s, i < bl->n ? pad : 0, "", i < bl->n ? bl->v[i] : "");
	}
}

/* ------------------------------------------------------------------ */
/* trees                                                               */

/* The first position, in level order, where the trees differ. */
struct tree_diff {
	bool found;
	char path[64];          /* 'L'/'R' steps from the root, cut at 63 */
	bool deep;              /* the path was longer than path[] holds */
	bool has_e, has_a;
	int e, a;
};

struct pair {
	const struct lc_tree *e, *a;
	int parent;
	char dir;
};

static void diff_path(const struct pair *q, int at, struct tree_diff *d)
{
	int depth = 0;
	for (int i = at; q[i].parent >= 0; i = q[i].parent)
		depth++;
	d->deep = depth >= (int)sizeof d->path;
	int len = d->deep ? (int)sizeof d->path - 1 : depth;
	d->path[len] = '\0';
	for (int i = at, k = depth; q[i].parent >= 0; i = q[i].parent) {
		k--;
		if (k < len)
			d->path[k] = q[i].dir;
	}
}

static void tree_first_diff(const struct lc_tree *e, const struct lc_tree *a, struct tree_diff *d)
{
	size_t cap = lc_tree_size(e) + lc_tree_size(a) + 1, n = 0;
	struct pair *q = ju_malloc(sizeof *q * cap);
	memset(d, 0, sizeof *d);
	q[n++] = (struct pair){ e, a, -1, 0 };
	for (size_t i = 0; i < n && !d->found; i++) {
		const struct lc_tree *x = q[i].e, *y = q[i].a;
		if (!x && !y)
			continue;
		if (!x || !y || x->val != y->val) {
			d->found = true;
			d->has_e = x != NULL;
			d->has_a = y != NULL;
			d->e = x ? x->val : 0;
			d->a = y ? y->val : 0;
			diff_path(q, (int)i, d);
			break;
		}
		/* both present and equal: each pair of children is one slot */
		if (n + 2 > cap)
			q = ju_realloc(q, sizeof *q * (cap *= 2));
		q[n++] = (struct pair){ x->left, y->left, (int)i, 'L' };
		q[n++] = (struct pair){ x->right, y->right, (int)i, 'R' };
	}
	free(q);
}

/* The deepest level (0 = root) such that the levels down to it hold at
 * most PIC_MAX_NODES nodes and are at most PIC_MAX_LEVELS; -1 when the
 * whole tree fits. */
static int cut_depth(const struct lc_tree *root, size_t total)
{
	size_t height = lc_tree_height(root);
	if (total <= PIC_MAX_NODES && height <= PIC_MAX_LEVELS)
		return -1;
	const struct lc_tree *level[PIC_MAX_NODES * 2 + 2], *next[PIC_MAX_NODES * 2 + 2];
	int n = 1, depth = 0;
	size_t drawn = 1;
	level[0] = root;
	for (;;) {
		int m = 0;
		for (int i = 0; i < n; i++) {
			if (level[i]->left)
				next[m++] = level[i]->left;
			if (level[i]->right)
				next[m++] = level[i]->right;
		}
		if (m == 0 || drawn + (size_t)m > PIC_MAX_NODES || depth + 1 >= PIC_MAX_LEVELS)
			return depth;
		drawn += (size_t)m;
		memcpy(level, next, sizeof *next * (size_t)m);
		n = m;
		depth++;
	}
}

struct drawer {
	struct lines out;
	const struct glyphs *g;
	const struct pic_style *st;
	const char *mark;        /* the path to mark, or NULL */
	const char *mark_color;
	int cut;                 /* deepest level drawn; -1 all */
	char path[64];
};

/* One node's line; hidden > 0 says how many nodes below it are not drawn. */
static void draw_label(struct drawer *d, const char *prefix, const char *conn,
		       const struct lc_tree *n, bool marked, size_t hidden)
{
	bool c = d->st->color;
	char *value = n ? ju_asprintf("%d", n->val) : ju_strdup("null");
	char *more = hidden ? ju_asprintf(" (+%zu below)", hidden) : ju_strdup("");
	const char *on = !c ? "" : marked ? d->mark_color : n ? "" : DIM;
	lines_add(&d->out, ju_asprintf("%s%s%s%s%s%s%s", prefix, conn, on, value,
				       marked ? d->g->mark : "", *on ? OFF : "", more));
	free(value);
	free(more);
}

static void draw_slot(struct drawer *d, const struct lc_tree *n, int depth, const char *prefix,
		      const char *conn, const char *child_prefix)
{
	bool marked = d->mark && !strcmp(d->mark, d->path);
	bool cut_here = n && d->cut >= 0 && depth >= d->cut && (n->left || n->right);
	draw_label(d, prefix, conn, n, marked, cut_here ? lc_tree_size(n) - 1 : 0);
	if (!n || cut_here || depth >= (int)sizeof d->path - 2)
		return;
	/* a child line is shown when there is a child, or a marked empty slot */
	size_t len = strlen(d->path);
	bool mark_below = d->mark && strlen(d->mark) == len + 1 && !strncmp(d->mark, d->path, len);
	if (!n->left && !n->right && !mark_below)
		return;
	char *pa = ju_asprintf("%s%s", child_prefix, d->g->pipe);
	char *pb = ju_asprintf("%s%s", child_prefix, d->g->blank);
	d->path[len] = 'L';
	d->path[len + 1] = '\0';
	draw_slot(d, n->left, depth + 1, child_prefix, d->g->tee, pa);
	d->path[len] = 'R';
	draw_slot(d, n->right, depth + 1, child_prefix, d->g->elbow, pb);
	d->path[len] = '\0';
	free(pa);
	free(pb);
}

static void draw_tree(struct drawer *d, const struct lc_tree *root)
{
	size_t total = lc_tree_size(root);
	d->cut = cut_depth(root, total);
	d->path[0] = '\0';
	draw_slot(d, root, 0, "", "", "");
	if (d->cut >= 0)
		lines_add(&d->out, ju_asprintf("(%zu nodes in %zu levels; %d drawn)", total,
					       lc_tree_height(root), d->cut + 1));
}

static void put_path(struct ju_buf *b, const struct tree_diff *df)
{
	ju_buf_adds(b, "root");
	for (const char *s = df->path; *s; s++)
		ju_buf_adds(b, *s == 'L' ? ".left" : ".right");
	if (df->deep)
		ju_buf_adds(b, "...");
}

static void put_value(struct ju_buf *b, bool has, int v)
{
	if (has)
		ju_buf_addf(b, "%d", v);
	else
		ju_buf_adds(b, "null (no node)");
}

static char *tree_picture(const char *expected, const char *actual, const struct pic_style *st,
			  const struct glyphs *g, const char *le, const char *la)
{
	struct lc_tree *e = NULL, *a = NULL;
	struct lc_error err;
	if (lc_parse_tree(expected, &e, &err) < 0 || lc_parse_tree(actual, &a, &err) < 0) {
		lc_tree_free(e);
		return NULL;
	}
	struct tree_diff df = { 0 };
	if (st->mark)
		tree_first_diff(e, a, &df);
	const char *mark = df.found && !df.deep ? df.path : NULL;
	struct drawer de = { .g = g, .st = st, .mark = mark, .mark_color = GREEN };
	struct drawer da = { .g = g, .st = st, .mark = mark, .mark_color = RED };
	draw_tree(&de, e);
	draw_tree(&da, a);
	struct ju_buf b = JU_BUF_INIT;
	put_columns(&b, le, &de.out, la, &da.out, st->width > 0 ? st->width : 80);
	if (df.found) {
		ju_buf_adds(&b, "  first difference (level order): ");
		put_path(&b, &df);
		ju_buf_adds(&b, ": expected ");
		put_value(&b, df.has_e, df.e);
		ju_buf_adds(&b, ", actual ");
		put_value(&b, df.has_a, df.a);
		ju_buf_adds(&b, "\n");
	}
	lines_free(&de.out);
	lines_free(&da.out);
	lc_tree_free(e);
	lc_tree_free(a);
	return ju_buf_detach(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* linked lists and arrays: two aligned rows and a caret               */

struct seq {
	int *v;
	int n;
};

static int first_seq_diff(const struct seq *e, const struct seq *a)
{
	for (int i = 0; i < e->n || i < a->n; i++)
		if (i >= e->n || i >= a->n || e->v[i] != a->v[i])
			return i;
	return -1;
}

/* Cell i of a row: the value padded to the column's width. */
static int cell_width(const struct seq *e, const struct seq *a, int i)
{
	char x[16] = "", y[16] = "";
	if (i < e->n)
		snprintf(x, sizeof x, "%d", e->v[i]);
	if (i < a->n)
		snprintf(y, sizeof y, "%d", a->v[i]);
	return strlen(x) > strlen(y) ? (int)strlen(x) : (int)strlen(y);
}

struct window {
	int from, to;       /* elements [from, to) are shown */
	int diff;           /* -1 none */
	bool list;
};

/* One row; *caret_col gets the column of the marked cell (-1 none). */
static void put_row(struct ju_buf *b, const struct seq *s, const struct seq *other,
		    const struct window *w, const struct pic_style *st, const struct glyphs *g,
		    const char *color, int *caret_col)
{
	size_t start = b->len;
	const char *sep = w->list ? g->arrow : ", ";
	*caret_col = -1;
	if (!w->list)
		ju_buf_adds(b, "[");
	if (w->from > 0)
		ju_buf_addf(b, "%s%s", g->more, sep);
	for (int i = w->from; i < w->to; i++) {
		int cw = cell_width(s, other, i);
		bool marked = i == w->diff;
		if (i >= s->n) {
			if (marked)
				*caret_col = vis_width(b->data + start);
			break;
		}
		if (i > w->from)
			ju_buf_adds(b, sep);
		if (marked)
			*caret_col = vis_width(b->data + start);
		bool paint = marked && st->color;
		ju_buf_addf(b, "%s%-*d%s", paint ? color : "", cw, s->v[i], paint ? OFF : "");
	}
	if (s->n > w->to)
		ju_buf_addf(b, "%s%s (%d more)", sep, g->more, s->n - w->to);
	if (!w->list)
		ju_buf_adds(b, "]");
	else if (s->n == 0)
		ju_buf_adds(b, "(empty list)");
}

static struct window seq_window(const struct seq *e, const struct seq *a, int diff, bool list)
{
	int n = e->n > a->n ? e->n : a->n;
	struct window w = { 0, n, diff, list };
	if (n <= PIC_MAX_NODES)
		return w;
	/* keep the difference in view, with a few equal elements before it */
	w.from = diff > 5 ? diff - 5 : 0;
	w.to = w.from + PIC_MAX_NODES < n ? w.from + PIC_MAX_NODES : n;
	return w;
}

static void put_seq_rows(struct ju_buf *b, const struct seq *e, const struct seq *a, bool list,
			 const struct pic_style *st, const struct glyphs *g, const char *le,
			 const char *la)
{
	int diff = st->mark ? first_seq_diff(e, a) : -1;
	struct window w = seq_window(e, a, diff, list);
	int lw = vis_width(le) > vis_width(la) ? vis_width(le) : vis_width(la);
	int ce, ca;
	ju_buf_addf(b, "  %-*s  ", lw, le);
	put_row(b, e, a, &w, st, g, GREEN, &ce);
	ju_buf_addf(b, "\n  %-*s  ", lw, la);
	put_row(b, a, e, &w, st, g, RED, &ca);
	ju_buf_adds(b, "\n");
	if (diff < 0)
		return;
	int col = diff < e->n ? ce : ca;   /* under the row that has the element */
	ju_buf_addf(b, "  %*s%s first difference: %s %d: expected ", lw + 2 + col, "", g->caret,
		    list ? "node" : "index", diff);
	if (diff < e->n)
		ju_buf_addf(b, "%d", e->v[diff]);
	else
		ju_buf_addf(b, "nothing (%s ends)", list ? "the list" : "the array");
	ju_buf_adds(b, ", actual ");
	if (diff < a->n)
		ju_buf_addf(b, "%d", a->v[diff]);
	else
		ju_buf_addf(b, "nothing (%s ends)", list ? "the list" : "the array");
	ju_buf_adds(b, "\n");
}

static char *seq_picture(const char *expected, const char *actual, bool list,
			 const struct pic_style *st, const struct glyphs *g, const char *le,
			 const char *la)
{
	/* a list's text is an int[]'s text */
	struct seq e = { 0 }, a = { 0 };
	struct lc_error err;
	if (lc_parse_int_array(expected, &e.v, &e.n, &err) < 0 ||
	    lc_parse_int_array(actual, &a.v, &a.n, &err) < 0) {
		free(e.v);
		return NULL;
	}
	struct ju_buf b = JU_BUF_INIT;
	put_seq_rows(&b, &e, &a, list, st, g, le, la);
	free(e.v);
	free(a.v);
	return ju_buf_detach(&b, NULL);
}

char *pic_answers(enum lc_type t, const char *expected, const char *actual,
		  const struct pic_style *st)
{
	if (!pic_supports(t) || !expected || !actual)
		return NULL;
	const struct glyphs *g = st->unicode ? &unicode_glyphs : &ascii_glyphs;
	const char *le = st->expected_label ? st->expected_label : "expected";
	const char *la = st->actual_label ? st->actual_label : "actual";
	if (t == LC_TREE)
		return tree_picture(expected, actual, st, g, le, la);
	return seq_picture(expected, actual, t == LC_LIST, st, g, le, la);
}
