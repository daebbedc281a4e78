/*
 * grade_report.h - the report of `judge grade`: the JSON report built from
 * the plan and the workers' records, the table and JUnit made from it, and
 * --merge, which rebuilds the report of a whole run from its shards'.
 *
 * The JSON report is the source of truth: the JUnit and the table are made
 * from it, and the merge works on reports only, which is why a merged
 * report equals the unsharded one.
 */
#ifndef REPORT_GRADE_REPORT_H
#define REPORT_GRADE_REPORT_H

#include <jansson.h>

#include "grade_workers.h"

/* The report of shard k of n: pl's problems and submitters, the nrec
 * records in rec (each gets one more reference).  A new reference the
 * caller decrefs. */
json_t *gr_build_report(const struct gw_plan *pl, int k, int n, json_t **rec, int nrec);
/* Writes the JSON report to json_path and JUnit to junit_path (either may
 * be NULL, or "-" for stdout) and prints the table (to stderr when stdout
 * is taken).  Returns the exit status: 0 all Accepted, 1 not, 2 on error. */
int gr_emit(const char *json_path, const char *junit_path, const json_t *report);
/* --merge: the nreports shard reports into one, then gr_emit.  Returns
 * gr_emit's status, or 2 when the reports are not the shards of one run. */
int gr_merge(char **reports, int nreports, const char *json_path, const char *junit_path);

#endif
