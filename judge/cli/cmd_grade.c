/*
 * cmd_grade.c - judge grade [PATH]: judge a folder of solutions (or of
 * submitters' folders) in parallel, and report as a table, JSON and JUnit.
 *
 * Each submission (submitter x problem) is judged by a worker: this very
 * program run as `judge run <slug> --file F --json` in a child process with
 * a deadline.  A hostile solution is then one sandboxed run inside one
 * worker: it can take nothing but its own verdict down.  The parent is a
 * child subreaper, so whatever a killed worker leaves behind comes back to
 * it and is killed too.
 *
 * The JSON report is the source of truth: the JUnit and the table are made
 * from it, and `--merge` rebuilds both from shard reports, which is why a
 * merged report equals the unsharded one.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "junit.h"
#include "problem.h"
#include "proc.h"
#include "text.h"
#include "util.h"
#include "verdict.h"
#include "workspace.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <libgen.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define GRADE_FORMAT "judge-grade/1"
#define GRADE_MAX_JOBS 256
#define GRADE_OUT_MAX (32u << 20)     /* a worker's JSON: stdout and logs are capped far below */
#define GRADE_ERR_MAX (16u << 10)     /* a worker's stderr kept for the report */
/* A worker's deadline: the compile limit (30 s) and start-up (5 s) plus
 * every case's wall-clock limit, plus slack for a loaded machine.  The run
 * enforces its own limits; this only catches a judge that hangs. */
#define GRADE_FIXED_MS 60000u

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

/* one submission: a submitter's solution to a problem */
struct unit {
	char *submitter;     /* folder name as it is */
	char *shown;         /* the same, safe to print */
	const struct problem *p;
	char *file;          /* passed to the worker */
	int index;           /* position in the unsharded report */
};

struct unknown {
	char *submitter;     /* safe text; NULL beside the submitters */
	char *file;          /* safe text */
	const char *reason;
};

struct plan {
	char *path;
	struct problem **all;
	int nall;
	struct problem **sel;    /* selected, by number */
	int nsel;
	bool explicit_sel;
	char **submitters;       /* raw, sorted */
	int nsubmitters;
	struct unit *units;
	int nunits;
	struct unknown *unknown;
	int nunknown;
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
/* small helpers */

/* jansson wants valid UTF-8; names, paths and the judge's stderr come from
 * the submitters.  Never NULL (ju_text_safe of nothing may be). */
static char *safe_bytes(const char *s, size_t len, size_t max)
{
	char *t = s ? ju_text_safe(s, len, max, NULL) : NULL;
	return t ? t : ju_strdup("");
}

static char *safe_text(const char *s)
{
	return safe_bytes(s, strlen(s), strlen(s) + 1);
}

static json_t *safe_json(const char *s)
{
	char *t = safe_text(s);
	json_t *j = json_string(t);
	free(t);
	return j ? j : json_string("");
}

static const char *jstr(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_problem(const void *a, const void *b)
{
	const struct problem *x = *(struct problem *const *)a, *y = *(struct problem *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int cmp_unit(const void *a, const void *b)
{
	const struct unit *x = a, *y = b;
	int c = strcmp(x->submitter, y->submitter);
	return c ? c : x->p->id < y->p->id ? -1 : x->p->id > y->p->id;
}

/* ------------------------------------------------------------------ */
/* finding the submissions */

enum kind { K_FILE, K_DIR, K_LINK, K_OTHER };

struct entry {
	char *name;
	enum kind kind;
};

static void free_entries(struct entry *e, int n)
{
	for (int i = 0; i < n; i++)
		free(e[i].name);
	free(e);
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* The folder's entries sorted by name, hidden ones left out (.git, .gitkeep).
 * lstat: a link is reported, never followed (a link to /etc/passwd named
 * like a solution would put that file into a compile log). */
static int list_dir(const char *dir, struct entry **out, int *n)
{
	DIR *d = opendir(dir);
	*out = NULL;
	*n = 0;
	if (!d)
		return ju_error("cannot read the folder '%s':", dir);
	struct dirent *de;
	int cap = 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char *path = ju_path_join(dir, de->d_name);
		struct stat st;
		enum kind k = K_OTHER;
		if (lstat(path, &st) == 0)
			k = S_ISREG(st.st_mode) ? K_FILE : S_ISDIR(st.st_mode) ? K_DIR :
			    S_ISLNK(st.st_mode) ? K_LINK : K_OTHER;
		free(path);
		if (*n == cap)
			*out = ju_realloc(*out, sizeof **out * (size_t)(cap = cap ? cap * 2 : 16));
		(*out)[(*n)++] = (struct entry){ ju_strdup(de->d_name), k };
	}
	closedir(d);
	qsort(*out, (size_t)*n, sizeof **out, cmp_entry);
	return 0;
}

/* The problem whose slug the file name is ("<slug>.c"), or NULL. */
static const struct problem *problem_of(const struct plan *pl, const char *name)
{
	size_t len = strlen(name);
	if (len < 3 || strcmp(name + len - 2, ".c"))
		return NULL;
	for (int i = 0; i < pl->nall; i++)
		if (strlen(pl->all[i]->slug) == len - 2 && !strncmp(pl->all[i]->slug, name, len - 2))
			return pl->all[i];
	return NULL;
}

static bool selected(const struct plan *pl, const struct problem *p)
{
	for (int i = 0; i < pl->nsel; i++)
		if (pl->sel[i] == p)
			return true;
	return false;
}

static void add_unknown(struct plan *pl, const char *submitter, const char *file, const char *reason)
{
	pl->unknown = ju_realloc(pl->unknown, sizeof *pl->unknown * (size_t)(pl->nunknown + 1));
	pl->unknown[pl->nunknown++] = (struct unknown){
		submitter ? safe_text(submitter) : NULL, safe_text(file), reason };
}

static const char *why_unknown(enum kind k, const char *name)
{
	size_t len = strlen(name);
	switch (k) {
	case K_DIR: return "a folder where solution files belong";
	case K_LINK: return "a symbolic link (not followed)";
	case K_OTHER: return "not a regular file";
	case K_FILE: break;
	}
	return len >= 2 && !strcmp(name + len - 2, ".c") ? "not named after a problem: <slug>.c"
							    : "not a C file";
}

/* One submitter's folder: its entries become units or unknown files. */
static void add_submitter(struct plan *pl, const char *submitter, const char *dir,
			  const struct entry *e, int n)
{
	pl->submitters = ju_realloc(pl->submitters, sizeof *pl->submitters * (size_t)(pl->nsubmitters + 1));
	pl->submitters[pl->nsubmitters++] = ju_strdup(submitter);
	for (int i = 0; i < n; i++) {
		const struct problem *p = e[i].kind == K_FILE ? problem_of(pl, e[i].name) : NULL;
		char *file = ju_path_join(dir, e[i].name);
		if (!p) {
			ju_error("grade: %s: %s", file, why_unknown(e[i].kind, e[i].name));
			add_unknown(pl, submitter, file, why_unknown(e[i].kind, e[i].name));
			free(file);
			continue;
		}
		if (!selected(pl, p)) {   /* a solution, just not asked for */
			free(file);
			continue;
		}
		pl->units = ju_realloc(pl->units, sizeof *pl->units * (size_t)(pl->nunits + 1));
		pl->units[pl->nunits++] = (struct unit){ ju_strdup(submitter), safe_text(submitter), p, file, 0 };
	}
}

/* PATH holds solutions itself when any file in it is <slug>.c, or when it
 * has no folders; otherwise each folder in it is a submitter. */
static int discover(struct plan *pl)
{
	struct entry *top = NULL;
	int ntop = 0, ret = -1;
	if (list_dir(pl->path, &top, &ntop) < 0)
		return -1;
	bool flat = true;
	for (int i = 0; i < ntop; i++)
		if (top[i].kind == K_DIR)
			flat = false;
	for (int i = 0; i < ntop && !flat; i++)
		if (top[i].kind == K_FILE && problem_of(pl, top[i].name))
			flat = true;
	if (flat) {
		char *real = realpath(pl->path, NULL);
		if (!real) {
			ju_error("cannot resolve '%s':", pl->path);
			goto cleanup;
		}
		add_submitter(pl, basename(real), pl->path, top, ntop);
		free(real);
	} else {
		for (int i = 0; i < ntop; i++) {
			char *sub = ju_path_join(pl->path, top[i].name);
			if (top[i].kind != K_DIR) {
				ju_error("grade: %s: %s", sub, "not a submitter's folder");
				add_unknown(pl, NULL, sub, "not a submitter's folder");
			} else {
				struct entry *e;
				int n;
				if (list_dir(sub, &e, &n) < 0) {
					free(sub);
					goto cleanup;
				}
				add_submitter(pl, top[i].name, sub, e, n);
				free_entries(e, n);
			}
			free(sub);
		}
	}
	qsort(pl->submitters, (size_t)pl->nsubmitters, sizeof *pl->submitters, cmp_str);
	qsort(pl->units, (size_t)pl->nunits, sizeof *pl->units, cmp_unit);
	for (int i = 0; i < pl->nunits; i++)
		pl->units[i].index = i;
	ret = 0;
cleanup:
	free_entries(top, ntop);
	return ret;
}

/* --problems: numbers or slugs (or what `judge run` accepts), no repeats. */
static int select_problems(struct plan *pl, const struct workspace *ws, const char *list)
{
	pl->sel = ju_calloc((size_t)pl->nall + 1, sizeof *pl->sel);
	if (!list) {
		memcpy(pl->sel, pl->all, sizeof *pl->sel * (size_t)pl->nall);
		pl->nsel = pl->nall;
		return 0;
	}
	pl->explicit_sel = true;
	char *copy = ju_strdup(list), *save = NULL;
	int ret = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		struct problem *q = prob_resolve(ws, tok);
		if (!q) {
			ret = -1;
			break;
		}
		for (int i = 0; i < pl->nall; i++)
			if (!strcmp(pl->all[i]->slug, q->slug) && !selected(pl, pl->all[i]))
				pl->sel[pl->nsel++] = pl->all[i];
		prob_free(q);
	}
	free(copy);
	if (ret == 0 && pl->nsel == 0)
		ret = ju_error("grade: --problems names no problem");
	qsort(pl->sel, (size_t)pl->nsel, sizeof *pl->sel, cmp_problem);
	return ret;
}

static void plan_release(struct plan *pl)
{
	for (int i = 0; i < pl->nsubmitters; i++)
		free(pl->submitters[i]);
	for (int i = 0; i < pl->nunits; i++) {
		free(pl->units[i].submitter);
		free(pl->units[i].shown);
		free(pl->units[i].file);
	}
	for (int i = 0; i < pl->nunknown; i++) {
		free(pl->unknown[i].submitter);
		free(pl->unknown[i].file);
	}
	free(pl->submitters);
	free(pl->units);
	free(pl->unknown);
	free(pl->sel);
	prob_free_all(pl->all, pl->nall);
	free(pl->path);
}

/* ------------------------------------------------------------------ */
/* the workers */

struct worker {
	pid_t pid;
	int out, err, pidfd;     /* -1 when closed */
	struct ju_buf obuf, ebuf;
	uint64_t t0, deadline;
	struct unit *u;
	int slot;                /* where its record goes */
	bool reaped, timed_out;
	int status;
};

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

static int pidfd_of(pid_t pid)
{
#ifdef SYS_pidfd_open
	return (int)syscall(SYS_pidfd_open, pid, 0);
#else
	(void)pid;
	return -1;
#endif
}

/* Does this judge's `run` know --no-record yet? (The history is recorded
 * by `judge run`; grading must not touch it unless asked.) */
static bool run_has_no_record(void)
{
	char *argv[] = { "/proc/self/exe", "run", "--help", NULL };
	struct ju_proc_result r;
	if (ju_proc_run(argv, NULL, 10000, 1 << 16, &r) < 0)
		return false;
	bool yes = r.output && strstr(r.output, "--no-record");
	free(r.output);
	return yes;
}

static int start_worker(struct worker *w, struct unit *u, int slot, int self, bool no_record)
{
	int op[2], ep[2];
	memset(w, 0, sizeof *w);
	w->out = w->err = w->pidfd = -1;
	if (pipe2(op, O_CLOEXEC) < 0)
		return ju_error("cannot create a pipe:");
	if (pipe2(ep, O_CLOEXEC) < 0) {
		close(op[0]);
		close(op[1]);
		return ju_error("cannot create a pipe:");
	}
	char *file_arg = ju_asprintf("--file=%s", u->file);
	char *argv[] = { "judge", "run", u->p->slug, file_arg, "--json",
			 no_record ? "--no-record" : NULL, NULL };
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid == 0) {
		/* its own process group, so a deadline kills all of it; dies with us */
		setpgid(0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(127);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		int in = open("/dev/null", O_RDONLY);
		if (in < 0 || dup2(in, 0) < 0 || dup2(op[1], 1) < 0 || dup2(ep[1], 2) < 0)
			_exit(127);
		syscall(SYS_execveat, self, "", argv, environ, AT_EMPTY_PATH);
		execv("/proc/self/exe", argv);
		_exit(127);
	}
	free(file_arg);
	close(op[1]);
	close(ep[1]);
	if (pid < 0) {
		close(op[0]);
		close(ep[0]);
		return ju_error("cannot fork:");
	}
	setpgid(pid, pid);
	fcntl(op[0], F_SETFL, O_NONBLOCK);
	fcntl(ep[0], F_SETFL, O_NONBLOCK);
	unsigned ms = GRADE_FIXED_MS;
	if (u->p->ncases > 0)
		ms += (unsigned)u->p->ncases * (u->p->time_limit_ms * 2 + 1000);
	w->pid = pid;
	w->out = op[0];
	w->err = ep[0];
	w->pidfd = pidfd_of(pid);
	w->u = u;
	w->slot = slot;
	w->t0 = ju_now_us();
	w->deadline = w->t0 + (uint64_t)ms * 1000;
	return 0;
}

/* Read what is there; close on end of file.  Past the cap it is drained
 * and dropped, so a flood cannot block the worker or fill our memory. */
static void drain(int *fd, struct ju_buf *b, size_t cap, bool *overflow)
{
	char chunk[65536];
	while (*fd >= 0) {
		ssize_t n = read(*fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		if (n <= 0) {
			close(*fd);
			*fd = -1;
			return;
		}
		size_t keep = b->len < cap ? cap - b->len : 0;
		if ((size_t)n > keep && overflow)
			*overflow = true;
		ju_buf_add(b, chunk, (size_t)n < keep ? (size_t)n : keep);
	}
}

static void close_worker(struct worker *w)
{
	if (w->out >= 0)
		close(w->out);
	if (w->err >= 0)
		close(w->err);
	if (w->pidfd >= 0)
		close(w->pidfd);
	w->out = w->err = w->pidfd = -1;
}

/* Kill and reap every child that is not a running worker: what a dead
 * worker left behind was reparented to us (we are a subreaper). */
static void reap_orphans(const struct worker *ws, int nw)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/task/%d/children", (int)getpid());
	for (int round = 0; round < 8; round++) {
		size_t len = 0;
		int q = ju_quiet;
		ju_quiet = true;
		char *list = ju_read_file(path, &len);
		ju_quiet = q;
		bool any = false;
		for (char *s = list, *end; s && *s; s = end) {
			long pid = strtol(s, &end, 10);
			if (end == s)
				break;
			bool worker = false;
			for (int i = 0; i < nw; i++)
				worker |= ws[i].pid == pid && !ws[i].reaped;
			if (worker || pid <= 0)
				continue;
			kill(-(pid_t)pid, SIGKILL);
			kill((pid_t)pid, SIGKILL);
			waitpid((pid_t)pid, NULL, 0);
			any = true;
		}
		free(list);
		if (!any)
			break;
	}
}

static json_t *ie_result(const struct unit *u, const char *detail)
{
	return json_pack("{s:s, s:i, s:s, s:s, s:i, s:i, s:o, s:s, s:s, s:[], s:[]}",
			 "problem", u->p->slug, "id", u->p->id, "verdict", "IE",
			 "verdict_name", verdict_name(VERDICT_IE), "passed", 0,
			 "total", u->p->ncases, "failed_case", json_null(), "detail", detail,
			 "compile_log", "", "notes", "cases");
}

/* The submission's record from what the worker said and how it ended. */
static json_t *finish_worker(struct worker *w, bool overflow)
{
	const struct unit *u = w->u;
	json_t *result = NULL;
	char *why = NULL;
	int code = WIFEXITED(w->status) ? WEXITSTATUS(w->status) : -1;
	if (w->timed_out) {
		why = ju_asprintf("the judge did not finish within %llu s",
				  (unsigned long long)((w->deadline - w->t0) / 1000000));
	} else if (WIFSIGNALED(w->status)) {
		why = ju_asprintf("the judge was killed by signal %d", WTERMSIG(w->status));
	} else if (code != 0 && code != 1) {
		/* exit 2: the judge could not run it; its message says why */
		char *first = ju_strndup(w->ebuf.data ? w->ebuf.data : "", strcspn(w->ebuf.data ? w->ebuf.data : "", "\n"));
		why = ju_asprintf("the judge could not run it (exit %d)%s%s", code, *first ? ": " : "", first);
		free(first);
	} else if (overflow) {
		why = ju_asprintf("the judge's report was larger than %u MB", GRADE_OUT_MAX >> 20);
	} else {
		json_error_t err;
		result = json_loadb(w->obuf.data ? w->obuf.data : "", w->obuf.len, 0, &err);
		const char *v = json_string_value(json_object_get(result, "verdict"));
		if (!json_is_object(result) || !v) {
			why = ju_asprintf("the judge's report is not a JSON object with a verdict");
		} else if ((code == 0) != !strcmp(v, "AC")) {
			why = ju_asprintf("the judge's exit status %d disagrees with its verdict %s", code, v);
		}
	}
	if (why) {
		json_decref(result);
		char *safe = safe_text(why);
		result = ie_result(u, safe);
		free(safe);
		free(why);
	}
	char *err = safe_bytes(w->ebuf.data, w->ebuf.len, GRADE_ERR_MAX);
	json_t *rec = json_pack("{s:i, s:o, s:s, s:i, s:o, s:s, s:i, s:f, s:o, s:o}",
		"unit", u->index,
		"submitter", safe_json(u->submitter),
		"problem", u->p->slug,
		"id", u->p->id,
		"file", safe_json(u->file),
		"verdict", jstr(result, "verdict"),
		"exit_status", code,
		"wall_ms", (double)(ju_now_us() - w->t0) / 1000.0,
		"stderr", json_string(err),
		"result", result);
	free(err);
	return rec;
}

static void progress(bool on, int done, int total, const struct unit *last)
{
	if (!on)
		return;
	const int width = 30;
	int fill = total ? done * width / total : width;
	fprintf(stderr, "\r\033[K[%.*s%*s] %d/%d", fill, "##############################",
		width - fill, "", done, total);
	if (last)
		fprintf(stderr, "  %.40s %d", last->shown, last->p->id);
	fflush(stderr);
}

/* Judge the units, jobs at a time; rec[i] gets unit i's record.  -1 only
 * when interrupted or when a worker cannot be started. */
static int run_units(struct unit **units, int n, int jobs, bool no_record, json_t **rec)
{
	struct worker *ws = ju_calloc((size_t)jobs, sizeof *ws);
	bool bar = isatty(2) && !ju_quiet;
	int next = 0, done = 0, active = 0, ret = 0;
	struct sigaction sa = { .sa_handler = on_signal }, old_int, old_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	for (int i = 0; i < jobs; i++)
		ws[i].reaped = true;
	/* this very program, opened once: the workers run the binary that
	 * started the grading even if it is rebuilt meanwhile (and under
	 * valgrind, the judge rather than valgrind) */
	int self = open("/proc/self/exe", O_PATH | O_CLOEXEC);
	progress(bar, 0, n, NULL);
	while ((next < n || active > 0) && !stop_signal) {
		for (int i = 0; i < jobs && next < n && !stop_signal; i++) {
			if (!ws[i].reaped)
				continue;
			if (start_worker(&ws[i], units[next], next, self, no_record) < 0) {
				ws[i].reaped = true;
				ret = -1;
				goto cleanup;
			}
			ws[i].reaped = false;
			next++;
			active++;
		}
		struct pollfd pf[3 * GRADE_MAX_JOBS];
		int np = 0;
		uint64_t now = ju_now_us(), wake = now + 1000000;
		bool need_tick = false;
		for (int i = 0; i < jobs; i++) {
			struct worker *w = &ws[i];
			if (w->reaped)
				continue;
			if (w->out >= 0)
				pf[np++] = (struct pollfd){ w->out, POLLIN, 0 };
			if (w->err >= 0)
				pf[np++] = (struct pollfd){ w->err, POLLIN, 0 };
			if (w->pidfd >= 0)
				pf[np++] = (struct pollfd){ w->pidfd, POLLIN, 0 };
			else
				need_tick = true;   /* no pidfd: look for its end now and then */
			if (w->deadline < wake)
				wake = w->deadline;
		}
		int timeout = wake > now ? (int)((wake - now) / 1000) + 1 : 0;
		if (need_tick && timeout > 10)
			timeout = 10;
		if (poll(pf, (nfds_t)np, timeout) < 0 && errno != EINTR) {
			ret = ju_error("poll:");
			goto cleanup;
		}
		now = ju_now_us();
		for (int i = 0; i < jobs; i++) {
			struct worker *w = &ws[i];
			if (w->reaped)
				continue;
			bool overflow = false;
			drain(&w->out, &w->obuf, GRADE_OUT_MAX, &overflow);
			drain(&w->err, &w->ebuf, GRADE_ERR_MAX, NULL);
			pid_t r = waitpid(w->pid, &w->status, WNOHANG);
			if (r == 0 && now >= w->deadline) {
				w->timed_out = true;
				kill(-w->pid, SIGKILL);
				while ((r = waitpid(w->pid, &w->status, 0)) < 0 && errno == EINTR)
					;
			}
			if (r == 0 || (r < 0 && errno == EINTR))
				continue;
			if (r < 0)
				w->status = SIGKILL;   /* lost (cannot happen): an internal error, never AC */
			/* it ended: what it wrote is in the pipes (a leftover may hold them open) */
			drain(&w->out, &w->obuf, GRADE_OUT_MAX, &overflow);
			drain(&w->err, &w->ebuf, GRADE_ERR_MAX, NULL);
			kill(-w->pid, SIGKILL);   /* nothing of a worker outlives it */
			close_worker(w);
			w->reaped = true;
			rec[w->slot] = finish_worker(w, overflow);
			ju_buf_release(&w->obuf);
			ju_buf_release(&w->ebuf);
			reap_orphans(ws, jobs);
			active--;
			done++;
			progress(bar, done, n, w->u);
		}
	}
cleanup:
	for (int i = 0; i < jobs; i++) {
		struct worker *w = &ws[i];
		if (w->reaped)
			continue;
		kill(-w->pid, SIGKILL);
		waitpid(w->pid, NULL, 0);
		close_worker(w);
		ju_buf_release(&w->obuf);
		ju_buf_release(&w->ebuf);
		w->reaped = true;
	}
	reap_orphans(ws, 0);
	if (self >= 0)
		close(self);
	if (bar)
		fputs("\r\033[K", stderr);
	free(ws);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (stop_signal) {
		int sig = stop_signal;
		ju_error("grade: interrupted; no report written");
		signal(sig, SIG_DFL);
		raise(sig);
		return -1;
	}
	return ret;
}

/* ------------------------------------------------------------------ */
/* the report */

static json_t *summary(const json_t *report)
{
	int counts[VERDICT_COUNT] = { 0 };
	size_t i;
	const json_t *s;
	json_array_foreach(json_object_get(report, "submissions"), i, s) {
		int v = verdict_parse(jstr(s, "verdict"));
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
static json_t *build_report(const struct plan *pl, int k, int n, json_t **rec, int nrec)
{
	json_t *problems = json_array(), *subs = json_array(), *subs_list = json_array();
	json_t *missing = json_array(), *unknown = json_array();
	for (int i = 0; i < pl->nsel; i++)
		json_array_append_new(problems, json_pack("{s:i, s:s}", "id", pl->sel[i]->id,
							  "slug", pl->sel[i]->slug));
	for (int i = 0; i < pl->nsubmitters; i++)
		json_array_append_new(subs_list, safe_json(pl->submitters[i]));
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
						"submitter", safe_json(pl->submitters[s]),
						"problem", pl->sel[j]->slug, "id", pl->sel[j]->id));
			}
	}
	for (int i = 0; k == 1 && i < pl->nunknown; i++)
		json_array_append_new(unknown, json_pack("{s:o, s:s, s:s}",
			"submitter", pl->unknown[i].submitter ? json_string(pl->unknown[i].submitter) : json_null(),
			"file", pl->unknown[i].file, "reason", pl->unknown[i].reason));
	json_t *r = json_pack("{s:s, s:o, s:o, s:b, s:o, s:o, s:o, s:o, s:o}",
		"format", GRADE_FORMAT,
		"path", safe_json(pl->path),
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
				if (!strcmp(jstr(sub, "submitter"), name) &&
				    json_integer_value(json_object_get(sub, "id")) ==
				    json_integer_value(json_object_get(p, "id")))
					cell = jstr(sub, "verdict");
			fprintf(f, "  %4s", cell);
		}
		fputc('\n', f);
	}
	const json_t *u;
	json_array_foreach(json_object_get(report, "unknown"), i, u)
		fprintf(f, "unknown file: %s (%s)\n", jstr(u, "file"), jstr(u, "reason"));
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
static int emit(const struct grade_args *a, const json_t *report)
{
	if (a->json) {
		char *j = json_dumps(report, JSON_INDENT(2));
		if (!j)
			return ju_error("out of memory writing JSON"), 2;
		struct ju_buf b = JU_BUF_INIT;
		ju_buf_adds(&b, j);
		ju_buf_adds(&b, "\n");
		free(j);
		int rc = write_out(a->json, b.data);
		ju_buf_release(&b);
		if (rc < 0)
			return 2;
	}
	if (a->junit) {
		char *x = rep_junit_xml(report);
		if (!x || write_out(a->junit, x) < 0) {
			free(x);
			return 2;
		}
		free(x);
	}
	bool to_stdout = !(a->json && !strcmp(a->json, "-")) && !(a->junit && !strcmp(a->junit, "-"));
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

static int merge(const struct grade_args *a)
{
	json_t **in = ju_calloc((size_t)a->nreports, sizeof *in);
	json_t *out = NULL, **subs = NULL;
	int status = 2, count = 0;
	json_int_t units = -1;
	size_t nsubs = 0;
	bool *seen = NULL;
	for (int i = 0; i < a->nreports; i++) {
		json_error_t err;
		in[i] = json_load_file(a->reports[i], 0, &err);
		if (!in[i]) {
			ju_error("grade --merge: %s:%d: %s", a->reports[i], err.line, err.text);
			goto cleanup;
		}
		if (strcmp(jstr(in[i], "format"), GRADE_FORMAT)) {
			ju_error("grade --merge: %s is not a grade report (format %s)", a->reports[i], GRADE_FORMAT);
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
				 a->reports[i], a->reports[0]);
			goto cleanup;
		}
		seen[k] = true;
		nsubs += json_array_size(json_object_get(in[i], "submissions"));
	}
	if (a->nreports != count) {
		ju_error("grade --merge: the run has %d shards, %d reports given", count, a->nreports);
		goto cleanup;
	}
	subs = ju_calloc(nsubs + 1, sizeof *subs);
	size_t at = 0, j;
	json_t *s;
	for (int i = 0; i < a->nreports; i++)
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
	for (int i = 0; i < a->nreports; i++) {
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
	status = emit(a, out);
cleanup:
	for (int i = 0; i < a->nreports; i++)
		json_decref(in[i]);
	json_decref(out);
	free(in);
	free(subs);
	free(seen);
	return status;
}

/* ------------------------------------------------------------------ */

static int grade(const struct grade_args *a, struct workspace *ws)
{
	struct plan pl = { 0 };
	struct unit **mine = NULL;
	json_t **rec = NULL, *report = NULL;
	int nmine = 0, status = 2;
	pl.path = a->path ? ju_strdup(a->path) : ws_display_path(ws->solutions_dir);
	if (!ju_is_dir(pl.path)) {
		status = cli_usage_error("grade", "'%s' is not a folder", pl.path);
		goto cleanup;
	}
	if (prob_load_all(ws, &pl.all, &pl.nall) < 0 || select_problems(&pl, ws, a->problems) < 0 ||
	    discover(&pl) < 0)
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
	bool no_record = !a->record && nmine > 0 && run_has_no_record();
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = a->jobs ? a->jobs : cpus > 0 ? (int)(cpus < GRADE_MAX_JOBS ? cpus : GRADE_MAX_JOBS) : 1;
	if (jobs > nmine)
		jobs = nmine > 0 ? nmine : 1;
	rec = ju_calloc((size_t)nmine + 1, sizeof *rec);
	if (run_units(mine, nmine, jobs, no_record, rec) < 0)
		goto cleanup;
	report = build_report(&pl, a->shard_k, a->shard_n, rec, nmine);
	status = emit(a, report);
cleanup:
	for (int i = 0; rec && i < nmine; i++)
		json_decref(rec[i]);
	free(rec);
	free(mine);
	json_decref(report);
	plan_release(&pl);
	return status;
}

int cmd_grade(int argc, char **argv)
{
	struct grade_args a = { 0 };
	int rc = parse_args(argc, argv, &a);
	if (rc != 0)
		return rc < 0 ? 0 : rc;
	if (a.merge)
		return merge(&a);
	struct workspace ws = { 0 };
	if (ws_find(&ws) < 0)
		return 2;
	int status = grade(&a, &ws);
	ws_release(&ws);
	return status;
}
