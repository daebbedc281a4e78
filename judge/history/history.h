/*
 * history.h - the practice history: every judged attempt, the events that
 * shape a solve ('judge new', 'judge redo start'), and the redo flags with
 * their Leitner box, in one SQLite file <data_dir>/history.db.
 *
 * All SQL lives in history.c and history_db.c.  The database is shared by concurrent judges:
 * WAL mode, a 5 s busy timeout, and BEGIN IMMEDIATE around every write, so
 * two runs never lose each other's records and a killed judge loses only
 * what it had not committed.  A file that is not ours (another program's
 * SQLite file, a damaged file, a newer schema) is reported in one line and
 * never written to.
 *
 * Time: JUDGE_NOW (epoch seconds, or an ISO date-time in local time, or
 * with a trailing Z in UTC) overrides the clock everywhere here; it is a
 * testing aid.  Dates are the student's local dates.
 */
#ifndef HIST_HISTORY_H
#define HIST_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "report.h"
#include "schedule.h"
#include "workspace.h"

#define HIST_DB_NAME "history.db"
#define HIST_SCHEMA_VERSION 3
#define HIST_APPLICATION_ID 0x4A444748   /* "JDGH" in the SQLite header */

struct hist;   /* an open history database */

/* Open <data_dir>/history.db (hist_open) or a given file (hist_open_path).
 * create: make the file (and data_dir) when missing, and bring an older
 * schema up to date; without it a missing file gives *out = NULL and 0.
 * -1 with a one-line error when the file cannot be used; the file is then
 * left exactly as it was. */
int hist_open(const char *data_dir, bool create, struct hist **out);
int hist_open_path(const char *path, bool create, struct hist **out);
void hist_close(struct hist *h);

/* The current time (seconds since the epoch): JUDGE_NOW or the clock.
 * -1 with an error when JUDGE_NOW cannot be read. */
int hist_now(int64_t *out);
/* The local day (schedule.h numbering) of a moment. */
int64_t hist_local_day(int64_t t);

/* The automatic flag rules: defaults, then <data_dir>/history.ini
 * ([flags] failed_attempts, slow_minutes, hard_verdicts), then the
 * environment (JUDGE_FLAG_FAILED, JUDGE_FLAG_SLOW_MINUTES, JUDGE_FLAG_HARD). */
struct sched_rules hist_rules(const char *data_dir);

struct hist_attempt_in {
	const char *slug;
	const char *source;       /* the solution's text (NULL: none, e.g. unreadable) */
	size_t source_len;
	const char *verdict;      /* "AC", "WA", ... (verdict_code) */
	int passed, total;
	int failed_index;         /* -1 when none failed */
	double time_ms;             /* the slowest case's CPU time */
	int64_t memory_kb;
};

/* Record one attempt at `now` and apply the flag rules in the same
 * transaction.  *note (malloc'd, or NULL when nothing changed) tells the
 * student what happened to the flag and why.  0 or -1 (error printed). */
int hist_record(struct hist *h, const struct hist_attempt_in *a, const struct sched_rules *r,
		int64_t now, char **note);

/* Events: "new" (judge new: a solve starts), "redo" (judge redo start: the
 * next counted attempt decides the box).  source, when given, is kept so
 * an edited but never judged solution is not lost when a template
 * replaces it.  0 or -1. */
int hist_record_event(struct hist *h, const char *slug, const char *kind, const char *source,
		      size_t source_len, int64_t now);

/* Flag by hand (box 1, due tomorrow; an existing flag keeps its box and
 * only takes the note).  *was says whether it was flagged before. */
int hist_flag(struct hist *h, const char *slug, const char *note, int64_t now, bool *was);
int hist_unflag(struct hist *h, const char *slug, int64_t now, bool *was);

struct hist_status {
	int attempts;             /* recorded runs */
	int accepted;             /* of them Accepted */
	char last_verdict[8];     /* "" when never run */
	int64_t last_at;
	bool flagged;
	bool auto_flag;           /* raised by the rules, not by hand */
	int box;
	char due[SCHED_DATE_MAX]; /* "" when not flagged */
	bool redo_open;           /* 'redo start' waiting for its deciding attempt */
};
/* A problem's status; zeros when it has no history.  0 or -1. */
int hist_problem_status(struct hist *h, const char *slug, struct hist_status *out);
/* "solved", "attempted", or "" (no attempts); plus ", redo box 2 due 2026-12-03". */
void hist_status_label(const struct hist_status *s, char *buf, size_t n);

struct hist_flag_row {
	char *slug, *reason, *note;   /* note may be "" */
	bool auto_flag;
	int box;
	int64_t due;                  /* day */
	int64_t flagged_at;
	char last_verdict[8];
	int attempts;
	bool redo_open;
};
/* Every flag, most urgent first (due day, then lower box, then slug). */
int hist_flags(struct hist *h, struct hist_flag_row **out, int *n);
void hist_flag_rows_free(struct hist_flag_row *rows, int n);

struct hist_attempt {
	int64_t id, at;
	char day[SCHED_DATE_MAX];
	char *slug;
	char hash[17];
	char verdict[8];
	int passed, total, failed_index;
	double time_ms;             /* the slowest case's CPU time */
	int64_t memory_kb;
};
/* Attempts newest first (slug NULL: all problems; limit <= 0: all). */
int hist_attempts(struct hist *h, const char *slug, int limit, struct hist_attempt **out, int *n);
void hist_attempts_free(struct hist_attempt *a, int n);
/* The source judged in attempt id; malloc'd, NULL with an error when unknown. */
char *hist_attempt_source(struct hist *h, int64_t id);
/* Attempts per local day for days [from, from+ndays); counts[] gets ndays entries. */
int hist_counts_per_day(struct hist *h, int64_t from, int ndays, int *counts);
/* Distinct local days with an attempt, newest first (malloc'd). */
int hist_days(struct hist *h, int64_t **days, int *n);

/* The CLI's glue: open the workspace's history, record, close.  These are
 * what cmd_run and cmd_new call.  0 recorded; 1 not recorded for a passing
 * reason (warning printed, the command's status stands); -1 the database
 * is damaged or foreign (error printed: exit 2). */
int hist_record_run(const struct workspace *ws, const struct rep_run *rep, const char *source_path);
int hist_record_new(const struct workspace *ws, const char *slug);
/* Open the workspace's history for reading; *out NULL when there is none
 * yet.  -1 (error printed) when it cannot be used. */
int hist_open_ws(const struct workspace *ws, struct hist **out);

#endif
