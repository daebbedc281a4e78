/*
 * problem.h - a problem folder loaded into memory: metadata, signature,
 * parameter types, limits and test cases (hand-written and generated).
 * See docs/problem-format.md for the files.
 *
 * Every loader returns 0/-1 (or NULL) and prints a one-line error naming the
 * file and position on bad input; the caller owns what it gets and frees it
 * with prob_free.
 */
#ifndef PROB_PROBLEM_H
#define PROB_PROBLEM_H

#include <stdbool.h>

#include "constraints.h"
#include "lc_value.h"
#include "workspace.h"

struct prob_param {
	char *name;
	enum lc_type type;
};

struct prob_case {
	char *name;
	char **args;        /* nparams canonical texts */
	char *expected;     /* canonical text */
	char *origin;       /* "cases.jsonl:12" or "gen.c case 3": where to fix it */
	bool mapped;        /* the texts lie in the problem's case_map: not freed one by one */
};

enum prob_judge_kind {
	PROB_JUDGE_EXACT,         /* canonical answer text equals expected */
	PROB_JUDGE_ROUNDTRIP,     /* answer equals argument 0 (codecs: 297, 449) */
	PROB_JUDGE_UNORDERED,     /* same elements as expected, any order (113, 652) */
	PROB_JUDGE_BALANCED_BST,  /* a height-balanced BST of argument 0's values (108, 109) */
	PROB_JUDGE_PRE_POST,      /* a tree with preorder arg 0 and postorder arg 1 (889) */
};

struct problem {
	char *slug;
	char *dir;
	int id;
	char *title;
	char *difficulty;
	char *tags;              /* comma separated */
	char *signature;         /* as LeetCode's template has it; ';' between functions */
	char **functions;        /* names of the functions the solution must define */
	int nfunctions;
	struct prob_param *params;
	int nparams;
	enum lc_type returns;
	enum prob_judge_kind judge;
	bool mutates_input;      /* the solution may change its arguments (226 inverts in place) */
	unsigned time_limit_ms;  /* per case, CPU */
	unsigned memory_limit_mb;
	struct prob_constraint *constraints;
	int nconstraints;
	struct prob_case *cases; /* filled by prob_load_cases */
	int ncases;
	void *case_map;          /* the cached case set that mapped cases point into */
	size_t case_map_len;
	/* the cached case set's input file for a run (runner.c writes it once,
	 * then passes it as is), valid while cases == run_cases and ncases ==
	 * run_ncases: a copy of the problem with other cases never uses it */
	char *run_input;
	const struct prob_case *run_cases;
	int run_ncases;
};

/* Load problems/<slug>/problem.ini (not the cases).  NULL on error. */
struct problem *prob_load(const char *dir, const char *slug);
void prob_free(struct problem *p);

/* Every problem of the workspace, sorted by LeetCode number.  A problem
 * folder with a broken problem.ini is an error (-1). */
int prob_load_all(const struct workspace *ws, struct problem ***out, int *n);
void prob_free_all(struct problem **ps, int n);

/* Find a problem by LeetCode number ("105"), slug, or unique slug prefix.
 * NULL with a message listing the candidates when ambiguous or unknown. */
struct problem *prob_resolve(const struct workspace *ws, const char *query);

/* Load and validate cases.jsonl plus the generator's cases (compiled and run
 * once, output cached in the data directory).  Every argument and expected
 * answer is parsed with its declared type and stored canonically. */
int prob_load_cases(struct problem *p, const struct workspace *ws);

/* Compile gen.c and run it twice: 0 with *why NULL when it is deterministic
 * (or absent), 0 with *why malloc'd when it is not, -1 when it fails. */
int prob_check_generator(const struct problem *p, const struct workspace *ws, char **why);

/* Generated cases of one size, for judge run --complexity: gen.c run with
 * "--size N --shape SHAPE --count K" (a generator that has a size mode says
 * "--size" in its source), each case validated like the problem's own
 * (types, [constraints]).  0 with *cases (free with prob_cases_free), 1 when
 * the problem has no size mode, -1 on error (message printed). */
int prob_generate_sized(const struct problem *p, const struct workspace *ws, int size, const char *shape,
			int count, struct prob_case **cases, int *ncases);
void prob_cases_free(const struct problem *p, struct prob_case *cases, int n);

/* The text LeetCode shows for a case's input: "root = [1,2], targetSum = 3". */
char *prob_case_input_text(const struct problem *p, const struct prob_case *c, size_t max_value_len);

#endif
