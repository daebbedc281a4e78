/*
 * cmd_run.c - judge run <problem>: problem -> compile -> sandbox run -> verdict -> report.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "complexity.h"
#include "compile.h"
#include "custom.h"
#include "history.h"
#include "problem.h"
#include "report.h"
#include "runner.h"
#include "sandbox.h"
#include "util.h"
#include "watch.h"
#include "workspace.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char run_help[] =
	"usage: judge run <problem> [--file PATH] [--json] [--isolate] [--case ARGS [--save]] [--watch]\n"
	"                 [--complexity]\n"
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
	"  --case ARGS    run only this case, as LeetCode's \"Run\": the arguments in\n"
	"                 LeetCode's text, one a line or 'preorder = [3,9], inorder = [9,3]';\n"
	"                 judged against the reference solution's answer (or the checker)\n"
	"  --save         with --case: keep the case; it runs with the problem's cases\n"
	"                 from then on (stored in the data directory, cases/<slug>.jsonl)\n"
	"  --watch        judge again on every save of the file until Ctrl-C\n"
	"  --sanitize     build with AddressSanitizer and UBSan (-O1 -g) and name the\n"
	"                 error and your line: heap-buffer-overflow at x.c:14 (needs\n"
	"                 namespaces; memory limit 3x the problem's, on resident memory)\n"
	"  --complexity   after judging, time the solution and the reference on\n"
	"                 generated inputs of growing size (chains, balanced trees) and\n"
	"                 name the growth: ~n^2 on chains (slope 1.97); problems whose\n"
	"                 generator has a size mode (105)\n"
	"  -h, --help     this text\n"
	"\n"
	"On a wrong answer, trees, lists and arrays are drawn with the first difference\n"
	"marked; a case that fails only after other cases is rerun alone; an accepted\n"
	"run shows its time beside the reference solution's (docs/diagnostics.md).\n"
	"Colour only on a terminal without NO_COLOR.\n"
	"\n"
	"exit status: 0 Accepted, 1 any other verdict, 2 usage or setup error\n";

struct run_args {
	const char *query;
	const char *file;
	bool json;
	bool isolate;
	bool no_record;   /* --no-record: leave the history alone */
	const char *case_text;   /* --case: LeetCode's input text of one case */
	bool save;        /* --save: keep the --case case */
	bool watch;       /* --watch: again on every save */
	bool sanitize;    /* --sanitize: ASan/UBSan build, sanitizer policy */
	bool complexity;  /* --complexity: growth on generated inputs (complexity.h) */
};

static int parse_args(int argc, char **argv, struct run_args *a)
{
	static const struct option opts[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "json", no_argument, NULL, 'j' },
		{ "isolate", no_argument, NULL, 'i' },
		{ "no-record", no_argument, NULL, 'n' },
		{ "case", required_argument, NULL, 'c' },
		{ "save", no_argument, NULL, 's' },
		{ "watch", no_argument, NULL, 'w' },
		{ "sanitize", no_argument, NULL, 'S' },
		{ "complexity", no_argument, NULL, 'C' },
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
		case 'c': a->case_text = optarg; break;
		case 's': a->save = true; break;
		case 'w': a->watch = true; break;
		case 'S': a->sanitize = true; break;
		case 'C': a->complexity = true; break;
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
	if (a->complexity && (a->case_text || a->watch || a->sanitize))
		return cli_usage_error("run", "--complexity times generated cases: not with --case, "
				       "--watch or --sanitize");
	if (a->save && !a->case_text)
		return cli_usage_error("run", "--save keeps a --case; give the case with --case 'ARGS'");
	return 0;
}

/* What stays the same between judgements (--watch judges many times). */
struct session {
	struct workspace *ws;
	struct problem *p;            /* its cases, the student's saved ones included */
	const struct run_args *a;
	char *path, *shown;           /* the solution file, and as the user names it */
	struct sbx_policy *policy;    /* built once, when first needed */
	struct prob_case custom;      /* --case; expected is the reference's answer */
	struct problem one;           /* p with the --case case only */
	char *saved_as;               /* --save: the case's name */
	struct sbx_policy *san_policy;   /* --sanitize: sbx_policy_new_sanitize, when needed */
	struct sbx_nsgroup *ns;       /* the solution's namespaces, made first (not --sanitize) */
};

static int get_san_policy(struct session *s)
{
	if (s->san_policy)
		return 0;
	return sbx_policy_new_sanitize(&s->san_policy);
}

static int get_policy(struct session *s)
{
	if (s->policy)
		return 0;
	if (sbx_policy_new(&s->policy) < 0)
		return -1;
	ju_trace("seccomp program built");
	return 0;
}

/* The cases to judge: the problem's and the saved ones, or the --case alone
 * with the reference solution's answer. */
static int prepare(struct session *s)
{
	ju_trace("problem resolved");
	if (!s->a->case_text) {
		if (prob_load_cases(s->p, s->ws) < 0 || cust_load_saved(s->p, s->ws) < 0)
			return -1;
		ju_trace("cases loaded");
		return 0;
	}
	if (cust_parse_case(s->p, s->a->case_text, &s->custom) < 0 || get_policy(s) < 0 ||
	    cust_reference_answer(s->ws, s->p, s->policy, &s->custom, &s->custom.expected) < 0)
		return -1;
	ju_trace("reference answer");
	s->one = cust_one_case(s->p, &s->custom);
	if (s->a->save && cust_save_case(s->ws, s->p, &s->custom, &s->saved_as) < 0)
		return -1;
	return 0;
}

/* Beyond the verdict: the reference's time on AC; on a failure that may
 * come from state kept between calls, the case rerun alone. */
static void diagnose(struct session *s, const struct problem *jp, const struct cmp_result *cr,
		     const struct run_report *rr, struct rep_diag *d)
{
	if (rr->verdict == VERDICT_AC) {
		if (!s->a->case_text) {
			d->reference_ms = cust_reference_ms(s->ws, jp, s->policy);
			ju_trace("reference time");
		}
		return;
	}
	bool stateful = rr->verdict == VERDICT_WA || rr->verdict == VERDICT_RE || rr->verdict == VERDICT_MLE;
	/* the first case has seen no other call: alone it is the same run */
	if (!stateful || s->a->isolate || s->a->case_text || rr->failed_index <= 0)
		return;
	d->passes_alone = cust_passes_alone(s->ws, jp, cr->binary, s->policy, rr->failed_index);
	ju_trace("failed case rerun alone");
	if (d->passes_alone == 1)
		cust_state_vars(cr->binary, s->path, &d->state_vars, &d->nstate_vars);
}

static int judge_once(void *ctx)
{
	struct session *s = ctx;
	const struct run_args *a = s->a;
	const struct problem *jp = a->case_text ? &s->one : s->p;
	struct cmp_result cr = { 0 };
	struct run_report rr = { 0 };
	struct rep_diag diag = { .custom = a->case_text != NULL, .saved_as = s->saved_as,
				 .reference_ms = -1, .passes_alone = -1 };
	int status = 2;
	if ((a->sanitize ? cmp_build_sanitized(s->ws, s->p, s->path, s->shown, &cr)
			 : cmp_build(s->ws, s->p, s->path, s->shown, &cr)) < 0)
		goto cleanup;
	ju_trace(cr.cached ? "compiled (cache hit)" : "compiled");
	if (cr.ok) {
		struct run_options o = { .isolate = a->isolate, .ns = a->sanitize ? NULL : s->ns };
		o.sanitize = a->sanitize;
		if (get_policy(s) < 0 || (a->sanitize && get_san_policy(s) < 0) ||
		    run_solution(s->ws, jp, cr.binary, a->sanitize ? s->san_policy : s->policy, &o, &rr) < 0)
			goto cleanup;
		ju_trace("cases run");
		/* a sanitized binary is neither timed against the reference nor
		 * rerun under the plain policy */
		if (!a->sanitize)
			diagnose(s, jp, &cr, &rr, &diag);
	}
	struct rep_run rep = { .problem = jp, .solution = s->shown, .compile = &cr,
			       .run = cr.ok ? &rr : NULL, .diag = &diag };
	/* --complexity: the growth, measured after the verdict (any verdict but CE) */
	struct cx_report cx = { 0 };
	bool have_cx = false;
	if (a->complexity && cr.ok) {
		if (cx_measure(s->ws, s->p, cr.binary, s->policy, &cx) < 0)
			goto cleanup;
		have_cx = true;
		ju_trace("complexity measured");
	}
	if (a->json) {
		char *j = rep_json(&rep);
		if (j && have_cx) {   /* one object: the report with "complexity" added */
			json_t *o = json_loads(j, 0, NULL);
			free(j);
			j = NULL;
			if (o) {
				json_object_set_new(o, "complexity", cx_json(&cx));
				j = json_dumps(o, JSON_COMPACT);
				json_decref(o);
			}
		}
		if (!j) {
			cx_release(&cx);
			ju_error("out of memory writing JSON");
			goto cleanup;
		}
		puts(j);
		free(j);
	} else {
		rep_print_human(stdout, &rep, rep_use_color(stdout));
		if (!a->sanitize && cr.ok && rr.verdict == VERDICT_RE)
			printf("  rerun with --sanitize to find the cause\n");
		if (have_cx)
			cx_print(stdout, &cx);
	}
	cx_release(&cx);
	status = rep_verdict(&rep) == VERDICT_AC ? 0 : 1;
	/* Only a damaged or foreign history changes the status (history.h).
	 * A --case run is LeetCode's "Run", not a submission: no attempt. */
	if (!a->no_record && !a->case_text && hist_record_run(s->ws, &rep, s->path) < 0)
		status = 2;
cleanup:
	for (int i = 0; i < diag.nstate_vars; i++)
		free(diag.state_vars[i]);
	free(diag.state_vars);
	run_report_release(&rr);
	cmp_result_release(&cr);
	return status;
}

static int judge_it(struct workspace *ws, struct problem *p, const struct run_args *a)
{
	struct session s = { .ws = ws, .p = p, .a = a };
	s.path = a->file ? ju_strdup(a->file) : ju_asprintf("%s/%s.c", ws->solutions_dir, p->slug);
	s.shown = a->file ? ju_strdup(a->file) : ws_display_path(s.path);
	int status = 2;
	/* first: its spawner makes them while the cases load and the cache is checked */
	if (!a->sanitize && run_nsgroup_new(ws, &s.ns) < 0)
		goto cleanup;
	if (prepare(&s) < 0)
		goto cleanup;
	if (!a->watch)
		status = judge_once(&s);
	else   /* JSON lines stay on stdout alone */
		status = cli_watch(s.path, a->json ? stderr : stdout, judge_once, &s) < 0 ? 2 : 0;
cleanup:
	sbx_nsgroup_free(s.ns);
	sbx_policy_free(s.policy);
	sbx_policy_free(s.san_policy);
	cust_case_release(p, &s.custom);
	free(s.saved_as);
	free(s.path);
	free(s.shown);
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
