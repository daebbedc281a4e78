/*
 * history.c - the practice history in SQLite: recording, the flag rules
 * applied to what was recorded, and the queries behind judge history /
 * redo / stats / list.  Opening the file, recognising it, the schema and
 * its migrations are in history_db.c; the two share history_internal.h.
 *
 * Safety first: a file is written only after it was recognised as ours
 * (application_id) or as brand new (no tables at all); every write is one
 * BEGIN IMMEDIATE transaction, so concurrent judges queue on the busy
 * timeout instead of failing on a lock upgrade, and a judge killed at any
 * point leaves either the whole attempt or none of it.
 */
#define _GNU_SOURCE
#include "history_internal.h"

#include "verdict.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------ helpers */

/* Step a statement that returns no rows (or ignore them); finalizes it. */
static int run_stmt(struct hist *h, sqlite3_stmt *st, const char *what)
{
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	/* report before finalize, while the connection still holds the error */
	int ret = rc == SQLITE_DONE ? 0 : db_fail(h, what);
	sqlite3_finalize(st);
	return ret;
}

static void copy_text(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

static void format_day(int64_t t, char out[SCHED_DATE_MAX])
{
	sched_format_date(hist_local_day(t), out);
}

/* ------------------------------------------------------------ time */

int64_t hist_local_day(int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm))
		return t / 86400;
	return sched_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* JUDGE_NOW: "1764000000", "2026-11-30", "2026-11-30T09:15[:00]" (local),
 * or the same with a trailing Z (UTC). */
static int parse_now(const char *s, int64_t *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (end != s && !*end && !errno) {
		*out = v;
		return 0;
	}
	struct tm tm = { 0 };
	int y, mo, d, hh = 12, mi = 0, ss = 0, used = 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3)
		return -1;
	const char *p = s + used;
	if (*p == 'T' || *p == ' ') {
		int u2 = 0;
		if (sscanf(p + 1, "%2d:%2d%n", &hh, &mi, &u2) != 2)
			return -1;
		p += 1 + u2;
		if (*p == ':') {
			int u3 = 0;
			if (sscanf(p + 1, "%2d%n", &ss, &u3) != 1)
				return -1;
			p += 1 + u3;
		}
	}
	bool utc = *p == 'Z';
	if (utc)
		p++;
	int64_t day;
	char date[SCHED_DATE_MAX];
	snprintf(date, sizeof date, "%04d-%02d-%02d", y, mo, d);
	if (*p || sched_parse_date(date, &day) < 0 || hh > 23 || mi > 59 || ss > 60)
		return -1;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = hh;
	tm.tm_min = mi;
	tm.tm_sec = ss;
	tm.tm_isdst = -1;
	*out = utc ? (int64_t)timegm(&tm) : (int64_t)mktime(&tm);
	return 0;
}

int hist_now(int64_t *out)
{
	const char *env = getenv("JUDGE_NOW");
	if (!env || !*env) {
		*out = (int64_t)time(NULL);
		return 0;
	}
	if (parse_now(env, out) < 0)
		return ju_error("JUDGE_NOW='%s' is neither epoch seconds nor a date-time like 2026-11-30T09:15", env);
	return 0;
}

/* ------------------------------------------------------------ rules */

static int parse_bool(const char *v)
{
	if (!strcasecmp(v, "1") || !strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcasecmp(v, "on"))
		return 1;
	if (!strcasecmp(v, "0") || !strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcasecmp(v, "off"))
		return 0;
	return -1;
}

static void set_rule(struct sched_rules *r, const char *key, const char *value, const char *origin)
{
	char *end;
	long n = strtol(value, &end, 10);
	bool number = end != value && !*end && n >= 0 && n < 1000000;
	if (!strcmp(key, "failed_attempts") && number)
		r->min_failed = (int)n;
	else if (!strcmp(key, "slow_minutes") && number)
		r->slow_minutes = (int)n;
	else if (!strcmp(key, "hard_verdicts") && parse_bool(value) >= 0)
		r->flag_hard = parse_bool(value);
	else
		ju_note("%s: ignoring %s = '%s'", origin, key, value);
}

static int ini_rule(void *user, const char *section, const char *name, const char *value)
{
	if (!strcmp(section, "flags"))
		set_rule(user, name, value, HIST_DB_NAME ".ini");
	return 1;
}

struct sched_rules hist_rules(const char *data_dir)
{
	struct sched_rules r = SCHED_RULES_DEFAULT;
	char *ini = ju_path_join(data_dir, "history.ini");
	if (ju_is_file(ini) && ini_parse(ini, ini_rule, &r) != 0)
		ju_note("'%s' has a malformed line; the rest of it was used", ini);
	free(ini);
	static const struct { const char *env, *key; } envs[] = {
		{ "JUDGE_FLAG_FAILED", "failed_attempts" },
		{ "JUDGE_FLAG_SLOW_MINUTES", "slow_minutes" },
		{ "JUDGE_FLAG_HARD", "hard_verdicts" },
	};
	for (size_t i = 0; i < sizeof envs / sizeof envs[0]; i++) {
		const char *v = getenv(envs[i].env);
		if (v && *v)
			set_rule(&r, envs[i].key, v, envs[i].env);
	}
	return r;
}

/* ------------------------------------------------------------ writing */

static void source_hash(const char *src, size_t len, char out[17])
{
	struct ju_hash hh;
	ju_hash_init(&hh);
	ju_hash_add(&hh, src, len);
	ju_hash_hex(&hh, out);
}

static int store_source(struct hist *h, const char *src, size_t len, char hash[17])
{
	if (!src) {
		src = "";
		len = 0;
	}
	source_hash(src, len, hash);
	sqlite3_stmt *st = prep(h, "INSERT OR IGNORE INTO sources(hash, text) VALUES (?, ?)");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, src, (int)len, SQLITE_TRANSIENT);
	return run_stmt(h, st, "storing the source");
}

struct session {
	int64_t id;        /* 0: attempts before any event */
	int64_t at;
	char kind[16];
};

static int current_session(struct hist *h, const char *slug, struct session *s)
{
	memset(s, 0, sizeof *s);
	sqlite3_stmt *st = prep(h, "SELECT id, at, kind FROM events WHERE slug = ? ORDER BY id DESC LIMIT 1");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	int r = step_row(h, st, "reading events");
	if (r == 1) {
		s->id = sqlite3_column_int64(st, 0);
		s->at = sqlite3_column_int64(st, 1);
		copy_text(s->kind, sizeof s->kind, col_text(st, 2));
	}
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

/* What came before in this session: failed attempts by kind, ACs, and every
 * attempt that counts (CE and IE do not: nothing was judged). */
struct session_counts {
	int failed, tle, re, mle, ac, counted;
};

static int count_session(struct hist *h, const char *slug, int64_t session, struct session_counts *c)
{
	memset(c, 0, sizeof *c);
	sqlite3_stmt *st = prep(h,
		"SELECT coalesce(sum(verdict IN ('WA','TLE','MLE','RE','OLE')), 0),"
		"       coalesce(sum(verdict = 'TLE'), 0), coalesce(sum(verdict = 'RE'), 0),"
		"       coalesce(sum(verdict = 'MLE'), 0), coalesce(sum(verdict = 'AC'), 0),"
		"       coalesce(sum(verdict NOT IN ('CE','IE')), 0)"
		"  FROM attempts WHERE slug = ? AND session = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, session);
	int r = step_row(h, st, "counting attempts");
	if (r == 1) {
		c->failed = sqlite3_column_int(st, 0);
		c->tle = sqlite3_column_int(st, 1);
		c->re = sqlite3_column_int(st, 2);
		c->mle = sqlite3_column_int(st, 3);
		c->ac = sqlite3_column_int(st, 4);
		c->counted = sqlite3_column_int(st, 5);
	}
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

static int load_flag(struct hist *h, const char *slug, struct sched_flag *f)
{
	memset(f, 0, sizeof *f);
	sqlite3_stmt *st = prep(h, "SELECT box, due FROM flags WHERE slug = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	int r = step_row(h, st, "reading flags");
	if (r == 1) {
		f->flagged = true;
		f->box = sqlite3_column_int(st, 0);
		if (sched_parse_date(col_text(st, 1), &f->due) < 0)
			f->due = 0;   /* unreadable: due long ago, so it shows up */
	}
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

/* Insert or move a flag.  reason NULL keeps the existing reason. */
static int save_flag(struct hist *h, const char *slug, const struct sched_flag *f, const char *reason,
		     bool is_auto, int64_t now)
{
	char due[SCHED_DATE_MAX];
	sched_format_date(f->due, due);
	sqlite3_stmt *st = prep(h,
		"INSERT INTO flags(slug, reason, note, at, auto, box, due) VALUES (?1, ?2, '', ?3, ?4, ?5, ?6)"
		" ON CONFLICT(slug) DO UPDATE SET box = ?5, due = ?6,"
		"   reason = CASE WHEN ?7 THEN ?2 ELSE reason END");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, reason ? reason : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, now);
	sqlite3_bind_int(st, 4, is_auto);
	sqlite3_bind_int(st, 5, f->box);
	sqlite3_bind_text(st, 6, due, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 7, reason != NULL);
	return run_stmt(h, st, "saving the flag");
}

static int delete_flag(struct hist *h, const char *slug)
{
	sqlite3_stmt *st = prep(h, "DELETE FROM flags WHERE slug = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	return run_stmt(h, st, "clearing the flag");
}

static int insert_event(struct hist *h, const char *slug, const char *kind, const char *hash, int64_t now)
{
	char day[SCHED_DATE_MAX];
	format_day(now, day);
	sqlite3_stmt *st = prep(h, "INSERT INTO events(at, day, slug, kind, src_hash) VALUES (?, ?, ?, ?, ?)");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, now);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, kind, -1, SQLITE_TRANSIENT);
	if (hash)
		sqlite3_bind_text(st, 5, hash, -1, SQLITE_TRANSIENT);
	return run_stmt(h, st, "recording the event");
}

/* The flag rules for an attempt just inserted; *note says what changed. */
static int apply_rules(struct hist *h, const struct hist_attempt_in *a, const struct sched_rules *r,
		       const struct session *s, const struct session_counts *before, int64_t now, char **note)
{
	bool accepted = !strcmp(a->verdict, "AC");
	bool counted = strcmp(a->verdict, "CE") && strcmp(a->verdict, "IE");
	int64_t today = hist_local_day(now);
	struct sched_flag f, nf;
	char due[SCHED_DATE_MAX];
	if (!counted || load_flag(h, a->slug, &f) < 0)
		return counted ? -1 : 0;
	if (!strcmp(s->kind, "redo")) {
		if (before->counted > 0)
			return 0;   /* only the first attempt of a redo decides */
		nf = sched_after_redo(f, accepted, today);
		if (!nf.flagged && !f.flagged) {
			*note = ju_strdup("redo accepted on the first attempt (the problem was not flagged)");
			return 0;
		}
		if (!nf.flagged) {
			*note = ju_asprintf("redo accepted on the first attempt in the last box (%d): flag cleared", f.box);
			return delete_flag(h, a->slug) < 0 ? -1 : insert_event(h, a->slug, "cleared", NULL, now);
		}
		sched_format_date(nf.due, due);
		if (accepted)
			*note = ju_asprintf("redo accepted on the first attempt: box %d -> %d of %d, due again %s",
					    f.box, nf.box, SCHED_BOXES, due);
		else
			*note = ju_asprintf("redo failed (%s): %s box 1 of %d, due again %s", a->verdict,
					    f.flagged ? "back to" : "flagged for redo,", SCHED_BOXES, due);
		return save_flag(h, a->slug, &nf, f.flagged ? NULL : "redo failed", true, now);
	}
	if (!accepted || before->ac > 0)
		return 0;   /* the rules judge the first AC of a solve */
	struct sched_solve solve = {
		.failed = before->failed, .tle = before->tle, .re = before->re, .mle = before->mle,
		.new_at = !strcmp(s->kind, "new") ? s->at : -1, .ac_at = now,
	};
	char reason[512];
	if (!sched_auto_flag(r, &solve, reason, sizeof reason))
		return 0;
	if (f.flagged) {
		sched_format_date(f.due, due);
		*note = ju_asprintf("already flagged for redo (box %d, due %s); this solve too: %s", f.box, due, reason);
		return 0;
	}
	nf = sched_flag_new(today);
	sched_format_date(nf.due, due);
	*note = ju_asprintf("flagged for redo: %s; due %s (see 'judge redo')", reason, due);
	return save_flag(h, a->slug, &nf, reason, true, now);
}

int hist_record(struct hist *h, const struct hist_attempt_in *a, const struct sched_rules *r,
		int64_t now, char **note)
{
	struct session s;
	struct session_counts before;
	char hash[17], day[SCHED_DATE_MAX];
	*note = NULL;
	format_day(now, day);
	if (exec(h, "BEGIN IMMEDIATE", "locking to record the attempt") < 0)
		return -1;
	if (current_session(h, a->slug, &s) < 0 || count_session(h, a->slug, s.id, &before) < 0 ||
	    store_source(h, a->source, a->source_len, hash) < 0)
		goto fail;
	sqlite3_stmt *st = prep(h,
		"INSERT INTO attempts(at, day, slug, src_hash, verdict, passed, total, time_ms, memory_kb,"
		" failed_index, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, now);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, a->slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, a->verdict, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 6, a->passed);
	sqlite3_bind_int(st, 7, a->total);
	sqlite3_bind_double(st, 8, a->time_ms);
	sqlite3_bind_int64(st, 9, a->memory_kb);
	sqlite3_bind_int(st, 10, a->failed_index);
	sqlite3_bind_int64(st, 11, s.id);
	if (run_stmt(h, st, "recording the attempt") < 0 || apply_rules(h, a, r, &s, &before, now, note) < 0)
		goto fail;
	if (exec(h, "COMMIT", "committing the attempt") < 0)
		goto fail;
	return 0;
fail:
	rollback(h);
	free(*note);
	*note = NULL;
	return -1;
}

int hist_record_event(struct hist *h, const char *slug, const char *kind, const char *source,
		      size_t source_len, int64_t now)
{
	char hash[17];
	if (exec(h, "BEGIN IMMEDIATE", "locking to record the event") < 0)
		return -1;
	if ((source && store_source(h, source, source_len, hash) < 0) ||
	    insert_event(h, slug, kind, source ? hash : NULL, now) < 0 ||
	    exec(h, "COMMIT", "committing the event") < 0) {
		rollback(h);
		return -1;
	}
	return 0;
}

int hist_flag(struct hist *h, const char *slug, const char *note, int64_t now, bool *was)
{
	struct sched_flag f;
	if (exec(h, "BEGIN IMMEDIATE", "locking to flag") < 0)
		return -1;
	if (load_flag(h, slug, &f) < 0)
		goto fail;
	*was = f.flagged;
	if (!f.flagged) {
		f = sched_flag_new(hist_local_day(now));
		if (save_flag(h, slug, &f, "flagged by hand", false, now) < 0 ||
		    insert_event(h, slug, "flag", NULL, now) < 0)
			goto fail;
	}
	if (note) {
		sqlite3_stmt *st = prep(h, "UPDATE flags SET note = ? WHERE slug = ?");
		if (!st)
			goto fail;
		sqlite3_bind_text(st, 1, note, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, slug, -1, SQLITE_TRANSIENT);
		if (run_stmt(h, st, "saving the note") < 0)
			goto fail;
	}
	if (exec(h, "COMMIT", "committing the flag") < 0)
		goto fail;
	return 0;
fail:
	rollback(h);
	return -1;
}

int hist_unflag(struct hist *h, const char *slug, int64_t now, bool *was)
{
	struct sched_flag f;
	if (exec(h, "BEGIN IMMEDIATE", "locking to unflag") < 0)
		return -1;
	if (load_flag(h, slug, &f) < 0)
		goto fail;
	*was = f.flagged;
	if (f.flagged && (delete_flag(h, slug) < 0 || insert_event(h, slug, "unflag", NULL, now) < 0))
		goto fail;
	if (exec(h, "COMMIT", "committing") < 0)
		goto fail;
	return 0;
fail:
	rollback(h);
	return -1;
}

/* ------------------------------------------------------------ reading */

/* Is the latest event a redo still waiting for its deciding attempt? */
#define REDO_OPEN_SQL(slug_expr)                                                              \
	"(SELECT e.kind = 'redo' AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.slug = e.slug" \
	"   AND a.session = e.id AND a.verdict NOT IN ('CE','IE'))"                               \
	"  FROM events e WHERE e.slug = " slug_expr " ORDER BY e.id DESC LIMIT 1)"

int hist_problem_status(struct hist *h, const char *slug, struct hist_status *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = prep(h,
		"SELECT (SELECT count(*) FROM attempts WHERE slug = ?1),"
		"       (SELECT count(*) FROM attempts WHERE slug = ?1 AND verdict = 'AC'),"
		"       (SELECT verdict FROM attempts WHERE slug = ?1 ORDER BY id DESC LIMIT 1),"
		"       (SELECT at FROM attempts WHERE slug = ?1 ORDER BY id DESC LIMIT 1),"
		"       f.auto, f.box, f.due, f.slug IS NOT NULL, coalesce(" REDO_OPEN_SQL("?1") ", 0)"
		"  FROM (SELECT 1) LEFT JOIN flags f ON f.slug = ?1");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	int r = step_row(h, st, "reading the problem's history");
	if (r == 1) {
		out->attempts = sqlite3_column_int(st, 0);
		out->accepted = sqlite3_column_int(st, 1);
		copy_text(out->last_verdict, sizeof out->last_verdict, col_text(st, 2));
		out->last_at = sqlite3_column_int64(st, 3);
		out->flagged = sqlite3_column_int(st, 7);
		if (out->flagged) {
			out->auto_flag = sqlite3_column_int(st, 4);
			out->box = sqlite3_column_int(st, 5);
			copy_text(out->due, sizeof out->due, col_text(st, 6));
		}
		out->redo_open = sqlite3_column_int(st, 8);
	}
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

void hist_status_label(const struct hist_status *s, char *buf, size_t n)
{
	const char *base = s->accepted ? "solved" : s->attempts ? "attempted" : "";
	if (s->flagged)
		snprintf(buf, n, "%s%sredo box %d due %s%s", base, *base ? ", " : "", s->box, s->due,
			 s->redo_open ? " (redo started)" : "");
	else
		snprintf(buf, n, "%s", base);
}

int hist_flags(struct hist *h, struct hist_flag_row **out, int *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = prep(h,
		"SELECT f.slug, f.reason, f.note, f.auto, f.box, f.due, f.at,"
		"       (SELECT verdict FROM attempts a WHERE a.slug = f.slug ORDER BY id DESC LIMIT 1),"
		"       (SELECT count(*) FROM attempts a WHERE a.slug = f.slug),"
		"       coalesce(" REDO_OPEN_SQL("f.slug") ", 0)"
		"  FROM flags f ORDER BY f.due, f.box, f.slug");
	if (!st)
		return -1;
	int r, cap = 0;
	while ((r = step_row(h, st, "reading flags")) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = ju_realloc(*out, (size_t)cap * sizeof **out);
		}
		struct hist_flag_row *row = &(*out)[(*n)++];
		memset(row, 0, sizeof *row);
		row->slug = ju_strdup(col_text(st, 0));
		row->reason = ju_strdup(col_text(st, 1));
		row->note = ju_strdup(col_text(st, 2));
		row->auto_flag = sqlite3_column_int(st, 3);
		row->box = sqlite3_column_int(st, 4);
		if (sched_parse_date(col_text(st, 5), &row->due) < 0)
			row->due = 0;
		row->flagged_at = sqlite3_column_int64(st, 6);
		copy_text(row->last_verdict, sizeof row->last_verdict, col_text(st, 7));
		row->attempts = sqlite3_column_int(st, 8);
		row->redo_open = sqlite3_column_int(st, 9);
	}
	sqlite3_finalize(st);
	if (r < 0) {
		hist_flag_rows_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void hist_flag_rows_free(struct hist_flag_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].slug);
		free(rows[i].reason);
		free(rows[i].note);
	}
	free(rows);
}

int hist_attempts(struct hist *h, const char *slug, int limit, struct hist_attempt **out, int *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = prep(h,
		"SELECT id, at, day, slug, src_hash, verdict, passed, total, failed_index, time_ms, memory_kb"
		"  FROM attempts WHERE ?1 IS NULL OR slug = ?1 ORDER BY id DESC LIMIT ?2");
	if (!st)
		return -1;
	if (slug)
		sqlite3_bind_text(st, 1, slug, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, limit > 0 ? limit : -1);
	int r, cap = 0;
	while ((r = step_row(h, st, "reading attempts")) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*out = ju_realloc(*out, (size_t)cap * sizeof **out);
		}
		struct hist_attempt *a = &(*out)[(*n)++];
		memset(a, 0, sizeof *a);
		a->id = sqlite3_column_int64(st, 0);
		a->at = sqlite3_column_int64(st, 1);
		copy_text(a->day, sizeof a->day, col_text(st, 2));
		a->slug = ju_strdup(col_text(st, 3));
		copy_text(a->hash, sizeof a->hash, col_text(st, 4));
		copy_text(a->verdict, sizeof a->verdict, col_text(st, 5));
		a->passed = sqlite3_column_int(st, 6);
		a->total = sqlite3_column_int(st, 7);
		a->failed_index = sqlite3_column_int(st, 8);
		a->time_ms = sqlite3_column_double(st, 9);
		a->memory_kb = sqlite3_column_int64(st, 10);
	}
	sqlite3_finalize(st);
	if (r < 0) {
		hist_attempts_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void hist_attempts_free(struct hist_attempt *a, int n)
{
	for (int i = 0; i < n; i++)
		free(a[i].slug);
	free(a);
}

char *hist_attempt_source(struct hist *h, int64_t id)
{
	sqlite3_stmt *st = prep(h, "SELECT s.text FROM attempts a JOIN sources s ON s.hash = a.src_hash WHERE a.id = ?");
	if (!st)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	char *text = NULL;
	int r = step_row(h, st, "reading a source");
	if (r == 1)
		text = ju_strndup(col_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
	else if (r == 0)
		ju_error("no attempt %lld in the history", (long long)id);
	sqlite3_finalize(st);
	return text;
}

int hist_counts_per_day(struct hist *h, int64_t from, int ndays, int *counts)
{
	char a[SCHED_DATE_MAX], b[SCHED_DATE_MAX];
	memset(counts, 0, (size_t)ndays * sizeof *counts);
	sched_format_date(from, a);
	sched_format_date(from + ndays - 1, b);
	sqlite3_stmt *st = prep(h, "SELECT day, count(*) FROM attempts WHERE day BETWEEN ? AND ? GROUP BY day");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
	int r;
	while ((r = step_row(h, st, "counting attempts per day")) == 1) {
		int64_t d;
		if (sched_parse_date(col_text(st, 0), &d) == 0 && d >= from && d < from + ndays)
			counts[d - from] = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

int hist_days(struct hist *h, int64_t **days, int *n)
{
	*days = NULL;
	*n = 0;
	sqlite3_stmt *st = prep(h, "SELECT DISTINCT day FROM attempts ORDER BY day DESC");
	if (!st)
		return -1;
	int r, cap = 0;
	while ((r = step_row(h, st, "reading practice days")) == 1) {
		int64_t d;
		if (sched_parse_date(col_text(st, 0), &d) < 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*days = ju_realloc(*days, (size_t)cap * sizeof **days);
		}
		(*days)[(*n)++] = d;
	}
	sqlite3_finalize(st);
	if (r < 0) {
		free(*days);
		*days = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ CLI glue */

int hist_open_ws(const struct workspace *ws, struct hist **out)
{
	return hist_open(ws->data_dir, false, out);
}

/* Open for writing; 0, 1 (not recorded, warned) or -1 (unusable: exit 2). */
static int open_for_record(const struct workspace *ws, struct hist **h, int64_t *now)
{
	if (hist_now(now) < 0)
		return -1;
	if (hist_open(ws->data_dir, true, h) < 0)
		return -1;
	return 0;
}

static int finish_record(struct hist *h, int rc)
{
	int status = 0;
	if (rc < 0) {
		status = h->damaged ? -1 : 1;
		if (status > 0)
			ju_note("this attempt was not recorded in the history");
	}
	hist_close(h);
	return status;
}

int hist_record_run(const struct workspace *ws, const struct rep_run *rep, const char *source_path)
{
	struct hist *h = NULL;
	int64_t now;
	if (open_for_record(ws, &h, &now) < 0)
		return -1;
	size_t len = 0;
	char *src = ju_read_file(source_path, &len);
	const struct run_report *run = rep->run;
	struct hist_attempt_in a = {
		.slug = rep->problem->slug,
		.source = src, .source_len = len,
		.verdict = verdict_code(rep_verdict(rep)),
		.passed = run ? run->passed : 0,
		.total = run ? run->total : rep->problem->ncases,
		.failed_index = run ? run->failed_index : -1,
		.time_ms = run ? (double)run->time_us / 1000.0 : 0,
		.memory_kb = run ? (int64_t)run->memory_kb : 0,
	};
	struct sched_rules rules = hist_rules(ws->data_dir);
	char *note = NULL;
	int rc = hist_record(h, &a, &rules, now, &note);
	if (rc == 0 && note) {
		fflush(stdout);   /* after the report, also when both go to one pipe */
		fprintf(stderr, "history: %s\n", note);
	}
	free(note);
	free(src);
	return finish_record(h, rc);
}

int hist_record_new(const struct workspace *ws, const char *slug)
{
	struct hist *h = NULL;
	int64_t now;
	if (open_for_record(ws, &h, &now) < 0)
		return -1;
	return finish_record(h, hist_record_event(h, slug, "new", NULL, 0, now));
}
