/*
 * grade_workers.c - the submissions of `judge grade` and their workers.
 *
 * Each submission (submitter x problem) is judged by a worker: this very
 * program run as `judge run <slug> --file F --json` in a child process with
 * a deadline.  A hostile solution is then one sandboxed run inside one
 * worker: it can take nothing but its own verdict down.  The parent is a
 * child subreaper, so whatever a killed worker leaves behind comes back to
 * it and is killed too.
 */
#define _GNU_SOURCE
#include "grade_workers.h"

#include "proc.h"
#include "text.h"
#include "util.h"
#include "verdict.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
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

#define GRADE_OUT_MAX (32u << 20)     /* a worker's JSON: stdout and logs are capped far below */
#define GRADE_ERR_MAX (16u << 10)     /* a worker's stderr kept for the report */
/* A worker's deadline: the compile limit (30 s) and start-up (5 s) plus
 * every case's wall-clock limit, plus slack for a loaded machine.  The run
 * enforces its own limits; this only catches a judge that hangs. */
#define GRADE_FIXED_MS 60000u

/* ------------------------------------------------------------------ */
/* small helpers */

/* jansson wants valid UTF-8; names, paths and the judge's stderr come from
 * the submitters.  Never NULL (ju_text_safe of nothing may be). */
char *gw_safe_bytes(const char *s, size_t len, size_t max)
{
	char *t = s ? ju_text_safe(s, len, max, NULL) : NULL;
	return t ? t : ju_strdup("");
}

char *gw_safe_text(const char *s)
{
	return gw_safe_bytes(s, strlen(s), strlen(s) + 1);
}

json_t *gw_safe_json(const char *s)
{
	char *t = gw_safe_text(s);
	json_t *j = json_string(t);
	free(t);
	return j ? j : json_string("");
}

const char *gw_jstr(const json_t *o, const char *key)
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
	const struct gw_unit *x = a, *y = b;
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
static const struct problem *problem_of(const struct gw_plan *pl, const char *name)
{
	size_t len = strlen(name);
	if (len < 3 || strcmp(name + len - 2, ".c"))
		return NULL;
	for (int i = 0; i < pl->nall; i++)
		if (strlen(pl->all[i]->slug) == len - 2 && !strncmp(pl->all[i]->slug, name, len - 2))
			return pl->all[i];
	return NULL;
}

static bool selected(const struct gw_plan *pl, const struct problem *p)
{
	for (int i = 0; i < pl->nsel; i++)
		if (pl->sel[i] == p)
			return true;
	return false;
}

static void add_unknown(struct gw_plan *pl, const char *submitter, const char *file, const char *reason)
{
	pl->unknown = ju_realloc(pl->unknown, sizeof *pl->unknown * (size_t)(pl->nunknown + 1));
	pl->unknown[pl->nunknown++] = (struct gw_unknown){
		submitter ? gw_safe_text(submitter) : NULL, gw_safe_text(file), reason };
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
static void add_submitter(struct gw_plan *pl, const char *submitter, const char *dir,
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
		pl->units[pl->nunits++] = (struct gw_unit){ ju_strdup(submitter), gw_safe_text(submitter), p, file, 0 };
	}
}

/* PATH holds solutions itself when any file in it is <slug>.c, or when it
 * has no folders; otherwise each folder in it is a submitter. */
int gw_discover(struct gw_plan *pl)
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
int gw_select_problems(struct gw_plan *pl, const struct workspace *ws, const char *list)
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

void gw_plan_release(struct gw_plan *pl)
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
	struct gw_unit *u;
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
bool gw_run_has_no_record(void)
{
	char *argv[] = { "/proc/self/exe", "run", "--help", NULL };
	struct ju_proc_result r;
	if (ju_proc_run(argv, NULL, 10000, 1 << 16, &r) < 0)
		return false;
	bool yes = r.output && strstr(r.output, "--no-record");
	free(r.output);
	return yes;
}

static int start_worker(struct worker *w, struct gw_unit *u, int slot, int self, bool no_record)
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

static json_t *ie_result(const struct gw_unit *u, const char *detail)
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
	const struct gw_unit *u = w->u;
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
		char *safe = gw_safe_text(why);
		result = ie_result(u, safe);
		free(safe);
		free(why);
	}
	char *err = gw_safe_bytes(w->ebuf.data, w->ebuf.len, GRADE_ERR_MAX);
	json_t *rec = json_pack("{s:i, s:o, s:s, s:i, s:o, s:s, s:i, s:f, s:o, s:o}",
		"unit", u->index,
		"submitter", gw_safe_json(u->submitter),
		"problem", u->p->slug,
		"id", u->p->id,
		"file", gw_safe_json(u->file),
		"verdict", gw_jstr(result, "verdict"),
		"exit_status", code,
		"wall_ms", (double)(ju_now_us() - w->t0) / 1000.0,
		"stderr", json_string(err),
		"result", result);
	free(err);
	return rec;
}

static void progress(bool on, int done, int total, const struct gw_unit *last)
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
int gw_run_units(struct gw_unit **units, int n, int jobs, bool no_record, json_t **rec)
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
