/*
 * test_history.c - unit tests of judge/history: the schedule and ISO weeks
 * (pure functions), and the SQLite history: migrations from every earlier
 * schema, damaged and foreign files left untouched, two processes
 * recording at once, and a process killed with SIGKILL mid-write.
 *
 * The old schemas below are frozen copies of what earlier judges wrote;
 * they must never be edited to follow history.c.
 */
#define _GNU_SOURCE
#include "cu_tests.h"
#include "history.h"
#include "schedule.h"

#include <CUnit/CUnit.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- helpers */

static void check_at(int line, int ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void check_at(int line, int ok, const char *fmt, ...)
{
	char desc[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(desc, sizeof desc, fmt, ap);
	va_end(ap);
	CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned int)line, desc, __FILE__, "", CU_FALSE);
}
#define CHECK(cond, ...) check_at(__LINE__, (cond), __VA_ARGS__)

static int64_t day_of(const char *s)
{
	int64_t d = -999999;
	sched_parse_date(s, &d);
	return d;
}

static char tmp_root[256];

/* A fresh private folder per test; removed by the suite cleanup. */
static char *tmp_dir(const char *name)
{
	static int seq;
	char *p = NULL;
	if (asprintf(&p, "%s/%s-%d", tmp_root, name, ++seq) < 0)
		abort();
	mkdir(p, 0700);
	return p;
}

static char *db_path(const char *dir)
{
	char *p = NULL;
	if (asprintf(&p, "%s/" HIST_DB_NAME, dir) < 0)
		abort();
	return p;
}

static int suite_init(void)
{
	snprintf(tmp_root, sizeof tmp_root, "/tmp/judge-test-history-XXXXXX");
	setenv("TZ", "UTC", 1);   /* local dates below are then predictable */
	tzset();
	unsetenv("JUDGE_NOW");
	return mkdtemp(tmp_root) ? 0 : -1;
}

static int suite_clean(void)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
	return system(cmd) == 0 ? 0 : -1;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0, r;
	char chunk[65536];
	while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (n + r > cap) {
			cap = (n + r) * 2;
			buf = realloc(buf, cap);
		}
		memcpy(buf + n, chunk, r);
		n += r;
	}
	fclose(f);
	*len = n;
	return buf ? buf : calloc(1, 1);
}

static void write_all(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(data, 1, len, f) == len, "writing %s", path);
	if (f)
		fclose(f);
}

static int64_t raw_int(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int64_t v = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else
		fprintf(stderr, "test_history: '%s' on %s: %s\n", sql, path, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static char *raw_text(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0))
		v = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	char *err = NULL;
	int rc = sqlite3_open(path, &db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, sql, NULL, NULL, &err);
	CHECK(rc == SQLITE_OK, "raw sql on %s: %s", path, err ? err : sqlite3_errmsg(db));
	sqlite3_free(err);
	sqlite3_close(db);
}

/* Run fn with stderr captured; returns what it printed (malloc'd). */
static char *capture_stderr(int (*fn)(void *), void *arg, int *rc)
{
	char path[300];
	snprintf(path, sizeof path, "%s/stderr.txt", tmp_root);
	fflush(stderr);
	int saved = dup(2);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 2);
	close(fd);
	*rc = fn(arg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	size_t len;
	char *text = read_all(path, &len);
	char *z = realloc(text, len + 1);
	z[len] = '\0';
	return z;
}

static struct hist_attempt_in attempt(const char *slug, const char *verdict, const char *source)
{
	struct hist_attempt_in a = {
		.slug = slug, .source = source, .source_len = source ? strlen(source) : 0,
		.verdict = verdict, .passed = strcmp(verdict, "AC") ? 3 : 10, .total = 10,
		.failed_index = strcmp(verdict, "AC") ? 3 : -1, .time_ms = 1.5, .memory_kb = 900,
	};
	return a;
}

static const struct sched_rules default_rules = SCHED_RULES_DEFAULT;

static int record(struct hist *h, const char *slug, const char *verdict, int64_t now, char **note)
{
	struct hist_attempt_in a = attempt(slug, verdict, "int main;\n");
	char *tmp = NULL;
	int rc = hist_record(h, &a, &default_rules, now, note ? note : &tmp);
	free(tmp);
	return rc;
}

/* 2026-11-23 09:00 UTC and friends (TZ=UTC in this suite) */
static int64_t at(const char *date, int hour, int minute)
{
	return day_of(date) * 86400 + hour * 3600 + minute * 60;
}

/* ---------------------------------------------------------------- schedule */

static void test_box_intervals(void)
{
	static const int want[] = { 0, 1, 3, 7, 14, 30, 0 };
	for (int b = 0; b <= SCHED_BOXES + 1; b++)
		CHECK(sched_box_interval(b) == want[b], "box %d interval %d", b, sched_box_interval(b));
	CHECK(sched_box_interval(-1) == 0, "negative box");
}

static void test_leitner_progression(void)
{
	int64_t today = day_of("2026-11-23");
	struct sched_flag f = sched_flag_new(today);
	CHECK(f.flagged && f.box == 1 && f.due == today + 1, "new flag: box 1 due tomorrow");
	static const int after[] = { 3, 7, 14, 30 };
	for (int k = 0; k < 4; k++) {
		int64_t d = f.due;
		f = sched_after_redo(f, true, d);
		CHECK(f.flagged && f.box == k + 2 && f.due == d + after[k], "pass %d: box %d due +%lld", k + 1,
		      f.box, (long long)(f.due - d));
	}
	f = sched_after_redo(f, true, f.due);
	CHECK(!f.flagged, "a pass in the last box clears the flag");
}

static void test_leitner_failure(void)
{
	int64_t today = day_of("2026-12-31");
	struct sched_flag f = { true, 4, today };
	f = sched_after_redo(f, false, today);
	CHECK(f.flagged && f.box == 1 && f.due == day_of("2027-01-01"), "fail: back to box 1, due tomorrow");
	struct sched_flag none = { false, 0, 0 };
	struct sched_flag g = sched_after_redo(none, true, today);
	CHECK(!g.flagged, "a passed redo of an unflagged problem stays unflagged");
	g = sched_after_redo(none, false, today);
	CHECK(g.flagged && g.box == 1, "a failed redo flags the problem");
	struct sched_flag last = { true, SCHED_BOXES, today };
	g = sched_after_redo(last, false, today);
	CHECK(g.flagged && g.box == 1, "fail in the last box: back to box 1");
}

static void test_auto_flag_rules(void)
{
	struct sched_rules r = SCHED_RULES_DEFAULT;
	char why[512];
	struct sched_solve s = { .failed = 0, .new_at = 0, .ac_at = 59 * 60 };
	CHECK(sched_auto_flag(&r, &s, why, sizeof why) == 0 && !*why, "clean solve in 59 min: no flag");
	s.failed = 1;
	CHECK(sched_auto_flag(&r, &s, why, sizeof why) == 0, "one failure is allowed");
	s.failed = 2;
	CHECK(sched_auto_flag(&r, &s, why, sizeof why) == 1 && strstr(why, "2 failed attempts"), "two: '%s'", why);
	struct sched_solve t = { .failed = 1, .tle = 1, .new_at = -1, .ac_at = 100000 };
	CHECK(sched_auto_flag(&r, &t, why, sizeof why) == 1 && strstr(why, "a TLE"), "TLE: '%s'", why);
	struct sched_solve m = { .failed = 1, .mle = 1, .new_at = -1, .ac_at = 0 };
	CHECK(sched_auto_flag(&r, &m, why, sizeof why) == 1 && strstr(why, "an MLE"), "MLE: '%s'", why);
	struct sched_solve re = { .failed = 1, .re = 1, .new_at = -1, .ac_at = 0 };
	CHECK(sched_auto_flag(&r, &re, why, sizeof why) == 1 && strstr(why, "an RE"), "RE: '%s'", why);
	struct sched_solve slow = { .new_at = 1000, .ac_at = 1000 + 61 * 60 };
	CHECK(sched_auto_flag(&r, &slow, why, sizeof why) == 1 && strstr(why, "1 h 01 min"), "slow: '%s'", why);
	slow.ac_at = 1000 + 60 * 60;
	CHECK(sched_auto_flag(&r, &slow, why, sizeof why) == 0, "exactly the limit is not slow");
	struct sched_solve all = { .failed = 3, .tle = 1, .re = 1, .new_at = 0, .ac_at = 7200 };
	CHECK(sched_auto_flag(&r, &all, why, sizeof why) == 1 && strstr(why, "; ") &&
	      strstr(why, "a TLE and an RE"), "all reasons: '%s'", why);
	struct sched_rules off = { 0, 0, false };
	CHECK(sched_auto_flag(&off, &all, why, sizeof why) == 0, "rules switched off");
	struct sched_rules strict = { 1, 10, true };
	struct sched_solve one = { .failed = 1, .new_at = -1 };
	CHECK(sched_auto_flag(&strict, &one, why, sizeof why) == 1, "a threshold of 1");
	char tiny[8];
	CHECK(sched_auto_flag(&r, &all, tiny, sizeof tiny) == 1 && strlen(tiny) < sizeof tiny, "truncated safely");
}

static void test_streak(void)
{
	int64_t t = day_of("2027-01-02");
	int64_t run[] = { t, t - 1, t - 2, t - 4 };
	CHECK(sched_streak(run, 4, t) == 3, "three days ending today");
	CHECK(sched_streak(run + 1, 3, t) == 2, "ending yesterday still counts");
	CHECK(sched_streak(run + 2, 2, t) == 0, "two days ago breaks it");
	CHECK(sched_streak(NULL, 0, t) == 0, "no days");
}

static void test_in_week(void)
{
	int64_t mon = day_of("2026-11-23"), today = day_of("2026-11-25");
	CHECK(sched_in_week(mon, mon, today) && sched_in_week(mon + 6, mon, today), "both ends of the week");
	CHECK(!sched_in_week(mon + 7, mon, today), "next Monday is next week");
	CHECK(sched_in_week(mon - 10, mon, today), "overdue shows in the current week");
	CHECK(!sched_in_week(mon - 10, mon + 7, today), "a later week shows only its own");
	CHECK(sched_in_week(mon + 8, mon + 7, today), "due next week shows next week");
	CHECK(!sched_in_week(mon - 10, mon - 7, today), "a past week shows only its own");
}

/* ---------------------------------------------------------------- ISO weeks */

static void expect_week(const char *date, int y, int w, int wd)
{
	int yy, ww;
	int64_t d = day_of(date);
	sched_iso_week(d, &yy, &ww);
	CHECK(yy == y && ww == w, "%s is %d-W%02d, got %d-W%02d", date, y, w, yy, ww);
	CHECK(sched_weekday(d) == wd, "%s weekday %d, got %d", date, wd, sched_weekday(d));
	CHECK(sched_iso_week_monday(yy, ww) == d - (wd - 1), "%s: Monday of its week", date);
}

static void test_iso_year_boundaries(void)
{
	expect_week("2026-12-31", 2026, 53, 4);
	expect_week("2027-01-01", 2026, 53, 5);
	expect_week("2027-01-03", 2026, 53, 7);
	expect_week("2027-01-04", 2027, 1, 1);
	expect_week("2026-01-01", 2026, 1, 4);
	expect_week("2025-12-29", 2026, 1, 1);
	expect_week("2025-12-28", 2025, 52, 7);
	expect_week("2021-01-03", 2020, 53, 7);
	expect_week("2024-12-30", 2025, 1, 1);
	expect_week("2024-02-29", 2024, 9, 4);
	expect_week("1970-01-01", 1970, 1, 4);
	expect_week("1969-12-28", 1969, 52, 7);
	expect_week("2026-11-29", 2026, 48, 7);
}

static void test_iso_weeks_in_year(void)
{
	static const struct { int y, n; } years[] = {
		{ 2015, 53 }, { 2020, 53 }, { 2026, 53 }, { 2032, 53 }, { 2037, 53 },
		{ 2021, 52 }, { 2024, 52 }, { 2025, 52 }, { 2027, 52 }, { 2000, 52 },
	};
	for (size_t i = 0; i < sizeof years / sizeof years[0]; i++)
		CHECK(sched_iso_weeks_in_year(years[i].y) == years[i].n, "%d has %d weeks, got %d", years[i].y,
		      years[i].n, sched_iso_weeks_in_year(years[i].y));
	CHECK(sched_iso_week_monday(2026, 53) == day_of("2026-12-28"), "2026-W53 starts 2026-12-28");
	CHECK(sched_iso_week_monday(2027, 1) == day_of("2027-01-04"), "2027-W01 starts 2027-01-04");
	/* every day of 1990..2040 lies in the week its Monday says */
	int bad = 0;
	for (int64_t d = day_of("1990-01-01"); d <= day_of("2040-12-31"); d++) {
		int y, w;
		sched_iso_week(d, &y, &w);
		int64_t mon = sched_iso_week_monday(y, w);
		bad += !(w >= 1 && w <= sched_iso_weeks_in_year(y) && d >= mon && d < mon + 7);
	}
	CHECK(bad == 0, "%d days outside their ISO week", bad);
}

static void test_week_parse(void)
{
	int y = 0, w = 0;
	char out[SCHED_DATE_MAX];
	CHECK(sched_parse_week("2026-W48", &y, &w) == 0 && y == 2026 && w == 48, "2026-W48");
	CHECK(sched_parse_week("2026w53", &y, &w) == 0 && y == 2026 && w == 53, "2026w53");
	CHECK(sched_parse_week("2027-W53", &y, &w) < 0, "2027 has no week 53");
	CHECK(sched_parse_week("2026-W00", &y, &w) < 0, "no week 0");
	CHECK(sched_parse_week("2026-W48x", &y, &w) < 0, "trailing text");
	CHECK(sched_parse_week("2026-48", &y, &w) < 0, "no W");
	CHECK(sched_parse_week("", &y, &w) < 0, "empty");
	sched_format_week(2026, 3, out);
	CHECK(!strcmp(out, "2026-W03"), "format '%s'", out);
}

static void test_dates(void)
{
	int64_t d;
	char out[SCHED_DATE_MAX];
	CHECK(sched_parse_date("1970-01-01", &d) == 0 && d == 0, "epoch day 0");
	CHECK(sched_parse_date("2024-02-29", &d) == 0, "leap day 2024");
	CHECK(sched_parse_date("2026-02-29", &d) < 0, "no 2026-02-29");
	CHECK(sched_parse_date("2100-02-29", &d) < 0, "2100 is not leap");
	CHECK(sched_parse_date("2000-02-29", &d) == 0, "2000 is leap");
	CHECK(sched_parse_date("2026-13-01", &d) < 0 && sched_parse_date("2026-1-01", &d) < 0, "malformed");
	int bad = 0;
	for (int64_t k = -800000; k < 800000; k += 37) {
		int64_t back = -1;
		sched_format_date(k, out);
		bad += sched_parse_date(out, &back) < 0 || back != k;
	}
	CHECK(bad == 0, "%d dates did not survive format and parse", bad);
}

/* ---------------------------------------------------------------- database */

static void test_db_create(void)
{
	char *dir = tmp_dir("create"), *path = db_path(dir);
	struct hist *h = NULL;
	CHECK(hist_open(dir, false, &h) == 0 && h == NULL, "no file, no create: nothing");
	CHECK(access(path, F_OK) < 0, "and nothing created");
	CHECK(hist_open(dir, true, &h) == 0 && h, "created");
	hist_close(h);
	CHECK(raw_int(path, "PRAGMA user_version") == HIST_SCHEMA_VERSION, "schema version");
	CHECK(raw_int(path, "PRAGMA application_id") == HIST_APPLICATION_ID, "application id");
	char *mode = raw_text(path, "PRAGMA journal_mode");
	CHECK(mode && !strcmp(mode, "wal"), "WAL mode, got %s", mode ? mode : "?");
	free(mode);
	free(path);
	free(dir);
}

static void test_db_record_and_read(void)
{
	char *dir = tmp_dir("record"), *path = db_path(dir);
	struct hist *h = NULL;
	CHECK(hist_open(dir, true, &h) == 0 && h, "open");
	if (!h)
		goto out;
	struct hist_attempt_in a = attempt("invert-binary-tree", "WA", "struct TreeNode *invertTree(...) { return 0; }\n");
	char *note = NULL;
	CHECK(hist_record(h, &a, &default_rules, at("2026-11-23", 9, 0), &note) == 0 && !note, "WA recorded");
	a = attempt("invert-binary-tree", "AC", "int ok;\n");
	CHECK(hist_record(h, &a, &default_rules, at("2026-11-23", 9, 5), &note) == 0 && !note, "AC, no flag");
	free(note);
	struct hist_attempt *rows = NULL;
	int n = 0;
	CHECK(hist_attempts(h, NULL, 0, &rows, &n) == 0 && n == 2, "two attempts, got %d", n);
	if (n == 2) {
		CHECK(!strcmp(rows[0].verdict, "AC") && !strcmp(rows[1].verdict, "WA"), "newest first");
		CHECK(!strcmp(rows[1].day, "2026-11-23") && rows[1].failed_index == 3 && rows[1].passed == 3 &&
		      rows[1].total == 10 && rows[1].memory_kb == 900 && rows[1].time_ms == 1.5, "fields kept");
		char *src = hist_attempt_source(h, rows[1].id);
		CHECK(src && !strcmp(src, "struct TreeNode *invertTree(...) { return 0; }\n"), "source kept");
		free(src);
	}
	hist_attempts_free(rows, n);
	struct hist_status st;
	CHECK(hist_problem_status(h, "invert-binary-tree", &st) == 0 && st.attempts == 2 && st.accepted == 1 &&
	      !strcmp(st.last_verdict, "AC") && !st.flagged, "status");
	CHECK(hist_problem_status(h, "path-sum", &st) == 0 && st.attempts == 0, "no history: zeros");
	int counts[7];
	CHECK(hist_counts_per_day(h, day_of("2026-11-22"), 7, counts) == 0 && counts[1] == 2 && counts[0] == 0,
	      "per day counts");
	hist_close(h);
out:
	free(path);
	free(dir);
}

/* The whole solve-and-redo cycle through the recording rules. */
static void test_db_flag_cycle(void)
{
	char *dir = tmp_dir("cycle");
	struct hist *h = NULL;
	char *note = NULL;
	const char *slug = "invert-binary-tree";
	CHECK(hist_open(dir, true, &h) == 0 && h, "open");
	if (!h)
		goto out;
	CHECK(hist_record_event(h, slug, "new", NULL, 0, at("2026-11-23", 9, 0)) == 0, "new");
	record(h, slug, "WA", at("2026-11-23", 9, 10), NULL);
	record(h, slug, "CE", at("2026-11-23", 9, 12), NULL);
	record(h, slug, "WA", at("2026-11-23", 9, 15), NULL);
	CHECK(record(h, slug, "AC", at("2026-11-23", 9, 20), &note) == 0 && note &&
	      strstr(note, "2 failed attempts") && strstr(note, "2026-11-24"), "auto flag: '%s'", note ? note : "");
	free(note);
	note = NULL;
	struct hist_status st;
	hist_problem_status(h, slug, &st);
	CHECK(st.flagged && st.auto_flag && st.box == 1 && !strcmp(st.due, "2026-11-24"), "box 1 due tomorrow");
	CHECK(record(h, slug, "AC", at("2026-11-23", 9, 30), &note) == 0 && !note, "a second AC changes nothing");
	/* redo: CE does not decide, the first judged attempt does */
	CHECK(hist_record_event(h, slug, "redo", "old", 3, at("2026-11-24", 8, 0)) == 0, "redo start");
	hist_problem_status(h, slug, &st);
	CHECK(st.redo_open, "redo open");
	record(h, slug, "CE", at("2026-11-24", 8, 5), NULL);
	CHECK(record(h, slug, "AC", at("2026-11-24", 8, 10), &note) == 0 && note && strstr(note, "box 1 -> 2"),
	      "redo passed: '%s'", note ? note : "");
	free(note);
	note = NULL;
	hist_problem_status(h, slug, &st);
	CHECK(st.flagged && st.box == 2 && !strcmp(st.due, "2026-11-27") && !st.redo_open, "box 2 due +3");
	/* a failed redo goes back to box 1 */
	hist_record_event(h, slug, "redo", NULL, 0, at("2026-11-27", 8, 0));
	CHECK(record(h, slug, "TLE", at("2026-11-27", 8, 10), &note) == 0 && note && strstr(note, "box 1"),
	      "redo failed: '%s'", note ? note : "");
	free(note);
	note = NULL;
	record(h, slug, "AC", at("2026-11-27", 8, 20), NULL);
	hist_problem_status(h, slug, &st);
	CHECK(st.flagged && st.box == 1 && !strcmp(st.due, "2026-11-28"), "box 1 again, due %s", st.due);
	/* five passes clear it */
	int64_t t = at("2026-11-28", 8, 0);
	for (int k = 0; k < SCHED_BOXES; k++) {
		hist_record_event(h, slug, "redo", NULL, 0, t);
		record(h, slug, "AC", t + 60, NULL);
		t += 40 * 86400;
	}
	hist_problem_status(h, slug, &st);
	CHECK(!st.flagged, "cleared after the last box (box %d)", st.box);
	/* hand flags and the slow rule */
	bool was = true;
	CHECK(hist_flag(h, "path-sum", "mix up of leaf rule", at("2026-11-23", 1, 0), &was) == 0 && !was, "flag");
	CHECK(hist_flag(h, "path-sum", NULL, at("2026-11-23", 1, 0), &was) == 0 && was, "flag again");
	hist_problem_status(h, "path-sum", &st);
	CHECK(st.flagged && !st.auto_flag && st.box == 1, "hand flag");
	CHECK(hist_unflag(h, "path-sum", at("2026-11-23", 2, 0), &was) == 0 && was, "unflag");
	CHECK(hist_unflag(h, "path-sum", at("2026-11-23", 2, 0), &was) == 0 && !was, "unflag again");
	hist_record_event(h, "path-sum", "new", NULL, 0, at("2026-11-23", 9, 0));
	CHECK(record(h, "path-sum", "AC", at("2026-11-23", 10, 30), &note) == 0 && note && strstr(note, "1 h 30 min"),
	      "slow: '%s'", note ? note : "");
	free(note);
	struct hist_flag_row *rows = NULL;
	int n = 0;
	CHECK(hist_flags(h, &rows, &n) == 0 && n == 1 && !strcmp(rows[0].slug, "path-sum"), "one flag listed");
	hist_flag_rows_free(rows, n);
	hist_close(h);
out:
	free(dir);
}

/* ---------------------------------------------------------------- migrations */

/* Frozen: what judge schema 1 wrote. */
static const char schema_v1[] =
	"PRAGMA journal_mode=WAL;"
	"PRAGMA application_id=1245988680;"   /* 0x4A444748 */
	"CREATE TABLE attempts(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, slug TEXT NOT NULL,"
	"  src_hash TEXT NOT NULL, source TEXT NOT NULL, verdict TEXT NOT NULL, passed INTEGER NOT NULL,"
	"  total INTEGER NOT NULL, time_ms REAL NOT NULL, memory_kb INTEGER NOT NULL,"
	"  failed_index INTEGER NOT NULL);"
	"CREATE TABLE flags(slug TEXT PRIMARY KEY, reason TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
	"  at INTEGER NOT NULL);"
	"INSERT INTO attempts VALUES (1, 1795424400, 'invert-binary-tree', 'aaaa', 'int v1_src;', 'WA', 0, 47, 1.0, 700, 0);"
	"INSERT INTO attempts VALUES (2, 1795428000, 'invert-binary-tree', 'bbbb', 'int v1_ac;', 'AC', 47, 47, 1.0, 700, -1);"
	"INSERT INTO attempts VALUES (3, 1795428060, 'invert-binary-tree', 'bbbb', 'int v1_ac;', 'AC', 47, 47, 1.0, 700, -1);"
	"INSERT INTO flags VALUES ('path-sum', 'flagged by hand', 'leaf rule', 1795424400);"
	"PRAGMA user_version=1;";

/* Frozen: what judge schema 2 wrote. */
static const char schema_v2[] =
	"PRAGMA journal_mode=WAL;"
	"PRAGMA application_id=1245988680;"
	"CREATE TABLE attempts(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, slug TEXT NOT NULL,"
	"  src_hash TEXT NOT NULL, verdict TEXT NOT NULL, passed INTEGER NOT NULL,"
	"  total INTEGER NOT NULL, time_ms REAL NOT NULL, memory_kb INTEGER NOT NULL,"
	"  failed_index INTEGER NOT NULL, day TEXT NOT NULL DEFAULT '');"
	"CREATE TABLE flags(slug TEXT PRIMARY KEY, reason TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
	"  at INTEGER NOT NULL);"
	"CREATE TABLE sources(hash TEXT PRIMARY KEY, text TEXT NOT NULL);"
	"CREATE INDEX attempts_slug ON attempts(slug, id);"
	"CREATE INDEX attempts_day ON attempts(day);"
	"INSERT INTO sources VALUES ('aaaa', 'int v2_src;');"
	"INSERT INTO attempts VALUES (1, 1795424400, 'invert-binary-tree', 'aaaa', 'WA', 0, 47, 1.0, 700, 0, '2026-11-23');"
	"INSERT INTO attempts VALUES (2, 1795428000, 'invert-binary-tree', 'aaaa', 'AC', 47, 47, 1.0, 700, -1, '2026-11-23');"
	"INSERT INTO attempts VALUES (3, 1795428060, 'invert-binary-tree', 'aaaa', 'AC', 47, 47, 1.0, 700, -1, '2026-11-23');"
	"INSERT INTO flags VALUES ('path-sum', 'flagged by hand', 'leaf rule', 1795424400);"
	"PRAGMA user_version=2;";

static void check_migrated(const char *name, const char *schema, const char *first_source)
{
	char *dir = tmp_dir(name), *path = db_path(dir);
	raw_exec(path, schema);
	struct hist *h = NULL;
	CHECK(hist_open(dir, false, &h) == 0 && h, "%s: opened", name);
	if (!h)
		goto out;
	CHECK(raw_int(path, "PRAGMA user_version") == HIST_SCHEMA_VERSION, "%s: migrated", name);
	struct hist_attempt *rows = NULL;
	int n = 0;
	CHECK(hist_attempts(h, NULL, 0, &rows, &n) == 0 && n == 3, "%s: 3 attempts kept, got %d", name, n);
	if (n == 3) {
		CHECK(!strcmp(rows[2].day, "2026-11-23") && !strcmp(rows[2].verdict, "WA") && rows[2].total == 47,
		      "%s: oldest attempt intact (day '%s')", name, rows[2].day);
		char *src = hist_attempt_source(h, rows[2].id);
		CHECK(src && !strcmp(src, first_source), "%s: source '%s'", name, src ? src : "(none)");
		free(src);
	}
	hist_attempts_free(rows, n);
	struct hist_status st;
	CHECK(hist_problem_status(h, "path-sum", &st) == 0 && st.flagged && st.box == 1 &&
	      !strcmp(st.due, "2026-11-24") && !st.auto_flag, "%s: flag got box 1, due %s", name, st.due);
	/* and the migrated file records like a new one */
	char *note = NULL;
	CHECK(record(h, "invert-binary-tree", "WA", at("2026-11-30", 9, 0), &note) == 0, "%s: records", name);
	free(note);
	hist_close(h);
	CHECK(raw_int(path, "SELECT count(*) FROM attempts") == 4, "%s: 4 rows", name);
	char *ok = raw_text(path, "PRAGMA integrity_check");
	CHECK(ok && !strcmp(ok, "ok"), "%s: integrity %s", name, ok ? ok : "?");
	free(ok);
out:
	free(path);
	free(dir);
}

static void test_migrate_from_v1(void)
{
	check_migrated("v1", schema_v1, "int v1_src;");
}

static void test_migrate_from_v2(void)
{
	check_migrated("v2", schema_v2, "int v2_src;");
}

static void test_migrate_from_empty(void)
{
	/* schema 0: an empty file (what sqlite3 leaves after 'touch') */
	char *dir = tmp_dir("v0"), *path = db_path(dir);
	write_all(path, "", 0);
	struct hist *h = NULL;
	CHECK(hist_open(dir, true, &h) == 0 && h, "an empty file becomes a history");
	hist_close(h);
	CHECK(raw_int(path, "PRAGMA user_version") == HIST_SCHEMA_VERSION, "schema set");
	free(path);
	free(dir);
}

/* ---------------------------------------------------------------- refusals */

struct refuse_arg {
	const char *dir;
	bool record;   /* also try to record (corruption past page 1 shows there) */
};

static int try_open(void *p)
{
	const struct refuse_arg *a = p;
	struct hist *h = NULL;
	int rc = hist_open(a->dir, true, &h);
	if (rc == 0 && a->record) {
		rc = record(h, "invert-binary-tree", "AC", at("2026-11-23", 9, 0), NULL);
		if (rc == 0)
			rc = record(h, "path-sum", "WA", at("2026-11-23", 9, 0), NULL);
	}
	hist_close(h);
	return rc;
}

/* The file at dir/history.db must be refused with one line naming it, and
 * stay byte for byte the same. */
static void expect_refused(const char *what, const char *dir, bool rec, const char *needle)
{
	char *path = db_path(dir);
	size_t before_len = 0, after_len = 0;
	char *before = read_all(path, &before_len);
	struct refuse_arg a = { dir, rec };
	int rc = 0;
	char *err = capture_stderr(try_open, &a, &rc);
	char *after = read_all(path, &after_len);
	CHECK(rc < 0, "%s: refused", what);
	CHECK(strstr(err, path) && strstr(err, needle), "%s: message names the file and says '%s': %s", what,
	      needle, err);
	CHECK(strchr(err, '\n') == err + strlen(err) - 1, "%s: one line: %s", what, err);
	CHECK(before && after && before_len == after_len && !memcmp(before, after, before_len),
	      "%s: file untouched", what);
	free(before);
	free(after);
	free(err);
	free(path);
}

static void test_refuse_garbage(void)
{
	char *dir = tmp_dir("garbage"), *path = db_path(dir);
	char junk[5000];
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 131 + 7);
	write_all(path, junk, sizeof junk);
	expect_refused("garbage", dir, false, "damaged");
	write_all(path, "SQLite format 3", 16);   /* a header, and nothing after it */
	expect_refused("truncated header", dir, false, "damaged");
	free(path);
	free(dir);
}

static void test_refuse_corrupt_pages(void)
{
	char *dir = tmp_dir("corrupt"), *path = db_path(dir);
	struct hist *h = NULL;
	CHECK(hist_open(dir, true, &h) == 0 && h, "open");
	if (!h)
		goto out;
	char big[3000];
	memset(big, 'x', sizeof big);
	big[sizeof big - 1] = '\0';
	for (int i = 0; i < 60; i++) {
		struct hist_attempt_in a = attempt("invert-binary-tree", "WA", big);
		big[i] = 'y';   /* a new source each time, so the file grows */
		char *note = NULL;
		hist_record(h, &a, &default_rules, at("2026-11-23", 9, i), &note);
		free(note);
	}
	hist_close(h);   /* checkpoints: everything is in the main file */
	size_t len = 0;
	char *data = read_all(path, &len);
	CHECK(len > 8 * 4096, "a multi-page file (%zu bytes)", len);
	/* keep page 1 (header, schema); scribble over every other page */
	for (size_t i = 4096; i < len; i++)
		data[i] = (char)(i * 7 + 3);
	write_all(path, data, len);
	free(data);
	expect_refused("corrupt pages", dir, true, "damaged");
out:
	free(path);
	free(dir);
}

static void test_refuse_foreign(void)
{
	char *dir = tmp_dir("foreign"), *path = db_path(dir);
	raw_exec(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'mine');");
	expect_refused("foreign (no application id)", dir, false, "another program");
	char *dir2 = tmp_dir("foreign2"), *path2 = db_path(dir2);
	raw_exec(path2, "PRAGMA application_id = 1234; PRAGMA user_version = 3;");
	expect_refused("foreign (another application id)", dir2, false, "another program");
	char *dir3 = tmp_dir("newer"), *path3 = db_path(dir3);
	raw_exec(path3, "PRAGMA application_id = 1245988680; PRAGMA user_version = 99; CREATE TABLE future(x);");
	expect_refused("newer schema", dir3, false, "newer");
	free(path);
	free(dir);
	free(path2);
	free(dir2);
	free(path3);
	free(dir3);
}

/* ---------------------------------------------------------------- processes */

#define PER_PROCESS 200

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Child: open its own connection, record n attempts numbered in the source. */
static void recorder(const char *dir, const char *who, int n, int report_fd)
{
	struct hist *h = NULL;
	if (hist_open(dir, true, &h) < 0)
		_exit(3);
	for (int i = 0; i < n || n < 0; i++) {
		char src[64];
		snprintf(src, sizeof src, "%s %d", who, i);
		struct hist_attempt_in a = attempt(who, i % 3 ? "WA" : "AC", src);
		char *note = NULL;
		if (hist_record(h, &a, &default_rules, at("2026-11-23", 9, 0) + i, &note) < 0)
			_exit(4);
		free(note);
		if (report_fd >= 0) {   /* committed: tell the parent */
			int k = i + 1;
			if (write(report_fd, &k, sizeof k) != sizeof k)
				_exit(5);
		}
	}
	hist_close(h);
	_exit(0);
}

static void test_two_processes(void)
{
	char *dir = tmp_dir("concurrent"), *path = db_path(dir);
	struct hist *h = NULL;
	CHECK(hist_open(dir, true, &h) == 0, "create");   /* both children race on an existing file... */
	hist_close(h);
	for (int round = 0; round < 2; round++) {
		if (round == 1) {   /* ...and, the second time, on creating it */
			static const char *const ext[] = { "", "-wal", "-shm" };
			for (int e = 0; e < 3; e++) {
				char *f = NULL;
				if (asprintf(&f, "%s%s", path, ext[e]) >= 0)
					unlink(f);
				free(f);
			}
		}
		double t0 = now_ms();
		pid_t a = fork();
		if (a == 0)
			recorder(dir, "proc-a", PER_PROCESS, -1);
		pid_t b = fork();
		if (b == 0)
			recorder(dir, "proc-b", PER_PROCESS, -1);
		int sa = -1, sb = -1;
		waitpid(a, &sa, 0);
		waitpid(b, &sb, 0);
		double ms = now_ms() - t0;
		CHECK(WIFEXITED(sa) && WEXITSTATUS(sa) == 0 && WIFEXITED(sb) && WEXITSTATUS(sb) == 0,
		      "round %d: both recorders finished (%d, %d)", round, sa, sb);
		int64_t rows = raw_int(path, "SELECT count(*) FROM attempts");
		int64_t distinct = raw_int(path, "SELECT count(DISTINCT slug || ':' || src_hash) FROM attempts");
		CHECK(rows == 2 * PER_PROCESS && distinct == 2 * PER_PROCESS, "round %d: %lld rows, %lld distinct",
		      round, (long long)rows, (long long)distinct);
		printf("\n    [history] round %d: 2 x %d attempts in %.0f ms (%.2f ms per attempt), %lld rows ",
		       round, PER_PROCESS, ms, ms / (2 * PER_PROCESS), (long long)rows);
	}
	free(path);
	free(dir);
}

static void test_sigkill_mid_write(void)
{
	char *dir = tmp_dir("sigkill"), *path = db_path(dir);
	int lost = 0, checked = 0;
	struct hist *h0 = NULL;
	CHECK(hist_open(dir, true, &h0) == 0 && h0, "create");   /* kills mid-write, not mid-create */
	hist_close(h0);
	for (int round = 0; round < 6; round++) {
		int fds[2];
		if (pipe(fds) < 0)
			break;
		pid_t pid = fork();
		if (pid == 0) {
			close(fds[0]);
			char who[32];
			snprintf(who, sizeof who, "killed-%d", round);
			recorder(dir, who, -1, fds[1]);
		}
		close(fds[1]);
		/* wait for its first commit (a loaded machine starts it late),
		 * let it write a while, then kill it wherever it is */
		int k, committed = 0;
		if (read(fds[0], &k, sizeof k) == sizeof k)
			committed = k;
		usleep((useconds_t)(5000 + round * 7000));
		kill(pid, SIGKILL);
		int status;
		waitpid(pid, &status, 0);
		while (read(fds[0], &k, sizeof k) == sizeof k)
			committed = k;
		close(fds[0]);
		CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "round %d: killed", round);
		char sql[160];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM attempts WHERE slug = 'killed-%d'", round);
		/* open through hist first: recovery of the WAL happens here */
		struct hist *h = NULL;
		CHECK(hist_open(dir, false, &h) == 0 && h, "round %d: reopened after the kill", round);
		hist_close(h);
		int64_t rows = raw_int(path, sql);
		CHECK(rows >= committed && rows <= committed + 1, "round %d: %lld rows, %d reported committed", round,
		      (long long)rows, committed);
		lost += rows < committed;
		checked += committed;
		char *ok = raw_text(path, "PRAGMA integrity_check");
		CHECK(ok && !strcmp(ok, "ok"), "round %d: integrity %s", round, ok ? ok : "?");
		free(ok);
	}
	CHECK(checked > 0, "some attempts were committed before the kills");
	printf("\n    [history] SIGKILL: 6 kills, %d committed attempts checked, %d lost ", checked, lost);
	free(path);
	free(dir);
}

static void test_judge_now(void)
{
	int64_t t;
	setenv("JUDGE_NOW", "1795424400", 1);
	CHECK(hist_now(&t) == 0 && t == 1795424400, "epoch seconds");
	setenv("JUDGE_NOW", "2026-11-23T09:00:00Z", 1);
	CHECK(hist_now(&t) == 0 && t == at("2026-11-23", 9, 0), "UTC date-time");
	setenv("JUDGE_NOW", "2026-11-23T09:00", 1);   /* local; TZ=UTC here */
	CHECK(hist_now(&t) == 0 && t == at("2026-11-23", 9, 0), "local date-time");
	setenv("JUDGE_NOW", "2026-11-23", 1);
	CHECK(hist_now(&t) == 0 && hist_local_day(t) == day_of("2026-11-23"), "a date");
	setenv("JUDGE_NOW", "2026-02-30T10:00", 1);
	int rc = 0;
	char *err = capture_stderr((int (*)(void *))hist_now, &t, &rc);
	CHECK(rc < 0 && strstr(err, "JUDGE_NOW"), "a bad date is refused: %s", err);
	free(err);
	unsetenv("JUDGE_NOW");
	CHECK(hist_now(&t) == 0 && llabs((long long)(t - time(NULL))) < 5, "the clock");
	/* local dates follow TZ */
	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	CHECK(hist_local_day(at("2026-12-31", 17, 0)) == day_of("2027-01-01"), "17:00 UTC is already 2027 in Shanghai");
	setenv("TZ", "UTC", 1);
	tzset();
}

/* ---------------------------------------------------------------- registry */

struct test_entry {
	const char *name;
	void (*fn)(void);
};

static void add_suite(const char *name, int (*init)(void), int (*clean)(void), const struct test_entry *tests,
		      size_t n)
{
	CU_pSuite suite = CU_add_suite(name, init, clean);
	if (!suite)
		return;
	for (size_t k = 0; k < n; k++)
		CU_add_test(suite, tests[k].name, tests[k].fn);
}

#define SUITE(name, init, clean, ...)                                                   \
	do {                                                                            \
		static const struct test_entry tests_[] = { __VA_ARGS__ };              \
		add_suite(name, init, clean, tests_, sizeof tests_ / sizeof tests_[0]); \
	} while (0)
#define T(fn) { #fn, fn }

void register_history_tests(void)
{
	SUITE("history_schedule", NULL, NULL, T(test_box_intervals), T(test_leitner_progression),
	      T(test_leitner_failure), T(test_auto_flag_rules), T(test_streak), T(test_in_week));
	SUITE("history_isoweek", NULL, NULL, T(test_iso_year_boundaries), T(test_iso_weeks_in_year),
	      T(test_week_parse), T(test_dates));
	SUITE("history_db", suite_init, suite_clean, T(test_db_create), T(test_db_record_and_read),
	      T(test_db_flag_cycle), T(test_migrate_from_v1), T(test_migrate_from_v2), T(test_migrate_from_empty),
	      T(test_refuse_garbage), T(test_refuse_corrupt_pages), T(test_refuse_foreign), T(test_judge_now));
	SUITE("history_processes", suite_init, suite_clean, T(test_two_processes), T(test_sigkill_mid_write));
}
