/*
 * grade_report.c - the JSON report of `judge grade`, its table and JUnit,
 * and --merge of shard reports (see grade_report.h).
 */
#include "grade_report.h"

#include "junit.h"
#include "util.h"
#include "verdict.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GRADE_FORMAT "judge-grade/1"

/* ------------------------------------------------------------------ */
/* the report */

static json_t *summary(const json_t *report)
{
	int counts[VERDICT_COUNT] = { 0 };
	size_t i;
	const json_t *s;
	json_array_foreach(json_object_get(report, "submissions"), i, s) {
		int v = verdict_parse(gw_jstr(s, "verdict"));
		counts[v >= 0 ? v : VERDICT_IE]++;
	}
	json_t *verdicts = json_object();
	int failed = 0;
	for (int v = 0; v < VERDICT_COUNT; v++) {
		if (counts[v])
			json_object_set_new(verdicts, verdict_code((enum verdict)v), json_integer(counts[v]));
		if (v != VERDICT_AC && v != VERDICT_IE)
			failed += counts[v];
	}
	return json_pack("{s:I, s:I, s:i, s:i, s:i, s:I, s:I, s:o}",
		"submitters", (json_int_t)json_array_size(json_object_get(report, "submitters")),
		"submissions", (json_int_t)json_array_size(json_object_get(report, "submissions")),
		"accepted", counts[VERDICT_AC], "failed", failed, "errors", counts[VERDICT_IE],
		"missing", (json_int_t)json_array_size(json_object_get(report, "missing")),
		"unknown", (json_int_t)json_array_size(json_object_get(report, "unknown")),
		"verdicts", verdicts);
}

/* Shard k of n carries its own submissions; the missing and unknown lists
 * (no work to split) travel with shard 1 only, so a merge counts them once. */
json_t *gr_build_report(const struct gw_plan *pl, int k, int n, json_t **rec, int nrec)
{
	json_t *problems = json_array(), *subs = json_array(), *subs_list = json_array();
	json_t *missing = json_array(), *unknown = json_array();
	for (int i = 0; i < pl->nsel; i++)
		json_array_append_new(problems, json_pack("{s:i, s:s}", "id", pl->sel[i]->id,
							  "slug", pl->sel[i]->slug));
	for (int i = 0; i < pl->nsubmitters; i++)
		json_array_append_new(subs_list, gw_safe_json(pl->submitters[i]));
	for (int i = 0; i < nrec; i++)
		json_array_append(subs, rec[i]);
	if (k == 1 && pl->explicit_sel) {
		for (int s = 0; s < pl->nsubmitters; s++)
			for (int j = 0; j < pl->nsel; j++) {
				bool have = false;
				for (int u = 0; u < pl->nunits && !have; u++)
					have = pl->units[u].p == pl->sel[j] &&
					       !strcmp(pl->units[u].submitter, pl->submitters[s]);
				if (!have)
					json_array_append_new(missing, json_pack("{s:o, s:s, s:i}",
						"submitter", gw_safe_json(pl->submitters[s]),
						"problem", pl->sel[j]->slug, "id", pl->sel[j]->id));
			}
	}
	for (int i = 0; k == 1 && i < pl->nunknown; i++)
		json_array_append_new(unknown, json_pack("{s:o, s:s, s:s}",
			"submitter", pl->unknown[i].submitter ? json_string(pl->unknown[i].submitter) : json_null(),
			"file", pl->unknown[i].file, "reason", pl->unknown[i].reason));
	json_t *r = json_pack("{s:s, s:o, s:o, s:b, s:o, s:o, s:o, s:o, s:o}",
		"format", GRADE_FORMAT,
		"path", gw_safe_json(pl->path),
		"problems", problems,
		"problems_explicit", pl->explicit_sel,
		"submitters", subs_list,
		"shard", n > 1 ? json_pack("{s:i, s:i, s:i}", "index", k, "count", n, "units", pl->nunits)
			       : json_null(),
		"submissions", subs,
		"missing", missing,
		"unknown", unknown);
	json_object_set_new(r, "summary", summary(r));
	return r;
}

/* A column for a problem nobody submitted only when it was asked for. */
static bool shown_column(const json_t *report, const json_t *problem)
{
	if (json_is_true(json_object_get(report, "problems_explicit")))
		return true;
	const json_t *sub;
	size_t k;
	json_array_foreach(json_object_get(report, "submissions"), k, sub)
		if (json_integer_value(json_object_get(sub, "id")) ==
		    json_integer_value(json_object_get(problem, "id")))
			return true;
	return false;
}

/* Submitters x problems, a verdict code per cell, "-" for no solution. */
static void print_table(FILE *f, const json_t *report)
{
	const json_t *problems = json_object_get(report, "problems");
	const json_t *subs = json_object_get(report, "submissions");
	const json_t *s;
	size_t i, j, k;
	int w = 9;
	json_array_foreach(json_object_get(report, "submitters"), i, s)
		if ((int)strlen(json_string_value(s)) > w)
			w = (int)strlen(json_string_value(s));
	if (w > 40)
		w = 40;
	fprintf(f, "%-*s", w, "submitter");
	json_array_foreach(problems, j, s)
		if (shown_column(report, s))
			fprintf(f, "  %4lld", (long long)json_integer_value(json_object_get(s, "id")));
	fputc('\n', f);
	json_array_foreach(json_object_get(report, "submitters"), i, s) {
		const char *name = json_string_value(s);
		fprintf(f, "%-*.*s", w, w, name);
		const json_t *p;
		json_array_foreach(problems, j, p) {
			if (!shown_column(report, p))
				continue;
			const char *cell = "-";
			const json_t *sub;
			json_array_foreach(subs, k, sub)
				if (!strcmp(gw_jstr(sub, "submitter"), name) &&
				    json_integer_value(json_object_get(sub, "id")) ==
				    json_integer_value(json_object_get(p, "id")))
					cell = gw_jstr(sub, "verdict");
			fprintf(f, "  %4s", cell);
		}
		fputc('\n', f);
	}
	const json_t *u;
	json_array_foreach(json_object_get(report, "unknown"), i, u)
		fprintf(f, "unknown file: %s (%s)\n", gw_jstr(u, "file"), gw_jstr(u, "reason"));
	const json_t *sum = json_object_get(report, "summary");
	fprintf(f, "%lld submitters, %lld submissions: %lld accepted, %lld failed, %lld internal errors",
		(long long)json_integer_value(json_object_get(sum, "submitters")),
		(long long)json_integer_value(json_object_get(sum, "submissions")),
		(long long)json_integer_value(json_object_get(sum, "accepted")),
		(long long)json_integer_value(json_object_get(sum, "failed")),
		(long long)json_integer_value(json_object_get(sum, "errors")));
	long long miss = json_integer_value(json_object_get(sum, "missing"));
	long long unk = json_integer_value(json_object_get(sum, "unknown"));
	if (miss)
		fprintf(f, ", %lld missing", miss);
	if (unk)
		fprintf(f, ", %lld unknown files", unk);
	fputc('\n', f);
}

static int write_out(const char *path, const char *text)
{
	if (!strcmp(path, "-")) {
		fputs(text, stdout);
		return 0;
	}
	return ju_write_file_atomic(path, text, strlen(text));
}

/* JSON, JUnit and table from the report; the exit status of the grading. */
int gr_emit(const char *json_path, const char *junit_path, const json_t *report)
{
	if (json_path) {
		char *j = json_dumps(report, JSON_INDENT(2));
		if (!j)
			return ju_error("out of memory writing JSON"), 2;
		struct ju_buf b = JU_BUF_INIT;
		ju_buf_adds(&b, j);
		ju_buf_adds(&b, "\n");
		free(j);
		int rc = write_out(json_path, b.data);
		ju_buf_release(&b);
		if (rc < 0)
			return 2;
	}
	if (junit_path) {
		char *x = rep_junit_xml(report);
		if (!x || write_out(junit_path, x) < 0) {
			free(x);
			return 2;
		}
		free(x);
	}
	bool to_stdout = !(json_path && !strcmp(json_path, "-")) && !(junit_path && !strcmp(junit_path, "-"));
	print_table(to_stdout ? stdout : stderr, report);
	const json_t *sum = json_object_get(report, "summary");
	return json_integer_value(json_object_get(sum, "accepted")) ==
	       json_integer_value(json_object_get(sum, "submissions")) ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* --merge */

static int cmp_unit_json(const void *a, const void *b)
{
	json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "unit"));
	json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "unit"));
	return x < y ? -1 : x > y;
}

int gr_merge(char **reports, int nreports, const char *json_path, const char *junit_path)
{
	json_t **in = ju_calloc((size_t)nreports, sizeof *in);
	json_t *out = NULL, **subs = NULL;
	int status = 2, count = 0;
	json_int_t units = -1;
	size_t nsubs = 0;
	bool *seen = NULL;
	for (int i = 0; i < nreports; i++) {
		json_error_t err;
		in[i] = json_load_file(reports[i], 0, &err);
		if (!in[i]) {
			ju_error("grade --merge: %s:%d: %s", reports[i], err.line, err.text);
			goto cleanup;
		}
		if (strcmp(gw_jstr(in[i], "format"), GRADE_FORMAT)) {
			ju_error("grade --merge: %s is not a grade report (format %s)", reports[i], GRADE_FORMAT);
			goto cleanup;
		}
		const json_t *sh = json_object_get(in[i], "shard");
		if (!json_is_object(sh))
			sh = NULL;   /* null: the report of a whole run */
		int n = sh ? (int)json_integer_value(json_object_get(sh, "count")) : 1;
		if (i == 0) {
			count = n;
			units = sh ? json_integer_value(json_object_get(sh, "units")) : -1;
			seen = ju_calloc((size_t)n + 1, sizeof *seen);
		}
		int k = sh ? (int)json_integer_value(json_object_get(sh, "index")) : 1;
		static const char *const same[] = { "path", "problems", "problems_explicit", "submitters" };
		bool match = n == count && k >= 1 && k <= count && !seen[k] &&
			     (!sh || json_integer_value(json_object_get(sh, "units")) == units);
		for (size_t f = 0; f < sizeof same / sizeof same[0] && match; f++)
			match = json_equal(json_object_get(in[i], same[f]), json_object_get(in[0], same[f]));
		if (!match) {
			ju_error("grade --merge: %s is not another shard of the run in %s (or repeats a shard)",
				 reports[i], reports[0]);
			goto cleanup;
		}
		seen[k] = true;
		nsubs += json_array_size(json_object_get(in[i], "submissions"));
	}
	if (nreports != count) {
		ju_error("grade --merge: the run has %d shards, %d reports given", count, nreports);
		goto cleanup;
	}
	subs = ju_calloc(nsubs + 1, sizeof *subs);
	size_t at = 0, j;
	json_t *s;
	for (int i = 0; i < nreports; i++)
		json_array_foreach(json_object_get(in[i], "submissions"), j, s)
			subs[at++] = s;
	qsort(subs, nsubs, sizeof *subs, cmp_unit_json);
	bool exact = units < 0 || (json_int_t)nsubs == units;
	for (size_t i = 0; i < nsubs && exact; i++)
		exact = json_integer_value(json_object_get(subs[i], "unit")) == (json_int_t)i;
	if (!exact) {
		ju_error("grade --merge: the shards do not cover the %lld submissions exactly once",
			 (long long)(units >= 0 ? units : (json_int_t)nsubs));
		goto cleanup;
	}
	/* the same members in the same order as build_report */
	json_t *arr = json_array(), *missing = json_array(), *unknown = json_array();
	for (size_t i = 0; i < nsubs; i++)
		json_array_append(arr, subs[i]);
	for (int i = 0; i < nreports; i++) {
		json_array_extend(missing, json_object_get(in[i], "missing"));
		json_array_extend(unknown, json_object_get(in[i], "unknown"));
	}
	out = json_pack("{s:s, s:O, s:O, s:O, s:O, s:n, s:o, s:o, s:o}",
		"format", GRADE_FORMAT,
		"path", json_object_get(in[0], "path"),
		"problems", json_object_get(in[0], "problems"),
		"problems_explicit", json_object_get(in[0], "problems_explicit"),
		"submitters", json_object_get(in[0], "submitters"),
		"shard",
		"submissions", arr,
		"missing", missing,
		"unknown", unknown);
	if (!out) {
		ju_error("grade --merge: the reports lack members of a grade report");
		goto cleanup;
	}
	json_object_set_new(out, "summary", summary(out));
	status = gr_emit(json_path, junit_path, out);
cleanup:
	for (int i = 0; i < nreports; i++)
		json_decref(in[i]);
	json_decref(out);
	free(in);
	free(subs);
	free(seen);
	return status;
}
