/*
 * schedule.h - the calendar arithmetic and the rules of the redo schedule,
 * as pure functions (no clock, no database) so every rule is unit tested.
 *
 * Days are numbered from 1970-01-01 (day 0) in the proleptic Gregorian
 * calendar; the caller turns a moment into its LOCAL day first (history.c),
 * so "tomorrow" is the student's tomorrow, not UTC's.
 *
 * Leitner boxes: a flagged problem starts in box 1, due the next day.  The
 * first counted attempt of a redo decides: Accepted moves it one box up
 * (due again after 1, 3, 7, 14, 30 days), anything else sends it back to
 * box 1; Accepted in the last box clears the flag.
 */
#ifndef HIST_SCHEDULE_H
#define HIST_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SCHED_BOXES 5
#define SCHED_DATE_MAX 16   /* "YYYY-MM-DD" + NUL, with room for odd years */

/* Days until due after entering box (1..SCHED_BOXES); 0 for any other box. */
int sched_box_interval(int box);

int64_t sched_days_from_civil(int y, int m, int d);
void sched_civil_from_days(int64_t day, int *y, int *m, int *d);
/* "YYYY-MM-DD", checked (2026-02-29 is refused); 0 or -1. */
int sched_parse_date(const char *s, int64_t *day);
void sched_format_date(int64_t day, char out[SCHED_DATE_MAX]);
/* 1 Monday .. 7 Sunday (ISO 8601). */
int sched_weekday(int64_t day);

/* ISO 8601 week: weeks start on Monday; week 1 holds the year's first
 * Thursday, so 2026-12-31 is 2026-W53 and 2027-01-01 is 2026-W53 too. */
void sched_iso_week(int64_t day, int *iso_year, int *week);
int sched_iso_weeks_in_year(int iso_year);   /* 52 or 53 */
int64_t sched_iso_week_monday(int iso_year, int week);
/* "2026-W48" (also "2026W48", lower-case w); -1 when malformed or when the
 * year has no such week. */
int sched_parse_week(const char *s, int *iso_year, int *week);
void sched_format_week(int iso_year, int week, char out[SCHED_DATE_MAX]);

/* Does a flag due on `due` belong on the list of the week starting
 * `monday`?  Due inside the week; or overdue (due before it) when the week
 * is the current one, because an overdue redo is still to do.  A later
 * week shows only what falls due in it. */
bool sched_in_week(int64_t due, int64_t monday, int64_t today);

struct sched_flag {
	bool flagged;
	int box;         /* 1..SCHED_BOXES when flagged */
	int64_t due;     /* day */
};

/* A new flag raised on `today`: box 1, due tomorrow. */
struct sched_flag sched_flag_new(int64_t today);
/* The flag after the first counted attempt of a redo on `today`.  A failed
 * redo of an unflagged problem flags it (box 1); a passed one leaves it
 * unflagged. */
struct sched_flag sched_after_redo(struct sched_flag f, bool accepted, int64_t today);

/* The automatic flag rules, evaluated at the first Accepted of a solve. */
struct sched_rules {
	int min_failed;        /* flag when at least this many failed attempts came first (default 2) */
	int slow_minutes;      /* flag when 'judge new' was longer ago than this (default 60) */
	bool flag_hard;        /* flag when a TLE, RE or MLE came first (default on) */
};
#define SCHED_RULES_DEFAULT { 2, 60, true }

struct sched_solve {
	int failed;            /* failed attempts before this AC (WA TLE MLE RE OLE; not CE or IE) */
	int tle, re, mle;      /* how many of them were TLE, RE, MLE */
	int64_t new_at;        /* time of 'judge new' (seconds), or -1 */
	int64_t ac_at;         /* time of this AC (seconds) */
};

/* 1 with the reasons ("; " between them) written into buf, or 0 when the
 * solve shows the problem is owned. */
int sched_auto_flag(const struct sched_rules *r, const struct sched_solve *s, char *buf, size_t n);

/* Days practised in a row: days holds distinct days, newest first.  The
 * streak ends today, or yesterday when nothing was done today yet. */
int sched_streak(const int64_t *days, int n, int64_t today);

#endif
