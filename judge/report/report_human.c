/*
 * report_human.c - LeetCode's verdict page, in a terminal.
 */
#include "report.h"

#include "picture.h"
#include "text.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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

/* Judging kinds where another answer than expected may be right. */
static bool by_checker(const struct problem *p)
{
	return p->judge != PROB_JUDGE_EXACT && p->judge != PROB_JUDGE_ROUNDTRIP;
}

/* Expected beside actual for tree, list and int[] answers (picture.h). */
static void print_picture(FILE *f, const struct problem *p, const char *expected,
			  const char *actual, bool color)
{
	struct winsize ws;
	int width = isatty(fileno(f)) && ioctl(fileno(f), TIOCGWINSZ, &ws) == 0 && ws.ws_col ? ws.ws_col : 80;
	struct pic_style st = { .color = color, .unicode = pic_use_unicode(), .mark = !by_checker(p),
				.width = width, .expected_label = by_checker(p) ? "one valid answer" : NULL };
	char *pic = pic_answers(p->returns, expected, actual, &st);
	if (pic)
		fprintf(f, "\n%s\n", pic);
	free(pic);
}

/* ------------------------------------------------------------------ */
/* memory hygiene: information, said mildly, never a verdict */

void rep_hygiene_summary(const struct run_report *run, struct rep_hygiene *h)
{
	double blocks = 0, bytes = 0;
	memset(h, 0, sizeof *h);
	for (int i = 0; run && run->cases && i < run->total; i++) {
		const struct run_case_result *c = &run->cases[i];
		if (!c->hygiene)
			continue;
		h->measured++;
		h->modified |= c->modified_args;
		h->modified_cases += c->modified_args != 0;
		if (!c->leaks_counted)
			continue;
		h->counted++;
		/* a call that freed its input gives back more than it took */
		blocks += c->leaked_blocks > 0 ? (double)c->leaked_blocks : 0;
		bytes += c->leaked_bytes > 0 ? (double)c->leaked_bytes : 0;
	}
	if (h->counted) {
		h->avg_blocks = blocks / h->counted;
		h->avg_bytes = bytes / h->counted;
	}
}

char *rep_bytes_text(double bytes)
{
	if (bytes < 1024)
		return ju_asprintf("%.0f bytes", bytes);
	if (bytes < 10 * 1024)
		return ju_asprintf("%.1f KB", bytes / 1024);
	if (bytes < 1024 * 1024)
		return ju_asprintf("%.0f KB", bytes / 1024);
	return ju_asprintf("%.1f MB", bytes / (1024 * 1024));
}

char *rep_args_text(const struct problem *p, uint32_t mask)
{
	struct ju_buf b = JU_BUF_INIT;
	int n = 0, total = 0;
	for (int a = 0; a < 32; a++)
		total += (mask >> a) & 1;
	if (!total)
		return NULL;
	ju_buf_adds(&b, total == 1 ? "argument " : "arguments ");
	for (int a = 0; a < 32; a++) {
		if (!(mask & (1u << a)))
			continue;
		n++;
		ju_buf_addf(&b, "%s'%s'", n == 1 ? "" : n == total ? " and " : ", ",
			    a < p->nparams ? p->params[a].name : "?");
	}
	return ju_buf_detach(&b, NULL);
}

static char *blocks_text(double blocks, double bytes)
{
	char *size = rep_bytes_text(bytes);
	long long n = (long long)(blocks + 0.5);
	char *t = ju_asprintf("%lld block%s (%s)", n, n == 1 ? "" : "s", size);
	free(size);
	return t;
}

/* The failing case: "memory    2 blocks (24 KB) allocated by the call were not
 * freed by its end; it modified argument 'inorder' (it should not)". */
static void print_case_hygiene(FILE *f, const struct problem *p, const struct run_case_result *c)
{
	if (!c->hygiene || ((!c->leaks_counted || c->leaked_blocks <= 0) && !c->modified_args))
		return;
	struct ju_buf b = JU_BUF_INIT;
	if (c->leaks_counted && c->leaked_blocks > 0) {
		char *t = blocks_text((double)c->leaked_blocks, (double)c->leaked_bytes);
		ju_buf_addf(&b, "%s allocated by the call %s not freed by its end", t,
			    c->leaked_blocks == 1 ? "was" : "were");
		free(t);
	}
	char *args = rep_args_text(p, c->modified_args);
	if (args)
		ju_buf_addf(&b, "%sit modified %s (it should not)", b.len ? "; " : "", args);
	free(args);
	fprintf(f, "  %-9s %s\n", "memory", b.data);
	ju_buf_release(&b);
}

/* On AC, one line: "memory: your solution leaves 3000 blocks (72 KB) unfreed
 * per call on average; it modified argument 'preorder' (it should not)". */
static void print_hygiene_summary(FILE *f, const struct rep_run *r)
{
	struct rep_hygiene h;
	rep_hygiene_summary(r->run, &h);
	bool leaks = h.counted && h.avg_blocks >= 0.5;
	if (!leaks && !h.modified)
		return;
	fprintf(f, "  memory: ");
	if (leaks) {
		char *t = blocks_text(h.avg_blocks, h.avg_bytes);
		fprintf(f, "your solution leaves %s unfreed per call on average (the answer included: "
			"LeetCode frees nothing either)", t);
		free(t);
	}
	char *args = rep_args_text(r->problem, h.modified);
	if (args)
		fprintf(f, "%s modified %s (it should not)", leaks ? "; it" : "your solution", args);
	free(args);
	fputc('\n', f);
}

/* Why a failing case may pass on its own (the case rerun alone). */
static void print_state_hint(FILE *f, const struct rep_diag *d)
{
	if (!d || d->passes_alone != 1)
		return;
	fprintf(f, "  passes on its own: your solution keeps global or static state between calls; "
		"LeetCode runs all cases in one process too\n");
	for (int i = 0; i < d->nstate_vars; i++)
		fprintf(f, "%s%s%s", i ? ", " : "  kept between calls: ", d->state_vars[i],
			i == d->nstate_vars - 1 ? " (set at the start of each call, or do without)\n" : "");
}

static void print_failure(FILE *f, const struct rep_run *r, bool color)
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
	bool valid_one = r->diag && r->diag->custom && by_checker(p);
	if (run->verdict == VERDICT_WA) {
		print_value(f, valid_one ? "one valid answer" : "expected", c->expected);
		print_value(f, "actual", run->actual ? run->actual : "(no usable answer)");
		if (run->actual && pic_supports(p->returns))
			print_picture(f, p, c->expected, run->actual, color);
	}
	if (run->detail && *run->detail && strcmp(run->detail, "wrong answer"))
		print_value(f, "why", run->detail);
	if (run->note)
		print_value(f, "note", run->note);
	print_case_hygiene(f, p, &run->cases[run->failed_index]);
	if (run->stdout_text && *run->stdout_text)
		print_block(f, "stdout", run->stdout_text, run->stdout_truncated);
	print_state_hint(f, r->diag);
}

/* Below this, a case's CPU time is mostly timer noise: no ratio. */
#define REFERENCE_MIN_MS 0.05

/* "(1.3x reference)": the same machine, the max case time of each. */
static void print_vs_reference(FILE *f, const struct rep_run *r)
{
	const struct rep_diag *d = r->diag;
	if (d && d->reference_ms >= REFERENCE_MIN_MS)
		fprintf(f, " (%.1fx reference)", (double)r->run->time_us / 1000.0 / d->reference_ms);
}

/* A --case run that passed: LeetCode's Run shows the case and the answer. */
static void print_custom_ac(FILE *f, const struct rep_run *r)
{
	const struct problem *p = r->problem;
	if (!r->diag || !r->diag->custom || p->ncases < 1)
		return;
	char *input = prob_case_input_text(p, &p->cases[0], 0);
	print_value(f, "input", input);
	print_value(f, by_checker(p) ? "one valid answer" : "expected", p->cases[0].expected);
	fprintf(f, "  %s\n", by_checker(p) ? "your answer is valid too" : "your answer is the same");
	free(input);
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
	if (v == VERDICT_AC) {
		fprintf(f, "  time %.*f ms", run->time_us < 10000 ? 2 : 0, (double)run->time_us / 1000.0);
		print_vs_reference(f, r);
		fprintf(f, "  memory %.1f MB", (double)run->memory_kb / 1024.0);
	}
	fprintf(f, "  [%s]\n", r->problem->slug);
	if (v != VERDICT_AC)
		print_failure(f, r, color);
	else if (run->note)
		fprintf(f, "  note: %s\n", run->note);
	if (v == VERDICT_AC) {
		print_hygiene_summary(f, r);
		print_custom_ac(f, r);
	}
	if (r->diag && r->diag->saved_as)
		fprintf(f, "  saved as \"%s\": judge run %s runs it with the problem's cases from now on\n",
			r->diag->saved_as, r->problem->slug);
}
