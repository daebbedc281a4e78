/*
 * runner.c - feed cases to the sandboxed harness, watch it, decide.
 *
 * Theory of operation.  The cases go into a sealed memfd (fd 3), or, for
 * all of a problem's cases, a read-only file made once beside the cached
 * case set; stdout and stderr into a memfd (fds 1 and 2), capped by
 * RLIMIT_FSIZE.  The
 * harness runs the cases back to back without waiting for the judge (a
 * round trip per case cost more than a small case itself); each case's
 * records carry the stdout offsets where it began and ended, so the judge
 * reads a failing case's own output from the file afterwards.  Cases after
 * a failure may start before the judge ends the process; they are never
 * looked at.  The loop polls the result channel with a timeout that is the
 * nearest of: the next CPU check (/proc), the case's wall-clock deadline,
 * the start-up deadline.  Every wait of this file is bounded.
 */
#define _GNU_SOURCE
#include "runner.h"

#include "case_file.h"
#include "checker.h"
#include "sanitizer_report.h"
#include "text.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* What one process of the run reported, case by case. */
struct watch {
	const struct problem *p;
	int first, count;             /* the cases given to this process */
	unsigned tl_ms;
	uint64_t memory_limit_kb;
	bool sanitize;                /* --sanitize: own root, no RLIMIT_AS, RSS polled */
	const char *new_root;         /* --sanitize: the folder the root is mounted on */
	struct sbx_proc proc;
	const struct sbx_nsgroup *ns; /* the run's namespaces, made once */
	int in_w, out_fd, res_r;      /* ours: stdin (closed at the end), stdout file, results */
	struct ju_buf res;            /* unparsed result bytes */
	size_t res_pos;
	uint64_t res_total;
	int64_t out_start, out_end;   /* the case's stdout in out_fd; -1 unknown / to the end */
	struct ju_buf case_out;       /* the failing (or last) case's stdout (capped) */
	bool case_out_cut;
	bool started, done, res_eof, corrupted;
	int cur;                      /* case index running, -1 none */
	int answered;                 /* answers received */
	uint64_t case_t0;             /* wall, when its "S" record was read */
	uint64_t last_check;          /* wall, when /proc was last read */
	int64_t case_cpu_base;        /* process CPU at the case start; -1 unknown */
	uint64_t peak_kb;
	uint64_t cpu_backstop_s;      /* the RLIMIT_CPU given to the process */
	uint64_t alloc_failed;        /* bytes of a failed allocation in this case */
	int forbidden_nr;             /* -1 none */
	char fault[16];
	char *internal;               /* E record */
	char *note;
	/* the decision, once made */
	bool decided;
	enum verdict verdict;
	char *detail;
	char *actual;
	int failed;
};

static void decide(struct watch *w, enum verdict v, int index, char *detail)
{
	if (w->decided) {
		free(detail);
		return;
	}
	w->decided = true;
	w->verdict = v;
	w->failed = index;
	w->detail = detail;
}

/* ------------------------------------------------------------------ */
/* reading */

/* A case began (its "S" record): its clocks start now. */
static void case_begins(struct watch *w, int i, long long out_off)
{
	w->cur = i;
	w->alloc_failed = 0;
	w->case_t0 = w->last_check = ju_now_us();
	w->case_cpu_base = -1;
	w->out_start = out_off;
	w->out_end = -1;
}

/* The failing (or last) case's stdout from the file, at most
 * RUN_STDOUT_KEEP bytes of it: from its "S" offset to its "O" offset, or
 * to the end of the file when it never answered. */
static void load_case_out(struct watch *w)
{
	if (w->out_fd < 0 || w->out_start < 0)
		return;
	off_t size = lseek(w->out_fd, 0, SEEK_END);
	int64_t end = w->out_end >= w->out_start ? w->out_end : (int64_t)size;
	if (size < 0 || end > (int64_t)size)
		end = size;
	if (end <= w->out_start)
		return;
	size_t want = (size_t)(end - w->out_start);
	size_t keep = want < RUN_STDOUT_KEEP ? want : RUN_STDOUT_KEEP;
	ju_buf_reserve(&w->case_out, keep + 1);
	ssize_t n = pread(w->out_fd, w->case_out.data, keep, (off_t)w->out_start);
	w->case_out.len = n > 0 ? (size_t)n : 0;
	w->case_out.data[w->case_out.len] = '\0';
	w->case_out_cut = want > keep;
}

static void drain_results(struct watch *w)
{
	for (;;) {
		ju_buf_reserve(&w->res, 65536);
		ssize_t n = read(w->res_r, w->res.data + w->res.len, w->res.cap - w->res.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n == 0)
			w->res_eof = true;
		if (n <= 0)
			return;
		w->res.len += (size_t)n;
		w->res.data[w->res.len] = '\0';
		w->res_total += (uint64_t)n;
		if (w->res_total > RUN_RESULT_LIMIT) {
			decide(w, VERDICT_OLE, w->cur, ju_asprintf("output limit exceeded: the answers are "
				"larger than %u MiB", RUN_RESULT_LIMIT >> 20));
			return;
		}
	}
}

/* ------------------------------------------------------------------ */
/* records */

static bool case_passed(struct watch *w, int i, const char *kind, const char *text, size_t len)
{
	const struct prob_case *c = &w->p->cases[w->first + i];
	if (!strcmp(kind, "bad") && w->alloc_failed) {
		decide(w, VERDICT_MLE, i, ju_asprintf("memory limit exceeded: an allocation of %" PRIu64
			" bytes failed (limit %" PRIu64 " MB)", w->alloc_failed, w->memory_limit_kb / 1024));
		return false;
	}
	if (!strcmp(kind, "bad")) {
		decide(w, VERDICT_WA, i, ju_text_safe(text, len, 512, NULL));
		return false;
	}
	char *why = NULL;
	int right = chk_answer(w->p, c, text, len, &why);
	if (right == 1)
		return true;
	if (right < 0)
		decide(w, VERDICT_IE, i, ju_strdup("internal error: the harness's answer text is unreadable"));
	else if (w->alloc_failed)   /* the wrong answer followed a failed allocation */
		decide(w, VERDICT_MLE, i, ju_asprintf("memory limit exceeded: an allocation of %" PRIu64
			" bytes failed (limit %" PRIu64 " MB)", w->alloc_failed, w->memory_limit_kb / 1024));
	else
		decide(w, VERDICT_WA, i, why ? why : ju_strdup("wrong answer"));
	if (right < 0 || w->alloc_failed)
		free(why);
	w->actual = ju_text_safe(text, len, 1u << 20, NULL);
	return false;
}

/* A record line's fields after its letter: " <int>" or " <word>" each, and
 * nothing after the last.  By hand: sscanf's setup, tried letter after
 * letter, cost ~10 us per case, more than a small case itself. */
struct fields {
	const char *p;
	bool ok;
};

static long long field_int(struct fields *f, long long lo, long long hi)
{
	char *end;
	if (!f->ok || *f->p != ' ' || !(f->p[1] == '-' || (f->p[1] >= '0' && f->p[1] <= '9'))) {
		f->ok = false;
		return 0;
	}
	errno = 0;
	long long v = strtoll(f->p + 1, &end, 10);
	if (errno || v < lo || v > hi || (*end != ' ' && *end != '\0')) {
		f->ok = false;
		return 0;
	}
	f->p = end;
	return v;
}

/* any unsigned 64-bit value (a CPU time the harness computed by
 * subtraction may have wrapped; sscanf's %llu took it too) */
static unsigned long long field_u64(struct fields *f)
{
	char *end;
	if (!f->ok || *f->p != ' ' || f->p[1] < '0' || f->p[1] > '9') {
		f->ok = false;
		return 0;
	}
	errno = 0;
	unsigned long long v = strtoull(f->p + 1, &end, 10);
	if (errno || (*end != ' ' && *end != '\0')) {
		f->ok = false;
		return 0;
	}
	f->p = end;
	return v;
}

static void field_word(struct fields *f, char *out, size_t size)
{
	size_t n = 0;
	if (f->ok && *f->p == ' ')
		while (f->p[1 + n] && f->p[1 + n] != ' ' && n + 1 < size)
			n++;
	if (!n || (f->p[1 + n] && f->p[1 + n] != ' ')) {
		f->ok = false;
		return;
	}
	memcpy(out, f->p + 1, n);
	out[n] = '\0';
	f->p += 1 + n;
}

static bool fields_done(const struct fields *f)
{
	return f->ok && *f->p == '\0';
}

#define F_INT_MAX 2147483647LL
#define F_U64_MAX 9223372036854775807LL

/* Parse one complete record at w->res_pos; 0 when more bytes are needed. */
static int parse_record(struct watch *w, struct run_case_result *results)
{
	char *start = w->res.data + w->res_pos;
	char *nl = memchr(start, '\n', w->res.len - w->res_pos);
	if (!nl)
		return 0;
	*nl = '\0';
	char *payload = nl + 1;
	size_t avail = (size_t)(w->res.data + w->res.len - payload);
	struct fields f = { start + 1, start[0] != '\0' };
	char kind[16];
	long long i = 0, len = 0, a = 0, b = 0, c = 0;
	unsigned long long cpu = 0;   /* R: the CPU time; M: the bytes */
	switch (start[0]) {
	case 'R':   /* R <i> <cpu_us> ok|bad <len>, then len bytes */
		i = field_int(&f, 0, F_INT_MAX);
		cpu = field_u64(&f);
		field_word(&f, kind, 8);
		len = field_int(&f, 0, F_U64_MAX);
		break;
	case 'N':   /* N <len>, E <len>: len bytes follow */
	case 'E':
		len = field_int(&f, 0, F_U64_MAX);
		break;
	case 'H':   /* H <i> <blocks> <bytes> <mask> */
		i = field_int(&f, 0, F_INT_MAX);
		a = field_int(&f, -F_U64_MAX, F_U64_MAX);   /* net counts: a call may free */
		b = field_int(&f, -F_U64_MAX, F_U64_MAX);   /* more than it allocated */
		c = field_int(&f, 0, 4294967295LL);
		break;
	case 'S':   /* S <i> <stdout offset> */
		i = field_int(&f, 0, F_INT_MAX);
		a = field_int(&f, -1, F_U64_MAX);
		break;
	case 'O':   /* O <stdout offset> */
		a = field_int(&f, -1, F_U64_MAX);
		break;
	case 'M':   /* M <bytes>: any size_t, malloc(SIZE_MAX) included */
		cpu = field_u64(&f);
		break;
	case 'B':   /* B <ncases>, X <syscall nr> */
	case 'X':
		i = field_int(&f, 0, F_INT_MAX);
		break;
	case 'F':   /* F <kind> <addr> */
		field_word(&f, kind, sizeof kind);
		f.ok = f.ok && *f.p == ' ';
		f.p = f.ok ? f.p + strlen(f.p) : f.p;
		break;
	case 'D':
		break;
	default:
		f.ok = false;
	}
	if (fields_done(&f) && (start[0] == 'R' || start[0] == 'N' || start[0] == 'E') &&
	    avail < (unsigned long long)len) {
		*nl = '\n';
		return 0;
	}
	w->res_pos = (size_t)(payload - w->res.data);
	if (!fields_done(&f)) {
		w->corrupted = true;
		return 1;
	}
	switch (start[0]) {
	case 'R':
		w->res_pos += (size_t)len;
		if (i != w->cur) {
			w->corrupted = true;
			return 1;
		}
		results[w->first + i].cpu_us = cpu;
		results[w->first + i].ran = true;
		w->answered++;
		if (case_passed(w, (int)i, kind, payload, (size_t)len)) {
			results[w->first + i].verdict = VERDICT_AC;
			w->cur = -1;
			/* the next case runs already: its "S" comes with its answer */
			if (i + 1 < w->count)
				case_begins(w, (int)i + 1, w->out_end);
		}
		break;
	case 'N':
		free(w->note);
		w->note = ju_text_safe(payload, (size_t)len, 256, NULL);
		w->res_pos += (size_t)len;
		break;
	case 'E':
		free(w->internal);
		w->internal = ju_text_safe(payload, (size_t)len, 256, NULL);
		w->res_pos += (size_t)len;
		break;
	case 'H': {   /* memory hygiene, just before the case's answer */
		if (i != w->cur) {
			w->corrupted = true;
			return 1;
		}
		struct run_case_result *r = &results[w->first + i];
		r->hygiene = true;
		r->leaks_counted = a >= 0;
		r->leaked_blocks = a >= 0 ? a : 0;
		r->leaked_bytes = a >= 0 ? b : 0;
		r->modified_args = (uint32_t)c;
		break;
	}
	case 'S':
		if (i != w->answered || w->cur != i)   /* cases start in order, each once */
			w->corrupted = true;
		w->out_start = a;
		break;
	case 'O':
		if (w->cur < 0)
			w->corrupted = true;
		w->out_end = a;
		break;
	case 'B':
		if (w->started || i != w->count)
			w->corrupted = true;
		w->started = true;
		if (i > 0)
			case_begins(w, 0, 0);
		break;
	case 'M':
		w->alloc_failed = cpu ? cpu : 1;
		break;
	case 'X':
		w->forbidden_nr = (int)i;
		break;
	case 'F':
		snprintf(w->fault, sizeof w->fault, "%s", kind);
		break;
	case 'D':   /* "all done" counts only after every answer: a forged one is not */
		if (w->answered != w->count || w->cur >= 0)
			w->corrupted = true;
		else
			w->done = true;
		break;
	}
	return 1;
}

static void parse_records(struct watch *w, struct run_case_result *results)
{
	while (!w->decided && !w->corrupted && w->res_pos < w->res.len && parse_record(w, results))
		;
	/* keep only the unparsed tail */
	if (w->res_pos > 0) {
		memmove(w->res.data, w->res.data + w->res_pos, w->res.len - w->res_pos);
		w->res.len -= w->res_pos;
		w->res.data[w->res.len] = '\0';
		w->res_pos = 0;
	}
}

/* ------------------------------------------------------------------ */
/* limits */

static unsigned wall_limit_ms(unsigned tl)
{
	return tl * 2 + 1000;   /* sleeping counts here; generous for a loaded machine */
}

static int poll_timeout_ms(const struct watch *w)
{
	unsigned step = w->tl_ms / 20;
	if (step < 5)
		step = 5;
	if (step > 50)
		step = 50;
	return (int)step;
}

static void check_limits(struct watch *w)
{
	uint64_t now = ju_now_us();
	if (!w->started) {
		if (now - w->case_t0 > (uint64_t)RUN_START_MS * 1000)
			decide(w, VERDICT_IE, -1, ju_asprintf("the solution did not start within %d ms",
							      RUN_START_MS));
		return;
	}
	if (w->cur < 0 || w->decided)
		return;
	/* /proc is read at most once per poll step: a fast case never pays for it */
	if (now - w->last_check < (uint64_t)poll_timeout_ms(w) * 1000)
		return;
	w->last_check = now;
	uint64_t elapsed = now - w->case_t0;
	uint64_t cpu;
	if (sbx_cpu_us(w->proc.pid, &cpu) == 0) {
		if (w->case_cpu_base < 0) /* CPU since "go" is at most the wall time since it */
			w->case_cpu_base = (int64_t)(cpu > elapsed ? cpu - elapsed : 0);
		if (cpu - (uint64_t)w->case_cpu_base > (uint64_t)w->tl_ms * 1000) {
			decide(w, VERDICT_TLE, w->cur, ju_asprintf("time limit exceeded: more than %u ms "
				"of CPU time", w->tl_ms));
			return;
		}
	}
	uint64_t hwm;
	if (sbx_peak_kb(w->proc.pid, &hwm) == 0 && hwm > w->peak_kb)
		w->peak_kb = hwm;
	/* --sanitize has no RLIMIT_AS: the resident size is the limit */
	if (w->sanitize && w->peak_kb > w->memory_limit_kb) {
		decide(w, VERDICT_MLE, w->cur, ju_asprintf("memory limit exceeded: %" PRIu64 " MB used "
			"(limit %" PRIu64 " MB under --sanitize)", w->peak_kb / 1024, w->memory_limit_kb / 1024));
		return;
	}
	if (elapsed <= (uint64_t)wall_limit_ms(w->tl_ms) * 1000)
		return;
	/* On a loaded machine a busy case can reach the wall limit first; it
	 * is still a CPU-time TLE when it used most of its CPU allowance. */
	if (w->case_cpu_base >= 0 && sbx_cpu_us(w->proc.pid, &cpu) == 0 &&
	    cpu - (uint64_t)w->case_cpu_base > (uint64_t)w->tl_ms * 500)
		decide(w, VERDICT_TLE, w->cur, ju_asprintf("time limit exceeded: more than %u ms "
			"of CPU time", w->tl_ms));
	else
		decide(w, VERDICT_TLE, w->cur, ju_asprintf("time limit exceeded: %u ms of wall-clock time "
			"(sleeping or waiting for input?)", wall_limit_ms(w->tl_ms)));
}


/* ------------------------------------------------------------------ */
/* the end: from how the process ended to a verdict */

static const char *signal_text(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV (invalid memory access)";
	case SIGABRT: return "SIGABRT (abort() or a failed assert)";
	case SIGFPE: return "SIGFPE (division by zero or arithmetic overflow)";
	case SIGBUS: return "SIGBUS (misaligned or invalid memory access)";
	case SIGILL: return "SIGILL (illegal instruction)";
	case SIGSYS: return "SIGSYS (forbidden system call)";
	}
	return strsignal(sig);
}

static char *fault_detail(const struct watch *w, int sig)
{
	if (!strcmp(w->fault, "stack"))
		return ju_strdup("stack overflow (SIGSEGV): recursion too deep or a huge local array");
	if (!strcmp(w->fault, "answer"))
		return ju_strdup("SIGSEGV while reading the returned value: it holds an invalid pointer");
	if (!strcmp(w->fault, "null"))
		return ju_strdup("SIGSEGV: NULL pointer dereference");
	if (!strcmp(w->fault, "corrupt"))
		return ju_strdup("SIGSEGV: memory corruption: the solution wrote outside its arrays "
				 "(a local buffer overflow?)");
	return ju_asprintf("runtime error: %s", signal_text(sig));
}

static void decide_from_exit(struct watch *w, const struct sbx_exit *e)
{
	int at = w->cur;
	if (w->internal && at < 0 && !w->answered) {
		decide(w, VERDICT_IE, at, ju_asprintf("internal error in the harness: %s", w->internal));
	} else if (w->internal) {
		/* the solution runs in this process and could have written it */
		decide(w, VERDICT_RE, at, ju_asprintf("runtime error: the run reported an internal error "
			"during a case (%s); a solution writing to fd 4 causes this", w->internal));
	} else if (w->corrupted) {
		decide(w, VERDICT_RE, at, ju_strdup("runtime error: the solution wrote to the judge's "
			"result channel (fd 4)"));
	} else if (w->forbidden_nr >= 0) {
		const char *name = sbx_syscall_name(w->forbidden_nr);
		decide(w, VERDICT_RE, at, name ? ju_asprintf("forbidden system call: %s", name)
			: ju_asprintf("forbidden system call: number %d", w->forbidden_nr));
	} else if (w->sanitize && !e->signal && e->exit_code == RUN_SANITIZE_EXIT) {
		char *why = san_detail(w->case_out.data, w->case_out.len);
		char *safe = why ? ju_text_safe(why, strlen(why), 300, NULL) : NULL;
		free(why);
		decide(w, VERDICT_RE, at, safe ? safe : ju_strdup("runtime error found by the sanitizers "
			"(the report is in the output)"));
	} else if (w->alloc_failed && (e->signal || e->exit_code != 0 || !w->done)) {
		decide(w, VERDICT_MLE, at, ju_asprintf("memory limit exceeded: an allocation of %" PRIu64
			" bytes failed (limit %" PRIu64 " MB)", w->alloc_failed, w->memory_limit_kb / 1024));
	} else if (e->signal == SIGXCPU ||
		   (e->signal == SIGKILL && e->cpu_us + 100000 >= w->cpu_backstop_s * 1000000)) {
		/* RLIMIT_CPU with soft = hard ends the process with SIGKILL */
		decide(w, VERDICT_TLE, at, ju_strdup("time limit exceeded: CPU time"));
	} else if (e->signal == SIGSYS) {
		/* no "X" record: the call was made with SIGSYS blocked, as glibc
		 * does around clone for fork, posix_spawn, system, pthread_create */
		decide(w, VERDICT_RE, at, ju_strdup("forbidden system call (made with signals blocked: "
			"creating a process or a thread is not allowed)"));
	} else if (e->signal == SIGXFSZ) {
		decide(w, VERDICT_OLE, at, ju_asprintf("output limit exceeded: more than %u MiB "
			"written to stdout/stderr", RUN_STDOUT_LIMIT >> 20));
	} else if (e->signal && !strcmp(w->fault, "stack")) {
		decide(w, VERDICT_RE, at, fault_detail(w, e->signal));
	} else if (e->signal && w->peak_kb > w->memory_limit_kb) {
		decide(w, VERDICT_MLE, at, ju_asprintf("memory limit exceeded: %" PRIu64 " MB used",
			w->peak_kb / 1024));
	} else if (e->signal) {
		decide(w, VERDICT_RE, at, fault_detail(w, e->signal));
	} else if (!w->started && e->exit_code == 127) {
		decide(w, VERDICT_IE, at, ju_strdup("the solution could not be started"));
	} else if (e->exit_code == 120) {
		decide(w, VERDICT_RE, at, ju_strdup("runtime error: the solution closed the judge's "
			"result channel (fd 4)"));
	} else if (!w->done) {
		decide(w, VERDICT_RE, at, ju_asprintf("runtime error: the program exited with status %d "
			"during the case (exit() called?)", e->exit_code));
	} else if (w->peak_kb > w->memory_limit_kb) {
		decide(w, VERDICT_MLE, -1, ju_asprintf("memory limit exceeded: %" PRIu64 " MB used "
			"(limit %" PRIu64 " MB)", w->peak_kb / 1024, w->memory_limit_kb / 1024));
	} else {
		decide(w, VERDICT_AC, -1, ju_strdup(""));
	}
}

/* ------------------------------------------------------------------ */

static void watch_loop(struct watch *w, struct run_case_result *results)
{
	w->case_t0 = ju_now_us();
	while (!w->decided && !w->done && !w->corrupted && !w->res_eof) {
		struct pollfd pf = { w->res_r, POLLIN, 0 };
		int rc = poll(&pf, 1, poll_timeout_ms(w));
		if (rc < 0 && errno != EINTR)
			break;
		drain_results(w);
		parse_records(w, results);
		check_limits(w);
	}
}

static int start(struct watch *w, const char *binary,
		 const struct sbx_policy *policy, const char *workdir)
{
	int in[2] = { -1, -1 }, res[2] = { -1, -1 };
	int cases = run_case_file(w->p, w->first, w->count);
	int out = -1;
	int ret = -1;
	if (cases < 0)
		return -1;
	if (pipe2(in, O_CLOEXEC) < 0 || pipe2(res, O_CLOEXEC | O_NONBLOCK) < 0) {
		ju_error("cannot create pipes:");
		goto cleanup;
	}
	/* the child's end must block: only ours is non-blocking */
	fcntl(res[1], F_SETFL, 0);
	/* stdout is a file (RLIMIT_FSIZE is its limit), so its offset says
	 * which case wrote what; a memfd leaves nothing on disk */
	out = memfd_create("judge-stdout", MFD_CLOEXEC);
	if (out < 0) {
		ju_error("cannot create the output file:");
		goto cleanup;
	}
	char *argv[] = { "solution", NULL };
	char *envp[] = { "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=/nonexistent",
			 /* freed and fresh heap memory is never zero: reads of
			  * uninitialised memory misbehave reliably */
			 "MALLOC_PERTURB_=165", NULL };
	/* --sanitize: the report goes to stderr (captured, shown in full) and
	 * ends the run with RUN_SANITIZE_EXIT; no leak check (hygiene is
	 * information, not a verdict), no core limit change, no external
	 * symbolizer (a process): libbacktrace inside libasan reads the binary */
	char *san_envp[] = { "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=/nonexistent",
			     "ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:exitcode=86:disable_coredump=0:"
			     "external_symbolizer_path=:quarantine_size_mb=32:malloc_fill_byte=165:"
			     "max_free_fill_size=4096:detect_stack_use_after_return=0",
			     "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86:"
			     "external_symbolizer_path=", NULL };
	uint64_t mem = (uint64_t)w->memory_limit_kb * 1024;
	struct sbx_spawn s = {
		.path = binary, .argv = argv, .envp = envp, .workdir = workdir,
		.fds = { in[0], out, out, cases, res[1] },
		.limits = {
			.cpu_seconds = w->cpu_backstop_s,
			.address_space = mem + RUN_AS_MARGIN,
			.stack = mem,
			.file_size = RUN_STDOUT_LIMIT,
			.open_files = 32,
		},
		.policy = policy,
		.join = w->ns,
		.drop_root = true,
		.processes = 1,
	};
	if (sbx_nsgroup_workdir(w->ns))
		s.workdir = sbx_nsgroup_workdir(w->ns);
	if (w->sanitize) {   /* ASan reserves terabytes; the runner polls the resident size */
		s.envp = san_envp;
		s.limits.address_space = 0;
		s.limits.stack = mem / RUN_SANITIZE_MEM_FACTOR;   /* the problem's limit, as usual */
		s.namespaces = SBX_NS_MOUNT;
		s.new_root = w->new_root;
		s.ns_required = true;
		s.workdir = "/";
	}
	if (sbx_start(&s, &w->proc) < 0)
		goto cleanup;
	w->proc.ns_errno = sbx_nsgroup_errno(w->ns);
	sbx_notice_namespaces(&w->proc, "the solution shares the network, IPC and mount namespaces "
			      "with you; the system-call filter still forbids it sockets, IPC and files");
	w->in_w = in[1];
	w->out_fd = out;
	w->res_r = res[0];
	in[1] = res[0] = out = -1;
	ret = 0;
cleanup:
	close(cases);
	if (out >= 0)
		close(out);
	for (int i = 0; i < 2; i++) {
		if (in[i] >= 0)
			close(in[i]);
		if (res[i] >= 0)
			close(res[i]);
	}
	return ret;
}

/* Run cases [first, first+count) in one process; fill results; decide. */
static int run_one_process(struct watch *w, const char *binary,
			   const struct sbx_policy *policy, const char *workdir,
			   struct run_case_result *results)
{
	if (start(w, binary, policy, workdir) < 0)
		return -1;
	ju_trace("solution started");
	watch_loop(w, results);
	ju_trace("cases done");
	struct sbx_exit e;
	/* Its peak memory: the spawner's wait4 reports it (ru_maxrss of a
	 * process forked from the small spawner is its own, measured equal to
	 * VmHWM within 0.1 MB); a child of the judge itself would inherit the
	 * judge's pages in that figure, so its VmHWM is read before it goes. */
	bool by_rusage = w->proc.group != NULL;
	if (w->done && !w->decided) {
		uint64_t hwm;
		if (!by_rusage && sbx_peak_kb(w->proc.pid, &hwm) == 0 && hwm > w->peak_kb)
			w->peak_kb = hwm;
		close(w->in_w);   /* EOF on fd 0: the harness may go */
		w->in_w = -1;
		sbx_wait(&w->proc, 2000, &e);
	} else {
		if (w->decided || w->corrupted)
			sbx_kill(&w->proc);
		/* it is ending (or ended): the case's wall limit bounds the wait */
		sbx_wait(&w->proc, wall_limit_ms(w->tl_ms), &e);
		drain_results(w);
		parse_records(w, results);
	}
	load_case_out(w);
	if ((by_rusage && e.maxrss_kb > w->peak_kb) || !w->peak_kb ||
	    (!w->done && e.maxrss_kb > w->peak_kb && w->alloc_failed))
		w->peak_kb = e.maxrss_kb;
	if (w->in_w >= 0)
		close(w->in_w);
	close(w->out_fd);
	close(w->res_r);
	decide_from_exit(w, &e);
	if (w->failed >= 0 && w->verdict != VERDICT_AC)
		results[w->first + w->failed].verdict = w->verdict;
	return 0;
}

static void init_watch(struct watch *w, const struct problem *p, int first, int count,
		       unsigned tl, uint64_t mem_kb)
{
	memset(w, 0, sizeof *w);
	w->p = p;
	w->first = first;
	w->count = count;
	w->tl_ms = tl;
	w->memory_limit_kb = mem_kb;
	w->cur = -1;
	w->forbidden_nr = -1;
	w->failed = -1;
	w->cpu_backstop_s = ((uint64_t)tl * (uint64_t)count) / 1000 + 2;
	w->in_w = w->out_fd = w->res_r = -1;
	w->out_start = w->out_end = -1;
}

static void finish_report(struct run_report *out, struct watch *w)
{
	out->verdict = w->verdict;
	out->failed_index = w->failed >= 0 ? w->first + w->failed : -1;
	free(out->detail);
	out->detail = w->detail;
	w->detail = NULL;
	out->actual = w->actual;
	w->actual = NULL;
	if (w->case_out.len || w->case_out_cut) {
		free(out->stdout_text);
		out->stdout_text = ju_text_safe(w->case_out.data ? w->case_out.data : "", w->case_out.len,
						RUN_STDOUT_KEEP, NULL);
		out->stdout_truncated = w->case_out_cut;
	}
	free(out->note);
	out->note = w->note;
	w->note = NULL;
	if (w->peak_kb > out->memory_kb)
		out->memory_kb = w->peak_kb;
}

static void release_watch(struct watch *w)
{
	ju_buf_release(&w->res);
	ju_buf_release(&w->case_out);
	free(w->internal);
	free(w->note);
	free(w->detail);
	free(w->actual);
}

static int static_size_check(const char *binary, uint64_t mem_kb, struct run_report *out)
{
	uint64_t bytes;
	if (sbx_elf_load_size(binary, &bytes) < 0)
		return -1;
	if (bytes <= mem_kb * 1024)
		return 0;
	out->verdict = VERDICT_MLE;
	out->failed_index = 0;
	out->detail = ju_asprintf("memory limit exceeded: the program's static data needs %" PRIu64
				  " MB, more than the limit of %" PRIu64 " MB", bytes >> 20, mem_kb / 1024);
	return 1;
}

int run_nsgroup_new(const struct workspace *ws, struct sbx_nsgroup **out)
{
	/* in its mount table the workspace and the data are empty */
	const char *hide[] = { ws->root, ws->data_dir, "/root", "/home", NULL };
	return sbx_nsgroup_new_hiding(SBX_NS_NET | SBX_NS_IPC | SBX_NS_UTS | SBX_NS_MOUNT | SBX_NS_PID,
				      hide, out);
}

int run_solution(const struct workspace *ws, const struct problem *p, const char *binary,
		 const struct sbx_policy *policy, const struct run_options *o, struct run_report *out)
{
	unsigned tl = o->time_limit_ms ? o->time_limit_ms : p->time_limit_ms;
	uint64_t mem_kb = (uint64_t)(o->memory_limit_mb ? o->memory_limit_mb : p->memory_limit_mb) * 1024;
	memset(out, 0, sizeof *out);
	out->total = p->ncases;
	out->failed_index = -1;
	out->cases = ju_calloc((size_t)p->ncases, sizeof *out->cases);
	int sc = static_size_check(binary, mem_kb, out);
	if (sc != 0)
		return sc < 0 ? -1 : 0;
	char *tmp = ws_data_subdir(ws, "tmp");
	char *workdir = tmp ? ju_asprintf("%s/run-XXXXXX", tmp) : NULL;
	free(tmp);
	if (!workdir || !mkdtemp(workdir)) {
		free(workdir);
		return ju_error("cannot create a private folder in '%s':", ws->data_dir);
	}
	/* namespaces once per run, for every process of it (--isolate) */
	struct sbx_nsgroup *ns = NULL;
	char *new_root = NULL;
	int rc = 0;
	if (o->sanitize) {
		/* each process makes its own mount table with a root of only /usr
		 * and its /proc/self (sandbox.h: new_root): never without it */
		mem_kb *= RUN_SANITIZE_MEM_FACTOR;
		new_root = ju_path_join(workdir, "root");
		rc = ju_mkdirs(new_root, 0755);
		if (rc == 0)
			rc = sbx_nsgroup_new(SBX_NS_NET | SBX_NS_IPC | SBX_NS_UTS | SBX_NS_PID, &ns);
		if (rc == 0 && sbx_nsgroup_errno(ns))
			rc = ju_error("--sanitize needs namespaces to keep your files away from the "
				      "solution, and they are unavailable here (%s); run without "
				      "--sanitize", strerror(sbx_nsgroup_errno(ns)));
	} else if (!o->ns) {
		rc = run_nsgroup_new(ws, &ns);
	}
	int step = o->isolate ? 1 : p->ncases;
	for (int first = 0; first < p->ncases && rc == 0; first += step) {
		struct watch w;
		init_watch(&w, p, first, step, tl, mem_kb);
		w.ns = ns ? ns : o->ns;
		w.sanitize = o->sanitize;
		w.new_root = new_root;
		rc = run_one_process(&w, binary, policy, workdir, out->cases);
		if (rc == 0)
			finish_report(out, &w);
		release_watch(&w);
		if (rc == 0 && out->verdict != VERDICT_AC)
			break;
	}
	sbx_nsgroup_free(ns);
	free(new_root);
	ju_rmtree(workdir);
	free(workdir);
	for (int i = 0; i < p->ncases; i++) {
		if (out->cases[i].ran && out->cases[i].verdict == VERDICT_AC)
			out->passed++;
		if (out->cases[i].cpu_us > out->time_us)
			out->time_us = out->cases[i].cpu_us;
	}
	if (rc == 0 && out->verdict == VERDICT_AC && out->passed != p->ncases) {
		/* never Accepted without every answer, whatever ended the run early */
		out->verdict = VERDICT_RE;
		free(out->detail);
		out->detail = ju_asprintf("runtime error: the run ended after %d of %d cases", out->passed,
					  p->ncases);
	}
	return rc;
}

void run_report_release(struct run_report *r)
{
	free(r->detail);
	free(r->actual);
	free(r->stdout_text);
	free(r->note);
	free(r->cases);
	memset(r, 0, sizeof *r);
}
