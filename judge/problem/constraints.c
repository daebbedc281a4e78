/*
 * constraints.c - declared limits of a problem's inputs, checked per case.
 */
#define _GNU_SOURCE
#include "constraints.h"

#include "problem.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int parse_range(const char *v, long long *lo, long long *hi)
{
	char *end;
	errno = 0;
	*lo = strtoll(v, &end, 10);
	if (errno || end == v || strncmp(end, "..", 2))
		return -1;
	const char *h = end + 2;
	*hi = strtoll(h, &end, 10);
	if (errno || end == h || *end || *lo > *hi)
		return -1;
	return 0;
}

int prob_constraint_add(struct problem *p, const char *path, const char *key, const char *value)
{
	static const struct { const char *name; enum prob_prop prop; } props[] = {
		{ "nodes", PROP_NODES }, { "values", PROP_VALUES },
		{ "length", PROP_LENGTH }, { "unique", PROP_UNIQUE },
	};
	const char *dot = strrchr(key, '.');
	int found = -1;
	for (size_t i = 0; dot && i < sizeof props / sizeof props[0]; i++)
		if (!strcmp(dot + 1, props[i].name))
			found = (int)i;
	if (!dot || dot == key || found < 0)
		return ju_error("%s: [constraints] %s: expected <param>.nodes, .values, .length or .unique",
				path, key);
	struct prob_constraint c = { .prop = props[found].prop, .index = -1 };
	if (c.prop == PROP_UNIQUE) {
		if (strcmp(value, "true"))
			return ju_error("%s: [constraints] %s = %s: expected true", path, key, value);
	} else if (parse_range(value, &c.lo, &c.hi) < 0) {
		return ju_error("%s: [constraints] %s = %s: expected a range lo..hi", path, key, value);
	}
	c.key = ju_strdup(key);
	c.param = ju_strndup(key, (size_t)(dot - key));
	p->constraints = ju_realloc(p->constraints, sizeof c * (size_t)(p->nconstraints + 1));
	p->constraints[p->nconstraints++] = c;
	return 0;
}

int prob_constraints_resolve(struct problem *p, const char *path)
{
	for (int i = 0; i < p->nconstraints; i++) {
		struct prob_constraint *c = &p->constraints[i];
		for (int a = 0; a < p->nparams; a++)
			if (!strcmp(p->params[a].name, c->param))
				c->index = a;
		if (c->index < 0)
			return ju_error("%s: [constraints] %s: no parameter named '%s'", path, c->key, c->param);
	}
	return 0;
}

void prob_constraints_free(struct problem *p)
{
	for (int i = 0; i < p->nconstraints; i++) {
		free(p->constraints[i].key);
		free(p->constraints[i].param);
	}
	free(p->constraints);
	p->constraints = NULL;
	p->nconstraints = 0;
}

/* The measurable parts of one argument. */
struct measure {
	long long *values;
	size_t nvalues, cap;
	long long length;     /* nodes, elements, rows or bytes */
};

static void add_value(struct measure *m, long long v)
{
	if (m->nvalues == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->values = ju_realloc(m->values, m->cap * sizeof *m->values);
	}
	m->values[m->nvalues++] = v;
}

static void measure_tree(const struct lc_tree *root, struct measure *m)
{
	size_t cap = 64, top = 0;
	const struct lc_tree **st = ju_malloc(cap * sizeof *st);
	if (root)
		st[top++] = root;
	while (top) {
		const struct lc_tree *n = st[--top];
		add_value(m, n->val);
		m->length++;
		if (top + 2 > cap) {
			cap *= 2;
			st = ju_realloc(st, cap * sizeof *st);
		}
		if (n->left)
			st[top++] = n->left;
		if (n->right)
			st[top++] = n->right;
	}
	free(st);
}

static int measure_arg(enum lc_type t, const char *text, struct measure *m)
{
	struct lc_error err;
	switch (t) {
	case LC_INT: {
		int v;
		if (lc_parse_int(text, &v, &err) < 0)
			return -1;
		add_value(m, v);
		m->length = 1;
		return 0;
	}
	case LC_INT_ARRAY: {
		int *a, n;
		if (lc_parse_int_array(text, &a, &n, &err) < 0)
			return -1;
		for (int i = 0; i < n; i++)
			add_value(m, a[i]);
		m->length = n;
		free(a);
		return 0;
	}
	case LC_INT_MATRIX: {
		int **a, rows, *cols;
		if (lc_parse_int_matrix(text, &a, &rows, &cols, &err) < 0)
			return -1;
		for (int r = 0; r < rows; r++)
			for (int k = 0; k < cols[r]; k++)
				add_value(m, a[r][k]);
		m->length = rows;
		lc_int_matrix_free(a, rows, cols);
		return 0;
	}
	case LC_STRING: {
		char *s;
		size_t len;
		if (lc_parse_string(text, &s, &len, &err) < 0)
			return -1;
		m->length = (long long)len;
		free(s);
		return 0;
	}
	case LC_STRING_ARRAY: {
		char **a;
		int n;
		if (lc_parse_string_array(text, &a, &n, &err) < 0)
			return -1;
		m->length = n;
		lc_string_array_free(a, n);
		return 0;
	}
	case LC_TREE: {
		struct lc_tree *tr;
		if (lc_parse_tree(text, &tr, &err) < 0)
			return -1;
		measure_tree(tr, m);
		lc_tree_free(tr);
		return 0;
	}
	case LC_LIST: {
		struct lc_list *l;
		if (lc_parse_list(text, &l, &err) < 0)
			return -1;
		for (struct lc_list *n = l; n; n = n->next) {
			add_value(m, n->val);
			m->length++;
		}
		lc_list_free(l);
		return 0;
	}
	default:
		return -1;
	}
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

static char *violation(const struct prob_constraint *c, struct measure *m)
{
	switch (c->prop) {
	case PROP_NODES:
	case PROP_LENGTH:
		if (m->length < c->lo || m->length > c->hi)
			return ju_asprintf("%s is %lld, outside %lld..%lld", c->key, m->length, c->lo, c->hi);
		return NULL;
	case PROP_VALUES:
		for (size_t i = 0; i < m->nvalues; i++)
			if (m->values[i] < c->lo || m->values[i] > c->hi)
				return ju_asprintf("%s: %lld is outside %lld..%lld", c->key, m->values[i],
						   c->lo, c->hi);
		return NULL;
	case PROP_UNIQUE:
		qsort(m->values, m->nvalues, sizeof *m->values, cmp_ll);
		for (size_t i = 1; i < m->nvalues; i++)
			if (m->values[i] == m->values[i - 1])
				return ju_asprintf("%s: %lld appears twice", c->key, m->values[i]);
		return NULL;
	}
	return NULL;
}

int prob_case_check(const struct problem *p, const struct prob_case *cs, char **why)
{
	*why = NULL;
	for (int i = 0; i < p->nconstraints && !*why; i++) {
		const struct prob_constraint *c = &p->constraints[i];
		struct measure m = { 0 };
		if (measure_arg(p->params[c->index].type, cs->args[c->index], &m) < 0)
			*why = ju_asprintf("%s: the constraint does not apply to a %s", c->key,
					   lc_type_name(p->params[c->index].type));
		else
			*why = violation(c, &m);
		free(m.values);
	}
	return *why ? -1 : 0;
}
