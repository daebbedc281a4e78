/*
 * junit.c - JUnit XML from a grade report (see junit.h).
 */
#include "junit.h"

#include "text.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A CI page renders a failure's text whole: a 3000-node tree or a long
 * log is cut (the JSON report keeps it all). */
#define JUNIT_FIELD_MAX (8u << 10)
#define JUNIT_LOG_MAX (64u << 10)

static void add_escaped(struct ju_buf *b, const char *s, size_t len, bool attr)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		unsigned c = u[i];
		size_t n = ju_utf8_seq_len(u + i, len - i);
		switch (c) {
		case '&': ju_buf_adds(b, "&amp;"); i++; continue;
		case '<': ju_buf_adds(b, "&lt;"); i++; continue;
		case '>': ju_buf_adds(b, "&gt;"); i++; continue;
		case '"': ju_buf_adds(b, "&quot;"); i++; continue;
		case '\'': ju_buf_adds(b, "&apos;"); i++; continue;
		case '\t': case '\n': case '\r':
			if (attr)
				ju_buf_addf(b, "&#%u;", c);
			else
				ju_buf_add(b, &u[i], 1);
			i++;
			continue;
		}
		if (c >= 0x20 && c < 0x7f) {
			ju_buf_add(b, &u[i], 1);
			i++;
		} else if (n == 3 && c == 0xef && u[i + 1] == 0xbf && u[i + 2] >= 0xbe) {
			ju_buf_addf(b, "\\u%04X", 0xffc0u | (u[i + 2] & 0x3fu));
			i += 3;
		} else if (n > 1) {
			ju_buf_add(b, &u[i], n);
			i += n;
		} else {
			/* control bytes (DEL too) and malformed UTF-8: visible, never dropped */
			ju_buf_addf(b, "\\x%02x", c);
			i++;
		}
	}
}

char *rep_junit_escape(const char *s, size_t len, bool attr)
{
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_reserve(&b, len);
	add_escaped(&b, s, len, attr);
	char *out = ju_buf_detach(&b, NULL);
	return out ? out : ju_strdup("");   /* nothing to escape: still a string */
}

/* At most max bytes, cut before a UTF-8 continuation byte so the cut does
 * not turn a character into \xNN noise. */
static void add_capped(struct ju_buf *b, const char *s, size_t max)
{
	size_t len = strlen(s), n = len;
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	add_escaped(b, s, n, false);
	if (n < len)
		ju_buf_addf(b, "... (%zu more bytes in the JSON report)", len - n);
}

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static void attr(struct ju_buf *b, const char *name, const char *value)
{
	ju_buf_addf(b, " %s=\"", name);
	add_escaped(b, value, strlen(value), true);
	ju_buf_adds(b, "\"");
}

static double seconds(const json_t *sub)
{
	return json_number_value(json_object_get(sub, "wall_ms")) / 1000.0;
}

static bool is_error(const char *v)
{
	return !strcmp(v, "IE");
}

/* input / expected / actual / stdout of the first failing case */
static void failure_text(struct ju_buf *b, const json_t *sub)
{
	const json_t *res = json_object_get(sub, "result");
	const char *v = str(sub, "verdict");
	if (!strcmp(v, "CE")) {
		add_capped(b, str(res, "compile_log"), JUNIT_LOG_MAX);
		return;
	}
	if (is_error(v)) {
		add_capped(b, str(res, "detail"), JUNIT_FIELD_MAX);
		if (*str(sub, "stderr")) {
			ju_buf_adds(b, "\njudge stderr:\n");
			add_capped(b, str(sub, "stderr"), JUNIT_FIELD_MAX);
		}
		return;
	}
	const json_t *fc = json_object_get(res, "failed_case");
	ju_buf_addf(b, "passed %lld of %lld cases\n",
		    (long long)json_integer_value(json_object_get(res, "passed")),
		    (long long)json_integer_value(json_object_get(res, "total")));
	if (!json_is_object(fc))
		return;
	ju_buf_addf(b, "case %lld", (long long)json_integer_value(json_object_get(fc, "index")) + 1);
	if (*str(fc, "name")) {
		ju_buf_adds(b, " (");
		add_capped(b, str(fc, "name"), JUNIT_FIELD_MAX);
		ju_buf_adds(b, ")");
	}
	static const char *const fields[] = { "input", "expected", "actual", "stdout" };
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const json_t *f = json_object_get(fc, fields[i]);
		if (!json_is_string(f))
			continue;
		ju_buf_addf(b, "\n%s:%s", fields[i], !strcmp(fields[i], "stdout") ? "\n" : " ");
		add_capped(b, json_string_value(f), JUNIT_FIELD_MAX);
	}
}

static void testcase(struct ju_buf *b, const char *submitter, const json_t *entry, bool missing)
{
	char *name = ju_asprintf("%lld. %s", (long long)json_integer_value(json_object_get(entry, "id")),
				 str(entry, "problem"));
	ju_buf_adds(b, "    <testcase");
	attr(b, "classname", submitter);
	attr(b, "name", name);
	free(name);
	if (missing) {
		ju_buf_adds(b, " time=\"0.000\">\n      <skipped message=\"no solution submitted\"/>\n"
			       "    </testcase>\n");
		return;
	}
	ju_buf_addf(b, " time=\"%.3f\"", seconds(entry));
	attr(b, "file", str(entry, "file"));
	const char *v = str(entry, "verdict");
	if (!strcmp(v, "AC")) {
		ju_buf_adds(b, "/>\n");
		return;
	}
	const char *tag = is_error(v) ? "error" : "failure";
	char *msg = ju_asprintf("%s: %s", v, str(json_object_get(entry, "result"), "detail"));
	ju_buf_addf(b, ">\n      <%s", tag);
	attr(b, "message", msg);
	attr(b, "type", v);
	ju_buf_adds(b, ">");
	failure_text(b, entry);
	ju_buf_addf(b, "</%s>\n    </testcase>\n", tag);
	free(msg);
}

struct tally {
	int tests, failures, errors, skipped;
	double time;
};

static void count(struct tally *t, const json_t *sub, bool missing)
{
	t->tests++;
	if (missing) {
		t->skipped++;
		return;
	}
	const char *v = str(sub, "verdict");
	if (is_error(v))
		t->errors++;
	else if (strcmp(v, "AC"))
		t->failures++;
	t->time += seconds(sub);
}

static bool belongs(const json_t *entry, const char *submitter)
{
	const char *s = json_string_value(json_object_get(entry, "submitter"));
	return submitter ? s && !strcmp(s, submitter) : !s;
}

static void system_out(struct ju_buf *b, const json_t *unknown, const char *submitter)
{
	size_t i;
	const json_t *u;
	bool any = false;
	json_array_foreach(unknown, i, u) {
		if (!belongs(u, submitter))
			continue;
		if (!any)
			ju_buf_adds(b, "    <system-out>");
		any = true;
		char *line = ju_asprintf("unknown file %s: %s\n", str(u, "file"), str(u, "reason"));
		add_escaped(b, line, strlen(line), false);
		free(line);
	}
	if (any)
		ju_buf_adds(b, "</system-out>\n");
}

/* One suite: its submissions and missing solutions interleaved by problem
 * number, as the report lists problems. */
static void suite(struct ju_buf *b, const json_t *report, const char *submitter, struct tally *all)
{
	const json_t *subs = json_object_get(report, "submissions");
	const json_t *miss = json_object_get(report, "missing");
	struct ju_buf body = JU_BUF_INIT;
	struct tally t = { 0 };
	size_t i = 0, j = 0;
	for (;;) {
		while (i < json_array_size(subs) && !belongs(json_array_get(subs, i), submitter))
			i++;
		while (j < json_array_size(miss) && !belongs(json_array_get(miss, j), submitter))
			j++;
		const json_t *s = json_array_get(subs, i), *m = json_array_get(miss, j);
		if (!s && !m)
			break;
		bool take_missing = m && (!s || json_integer_value(json_object_get(m, "id")) <
						json_integer_value(json_object_get(s, "id")));
		const json_t *e = take_missing ? m : s;
		testcase(&body, submitter, e, take_missing);
		count(&t, e, take_missing);
		if (take_missing)
			j++;
		else
			i++;
	}
	ju_buf_adds(b, "  <testsuite");
	attr(b, "name", submitter);
	ju_buf_addf(b, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">\n",
		    t.tests, t.failures, t.errors, t.skipped, t.time);
	ju_buf_add(b, body.data ? body.data : "", body.len);
	system_out(b, json_object_get(report, "unknown"), submitter);
	ju_buf_adds(b, "  </testsuite>\n");
	ju_buf_release(&body);
	all->tests += t.tests;
	all->failures += t.failures;
	all->errors += t.errors;
	all->skipped += t.skipped;
	all->time += t.time;
}

char *rep_junit_xml(const json_t *report)
{
	const json_t *subs = json_object_get(report, "submitters");
	const json_t *unknown = json_object_get(report, "unknown");
	if (!json_is_array(subs) || !json_is_array(json_object_get(report, "submissions")) ||
	    !json_is_array(json_object_get(report, "missing")) || !json_is_array(unknown)) {
		ju_error("not a grade report: submitters, submissions, missing or unknown is missing");
		return NULL;
	}
	struct ju_buf suites = JU_BUF_INIT, b = JU_BUF_INIT;
	struct tally all = { 0 };
	size_t i;
	const json_t *s;
	json_array_foreach(subs, i, s)
		suite(&suites, report, json_string_value(s) ? json_string_value(s) : "", &all);
	/* files beside the submitters' folders belong to nobody: a suite of their own */
	bool orphans = false;
	json_array_foreach(unknown, i, s)
		orphans |= belongs(s, NULL);
	if (orphans) {
		ju_buf_adds(&suites, "  <testsuite name=\"(unknown files)\" tests=\"0\" failures=\"0\" "
				     "errors=\"0\" skipped=\"0\" time=\"0.000\">\n");
		system_out(&suites, unknown, NULL);
		ju_buf_adds(&suites, "  </testsuite>\n");
	}
	ju_buf_addf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<testsuites name=\"judge grade\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
			"skipped=\"%d\" time=\"%.3f\">\n",
		    all.tests, all.failures, all.errors, all.skipped, all.time);
	ju_buf_add(&b, suites.data ? suites.data : "", suites.len);
	ju_buf_adds(&b, "</testsuites>\n");
	ju_buf_release(&suites);
	return ju_buf_detach(&b, NULL);
}
