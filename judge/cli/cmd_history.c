/*
 * cmd_history.c - judge history, flag, unflag, redo, stats: the practice
 * history as the student reads and steers it.  The data and its rules
 * live in judge/history/; this file parses options and prints.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "history.h"
#include "problem.h"
#include "schedule.h"
#include "util.h"
#include "workspace.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Parse the options every command here shares the shape of: long options
 * only, -h for help.  Returns the option character, -1 at the end. */
static int next_opt(int argc, char **argv, const struct option *opts)
{
	return getopt_long(argc, argv, "+h", opts, NULL);
}

static void reset_getopt(void)
{
	opterr = 0;
	optind = 1;
}

static int print_json(json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2));
	json_decref(j);
	if (!s) {
		ju_error("out of memory writing JSON");
		return 2;
	}
	puts(s);
	free(s);
	return 0;
}

/* Workspace, problem and the clock, as most commands here need them. */
struct ctx {
	struct workspace ws;
	struct problem *p;     /* when a problem was named */
	int64_t now;
	int64_t today;
};

static int ctx_open(struct ctx *c, const char *query)
{
	memset(c, 0, sizeof *c);
	if (ws_find(&c->ws) < 0 || hist_now(&c->now) < 0)
		return -1;
	c->today = hist_local_day(c->now);
	if (query && !(c->p = prob_resolve(&c->ws, query)))
		return -1;
	return 0;
}

static void ctx_close(struct ctx *c)
{
	prob_free(c->p);
	ws_release(&c->ws);
}

static void format_time(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm) || !strftime(buf, n, "%Y-%m-%d %H:%M", &tm))
		snprintf(buf, n, "%lld", (long long)t);
}

/* ------------------------------------------------------------ history */

static const char history_help[] =
	"usage: judge history [<problem>] [--json] [--limit N] [--source ID]\n"
	"\n"
	"The recorded attempts, newest first: when, problem, verdict, cases passed,\n"
	"time, memory, the failing case and the source's hash.  Every 'judge run'\n"
	"records one (unless --no-record); the source judged is kept with it.\n"
	"\n"
	"  <problem>     only this problem (number, slug or unique prefix)\n"
	"  --json        a JSON array instead of a table\n"
	"  --limit N     at most N attempts (default: all)\n"
	"  --source ID   print the source judged in attempt ID and nothing else\n"
	"  -h, --help    this text\n";

static int show_source(struct hist *h, const char *id_text)
{
	char *end;
	long long id = strtoll(id_text, &end, 10);
	if (end == id_text || *end || id <= 0)
		return cli_usage_error("history", "--source takes an attempt number, not '%s'", id_text);
	if (!h) {
		ju_error("no history yet: nothing has been recorded");
		return 2;
	}
	char *src = hist_attempt_source(h, id);
	if (!src)
		return 2;
	fputs(src, stdout);
	free(src);
	return 0;
}

int cmd_history(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'l' },
		{ "source", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	int limit = 0, c;
	const char *source = NULL;
	reset_getopt();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'j')
			json = true;
		else if (c == 'l')
			limit = atoi(optarg);
		else if (c == 's')
			source = optarg;
		else if (c == 'h')
			return cli_help(history_help);
		else
			return cli_usage_error("history", "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (argc - optind > 1)
		return cli_usage_error("history", "unexpected argument '%s'", argv[optind + 1]);
	struct ctx cx;
	struct hist *h = NULL;
	struct hist_attempt *at = NULL;
	int n = 0, status = 2;
	if (ctx_open(&cx, optind < argc ? argv[optind] : NULL) < 0 || hist_open_ws(&cx.ws, &h) < 0)
		goto cleanup;
	if (source) {
		status = show_source(h, source);
		goto cleanup;
	}
	if (h && hist_attempts(h, cx.p ? cx.p->slug : NULL, limit, &at, &n) < 0)
		goto cleanup;
	if (json) {
		json_t *arr = json_array();
		for (int i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:I, s:I, s:s, s:s, s:s, s:i, s:i, s:i, s:f, s:I, s:s}",
				"id", (json_int_t)at[i].id, "at", (json_int_t)at[i].at, "day", at[i].day,
				"problem", at[i].slug, "verdict", at[i].verdict, "passed", at[i].passed,
				"total", at[i].total, "failed_case", at[i].failed_index, "time_ms", at[i].time_ms,
				"memory_kb", (json_int_t)at[i].memory_kb, "source_hash", at[i].hash));
		status = print_json(arr);
		goto cleanup;
	}
	if (cx.p && h) {
		struct hist_status st;
		char label[128];
		if (hist_problem_status(h, cx.p->slug, &st) < 0)
			goto cleanup;
		hist_status_label(&st, label, sizeof label);
		printf("%s: %s\n", cx.p->slug, *label ? label : "no attempts");
	}
	if (n == 0)
		printf("no attempts recorded yet\n");
	else
		printf("%5s  %-16s  %-40s %-4s %9s %9s %8s  %-5s %s\n", "ID", "WHEN", "PROBLEM", "", "PASSED",
		       "TIME", "MEMORY", "FAIL", "SOURCE");
	for (int i = 0; i < n; i++) {
		char when[32], passed[24], fail[16];
		format_time(at[i].at, when, sizeof when);
		snprintf(passed, sizeof passed, "%d/%d", at[i].passed, at[i].total);
		if (at[i].failed_index >= 0)
			snprintf(fail, sizeof fail, "#%d", at[i].failed_index + 1);
		else
			snprintf(fail, sizeof fail, "-");
		printf("%5lld  %-16s  %-40s %-4s %9s %7.1fms %6.1fMB  %-5s %.8s\n", (long long)at[i].id, when,
		       at[i].slug, at[i].verdict, passed, at[i].time_ms, (double)at[i].memory_kb / 1024.0, fail,
		       at[i].hash);
	}
	if (n > 0)
		printf("'judge history --source ID' prints the source judged in an attempt\n");
	status = 0;
cleanup:
	hist_attempts_free(at, n);
	hist_close(h);
	ctx_close(&cx);
	return status;
}

/* ------------------------------------------------------------ flag, unflag */

static const char flag_help[] =
	"usage: judge flag <problem> [--note TEXT]\n"
	"\n"
	"Mark a problem to be redone from scratch: it goes into box 1 of the redo\n"
	"schedule, due tomorrow, and shows on 'judge redo'.  On a problem already\n"
	"flagged, only the note changes.  The judge also flags problems itself\n"
	"(see docs/history.md).\n"
	"\n"
	"  --note TEXT   why, in your words (shown on the redo list)\n"
	"  -h, --help    this text\n";

static const char unflag_help[] =
	"usage: judge unflag <problem>\n"
	"\n"
	"Take a problem off the redo schedule.  Its attempts stay in the history.\n";

static int flag_or_unflag(int argc, char **argv, bool flag)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *cmd = flag ? "flag" : "unflag";
	const char *note = NULL;
	int c;
	reset_getopt();
	while ((c = getopt_long(argc, argv, "h", opts + (flag ? 0 : 1), NULL)) != -1) {
		if (c == 'n')
			note = optarg;
		else if (c == 'h')
			return cli_help(flag ? flag_help : unflag_help);
		else
			return cli_usage_error(cmd, "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (optind != argc - 1)
		return cli_usage_error(cmd, "give exactly one problem");
	struct ctx cx;
	struct hist *h = NULL;
	int status = 2;
	bool was = false;
	if (ctx_open(&cx, argv[optind]) < 0 || hist_open(cx.ws.data_dir, true, &h) < 0)
		goto cleanup;
	if (flag) {
		if (hist_flag(h, cx.p->slug, note, cx.now, &was) < 0)
			goto cleanup;
		struct hist_status st;
		if (hist_problem_status(h, cx.p->slug, &st) < 0)
			goto cleanup;
		if (was)
			printf("%s was already flagged (box %d, due %s)%s\n", cx.p->slug, st.box, st.due,
			       note ? "; note updated" : "");
		else
			printf("flagged %s for redo: box 1, due %s\n", cx.p->slug, st.due);
	} else {
		if (hist_unflag(h, cx.p->slug, cx.now, &was) < 0)
			goto cleanup;
		printf(was ? "unflagged %s\n" : "%s was not flagged\n", cx.p->slug);
	}
	status = 0;
cleanup:
	hist_close(h);
	ctx_close(&cx);
	return status;
}

int cmd_flag(int argc, char **argv)
{
	return flag_or_unflag(argc, argv, true);
}

int cmd_unflag(int argc, char **argv)
{
	return flag_or_unflag(argc, argv, false);
}

/* ------------------------------------------------------------ redo */

static const char redo_help[] =
	"usage: judge redo [--week YYYY-Www] [--markdown | --json]\n"
	"       judge redo start <problem>\n"
	"\n"
	"The week's redo list: flagged problems due in that ISO week (default: this\n"
	"week; overdue ones are carried into the current week), most\n"
	"urgent first, with why they were flagged, your note, the last verdict, the\n"
	"number of attempts and the due date.\n"
	"\n"
	"'redo start' keeps your current solution in the history and writes a fresh\n"
	"template to solutions/<slug>.c.  The next judged attempt decides (compile\n"
	"errors do not count): Accepted moves the problem to the next box (due again\n"
	"after 1, 3, 7, 14, 30 days; after the last box the flag clears), anything\n"
	"else sends it back to box 1.\n"
	"\n"
	"  --week W      an ISO week such as 2026-W48\n"
	"  --markdown    a checklist with [[slug]] links, for a notes vault\n"
	"  --json        a JSON object instead of a table\n"
	"  -h, --help    this text\n";

static int redo_start(int argc, char **argv)
{
	if (argc != 2)
		return cli_usage_error("redo", "'redo start' takes exactly one problem");
	struct ctx cx;
	struct hist *h = NULL;
	char *path = NULL, *shown = NULL, *old = NULL, *tmpl = NULL;
	size_t old_len = 0;
	int status = 2;
	if (ctx_open(&cx, argv[1]) < 0 || hist_open(cx.ws.data_dir, true, &h) < 0)
		goto cleanup;
	path = ju_asprintf("%s/%s.c", cx.ws.solutions_dir, cx.p->slug);
	shown = ws_display_path(path);
	if (ju_is_file(path) && !(old = ju_read_file(path, &old_len)))
		goto cleanup;
	struct hist_status st;
	if (hist_problem_status(h, cx.p->slug, &st) < 0)
		goto cleanup;
	/* The old solution goes into the history first: if writing the
	 * template then fails, nothing was lost. */
	if (hist_record_event(h, cx.p->slug, "redo", old, old_len, cx.now) < 0)
		goto cleanup;
	tmpl = cli_template_for(cx.p);
	if (ju_mkdirs(cx.ws.solutions_dir, 0755) < 0 || ju_write_file_atomic(path, tmpl, strlen(tmpl)) < 0)
		goto cleanup;
	printf("wrote a fresh template to %s%s\n", shown,
	       old ? " (the previous solution is kept in the history)" : "");
	if (!st.flagged) {
		ju_note("%s is not flagged: a failed redo will flag it", cx.p->slug);
	} else {
		int64_t due;
		if (sched_parse_date(st.due, &due) == 0 && due > cx.today)
			ju_note("%s is not due until %s: redoing it early", cx.p->slug, st.due);
		printf("box %d of %d; the next judged attempt decides\n", st.box, SCHED_BOXES);
	}
	status = 0;
cleanup:
	free(tmpl);
	free(old);
	free(path);
	free(shown);
	hist_close(h);
	ctx_close(&cx);
	return status;
}

static void due_label(int64_t due, int64_t today, char *buf, size_t n)
{
	char d[SCHED_DATE_MAX];
	sched_format_date(due, d);
	if (due < today)
		snprintf(buf, n, "%s (overdue %lldd)", d, (long long)(today - due));
	else if (due == today)
		snprintf(buf, n, "%s (today)", d);
	else
		snprintf(buf, n, "%s", d);
}

static void print_redo_text(const struct hist_flag_row *r, int n, const char *week, const char *from,
			    const char *to, int64_t today)
{
	printf("Redo list %s (%s .. %s): %d problem%s\n", week, from, to, n, n == 1 ? "" : "s");
	if (n == 0)
		return;
	printf("  %-24s %-4s %-40s %-4s %-5s %s\n", "DUE", "BOX", "PROBLEM", "LAST", "TRIES", "WHY");
	for (int i = 0; i < n; i++) {
		char due[48], box[16];
		due_label(r[i].due, today, due, sizeof due);
		snprintf(box, sizeof box, "%d/%d", r[i].box, SCHED_BOXES);
		printf("  %-24s %-4s %-40s %-4s %-5d %s%s\n", due, box, r[i].slug,
		       *r[i].last_verdict ? r[i].last_verdict : "-", r[i].attempts, r[i].reason,
		       r[i].redo_open ? " [redo started]" : "");
		if (*r[i].note)
			printf("  %-24s %-4s note: %s\n", "", "", r[i].note);
	}
}

static void print_redo_markdown(const struct hist_flag_row *r, int n, const char *week, const char *from,
				const char *to, int64_t today)
{
	printf("## Redo %s (%s to %s)\n\n", week, from, to);
	if (n == 0)
		printf("Nothing to redo this week.\n");
	for (int i = 0; i < n; i++) {
		char due[48];
		due_label(r[i].due, today, due, sizeof due);
		printf("- [ ] [[%s]] - due %s, box %d/%d - %s - last %s, %d attempt%s", r[i].slug, due, r[i].box,
		       SCHED_BOXES, r[i].reason, *r[i].last_verdict ? r[i].last_verdict : "none",
		       r[i].attempts, r[i].attempts == 1 ? "" : "s");
		if (*r[i].note)
			printf(" - note: %s", r[i].note);
		putchar('\n');
	}
}

static int print_redo_json(const struct hist_flag_row *r, int n, const char *week, const char *from,
			   const char *to, int64_t today)
{
	json_t *arr = json_array();
	for (int i = 0; i < n; i++) {
		char due[SCHED_DATE_MAX];
		sched_format_date(r[i].due, due);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:b, s:s, s:s, s:s*, s:i, s:b, s:b}",
			"problem", r[i].slug, "due", due, "box", r[i].box, "overdue", r[i].due < today,
			"reason", r[i].reason, "note", r[i].note, "last_verdict",
			*r[i].last_verdict ? r[i].last_verdict : NULL, "attempts", r[i].attempts,
			"automatic", r[i].auto_flag, "redo_started", r[i].redo_open));
	}
	return print_json(json_pack("{s:s, s:s, s:s, s:o}", "week", week, "from", from, "to", to, "problems", arr));
}

int cmd_redo(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "week", required_argument, NULL, 'w' },
		{ "markdown", no_argument, NULL, 'm' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	if (argc > 1 && !strcmp(argv[1], "start"))
		return redo_start(argc - 1, argv + 1);
	const char *week_arg = NULL;
	bool markdown = false, json = false;
	int c;
	reset_getopt();
	while ((c = next_opt(argc, argv, opts)) != -1) {
		if (c == 'w')
			week_arg = optarg;
		else if (c == 'm')
			markdown = true;
		else if (c == 'j')
			json = true;
		else if (c == 'h')
			return cli_help(redo_help);
		else
			return cli_usage_error("redo", "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("redo", "unexpected argument '%s' (did you mean 'redo start'?)", argv[optind]);
	if (markdown && json)
		return cli_usage_error("redo", "choose one of --markdown and --json");
	int y, w;
	if (week_arg && sched_parse_week(week_arg, &y, &w) < 0)
		return cli_usage_error("redo", "--week takes an ISO week such as 2026-W48, not '%s'", week_arg);
	struct ctx cx;
	struct hist *h = NULL;
	struct hist_flag_row *rows = NULL;
	int n = 0, status = 2;
	if (ctx_open(&cx, NULL) < 0 || hist_open_ws(&cx.ws, &h) < 0 || (h && hist_flags(h, &rows, &n) < 0))
		goto cleanup;
	if (!week_arg)
		sched_iso_week(cx.today, &y, &w);
	int64_t monday = sched_iso_week_monday(y, w);
	char week[SCHED_DATE_MAX], from[SCHED_DATE_MAX], to[SCHED_DATE_MAX];
	sched_format_week(y, w, week);
	sched_format_date(monday, from);
	sched_format_date(monday + 6, to);
	int kept = 0;
	for (int i = 0; i < n; i++) {   /* rows come most urgent first; keep the week's */
		if (!sched_in_week(rows[i].due, monday, cx.today))
			continue;
		struct hist_flag_row tmp = rows[kept];
		rows[kept++] = rows[i];
		rows[i] = tmp;
	}
	if (json) {
		status = print_redo_json(rows, kept, week, from, to, cx.today);
		goto cleanup;
	}
	if (markdown)
		print_redo_markdown(rows, kept, week, from, to, cx.today);
	else
		print_redo_text(rows, kept, week, from, to, cx.today);
	status = 0;
cleanup:
	hist_flag_rows_free(rows, n);
	hist_close(h);
	ctx_close(&cx);
	return status;
}

/* ------------------------------------------------------------ stats */

static const char stats_help[] =
	"usage: judge stats [--json]\n"
	"\n"
	"Problems solved and attempted (in all and by tag), days practised in a row,\n"
	"this week's attempts, the flags due, and a calendar of the last 12 weeks:\n"
	"one column per week, one row per weekday, darker for more attempts.\n"
	"\n"
	"  --json        a JSON object instead of text\n"
	"  -h, --help    this text\n";

#define HEAT_WEEKS 12

struct tag_count {
	char *tag;
	int solved, attempted, total;
};

static struct tag_count *tag_entry(struct tag_count **tags, int *n, const char *tag)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp((*tags)[i].tag, tag))
			return &(*tags)[i];
	*tags = ju_realloc(*tags, (size_t)(*n + 1) * sizeof **tags);
	struct tag_count *t = &(*tags)[(*n)++];
	memset(t, 0, sizeof *t);
	t->tag = ju_strdup(tag);
	return t;
}

static const char *heat_cell(int count)
{
	/* UTF-8 shades: none, 1, 2-3, 4-6, 7+ attempts */
	static const char *const shades[] = { "\xc2\xb7 ", "\xe2\x96\x91 ", "\xe2\x96\x92 ", "\xe2\x96\x93 ",
					      "\xe2\x96\x88 " };
	int k = count <= 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : count <= 6 ? 3 : 4;
	return shades[k];
}

static void print_heatmap(const int *counts, int64_t first_monday, int64_t today)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	static const char *const days[] = { "Mon", "", "Wed", "", "Fri", "", "Sun" };
	char header[HEAT_WEEKS * 2 + 8];
	memset(header, ' ', sizeof header);
	int last_month = -1;
	for (int wk = 0; wk < HEAT_WEEKS; wk++) {
		int y, m, d;
		sched_civil_from_days(first_monday + wk * 7, &y, &m, &d);
		if (m != last_month && wk * 2 + 3 <= HEAT_WEEKS * 2) {
			memcpy(header + wk * 2, months[m - 1], 3);
			last_month = m;
		}
	}
	header[HEAT_WEEKS * 2] = '\0';
	printf("     %s\n", header);
	for (int wd = 0; wd < 7; wd++) {
		printf("%-4s ", days[wd]);
		for (int wk = 0; wk < HEAT_WEEKS; wk++) {
			int64_t day = first_monday + wk * 7 + wd;
			fputs(day > today ? "  " : heat_cell(counts[wk * 7 + wd]), stdout);
		}
		putchar('\n');
	}
	printf("     less %s%s%s%s%smore\n", heat_cell(0), heat_cell(1), heat_cell(2), heat_cell(4), heat_cell(7));
}

int cmd_stats(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	int c;
	reset_getopt();
	while ((c = next_opt(argc, argv, opts)) != -1) {
		if (c == 'j')
			json = true;
		else if (c == 'h')
			return cli_help(stats_help);
		else
			return cli_usage_error("stats", "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("stats", "unexpected argument '%s'", argv[optind]);
	struct ctx cx;
	struct hist *h = NULL;
	struct problem **ps = NULL;
	struct tag_count *tags = NULL;
	struct hist_flag_row *flags = NULL;
	int64_t *days = NULL;
	int np = 0, ntags = 0, nflags = 0, ndays = 0, status = 2;
	int counts[HEAT_WEEKS * 7] = { 0 };
	int solved = 0, attempted = 0, attempts = 0, week_attempts = 0, due_now = 0;
	if (ctx_open(&cx, NULL) < 0 || prob_load_all(&cx.ws, &ps, &np) < 0 || hist_open_ws(&cx.ws, &h) < 0)
		goto cleanup;
	int y, w;
	sched_iso_week(cx.today, &y, &w);
	int64_t monday = sched_iso_week_monday(y, w), first = monday - (HEAT_WEEKS - 1) * 7;
	if (h && (hist_counts_per_day(h, first, HEAT_WEEKS * 7, counts) < 0 || hist_days(h, &days, &ndays) < 0 ||
		  hist_flags(h, &flags, &nflags) < 0))
		goto cleanup;
	for (int i = 0; i < np; i++) {
		struct hist_status st = { 0 };
		if (h && hist_problem_status(h, ps[i]->slug, &st) < 0)
			goto cleanup;
		solved += st.accepted > 0;
		attempted += st.attempts > 0;
		attempts += st.attempts;
		char *copy = ju_strdup(ps[i]->tags), *save = NULL;
		for (char *t = strtok_r(copy, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
			struct tag_count *tc = tag_entry(&tags, &ntags, t);
			tc->total++;
			tc->solved += st.accepted > 0;
			tc->attempted += st.attempts > 0;
		}
		free(copy);
	}
	for (int d = 0; d < 7; d++)
		week_attempts += counts[(HEAT_WEEKS - 1) * 7 + d];
	for (int i = 0; i < nflags; i++)
		due_now += sched_in_week(flags[i].due, monday, cx.today);
	int streak = sched_streak(days, ndays, cx.today);
	char week[SCHED_DATE_MAX];
	sched_format_week(y, w, week);
	if (json) {
		json_t *jt = json_object(), *cal = json_array();
		for (int i = 0; i < ntags; i++)
			json_object_set_new(jt, tags[i].tag, json_pack("{s:i, s:i, s:i}", "solved", tags[i].solved,
				"attempted", tags[i].attempted, "problems", tags[i].total));
		for (int i = 0; i < HEAT_WEEKS * 7 && first + i <= cx.today; i++) {
			char d[SCHED_DATE_MAX];
			sched_format_date(first + i, d);
			json_array_append_new(cal, json_pack("{s:s, s:i}", "day", d, "attempts", counts[i]));
		}
		status = print_json(json_pack("{s:i, s:i, s:i, s:i, s:i, s:s, s:i, s:i, s:i, s:o, s:o}",
			"problems", np, "solved", solved, "attempted", attempted, "attempts", attempts,
			"streak_days", streak, "week", week, "week_attempts", week_attempts,
			"flagged", nflags, "due_this_week", due_now, "by_tag", jt, "calendar", cal));
		goto cleanup;
	}
	printf("solved %d of %d problems, attempted %d (%d attempts)\n", solved, np, attempted, attempts);
	printf("streak: %d day%s in a row\n", streak, streak == 1 ? "" : "s");
	printf("this week (%s): %d attempt%s; %d flagged, %d due for redo\n", week, week_attempts,
	       week_attempts == 1 ? "" : "s", nflags, due_now);
	printf("by tag:\n");
	for (int i = 0; i < ntags; i++)
		printf("  %-16s %d/%d solved, %d attempted\n", tags[i].tag, tags[i].solved, tags[i].total,
		       tags[i].attempted);
	printf("last %d weeks:\n", HEAT_WEEKS);
	print_heatmap(counts, first, cx.today);
	status = 0;
cleanup:
	for (int i = 0; i < ntags; i++)
		free(tags[i].tag);
	free(tags);
	free(days);
	hist_flag_rows_free(flags, nflags);
	prob_free_all(ps, np);
	hist_close(h);
	ctx_close(&cx);
	return status;
}
