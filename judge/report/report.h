/*
 * report.h - what a run looks like to a person and to a program.
 *
 * Human text (colour only on a terminal without NO_COLOR) and one JSON
 * object (jansson: every string escaped, whatever the solution printed).
 */
#ifndef REP_REPORT_H
#define REP_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "compile.h"
#include "problem.h"
#include "runner.h"

/* What judge run found out beyond the verdict (issue 8, docs/diagnostics.md). */
struct rep_diag {
	bool custom;               /* judge run --case: expected is the reference's answer */
	const char *saved_as;      /* --save: the name the case is kept under, or NULL */
	double reference_ms;       /* the reference's max case time; < 0 unknown */
	int passes_alone;          /* the failed case rerun alone: 1 passes, 0 fails too, -1 not tried */
	char **state_vars;         /* the solution's global and static variables */
	int nstate_vars;
};

struct rep_run {
	const struct problem *problem;
	const char *solution;              /* as shown to the user */
	const struct cmp_result *compile;  /* always set */
	const struct run_report *run;      /* NULL after a compile error */
	const struct rep_diag *diag;       /* NULL: none */
};

/* Colour when f is a terminal and NO_COLOR is unset. */
bool rep_use_color(FILE *f);
void rep_print_human(FILE *f, const struct rep_run *r, bool color);
/* A malloc'd JSON object (one line), or NULL if out of memory. */
char *rep_json(const struct rep_run *r);
/* The run's verdict, CE included. */
enum verdict rep_verdict(const struct rep_run *r);

/* Memory hygiene over the cases that answered (docs/diagnostics.md):
 * information, never a verdict. */
struct rep_hygiene {
	int measured;              /* cases with a hygiene record */
	int counted;               /* of them, with allocations counted (not --sanitize) */
	double avg_blocks;         /* allocated and not freed by the end of a call, on average */
	double avg_bytes;
	uint32_t modified;         /* arguments changed in some case (bit per argument) */
	int modified_cases;
};
void rep_hygiene_summary(const struct run_report *run, struct rep_hygiene *h);
/* "72 KB", "1.5 MB", "48 bytes": malloc'd. */
char *rep_bytes_text(double bytes);
/* "argument 'inorder'", "arguments 'a' and 'b'": malloc'd, NULL for none. */
char *rep_args_text(const struct problem *p, uint32_t mask);

#endif
