/*
 * cmd_grade.c - judge grade [PATH]: judge a folder of solutions (or of
 * submitters' folders) in parallel, and report as a table, JSON and JUnit.
 *
 * This file is the command: its options and the flow of a grading.  Finding
 * the submissions and the worker processes that judge them are in
 * run/grade_workers.c; the JSON report, the table, JUnit and --merge in
 * report/grade_report.c.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "grade_report.h"
#include "grade_workers.h"
#include "problem.h"
#include "util.h"
#include "workspace.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

static const char grade_help[] =
	"usage: judge grade [PATH] [--junit FILE] [--json FILE] [--jobs N] [--shard K/N]\n"
	"                   [--problems LIST] [--record]\n"
	"       judge grade --merge REPORT.json... [--junit FILE] [--json FILE]\n"
	"\n"
	"Judge every solution under PATH (default: solutions/ of the workspace) in\n"
	"parallel and print a table of verdicts, submitters x problems.\n"
	"\n"
	"  PATH           a folder of <slug>.c files (one submitter, named after the\n"
	"                 folder) or a folder of such folders (one submitter each)\n"
	"  --junit FILE   write JUnit XML (a testsuite per submitter) to FILE\n"
	"  --json FILE    write the JSON report (every submission's `judge run --json`)\n"
	"  --jobs N       run N submissions at once (default: the number of CPUs)\n"
	"  --shard K/N    judge only shard K of N: submission i (in report order,\n"
	"                 from 0) belongs to shard (i mod N) + 1\n"
	"  --problems L   only these problems: numbers or slugs, comma separated;\n"
	"                 a selected problem without a solution is reported as skipped\n"
	"  --record       record the runs in the practice history (default: not)\n"
	"  --merge        merge the JSON reports of all N shards into one report,\n"
	"                 table and JUnit, the same as an unsharded run would give\n"
	"  -h, --help     this text\n"
	"\n"
	"Files that are not <slug>.c of a problem, folders where a file belongs and\n"
	"symbolic links are reported as unknown files; hidden entries are skipped.\n"
	"FILE may be '-' for stdout (the table then goes to stderr).\n"
	"exit status: 0 every submission Accepted, 1 any other verdict, 2 usage or setup error\n";

struct grade_args {
	const char *path;
	const char *junit;
	const char *json;
	const char *problems;
	int jobs;
	int shard_k, shard_n;
	bool record;
	bool merge;
	char **reports;      /* --merge inputs */
	int nreports;
};

/* ------------------------------------------------------------------ */
/* arguments */

static int parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -1;
	*out = (int)v;
	return 0;
}

static int parse_shard(const char *s, int *k, int *n)
{
	const char *slash = strchr(s, '/');
	if (!slash)
		return -1;
	char *ks = ju_strndup(s, (size_t)(slash - s));
	int rc = parse_int(ks, 1, 1000000, k) < 0 || parse_int(slash + 1, 1, 1000000, n) < 0 || *k > *n ? -1 : 0;
	free(ks);
	return rc;
}

static int parse_args(int argc, char **argv, struct grade_args *a)
{
	static const struct option opts[] = {
		{ "junit", required_argument, NULL, 'u' },
		{ "json", required_argument, NULL, 'J' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "shard", required_argument, NULL, 's' },
		{ "problems", required_argument, NULL, 'p' },
		{ "record", no_argument, NULL, 'r' },
		{ "merge", no_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool sharded = false;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "j:h", opts, NULL)) != -1) {
		switch (c) {
		case 'u': a->junit = optarg; break;
		case 'J': a->json = optarg; break;
		case 'j':
			if (parse_int(optarg, 1, GRADE_MAX_JOBS, &a->jobs) < 0)
				return cli_usage_error("grade", "--jobs wants a number from 1 to %d, not '%s'",
						       GRADE_MAX_JOBS, optarg);
			break;
		case 's':
			if (parse_shard(optarg, &a->shard_k, &a->shard_n) < 0)
				return cli_usage_error("grade", "--shard wants K/N with 1 <= K <= N, not '%s'", optarg);
			sharded = true;
			break;
		case 'p': a->problems = optarg; break;
		case 'r': a->record = true; break;
		case 'm': a->merge = true; break;
		case 'h': return cli_help(grade_help) - 1;
		default:
			return cli_usage_error("grade", "unknown option or missing value: '%s'", argv[optind - 1]);
		}
	}
	if (a->junit && a->json && !strcmp(a->junit, "-") && !strcmp(a->json, "-"))
		return cli_usage_error("grade", "only one of --junit and --json can be '-'");
	if (a->merge) {
		if (sharded || a->jobs || a->problems || a->record)
			return cli_usage_error("grade", "--merge takes only reports, --junit and --json");
		if (optind >= argc)
			return cli_usage_error("grade", "--merge: which reports? give the shards' JSON files");
		a->reports = argv + optind;
		a->nreports = argc - optind;
		return 0;
	}
	if (!sharded)
		a->shard_k = a->shard_n = 1;
	if (optind < argc)
		a->path = argv[optind++];
	if (optind < argc)
		return cli_usage_error("grade", "unexpected argument '%s' (one PATH at most)", argv[optind]);
	return 0;
}

/* ------------------------------------------------------------------ */

static int grade(const struct grade_args *a, struct workspace *ws)
{
	struct gw_plan pl = { 0 };
	struct gw_unit **mine = NULL;
	json_t **rec = NULL, *report = NULL;
	int nmine = 0, status = 2;
	pl.path = a->path ? ju_strdup(a->path) : ws_display_path(ws->solutions_dir);
	if (!ju_is_dir(pl.path)) {
		status = cli_usage_error("grade", "'%s' is not a folder", pl.path);
		goto cleanup;
	}
	if (prob_load_all(ws, &pl.all, &pl.nall) < 0 || gw_select_problems(&pl, ws, a->problems) < 0 ||
	    gw_discover(&pl) < 0)
		goto cleanup;
	mine = ju_calloc((size_t)pl.nunits + 1, sizeof *mine);
	for (int i = 0; i < pl.nunits; i++)
		if (i % a->shard_n == a->shard_k - 1)
			mine[nmine++] = &pl.units[i];
	/* cases (and the generators' output, cached) once here, not racing in
	 * every worker; the deadlines need the number of cases too */
	for (int i = 0; i < pl.nsel; i++) {
		bool used = false;
		for (int j = 0; j < nmine && !used; j++)
			used = mine[j]->p == pl.sel[i];
		if (used && prob_load_cases(pl.sel[i], ws) < 0)
			goto cleanup;
	}
	/* workers find this workspace wherever PATH is */
	if (setenv("JUDGE_WORKSPACE", ws->root, 1) < 0) {
		ju_error("cannot set JUDGE_WORKSPACE:");
		goto cleanup;
	}
	/* what a killed worker leaves behind is reparented to us, to be killed */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	bool no_record = !a->record && nmine > 0 && gw_run_has_no_record();
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = a->jobs ? a->jobs : cpus > 0 ? (int)(cpus < GRADE_MAX_JOBS ? cpus : GRADE_MAX_JOBS) : 1;
	if (jobs > nmine)
		jobs = nmine > 0 ? nmine : 1;
	rec = ju_calloc((size_t)nmine + 1, sizeof *rec);
	if (gw_run_units(mine, nmine, jobs, no_record, rec) < 0)
		goto cleanup;
	report = gr_build_report(&pl, a->shard_k, a->shard_n, rec, nmine);
	status = gr_emit(a->json, a->junit, report);
cleanup:
	for (int i = 0; rec && i < nmine; i++)
		json_decref(rec[i]);
	free(rec);
	free(mine);
	json_decref(report);
	gw_plan_release(&pl);
	return status;
}

int cmd_grade(int argc, char **argv)
{
	struct grade_args a = { 0 };
	int rc = parse_args(argc, argv, &a);
	if (rc != 0)
		return rc < 0 ? 0 : rc;
	if (a.merge)
		return gr_merge(a.reports, a.nreports, a.json, a.junit);
	struct workspace ws = { 0 };
	if (ws_find(&ws) < 0)
		return 2;
	int status = grade(&a, &ws);
	ws_release(&ws);
	return status;
}
