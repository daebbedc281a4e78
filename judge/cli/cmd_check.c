/*
 * cmd_check.c - judge check [<problem>...]: is each problem fit to judge
 * students?  Its cases load and keep the constraints, its generator is
 * deterministic, its reference is Accepted on every case (so the checker
 * accepts it too), its time limit leaves the reference 10x room, and it
 * has its statements.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "compile.h"
#include "problem.h"
#include "runner.h"
#include "sandbox.h"
#include "util.h"
#include "workspace.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A problem needs this many cases to reject wrong solutions reliably. */
#define CHECK_MIN_CASES 40
/* The time limit must give the reference this much room. */
#define CHECK_TIME_FACTOR 10

static const char check_help[] =
	"usage: judge check [<problem>...]\n"
	"\n"
	"Verify problems (all of them by default): every case parses and keeps the\n"
	"problem's [constraints]; there are at least 40 cases; gen.c is deterministic;\n"
	"the reference solution is Accepted on every case (its answers satisfy the\n"
	"checker); the time limit is at least 10x the reference's slowest case; the\n"
	"English and Chinese statements exist.\n"
	"\n"
	"exit status: 0 all problems pass, 1 a problem fails a check, 2 usage error\n";

struct check_ctx {
	const struct workspace *ws;
	struct sbx_policy *policy;
};

static void fail(const struct problem *p, int *failures, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void fail(const struct problem *p, int *failures, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("FAIL %5d %s: ", p->id, p->slug);
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	(*failures)++;
}

static void check_files(const struct problem *p, int *failures)
{
	static const char *const files[] = { "statement.md", "statement.zh.md", "reference.c", "driver.c" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *path = ju_path_join(p->dir, files[i]);
		if (!ju_is_file(path))
			fail(p, failures, "%s is missing", files[i]);
		free(path);
	}
}

/* Run the reference; returns its slowest case in microseconds, or 0. */
static uint64_t check_reference(struct check_ctx *ctx, struct problem *p, int *failures)
{
	char *ref = ju_path_join(p->dir, "reference.c");
	char *shown = ws_display_path(ref);
	struct cmp_result cr = { 0 };
	struct run_report rr = { 0 };
	uint64_t slowest = 0;
	struct run_options o = { 0 };
	if (cmp_build(ctx->ws, p, ref, shown, &cr) < 0) {
		fail(p, failures, "the reference could not be compiled");
	} else if (!cr.ok) {
		fail(p, failures, "the reference does not compile:\n%s", cr.log);
	} else if (run_solution(ctx->ws, p, cr.binary, ctx->policy, &o, &rr) < 0) {
		fail(p, failures, "the reference could not be run");
	} else if (rr.verdict != VERDICT_AC) {
		fail(p, failures, "the reference gets %s on case %d: %s", verdict_code(rr.verdict),
		     rr.failed_index + 1, rr.detail);
	} else {
		slowest = rr.time_us ? rr.time_us : 1;
	}
	run_report_release(&rr);
	cmp_result_release(&cr);
	free(ref);
	free(shown);
	return slowest;
}

static void check_one(struct check_ctx *ctx, struct problem *p, int *failures)
{
	int before = *failures;
	char *why = NULL;
	check_files(p, failures);
	if (prob_load_cases(p, ctx->ws) < 0) {
		fail(p, failures, "its cases do not load (see above)");
		return;
	}
	if (p->ncases < CHECK_MIN_CASES)
		fail(p, failures, "%d cases; at least %d are needed", p->ncases, CHECK_MIN_CASES);
	if (prob_check_generator(p, ctx->ws, &why) < 0)
		fail(p, failures, "gen.c fails (see above)");
	else if (why)
		fail(p, failures, "%s", why);
	free(why);
	uint64_t slowest = check_reference(ctx, p, failures);
	if (slowest && (uint64_t)p->time_limit_ms * 1000 < slowest * CHECK_TIME_FACTOR)
		fail(p, failures, "time limit %u ms is less than %dx the reference's slowest case (%.1f ms)",
		     p->time_limit_ms, CHECK_TIME_FACTOR, (double)slowest / 1000.0);
	if (*failures == before)
		printf("ok   %5d %-62s %3d cases, reference %.2f ms (limit %u ms)\n", p->id, p->slug,
		       p->ncases, (double)slowest / 1000.0, p->time_limit_ms);
}

int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(check_help);
		return cli_usage_error("check", "unknown option '%s'", argv[optind - 1]);
	}
	struct workspace ws = { 0 };
	struct problem **ps = NULL;
	int n = 0, failures = 0, status = 2;
	struct check_ctx ctx = { .ws = &ws };
	if (ws_find(&ws) < 0 || sbx_policy_new(&ctx.policy) < 0)
		goto cleanup;
	if (optind < argc) {
		for (int i = optind; i < argc; i++) {
			struct problem *p = prob_resolve(&ws, argv[i]);
			if (!p)
				goto cleanup;
			ps = ju_realloc(ps, sizeof *ps * (size_t)(n + 1));
			ps[n++] = p;
		}
	} else if (prob_load_all(&ws, &ps, &n) < 0) {
		goto cleanup;
	}
	for (int i = 0; i < n; i++)
		check_one(&ctx, ps[i], &failures);
	printf("%d problem%s checked, %d failure%s\n", n, n == 1 ? "" : "s", failures,
	       failures == 1 ? "" : "s");
	status = failures ? 1 : 0;
cleanup:
	prob_free_all(ps, n);
	sbx_policy_free(ctx.policy);
	ws_release(&ws);
	return status;
}
