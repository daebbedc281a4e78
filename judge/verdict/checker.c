/*
 * checker.c - the judging kinds of docs/problem-format.md: exact,
 * roundtrip, unordered, balanced-bst, pre-post.
 */
#define _GNU_SOURCE
#include "checker.h"

#include "lc_value.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* unordered: the top-level elements of a canonical list, as a multiset */

/* Split "[a,b,[c,d],\"e,f\"]" into its top-level element texts.  The text
 * is canonical (no blanks), so commas at depth 1 outside strings separate. */
static char **split_elements(const char *text, size_t len, int *n)
{
	char **out = NULL;
	int count = 0, cap = 0, depth = 0;
	bool in_str = false;
	size_t start = 1;
	*n = 0;
	if (len < 2 || text[0] != '[' || text[len - 1] != ']')
		return NULL;
	if (len == 2)
		return ju_calloc(1, sizeof(char *));
	for (size_t i = 1; i < len; i++) {
		char ch = text[i];
		if (in_str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_str = false;
			continue;
		}
		if (ch == '"')
			in_str = true;
		else if (ch == '[')
			depth++;
		else if (ch == ']' && depth > 0)
			depth--;
		else if ((ch == ',' && depth == 0) || (ch == ']' && i == len - 1)) {
			if (count == cap) {   /* geometric: answers may hold 10^4 elements */
				cap = cap ? cap * 2 : 16;
				out = ju_realloc(out, sizeof(char *) * (size_t)cap);
			}
			out[count++] = ju_strndup(text + start, i - start);
			start = i + 1;
		}
	}
	*n = count;
	return out;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_strs(char **a, int n)
{
	for (int i = 0; i < n; i++)
		free(a[i]);
	free(a);
}

static int check_unordered(const char *expected, const char *answer, size_t len, char **why)
{
	/* The same text is the same multiset (expected is canonical, so it
	 * always splits): no need to split and sort either. */
	if (strlen(expected) == len && !memcmp(expected, answer, len))
		return 1;
	int ne, na;
	char **e = split_elements(expected, strlen(expected), &ne);
	char **a = split_elements(answer, len, &na);
	int rc = 1;
	if (!e || !a) {
		rc = -1;
	} else if (ne != na) {
		*why = ju_asprintf("expected %d element%s (in any order), got %d", ne, ne == 1 ? "" : "s", na);
		rc = 0;
	} else {
		qsort(e, (size_t)ne, sizeof *e, cmp_str);
		qsort(a, (size_t)na, sizeof *a, cmp_str);
		for (int i = 0; i < ne && rc == 1; i++) {
			if (strcmp(e[i], a[i])) {
				*why = ju_asprintf("the elements differ (order does not matter): %.200s is "
						   "expected but not found", e[i]);
				rc = 0;
			}
		}
	}
	free_strs(e, ne);
	free_strs(a, na);
	return rc;
}

/* ------------------------------------------------------------------ */
/* trees: traversals without recursion (answers may be 10^4-node chains) */

struct int_vec {
	int *v;
	size_t n, cap;
};

static void vec_push(struct int_vec *a, int x)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->v = ju_realloc(a->v, a->cap * sizeof *a->v);
	}
	a->v[a->n++] = x;
}

enum order { PRE, IN, POST };

static void traverse(const struct lc_tree *root, enum order o, struct int_vec *out)
{
	size_t cap = 64, top = 0;
	/* stack of (node, state): state counts the visits so far */
	const struct lc_tree **st = ju_malloc(cap * sizeof *st);
	int *state = ju_malloc(cap * sizeof *state);
	if (root) {
		st[top] = root;
		state[top++] = 0;
	}
	while (top) {
		const struct lc_tree *n = st[top - 1];
		int s = state[top - 1]++;
		if ((s == 0 && o == PRE) || (s == 1 && o == IN) || (s == 2 && o == POST))
			vec_push(out, n->val);
		const struct lc_tree *next = s == 0 ? n->left : s == 1 ? n->right : NULL;
		if (s >= 2) {
			top--;
			continue;
		}
		if (next) {
			if (top == cap) {
				cap *= 2;
				st = ju_realloc(st, cap * sizeof *st);
				state = ju_realloc(state, cap * sizeof *state);
			}
			st[top] = next;
			state[top++] = 0;
		}
	}
	free(st);
	free(state);
}

/* The first node (by value) where the subtree heights differ by more than 1,
 * or NULL.  Heights by an explicit post-order. */
static const struct lc_tree *unbalanced_at(const struct lc_tree *root)
{
	size_t cap = 64, top = 0, nh = 0, hcap = 64;
	const struct lc_tree **st = ju_malloc(cap * sizeof *st);
	int *state = ju_malloc(cap * sizeof *state);
	int *heights = ju_malloc(hcap * sizeof *heights);   /* a stack of finished subtree heights */
	const struct lc_tree *bad = NULL;
	if (root) {
		st[top] = root;
		state[top++] = 0;
	}
	while (top && !bad) {
		const struct lc_tree *n = st[top - 1];
		int s = state[top - 1]++;
		const struct lc_tree *child = s == 0 ? n->left : s == 1 ? n->right : NULL;
		if (s < 2) {
			if (child) {
				if (top == cap) {
					cap *= 2;
					st = ju_realloc(st, cap * sizeof *st);
					state = ju_realloc(state, cap * sizeof *state);
				}
				st[top] = child;
				state[top++] = 0;
			}
			continue;
		}
		int hr = n->right ? heights[--nh] : 0;
		int hl = n->left ? heights[--nh] : 0;
		if (abs(hl - hr) > 1)
			bad = n;
		if (nh == hcap) {
			hcap *= 2;
			heights = ju_realloc(heights, hcap * sizeof *heights);
		}
		heights[nh++] = 1 + (hl > hr ? hl : hr);
		top--;
	}
	free(st);
	free(state);
	free(heights);
	return bad;
}

/* The values of an int[] or list argument. */
static int arg_values(const struct problem *p, const struct prob_case *c, int i, struct int_vec *out)
{
	struct lc_error err;
	if (p->params[i].type == LC_LIST) {
		struct lc_list *l;
		if (lc_parse_list(c->args[i], &l, &err) < 0)
			return -1;
		for (struct lc_list *n = l; n; n = n->next)
			vec_push(out, n->val);
		lc_list_free(l);
		return 0;
	}
	int *a, n;
	if (lc_parse_int_array(c->args[i], &a, &n, &err) < 0)
		return -1;
	for (int k = 0; k < n; k++)
		vec_push(out, a[k]);
	free(a);
	return 0;
}

static bool same(const struct int_vec *a, const struct int_vec *b)
{
	return a->n == b->n && (a->n == 0 || !memcmp(a->v, b->v, a->n * sizeof *a->v));
}

static int parse_answer_tree(const char *answer, size_t len, struct lc_tree **t)
{
	struct lc_error err;
	char *text = ju_strndup(answer, len);
	int rc = lc_parse_tree(text, t, &err);
	free(text);
	return rc;
}

static int check_balanced_bst(const struct problem *p, const struct prob_case *c, const char *answer,
			      size_t len, char **why)
{
	struct lc_tree *t;
	struct int_vec want = { 0 }, got = { 0 };
	if (parse_answer_tree(answer, len, &t) < 0 || arg_values(p, c, 0, &want) < 0) {
		free(want.v);
		return -1;
	}
	int rc = 1;
	traverse(t, IN, &got);
	const struct lc_tree *bad = unbalanced_at(t);
	if (!same(&want, &got)) {
		*why = ju_strdup("the tree's inorder traversal is not the input's values in order "
				 "(not a binary search tree of exactly these values)");
		rc = 0;
	} else if (bad) {
		*why = ju_asprintf("not height-balanced: at the node with value %d the two subtrees' "
				   "heights differ by more than 1", bad->val);
		rc = 0;
	}
	lc_tree_free(t);
	free(want.v);
	free(got.v);
	return rc;
}

static int check_pre_post(const struct problem *p, const struct prob_case *c, const char *answer,
			  size_t len, char **why)
{
	struct lc_tree *t;
	struct int_vec pre = { 0 }, post = { 0 }, got_pre = { 0 }, got_post = { 0 };
	int rc = -1;
	if (parse_answer_tree(answer, len, &t) < 0)
		return -1;
	if (arg_values(p, c, 0, &pre) == 0 && arg_values(p, c, 1, &post) == 0) {
		traverse(t, PRE, &got_pre);
		traverse(t, POST, &got_post);
		rc = 1;
		if (!same(&pre, &got_pre)) {
			*why = ju_strdup("the tree's preorder traversal differs from the given preorder");
			rc = 0;
		} else if (!same(&post, &got_post)) {
			*why = ju_strdup("the tree's postorder traversal differs from the given postorder");
			rc = 0;
		}
	}
	lc_tree_free(t);
	free(pre.v);
	free(post.v);
	free(got_pre.v);
	free(got_post.v);
	return rc;
}

int chk_answer(const struct problem *p, const struct prob_case *c, const char *answer,
	       size_t len, char **why)
{
	*why = NULL;
	switch (p->judge) {
	case PROB_JUDGE_EXACT:
	case PROB_JUDGE_ROUNDTRIP:
		return strlen(c->expected) == len && !memcmp(c->expected, answer, len);
	case PROB_JUDGE_UNORDERED:
		return check_unordered(c->expected, answer, len, why);
	case PROB_JUDGE_BALANCED_BST:
		return check_balanced_bst(p, c, answer, len, why);
	case PROB_JUDGE_PRE_POST:
		return check_pre_post(p, c, answer, len, why);
	}
	return -1;
}
