/*
 * report.h - what a run looks like to a person and to a program.
 *
 * Human text (colour only on a terminal without NO_COLOR) and one JSON
 * object (jansson: every string escaped, whatever the solution printed).
 */
#ifndef REP_REPORT_H
#define REP_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "compile.h"
#include "problem.h"
#include "runner.h"

struct rep_run {
	const struct problem *problem;
	const char *solution;              /* as shown to the user */
	const struct cmp_result *compile;  /* always set */
	const struct run_report *run;      /* NULL after a compile error */
};

/* Colour when f is a terminal and NO_COLOR is unset. */
bool rep_use_color(FILE *f);
void rep_print_human(FILE *f, const struct rep_run *r, bool color);
/* A malloc'd JSON object (one line), or NULL if out of memory. */
char *rep_json(const struct rep_run *r);
/* The run's verdict, CE included. */
enum verdict rep_verdict(const struct rep_run *r);

#endif
