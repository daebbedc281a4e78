/*
 * complexity.h - judge run --complexity: the solution's growth, beside the
 * reference solution's, measured on generated inputs of growing size.
 *
 * For each shape the problem's generator offers ("chain", "balanced") and
 * each size n = 64, 128, ... up to the problem's maximum (its [constraints]
 * length or nodes bound of argument 1), the generator's size mode
 * (prob_generate_sized) makes K cases of n nodes; the solution and the
 * reference each run them in ONE sandboxed process (run_solution), and the
 * CPU time per call is the trimmed mean of the K calls (many calls per size:
 * one call of a small case is a few microseconds).  The growth is the slope
 * of log(time) over log(n), fitted by least squares over the sizes where a
 * call takes long enough to time, and named: ~1, ~n, ~n log n, ~n^2, ~n^3.
 * docs/diagnostics.md.
 */
#ifndef RUN_COMPLEXITY_H
#define RUN_COMPLEXITY_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "problem.h"
#include "sandbox.h"
#include "workspace.h"

#define CX_MAX_SIZES 16
#define CX_NSHAPES 2

/* One program on one shape. */
struct cx_series {
	int nsizes;                    /* sizes measured (a failure stops the series) */
	double us[CX_MAX_SIZES];       /* CPU per call, microseconds */
	char *stopped;                 /* why the series ended early, or NULL */
	bool fitted;
	double slope;                  /* log-log slope over the timed sizes */
	const char *growth;            /* "~n", "~n^2", ... (static) or NULL */
};

struct cx_report {
	bool available;                /* false: the problem has no size mode */
	int sizes[CX_MAX_SIZES];
	int nsizes;
	const char *shapes[CX_NSHAPES];
	struct cx_series yours[CX_NSHAPES], reference[CX_NSHAPES];
};

/* Measure binary (the student's, compiled as for judge run) and the
 * reference.  0 with *out filled (available false when the problem has no
 * size mode), -1 when it could not be measured (message printed). */
int cx_measure(const struct workspace *ws, const struct problem *p, const char *binary,
	       const struct sbx_policy *policy, struct cx_report *out);
void cx_print(FILE *f, const struct cx_report *r);
json_t *cx_json(const struct cx_report *r);
void cx_release(struct cx_report *r);

#endif
