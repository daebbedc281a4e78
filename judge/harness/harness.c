/*
 * harness.c - the judge's side of the sandboxed process.
 *
 * Theory of operation.  The judge compiles the student's code, the problem's
 * driver.c and this file into one static executable and starts it inside the
 * sandbox with:
 *   fd 0  a pipe nobody writes to (a blocking read waits, as on a terminal)
 *   fd 1  stdout, fd 2 stderr: captured by the judge, shown as "Stdout"
 *   fd 3  the cases, read only (JUDGE_CASES_FD)
 *   fd 4  the result channel to the judge (JUDGE_RESULT_FD)
 * The harness calls judge_solve() once per case, in order, in this one
 * process (as LeetCode does), and reports on fd 4:
 *   B <ncases>                       started
 *   S <i>                            case i begins ("last executed input")
 *   N <len>\n<text>                  a note for the case (codec length)
 *   R <i> <cpu_us> ok|bad <len>\n<text>   the answer, or why it is unusable
 *   M <bytes>                        an allocation failed (memory limit)
 *   X <nr>                           a forbidden system call (then SIGSYS)
 *   F <kind> <addr>                  a fault (stack, null, addr, answer, fpe, bus)
 *   D                                all cases done
 * The verdict is the judge's: it compares answers with expected outputs that
 * never enter this process, so a solution that writes to fd 4 itself can at
 * worst garble its own result.
 *
 * Security does not depend on anything here: the seccomp filter and limits
 * were applied before execve.  This file only makes verdicts precise.
 */
#define _GNU_SOURCE
#include "judge_driver.h"
#include "lc_value.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define JUDGE_CASES_FD 3
#define JUDGE_RESULT_FD 4
/* Answers larger than these are not printed: the judge calls that OLE. */
#define MAX_ANSWER_NODES 2000000u
#define MAX_CODEC_BYTES (64u << 20)

#define MAX_TREE_ARGS 8

struct judge_case {
	int index;
	int nargs;
	const char **args;     /* pointers into the mapped case file */
	const size_t *lens;
	bool answered;
	bool bad;
	/* the nodes of each tree argument as the harness built them, so
	 * judge_destroy_tree never walks links the solution may have changed */
	struct lc_tree **tree_nodes[MAX_TREE_ARGS];
	size_t tree_count[MAX_TREE_ARGS];
};

/* ------------------------------------------------------------------ */
/* the result channel: raw write(2), never stdio (the solution owns stdio) */

static void put_all(const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(JUDGE_RESULT_FD, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(120);   /* the channel is gone: nothing left to report to */
		p += w;
		n -= (size_t)w;
	}
}

static void put_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void put_line(const char *fmt, ...)
{
	char line[128];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n > 0)
		put_all(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* ------------------------------------------------------------------ */
/* faults: name them, then die of the same signal so the status is honest */

static volatile sig_atomic_t in_answer;     /* reading memory the solution returned */
static uintptr_t stack_top, stack_limit;

/* The handler runs with sig blocked: unblock it, or raise() only queues it. */
static void die_of(int sig)
{
	sigset_t set;
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	uintptr_t a = (uintptr_t)si->si_addr;
	const char *kind = "addr";
	if (sig == SIGFPE)
		kind = "fpe";
	else if (sig == SIGBUS)
		kind = "bus";
	else if (in_answer)
		kind = "answer";
	else if (a < stack_top && a + stack_limit + (1u << 20) >= stack_top)
		kind = "stack";
	else if (a < 65536)
		kind = "null";
	put_line("F %s %lx\n", kind, (unsigned long)a);
	die_of(sig);
}

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	put_line("X %d\n", si->si_syscall);
	die_of(sig);
}

/* A second filter, stacked on the judge's: once the harness owns SIGSYS,
 * nobody may take it (or add filters) again, so the judge's "trap" default
 * is as final as "kill" while the syscall still gets named. */
static void lock_sigsys(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		/* the judge's filter allows execveat(63, ...) once; a path
		 * that is absolute ignores the fd, so no exec after this one */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execve, 8, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execveat, 7, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_seccomp, 5, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_prctl, 4, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_rt_sigaction, 0, 2),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SIGSYS, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),   /* named by on_sigsys */
	};
	struct sock_fprog prog = { (unsigned short)(sizeof f / sizeof f[0]), f };
	/* fails harmlessly outside the sandbox (no no_new_privs): tests run it bare */
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

static char altstack[65536];

/* Runs before any constructor of the student's code: harness.o comes first
 * on the link line and .preinit_array runs before .init_array. */
static void harness_preinit(void)
{
	struct sigaction sa = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO | SA_ONSTACK };
#ifndef JUDGE_SANITIZE   /* --sanitize: ASan's own handlers report faults, with the stack */
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	sigaltstack(&ss, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
#else
	(void)altstack;
#endif
	sa.sa_sigaction = on_sigsys;
	sigaction(SIGSYS, &sa, NULL);
	lock_sigsys();
}
__attribute__((section(".preinit_array"), used))
static void (*const harness_preinit_ptr)(void) = harness_preinit;

/* ------------------------------------------------------------------ */
/* allocation failures: the sign of a memory limit, whatever happens next */

#ifdef JUDGE_SANITIZE
/* judge_harness_asan.o (--sanitize) is linked without --wrap: ASan
 * intercepts malloc itself, and the harness's own calls go straight to it. */
#define __real_malloc malloc
#define __real_calloc calloc
#define __real_realloc realloc
#define __real_strdup strdup
#define __real_strndup strndup
#endif

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static bool alloc_failed_reported;

static void *note_alloc(void *p, size_t bytes)
{
	if (!p && bytes && !alloc_failed_reported) {
		alloc_failed_reported = true;
		put_line("M %zu\n", bytes);
	}
	return p;
}

void *__wrap_malloc(size_t n) { return note_alloc(__real_malloc(n), n); }
void *__wrap_calloc(size_t n, size_t m) { return note_alloc(__real_calloc(n, m), n * m); }
void *__wrap_realloc(void *p, size_t n) { return note_alloc(__real_realloc(p, n), n); }
char *__wrap_strdup(const char *s) { return note_alloc(__real_strdup(s), strlen(s) + 1); }
char *__wrap_strndup(const char *s, size_t n) { return note_alloc(__real_strndup(s, n), n + 1); }

/* ------------------------------------------------------------------ */
/* process and thread creation through glibc: it blocks every signal before
 * clone, so the filter's trap cannot reach on_sigsys; name the call here,
 * then let it fail as it must */

#ifndef JUDGE_SANITIZE
#include <spawn.h>
#include <pthread.h>

int __real_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __real_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __real_system(const char *cmd);
FILE *__real_popen(const char *cmd, const char *mode);
int __real_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg);
int __wrap_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __wrap_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __wrap_system(const char *cmd);
FILE *__wrap_popen(const char *cmd, const char *mode);
int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg);

static void creating(void)
{
	put_line("X %d\n", __NR_clone3);
}

int __wrap_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	creating();
	return __real_posix_spawn(pid, path, fa, attr, argv, envp);
}

int __wrap_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	creating();
	return __real_posix_spawnp(pid, file, fa, attr, argv, envp);
}

int __wrap_system(const char *cmd)
{
	creating();
	return __real_system(cmd);
}

FILE *__wrap_popen(const char *cmd, const char *mode)
{
	creating();
	return __real_popen(cmd, mode);
}

int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg)
{
	creating();
	return __real_pthread_create(t, a, fn, arg);
}
#endif

/* ------------------------------------------------------------------ */
/* internal errors: the problem's or the judge's fault, never the student's */

static _Noreturn void internal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static _Noreturn void internal(const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof msg)
		n = sizeof msg - 1;
	put_line("E %d\n", n);
	put_all(msg, (size_t)n);
	_exit(121);
}

/* ------------------------------------------------------------------ */
/* reading the cases: "JUDGE-CASES 1\n<ncases> <nargs>\n" then per value
 * "<len>\n<bytes>\n" */

struct case_file {
	const char *p, *end;
	int ncases, nargs;
};

static size_t read_number(struct case_file *f)
{
	size_t v = 0;
	if (f->p >= f->end || *f->p < '0' || *f->p > '9')
		internal("malformed case file");
	while (f->p < f->end && *f->p >= '0' && *f->p <= '9')
		v = v * 10 + (size_t)(*f->p++ - '0');
	if (f->p < f->end && (*f->p == ' ' || *f->p == '\n'))
		f->p++;
	return v;
}

static void map_cases(struct case_file *f)
{
	off_t size = lseek(JUDGE_CASES_FD, 0, SEEK_END);
	if (size <= 0)
		internal("no case file on fd %d", JUDGE_CASES_FD);
	void *m = mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, JUDGE_CASES_FD, 0);
	if (m == MAP_FAILED)
		internal("cannot map the case file (%d)", errno);
	f->p = m;
	f->end = f->p + size;
	static const char magic[] = "JUDGE-CASES 1\n";
	if ((size_t)size < sizeof magic - 1 || memcmp(f->p, magic, sizeof magic - 1))
		internal("bad case file header");
	f->p += sizeof magic - 1;
	f->ncases = (int)read_number(f);
	f->nargs = (int)read_number(f);
}

static void next_case(struct case_file *f, struct judge_case *c, const char **args, size_t *lens)
{
	for (int a = 0; a < f->nargs; a++) {
		lens[a] = read_number(f);
		if ((size_t)(f->end - f->p) < lens[a] + 1)
			internal("truncated case file");
		args[a] = f->p;
		f->p += lens[a] + 1;
	}
	c->args = args;
	c->lens = lens;
	c->nargs = f->nargs;
}

/* ------------------------------------------------------------------ */
/* arguments */

static uint64_t cpu_start_us;

/* The thread's clock, not the process's: with RLIMIT_CPU set the kernel
 * keeps the process clock in a group timer updated only at scheduler ticks,
 * so short cases read 0.  The process has one thread (no clone allowed). */
static uint64_t cpu_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static const char *arg_text(struct judge_case *c, int i)
{
	if (i < 0 || i >= c->nargs)
		internal("driver asked for argument %d of %d", i, c->nargs);
	return c->args[i];   /* each value is followed by '\n', then the next length */
}

/* The parsers want a NUL-terminated string: copy the value out. */
static char *arg_copy(struct judge_case *c, int i)
{
	const char *t = arg_text(c, i);
	char *s = __real_malloc(c->lens[i] + 1);
	if (!s)
		internal("out of memory copying argument %d", i);
	memcpy(s, t, c->lens[i]);
	s[c->lens[i]] = '\0';
	return s;
}

#define PARSE_ARG(c, i, call)                                                   \
	do {                                                                    \
		struct lc_error err_;                                           \
		char *text_ = arg_copy(c, i);                                   \
		int rc_ = (call);                                               \
		free(text_);                                                    \
		if (rc_ < 0)                                                    \
			internal("argument %d: position %zu: %s", i, err_.pos, err_.msg); \
		cpu_start_us = cpu_now_us(); /* the clock starts after parsing */ \
	} while (0)

int judge_arg_int(struct judge_case *c, int i)
{
	int v = 0;
	PARSE_ARG(c, i, lc_parse_int(text_, &v, &err_));
	return v;
}

bool judge_arg_bool(struct judge_case *c, int i)
{
	bool v = false;
	PARSE_ARG(c, i, lc_parse_bool(text_, &v, &err_));
	return v;
}

char *judge_arg_string(struct judge_case *c, int i)
{
	char *v = NULL;
	size_t len;
	PARSE_ARG(c, i, lc_parse_string(text_, &v, &len, &err_));
	return v;
}

int *judge_arg_int_array(struct judge_case *c, int i, int *size)
{
	int *v = NULL;
	PARSE_ARG(c, i, lc_parse_int_array(text_, &v, size, &err_));
	return v;
}

int **judge_arg_int_matrix(struct judge_case *c, int i, int *rows, int **cols)
{
	int **v = NULL;
	PARSE_ARG(c, i, lc_parse_int_matrix(text_, &v, rows, cols, &err_));
	return v;
}

char **judge_arg_string_array(struct judge_case *c, int i, int *size)
{
	char **v = NULL;
	PARSE_ARG(c, i, lc_parse_string_array(text_, &v, size, &err_));
	return v;
}

/* Every node of a tree in breadth-first order, in a harness-owned array. */
static struct lc_tree **collect_nodes(struct lc_tree *root, size_t *count)
{
	size_t cap = 64, head = 0, tail = 0;
	struct lc_tree **q = __real_malloc(cap * sizeof *q);
	if (!q)
		internal("out of memory");
	if (root)
		q[tail++] = root;
	while (head < tail) {
		struct lc_tree *n = q[head++];
		if (tail + 2 > cap) {
			cap *= 2;
			q = __real_realloc(q, cap * sizeof *q);
			if (!q)
				internal("out of memory");
		}
		if (n->left)
			q[tail++] = n->left;
		if (n->right)
			q[tail++] = n->right;
	}
	*count = tail;
	return q;
}

void *judge_arg_tree(struct judge_case *c, int i)
{
	struct lc_tree *v = NULL;
	PARSE_ARG(c, i, lc_parse_tree(text_, &v, &err_));
	if (i < MAX_TREE_ARGS && !c->tree_nodes[i]) {
		c->tree_nodes[i] = collect_nodes(v, &c->tree_count[i]);
		cpu_start_us = cpu_now_us();
	}
	return v;
}

void *judge_arg_list(struct judge_case *c, int i)
{
	struct lc_list *v = NULL;
	PARSE_ARG(c, i, lc_parse_list(text_, &v, &err_));
	return v;
}

/* ------------------------------------------------------------------ */
/* answers */

static uint64_t cpu_end_us;

static int running_case = -1;

/* The solution wrote over the harness's memory (an overflowing local array
 * reaches the driver's frame): that is the solution's runtime error. */
static _Noreturn void corrupted(void)
{
	put_line("F corrupt 0\n");
	die_of(SIGSEGV);
	_exit(139);
}

static void report(struct judge_case *c, const char *kind, const char *text, size_t len)
{
	if (c->index != running_case || c->answered)
		corrupted();
	c->answered = true;
	/* stdio buffers first, so the judge sees this case's stdout before its result */
	fflush(stdout);
	fflush(stderr);
	put_line("R %d %llu %s %zu\n", c->index,
		 (unsigned long long)(cpu_end_us - cpu_start_us), kind, len);
	put_all(text, len);
}

static void answer(struct judge_case *c, char *text)
{
	if (!text)
		internal("out of memory printing the answer");
	report(c, "ok", text, strlen(text));
	free(text);
}

static void bad_answer(struct judge_case *c, const char *why)
{
	c->bad = true;
	report(c, "bad", why, strlen(why));
}

/* The clock stops when the solution returns, before its answer is read. */
static void stop_clock(void)
{
	if (!cpu_end_us)
		cpu_end_us = cpu_now_us();
}

void judge_ret_int(struct judge_case *c, int v)
{
	stop_clock();
	answer(c, lc_print_int(v));
}

void judge_ret_bool(struct judge_case *c, bool v)
{
	stop_clock();
	answer(c, lc_print_bool(v));
}

void judge_ret_string(struct judge_case *c, const char *s)
{
	stop_clock();
	if (!s) {
		bad_answer(c, "the function returned NULL instead of a string");
		return;
	}
	in_answer = 1;
	size_t n = strnlen(s, MAX_CODEC_BYTES);
	in_answer = 0;
	if (n == MAX_CODEC_BYTES) {
		bad_answer(c, "the returned string is not terminated (or longer than 64 MiB)");
		return;
	}
	answer(c, lc_print_string(s, n));
}

static bool bad_size(struct judge_case *c, const void *a, int size)
{
	if (size < 0) {
		bad_answer(c, "*returnSize is negative (was it set?)");
		return true;
	}
	if (size > 0 && !a) {
		bad_answer(c, "the function returned NULL with a non-zero *returnSize");
		return true;
	}
	return false;
}

void judge_ret_int_array(struct judge_case *c, const int *a, int size)
{
	stop_clock();
	if (bad_size(c, a, size))
		return;
	in_answer = 1;
	char *t = lc_print_int_array(a, size);
	in_answer = 0;
	answer(c, t);
}

void judge_ret_int_matrix(struct judge_case *c, int **a, int rows, const int *cols)
{
	stop_clock();
	if (bad_size(c, a, rows))
		return;
	if (rows > 0 && !cols) {
		bad_answer(c, "*returnColumnSizes was not set");
		return;
	}
	in_answer = 1;
	for (int r = 0; r < rows; r++) {
		if (cols[r] < 0 || (cols[r] > 0 && !a[r])) {
			in_answer = 0;
			bad_answer(c, "a row of the answer is NULL or has a negative column size");
			return;
		}
	}
	char *t = lc_print_int_matrix(a, rows, cols);
	in_answer = 0;
	answer(c, t);
}

void judge_ret_string_array(struct judge_case *c, char **a, int size)
{
	stop_clock();
	if (bad_size(c, a, size))
		return;
	in_answer = 1;
	for (int i = 0; i < size; i++) {
		if (!a[i]) {
			in_answer = 0;
			bad_answer(c, "a string of the answer is NULL");
			return;
		}
	}
	char *t = lc_print_string_array(a, size);
	in_answer = 0;
	answer(c, t);
}

static void shaped_answer(struct judge_case *c, char *t, enum lc_shape shape)
{
	if (shape == LC_SHAPE_OK)
		answer(c, t);
	else if (shape == LC_SHAPE_NOMEM)
		internal("out of memory printing the answer");
	else
		bad_answer(c, lc_shape_message(shape));
}

void judge_ret_tree(struct judge_case *c, const void *root)
{
	enum lc_shape shape;
	stop_clock();
	in_answer = 1;
	char *t = lc_print_tree(root, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_list(struct judge_case *c, const void *head)
{
	enum lc_shape shape;
	stop_clock();
	in_answer = 1;
	char *t = lc_print_list(head, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_tree_array(struct judge_case *c, void **roots, int size)
{
	enum lc_shape shape;
	stop_clock();
	if (bad_size(c, roots, size))
		return;
	in_answer = 1;
	char *t = lc_print_tree_array((struct lc_tree *const *)roots, size, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

char *judge_copy_string(struct judge_case *c, const char *s)
{
	if (!s)
		return NULL;
	in_answer = 1;
	size_t n = strnlen(s, MAX_CODEC_BYTES);
	in_answer = 0;
	if (n == MAX_CODEC_BYTES) {
		stop_clock();
		bad_answer(c, "the encoded string is not terminated (or longer than 64 MiB)");
		return NULL;
	}
	char *copy = __real_malloc(n + 1);
	if (!copy)
		internal("out of memory copying the encoded string");
	memcpy(copy, s, n + 1);
	return copy;
}

void judge_destroy_tree(struct judge_case *c, void *root)
{
	/* Poison then free the nodes the harness built for this argument (the
	 * solution may have re-linked them; if it freed them, the double free
	 * ends the run with SIGABRT, which is fair). */
	for (int a = 0; a < MAX_TREE_ARGS && root; a++) {
		if (!c->tree_nodes[a] || !c->tree_count[a] || c->tree_nodes[a][0] != root)
			continue;
		for (size_t k = 0; k < c->tree_count[a]; k++) {
			memset(c->tree_nodes[a][k], 0xa5, sizeof(struct lc_tree));
			free(c->tree_nodes[a][k]);
		}
		c->tree_count[a] = 0;
		return;
	}
}

void judge_answer_note(struct judge_case *c, const char *fmt, ...)
{
	(void)c;
	char note[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(note, sizeof note, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof note)
		n = sizeof note - 1;
	put_line("N %d\n", n);
	put_all(note, (size_t)n);
}

/* ------------------------------------------------------------------ */

int main(void)
{
	struct rlimit rl;
	int here;
	stack_top = (uintptr_t)&here;
	stack_limit = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
		? (uintptr_t)rl.rlim_cur : (uintptr_t)8 << 20;

	struct case_file f;
	map_cases(&f);
	const char **args = __real_malloc(sizeof *args * (size_t)(f.nargs + 1));
	size_t *lens = __real_malloc(sizeof *lens * (size_t)(f.nargs + 1));
	if (!args || !lens)
		internal("out of memory");
	put_line("B %d\n", f.ncases);
	for (int i = 0; i < f.ncases; i++) {
		struct judge_case c = { .index = i };
		next_case(&f, &c, args, lens);
		/* the judge says when: it reads this case's stdout meanwhile */
		char go;
		if (read(0, &go, 1) != 1)
			_exit(0);
		alloc_failed_reported = false;
		put_line("S %d\n", i);
		running_case = i;
		cpu_end_us = 0;
		cpu_start_us = cpu_now_us();
		judge_solve(&c);
		if (!c.answered && !c.bad)
			internal("the driver of this problem reported no answer for case %d", i);
		for (int a = 0; a < MAX_TREE_ARGS; a++)
			free(c.tree_nodes[a]);
	}
	fflush(stdout);
	fflush(stderr);
	put_line("D\n");
	/* Wait for the judge to read our peak memory, then go. */
	char b;
	while (read(0, &b, 1) > 0)
		;
	_exit(0);
}
