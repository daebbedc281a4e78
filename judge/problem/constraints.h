/*
 * constraints.h - the [constraints] of problem.ini, and checking a case
 * against them (docs/problem-format.md).  Every case is checked when a
 * problem is loaded, so a generator or a hand-written case that leaves the
 * problem's stated limits is caught before any student sees it.
 */
#ifndef PROB_CONSTRAINTS_H
#define PROB_CONSTRAINTS_H

struct problem;
struct prob_case;

enum prob_prop { PROP_NODES, PROP_VALUES, PROP_LENGTH, PROP_UNIQUE };

struct prob_constraint {
	char *key;            /* "root.values", for messages */
	char *param;          /* resolved to an index once params are known */
	int index;
	enum prob_prop prop;
	long long lo, hi;
};

/* Parse one "param.prop = value" entry; 0 or -1 with a message naming path. */
int prob_constraint_add(struct problem *p, const char *path, const char *key, const char *value);
/* Resolve parameter names (after [problem] is read); -1 names an unknown one. */
int prob_constraints_resolve(struct problem *p, const char *path);
/* 0 when the case keeps every constraint; else -1 with *why malloc'd. */
int prob_case_check(const struct problem *p, const struct prob_case *c, char **why);
void prob_constraints_free(struct problem *p);

#endif
