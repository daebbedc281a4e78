/*
 * report_human.c - LeetCode's verdict page, in a terminal.
 */
#include "report.h"

#include "text.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Long values are cut for the eye; --json has them whole. */
#define SHOW_VALUE_MAX 600

bool rep_use_color(FILE *f)
{
	const char *nc = getenv("NO_COLOR");
	return isatty(fileno(f)) && !(nc && *nc);
}

enum verdict rep_verdict(const struct rep_run *r)
{
	return r->compile->ok && r->run ? r->run->verdict : VERDICT_CE;
}

static const char *paint(bool color, enum verdict v)
{
	if (!color)
		return "";
	return v == VERDICT_AC ? "\033[1;32m" : "\033[1;31m";
}

static void print_value(FILE *f, const char *label, const char *value)
{
	size_t n = strlen(value);
	if (n > SHOW_VALUE_MAX)
		fprintf(f, "  %-9s %.*s... (%zu characters; --json shows all)\n", label, SHOW_VALUE_MAX,
			value, n);
	else
		fprintf(f, "  %-9s %s\n", label, value);
}

static void print_block(FILE *f, const char *label, const char *text, bool cut)
{
	fprintf(f, "  %s\n", label);
	const char *s = text;
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		fprintf(f, "    | %.*s\n", (int)n, s);
		s += n + (nl ? 1 : 0);
	}
	if (cut)
		fprintf(f, "    | ... (cut)\n");
}

static void print_failure(FILE *f, const struct rep_run *r)
{
	const struct run_report *run = r->run;
	const struct problem *p = r->problem;
	if (run->failed_index < 0) {
		fprintf(f, "  %s\n", run->detail);
		return;
	}
	const struct prob_case *c = &p->cases[run->failed_index];
	bool last_input = run->verdict != VERDICT_WA;
	fprintf(f, "  %s case %d of %d%s%s%s\n", last_input ? "last executed input:" : "failed",
		run->failed_index + 1, run->total, *c->name ? " (" : "", c->name, *c->name ? ")" : "");
	char *input = prob_case_input_text(p, c, 0);
	print_value(f, "input", input);
	free(input);
	if (run->verdict == VERDICT_WA) {
		print_value(f, "expected", c->expected);
		print_value(f, "actual", run->actual ? run->actual : "(no usable answer)");
	}
	if (run->detail && *run->detail && strcmp(run->detail, "wrong answer"))
		print_value(f, "why", run->detail);
	if (run->note)
		print_value(f, "note", run->note);
	if (run->stdout_text && *run->stdout_text)
		print_block(f, "stdout", run->stdout_text, run->stdout_truncated);
}

void rep_print_human(FILE *f, const struct rep_run *r, bool color)
{
	enum verdict v = rep_verdict(r);
	const char *off = color ? "\033[0m" : "";
	for (int i = 0; i < r->compile->nnotes; i++)
		fprintf(f, "note: %s\n", r->compile->notes[i]);
	if (v == VERDICT_CE) {
		fprintf(f, "%s%s%s  %s\n", paint(color, v), verdict_name(v), off, r->solution);
		fputs(r->compile->log, f);
		return;
	}
	const struct run_report *run = r->run;
	fprintf(f, "%s%s%s  %d/%d cases passed", paint(color, v), verdict_name(v), off,
		run->passed, run->total);
	if (v == VERDICT_AC)
		fprintf(f, "  time %.*f ms  memory %.1f MB", run->time_us < 10000 ? 2 : 0,
			(double)run->time_us / 1000.0, (double)run->memory_kb / 1024.0);
	fprintf(f, "  [%s]\n", r->problem->slug);
	if (v != VERDICT_AC)
		print_failure(f, r);
	else if (run->note)
		fprintf(f, "  note: %s\n", run->note);
}
