/*
 * custom.h - runs beyond a problem's own case list: a case the student
 * types (judge run --case, as LeetCode's "Run"), the student's saved cases,
 * one case rerun alone, the reference solution's answer and time, and the
 * solution's global or static variables (docs/diagnostics.md).
 *
 * Everything returns 0 or -1 with a message printed (ju_error), unless said
 * otherwise; what the caller gets is malloc'd and the caller frees it.
 */
#ifndef CUST_CUSTOM_H
#define CUST_CUSTOM_H

#include <stdbool.h>

#include "problem.h"
#include "runner.h"
#include "sandbox.h"
#include "workspace.h"

/* Read the arguments of one case from LeetCode's input text: one argument a
 * line, or "a = [1,2], b = 3" (names optional, in any order when given),
 * split at commas and newlines outside brackets and strings ("\n" typed as
 * two characters counts as a newline).  Each argument is checked against
 * its declared type and the problem's [constraints].  out gets canonical
 * args, name "custom case" and no expected answer yet; free it with
 * cust_case_release. */
int cust_parse_case(const struct problem *p, const char *text, struct prob_case *out);
void cust_case_release(const struct problem *p, struct prob_case *c);

/* A copy of p whose only case is c.  It borrows everything from p and c:
 * never prob_free it.  Used to run one case in its own process. */
struct problem cust_one_case(const struct problem *p, const struct prob_case *c);

/* The reference solution's answer to c (problems/<slug>/reference.c,
 * compiled and run in the sandbox like any solution): *answer malloc'd. */
int cust_reference_answer(const struct workspace *ws, const struct problem *p,
			  const struct sbx_policy *policy, const struct prob_case *c, char **answer);

/* Append c (its expected answer set) to <data_dir>/cases/<slug>.jsonl as
 * "my case N".  *saved_as gets the name, or the name of the identical case
 * saved before (then nothing is written). */
int cust_save_case(const struct workspace *ws, const struct problem *p, const struct prob_case *c,
		   char **saved_as);

/* Add the student's saved cases to p->cases (after prob_load_cases).  A
 * saved case the problem no longer accepts is skipped with a note. */
int cust_load_saved(struct problem *p, const struct workspace *ws);

/* The reference's max case CPU time on p's cases, in ms: measured once and
 * cached in the data directory, keyed by the problem's files and the
 * saved cases.  -1 when unavailable (the reference fails or cannot run). */
double cust_reference_ms(const struct workspace *ws, const struct problem *p,
			 const struct sbx_policy *policy);

/* Case index of p rerun in its own process: 1 it passes, 0 it fails too,
 * -1 the run could not be made (message printed). */
int cust_passes_alone(const struct workspace *ws, const struct problem *p, const char *binary,
		      const struct sbx_policy *policy, int index);

/* Names of the global and static variables of the solution: data objects
 * (.data, .bss) of the executable's symbol table declared by the student's
 * source (at file scope, or "static" in a function).  0 with *names (n
 * strings, possibly none); -1 when the binary cannot be read (no message:
 * this is a hint only). */
int cust_state_vars(const char *binary, const char *source_path, char ***names, int *n);

#endif
