/*
 * cmd_run.c - judge run <problem>: problem -> compile -> sandbox run -> verdict -> report.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "compile.h"
#include "history.h"
#include "problem.h"
#include "report.h"
#include "runner.h"
#include "sandbox.h"
#include "util.h"
#include "workspace.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char run_help[] =
	"usage: judge run <problem> [--file PATH] [--json] [--isolate]\n"
	"\n"
	"Compile a solution with LeetCode's settings (gcc -std=gnu11 -O2, -lm; the\n"
	"standard headers, uthash and struct TreeNode/ListNode provided) and run\n"
	"every case of the problem in one sandboxed process, as LeetCode does.\n"
	"\n"
	"  <problem>      LeetCode number (105), slug, or a unique prefix of a slug\n"
	"  --file PATH    the solution (default: solutions/<slug>.c in the workspace)\n"
	"  --json         one JSON object on stdout instead of text\n"
	"  --isolate      run each case in its own process (state cannot leak)\n"
	"  --no-record    do not record this attempt in the history (judge history)\n"
	"  -h, --help     this text\n"
	"\n"
	"exit status: 0 Accepted, 1 any other verdict, 2 usage or setup error\n";

struct run_args {
	const char *query;
	const char *file;
	bool json;
	bool isolate;
	bool no_record;   /* --no-record: leave the history alone */
};

static int parse_args(int argc, char **argv, struct run_args *a)
{
	static const struct option opts[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "json", no_argument, NULL, 'j' },
		{ "isolate", no_argument, NULL, 'i' },
		{ "no-record", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'f': a->file = optarg; break;
		case 'j': a->json = true; break;
		case 'i': a->isolate = true; break;
		case 'n': a->no_record = true; break;
		case 'h': return cli_help(run_help) - 1;
		default:
			return cli_usage_error("run", "unknown option or missing value: '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("run", "which problem? give its number or slug");
	a->query = argv[optind++];
	if (optind < argc)
		return cli_usage_error("run", "unexpected argument '%s'", argv[optind]);
	return 0;
}

static int judge_it(struct workspace *ws, struct problem *p, const struct run_args *a)
{
	char *path = a->file ? ju_strdup(a->file) : ju_asprintf("%s/%s.c", ws->solutions_dir, p->slug);
	char *shown = a->file ? ju_strdup(a->file) : ws_display_path(path);
	struct cmp_result cr = { 0 };
	struct run_report rr = { 0 };
	struct sbx_policy *policy = NULL;
	int status = 2;
	ju_trace("problem resolved");
	if (prob_load_cases(p, ws) < 0)
		goto cleanup;
	ju_trace("cases loaded");
	if (cmp_build(ws, p, path, shown, &cr) < 0)
		goto cleanup;
	ju_trace(cr.cached ? "compiled (cache hit)" : "compiled");
	if (cr.ok) {
		struct run_options o = { .isolate = a->isolate };
		if (sbx_policy_new(&policy) < 0)
			goto cleanup;
		ju_trace("seccomp program built");
		if (run_solution(ws, p, cr.binary, policy, &o, &rr) < 0)
			goto cleanup;
		ju_trace("cases run");
	}
	struct rep_run rep = { .problem = p, .solution = shown, .compile = &cr, .run = cr.ok ? &rr : NULL };
	if (a->json) {
		char *j = rep_json(&rep);
		if (!j) {
			ju_error("out of memory writing JSON");
			goto cleanup;
		}
		puts(j);
		free(j);
	} else {
		rep_print_human(stdout, &rep, rep_use_color(stdout));
	}
	status = rep_verdict(&rep) == VERDICT_AC ? 0 : 1;
	/* Only a damaged or foreign history changes the status (history.h). */
	if (!a->no_record && hist_record_run(ws, &rep, path) < 0)
		status = 2;
cleanup:
	sbx_policy_free(policy);
	run_report_release(&rr);
	cmp_result_release(&cr);
	free(path);
	free(shown);
	return status;
}

int cmd_run(int argc, char **argv)
{
	struct run_args a = { 0 };
	int rc = parse_args(argc, argv, &a);
	if (rc != 0)
		return rc < 0 ? 0 : rc;
	struct workspace ws = { 0 };
	ju_trace("start");
	if (ws_find(&ws) < 0)
		return 2;
	struct problem *p = prob_resolve(&ws, a.query);
	int status = p ? judge_it(&ws, p, &a) : 2;
	prob_free(p);
	ws_release(&ws);
	ju_trace("done");
	return status;
}
