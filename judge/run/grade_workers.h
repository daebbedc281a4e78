/*
 * grade_workers.h - the work of `judge grade`: which submissions there are
 * (discovery of submitters and their files) and judging them in parallel,
 * each in a worker process that runs this very program as
 * `judge run <slug> --file F --json`.
 *
 * The data flow: gw_select_problems and gw_discover fill a struct gw_plan,
 * gw_run_units turns its units into JSON records, and grade_report.h makes
 * the report from the plan and the records.
 *
 * Only the judge executable links this (a worker is /proc/self/exe), which
 * is why it is not in judgecore.  Memory: the caller owns the plan and
 * releases it with gw_plan_release; strings returned here are malloc'd and
 * the caller frees them.
 */
#ifndef RUN_GRADE_WORKERS_H
#define RUN_GRADE_WORKERS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "problem.h"
#include "workspace.h"

/* --jobs at most: the poll set of gw_run_units is sized for this many */
#define GRADE_MAX_JOBS 256

/* one submission: a submitter's solution to a problem */
struct gw_unit {
	char *submitter;     /* folder name as it is */
	char *shown;         /* the same, safe to print */
	const struct problem *p;
	char *file;          /* passed to the worker */
	int index;           /* position in the unsharded report */
};

struct gw_unknown {
	char *submitter;     /* safe text; NULL beside the submitters */
	char *file;          /* safe text */
	const char *reason;
};

struct gw_plan {
	char *path;
	struct problem **all;
	int nall;
	struct problem **sel;    /* selected, by number */
	int nsel;
	bool explicit_sel;
	char **submitters;       /* raw, sorted */
	int nsubmitters;
	struct gw_unit *units;
	int nunits;
	struct gw_unknown *unknown;
	int nunknown;
};

/* jansson wants valid UTF-8; names, paths and the judge's stderr come from
 * the submitters.  Shared by discovery, the workers and the report, so they
 * live in the lowest layer.  Never NULL; the caller frees (decrefs). */
char *gw_safe_bytes(const char *s, size_t len, size_t max);
char *gw_safe_text(const char *s);
json_t *gw_safe_json(const char *s);
/* o[key] as a string, "" when it is not one; owned by o. */
const char *gw_jstr(const json_t *o, const char *key);

/* --problems LIST (NULL: all of pl->all) into pl->sel, by number.  -1 on
 * an unknown or empty selection (already reported). */
int gw_select_problems(struct gw_plan *pl, const struct workspace *ws, const char *list);
/* pl->path's submitters, units (sorted, indexed) and unknown files; needs
 * pl->all and pl->sel.  -1 when a folder cannot be read. */
int gw_discover(struct gw_plan *pl);
/* Frees everything the plan owns (not the plan itself). */
void gw_plan_release(struct gw_plan *pl);

/* Does this judge's `run` know --no-record yet? */
bool gw_run_has_no_record(void);
/* Judge the n units, jobs (<= GRADE_MAX_JOBS) at a time; rec[i] gets unit
 * i's record, a new reference the caller decrefs.  The caller should be a
 * child subreaper (PR_SET_CHILD_SUBREAPER) so leftovers of killed workers
 * come back to be killed.  -1 only when interrupted (after re-raising the
 * signal) or when a worker cannot be started. */
int gw_run_units(struct gw_unit **units, int n, int jobs, bool no_record, json_t **rec);

#endif
