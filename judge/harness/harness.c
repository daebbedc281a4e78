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
 *   H <i> <blocks> <bytes> <mask>   memory hygiene of case i, just before its R:
 *                                    blocks and bytes (malloc_usable_size) the
 *                                    call allocated and did not free (-1 -1
 *                                    when not counted: --sanitize), and a bit
 *                                    per argument it modified (0 when the
 *                                    problem declares mutates_input)
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
#include <malloc.h>
#include <setjmp.h>
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
/* arguments whose modification is looked for (memory hygiene) */
#define MAX_CHECK_ARGS 8

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
	/* memory hygiene: each argument's checksum before the call; the
	 * nodes of list arguments as the harness built them */
	uint64_t sum[MAX_CHECK_ARGS];
	unsigned summed, modified;    /* bits: argument recorded, found changed */
	struct lc_list **list_nodes[MAX_CHECK_ARGS];
	size_t list_count[MAX_CHECK_ARGS];
	/* what the checksum covers, per argument */
	const void *arg_ptr[MAX_CHECK_ARGS];
	int arg_n[MAX_CHECK_ARGS];
	const int *arg_cols[MAX_CHECK_ARGS];
	char arg_kind[MAX_CHECK_ARGS];
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
static volatile sig_atomic_t in_check;      /* comparing an argument after the call */
static sigjmp_buf check_jmp;
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
	if (in_check && sig == SIGSEGV) {
		/* the solution freed (and unmapped) an argument: it changed it */
		in_check = 0;
		siglongjmp(check_jmp, 1);
	}
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
#define __real_free free
#endif

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
void __wrap_free(void *p);

static bool alloc_failed_reported;

/* Memory hygiene: blocks and usable bytes allocated minus freed while the
 * solution runs (counting: from the clock's start to the answer; the
 * harness's own parsing, printing and judge_destroy_tree never count).  The
 * cost is a flag test, and a malloc_usable_size call while counting. */
static bool counting;
static long long net_blocks, net_bytes;
/* the lowest and highest block ever allocated: free() of a pointer
 * outside them (a stack or global address: free aborts anyway) is not
 * measured, so measuring it cannot fault first */
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi;

static void *note_alloc(void *p, size_t bytes)
{
	if (p) {
		uintptr_t a = (uintptr_t)p;
		if (a < heap_lo)
			heap_lo = a;
		if (a > heap_hi)
			heap_hi = a;
		if (counting) {
			net_blocks++;
			net_bytes += (long long)malloc_usable_size(p);
		}
	} else if (bytes && !alloc_failed_reported) {
		alloc_failed_reported = true;
		put_line("M %zu\n", bytes);
	}
	return p;
}

/* What free(p) gives back, counted before p goes. */
static void note_free(void *p)
{
	uintptr_t a = (uintptr_t)p;
	if (!p || a < heap_lo || a > heap_hi || (a & 15))
		return;
	net_blocks--;
	net_bytes -= (long long)malloc_usable_size(p);
}

void *__wrap_malloc(size_t n) { return note_alloc(__real_malloc(n), n); }
void *__wrap_calloc(size_t n, size_t m) { return note_alloc(__real_calloc(n, m), n * m); }
void *__wrap_realloc(void *p, size_t n)
{
	long long blocks = net_blocks, bytes = net_bytes;
	if (counting && p)
		note_free(p);   /* realloc ends p's block, and may give a new one */
	void *q = __real_realloc(p, n);
	if (!q && p && n) {   /* failed: p still lives */
		net_blocks = blocks;
		net_bytes = bytes;
	}
	return note_alloc(q, n);
}
void __wrap_free(void *p)
{
	if (counting)
		note_free(p);
	__real_free(p);
}
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
/* reading the cases: "JUDGE-CASES 2\n<ncases> <nargs> <flags>\n" (or
 * version 1, "JUDGE-CASES 1\n<ncases> <nargs>\n", flags 0) then per value
 * "<len>\n<bytes>\n".  Flags: CASES_MUTATES_INPUT, the problem's solution
 * may change its arguments (problem.ini mutates_input = true). */

#define CASES_MUTATES_INPUT 1u

struct case_file {
	const char *p, *end;
	int ncases, nargs;
	unsigned flags;
};

static unsigned case_flags;

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
	static const char magic[] = "JUDGE-CASES ?\n";
	if ((size_t)size < sizeof magic - 1 || memcmp(f->p, magic, sizeof magic - 3) ||
	    (f->p[sizeof magic - 3] != '1' && f->p[sizeof magic - 3] != '2') ||
	    f->p[sizeof magic - 2] != '\n')
		internal("bad case file header");
	int version = f->p[sizeof magic - 3] - '0';
	f->p += sizeof magic - 1;
	f->ncases = (int)read_number(f);
	f->nargs = (int)read_number(f);
	f->flags = version >= 2 ? (unsigned)read_number(f) : 0;
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

/* The solution's part of the case starts (again) after each argument is
 * parsed and recorded: the clock and the allocation count. */
static void start_call(void)
{
	cpu_start_us = cpu_now_us();
	counting = true;
}

#define PARSE_ARG(c, i, call)                                                   \
	do {                                                                    \
		struct lc_error err_;                                           \
		counting = false;                                               \
		char *text_ = arg_copy(c, i);                                   \
		int rc_ = (call);                                               \
		free(text_);                                                    \
		if (rc_ < 0)                                                    \
			internal("argument %d: position %zu: %s", i, err_.pos, err_.msg); \
		start_call(); /* the clock starts after parsing */              \
	} while (0)

/* ------------------------------------------------------------------ */
/* memory hygiene: did the solution change its arguments?  A checksum of
 * each argument before the call, compared after it (at the answer, or when
 * the driver destroys a tree argument).  Trees and lists are walked through
 * the node lists the harness recorded, never through links the solution may
 * have changed; a node re-linked elsewhere changes the checksum. */

enum { ARG_NONE, ARG_INTS, ARG_MATRIX, ARG_STRING, ARG_STRINGS, ARG_TREE, ARG_LIST };

static inline uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdull;
}

static uint64_t bytes_sum(uint64_t h, const char *s, size_t n)
{
	size_t k = 0;
	for (; k + 8 <= n; k += 8) {
		uint64_t w;
		memcpy(&w, s + k, 8);
		h = mix(h, w);
	}
	for (; k < n; k++)
		h = mix(h, (unsigned char)s[k]);
	return h;
}

/* Tree: values in the recorded (breadth-first) order, and for each child
 * link whether it still points at the node recorded next. */
static uint64_t tree_sum(struct lc_tree **nodes, size_t count)
{
	uint64_t h = 0x7472656500000000ull;
	size_t next = 1;
	for (size_t k = 0; k < count; k++) {
		struct lc_tree *n = nodes[k];
		h = mix(h, (uint64_t)(int64_t)n->val);
		struct lc_tree *kids[2] = { n->left, n->right };
		for (int s = 0; s < 2; s++) {
			if (!kids[s]) {
				h = mix(h, 0);
				continue;
			}
			h = mix(h, next < count && kids[s] == nodes[next] ? 1 : 2);
			next++;
		}
	}
	return mix(h, count);
}

static uint64_t list_sum(struct lc_list **nodes, size_t count)
{
	uint64_t h = 0x6c69737400000000ull;
	for (size_t k = 0; k < count; k++) {
		struct lc_list *want = k + 1 < count ? nodes[k + 1] : NULL;
		h = mix(h, (uint64_t)(int64_t)nodes[k]->val);
		h = mix(h, nodes[k]->next == want ? 1 : 2);
	}
	return mix(h, count);
}

static uint64_t arg_sum(struct judge_case *c, int i)
{
	uint64_t h = 0x9ae16a3b2f90404full;
	int n = c->arg_n[i];
	switch (c->arg_kind[i]) {
	case ARG_INTS:
		return bytes_sum(h, c->arg_ptr[i], (size_t)n * sizeof(int));
	case ARG_MATRIX: {
		int *const *rows = c->arg_ptr[i];
		for (int r = 0; r < n; r++) {
			int cols = c->arg_cols[i] ? c->arg_cols[i][r] : 0;
			h = mix(h, (uint64_t)(uintptr_t)rows[r]);
			h = mix(h, (uint64_t)cols);
			if (rows[r] && cols > 0)
				h = bytes_sum(h, (const char *)rows[r], (size_t)cols * sizeof(int));
		}
		return h;
	}
	case ARG_STRING:
		return bytes_sum(h, c->arg_ptr[i], (size_t)n + 1);   /* the NUL included */
	case ARG_STRINGS: {
		char *const *v = c->arg_ptr[i];
		for (int k = 0; k < n; k++) {
			h = mix(h, (uint64_t)(uintptr_t)v[k]);
			if (v[k])
				h = bytes_sum(h, v[k], strnlen(v[k], MAX_CODEC_BYTES) + 1);
		}
		return h;
	}
	case ARG_TREE:
		return i < MAX_TREE_ARGS ? tree_sum(c->tree_nodes[i], c->tree_count[i]) : h;
	case ARG_LIST:
		return list_sum(c->list_nodes[i], c->list_count[i]);
	}
	return h;
}

/* Record argument i's checksum: before the solution sees it. */
static void record_arg(struct judge_case *c, int i, int kind, const void *p, int n, const int *cols)
{
	if (i < 0 || i >= MAX_CHECK_ARGS || (case_flags & CASES_MUTATES_INPUT) || (c->summed & (1u << i)))
		return;
	c->arg_kind[i] = (char)kind;
	c->arg_ptr[i] = p;
	c->arg_n[i] = n;
	c->arg_cols[i] = cols;
	c->sum[i] = arg_sum(c, i);
	c->summed |= 1u << i;
}

/* Argument i against its checksum; unreadable now (freed and unmapped by
 * the solution) is changed too. */
static bool arg_changed(struct judge_case *c, int i)
{
	if (sigsetjmp(check_jmp, 1) != 0)
		return true;
	in_check = 1;
	bool changed = arg_sum(c, i) != c->sum[i];
	in_check = 0;
	return changed;
}

/* Compare the arguments in mask with their checksums, once each. */
static void check_args(struct judge_case *c, unsigned mask)
{
	bool was = counting;
	counting = false;
	mask &= c->summed;
	for (int i = 0; i < MAX_CHECK_ARGS; i++) {
		if (!(mask & (1u << i)))
			continue;
		c->summed &= ~(1u << i);
		if (arg_changed(c, i))
			c->modified |= 1u << i;
	}
	counting = was;
}

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
	counting = false;
	record_arg(c, i, ARG_STRING, v, (int)len, NULL);
	start_call();
	return v;
}

int *judge_arg_int_array(struct judge_case *c, int i, int *size)
{
	int *v = NULL;
	PARSE_ARG(c, i, lc_parse_int_array(text_, &v, size, &err_));
	counting = false;
	record_arg(c, i, ARG_INTS, v, *size, NULL);
	start_call();
	return v;
}

int **judge_arg_int_matrix(struct judge_case *c, int i, int *rows, int **cols)
{
	int **v = NULL;
	PARSE_ARG(c, i, lc_parse_int_matrix(text_, &v, rows, cols, &err_));
	counting = false;
	record_arg(c, i, ARG_MATRIX, v, *rows, *cols);
	start_call();
	return v;
}

char **judge_arg_string_array(struct judge_case *c, int i, int *size)
{
	char **v = NULL;
	PARSE_ARG(c, i, lc_parse_string_array(text_, &v, size, &err_));
	counting = false;
	record_arg(c, i, ARG_STRINGS, v, *size, NULL);
	start_call();
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
		counting = false;
		c->tree_nodes[i] = collect_nodes(v, &c->tree_count[i]);
		record_arg(c, i, ARG_TREE, v, 0, NULL);
		start_call();
	}
	return v;
}

void *judge_arg_list(struct judge_case *c, int i)
{
	struct lc_list *v = NULL;
	PARSE_ARG(c, i, lc_parse_list(text_, &v, &err_));
	if (i < MAX_CHECK_ARGS && !c->list_nodes[i] && !(case_flags & CASES_MUTATES_INPUT)) {
		counting = false;
		size_t cap = 64, n = 0;
		struct lc_list **q = __real_malloc(cap * sizeof *q);
		for (struct lc_list *e = v; q && e; e = e->next) {
			if (n == cap) {
				cap *= 2;
				q = __real_realloc(q, cap * sizeof *q);
				if (!q)
					break;
			}
			q[n++] = e;
		}
		if (!q)
			internal("out of memory");
		c->list_nodes[i] = q;
		c->list_count[i] = n;
		record_arg(c, i, ARG_LIST, v, 0, NULL);
		start_call();
	}
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
	counting = false;
	/* stdio buffers first, so the judge sees this case's stdout before its result */
	fflush(stdout);
	fflush(stderr);
#ifdef JUDGE_SANITIZE   /* ASan's allocator is not wrapped: nothing counted */
	put_line("H %d -1 -1 %u\n", c->index, c->modified);
#else
	put_line("H %d %lld %lld %u\n", c->index, net_blocks, net_bytes, c->modified);
#endif
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

/* The clock stops when the solution returns, before its answer is read;
 * so does the allocation count, and the arguments are compared. */
static void stop_clock(struct judge_case *c)
{
	if (!cpu_end_us) {
		cpu_end_us = cpu_now_us();
		counting = false;
		check_args(c, ~0u);
	}
}

void judge_ret_int(struct judge_case *c, int v)
{
	stop_clock(c);
	answer(c, lc_print_int(v));
}

void judge_ret_bool(struct judge_case *c, bool v)
{
	stop_clock(c);
	answer(c, lc_print_bool(v));
}

void judge_ret_string(struct judge_case *c, const char *s)
{
	stop_clock(c);
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
	stop_clock(c);
	if (bad_size(c, a, size))
		return;
	in_answer = 1;
	char *t = lc_print_int_array(a, size);
	in_answer = 0;
	answer(c, t);
}

void judge_ret_int_matrix(struct judge_case *c, int **a, int rows, const int *cols)
{
	stop_clock(c);
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
	stop_clock(c);
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
	stop_clock(c);
	in_answer = 1;
	char *t = lc_print_tree(root, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_list(struct judge_case *c, const void *head)
{
	enum lc_shape shape;
	stop_clock(c);
	in_answer = 1;
	char *t = lc_print_list(head, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_tree_array(struct judge_case *c, void **roots, int size)
{
	enum lc_shape shape;
	stop_clock(c);
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
		stop_clock(c);
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
	 * ends the run with SIGABRT, which is fair).  The solution's use of the
	 * tree ends here: it is compared first, and these frees never count. */
	bool was = counting;
	counting = false;
	for (int a = 0; a < MAX_TREE_ARGS && root; a++) {
		if (!c->tree_nodes[a] || !c->tree_count[a] || c->tree_nodes[a][0] != root)
			continue;
		check_args(c, 1u << a);
		for (size_t k = 0; k < c->tree_count[a]; k++) {
			memset(c->tree_nodes[a][k], 0xa5, sizeof(struct lc_tree));
			free(c->tree_nodes[a][k]);
		}
		c->tree_count[a] = 0;
		break;
	}
	counting = was;
}

void judge_answer_note(struct judge_case *c, const char *fmt, ...)
{
	(void)c;
	bool was = counting;
	counting = false;
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
	counting = was;
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
	case_flags = f.flags;
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
		net_blocks = net_bytes = 0;
		start_call();
		judge_solve(&c);
		counting = false;
		if (!c.answered && !c.bad)
			internal("the driver of this problem reported no answer for case %d", i);
		for (int a = 0; a < MAX_TREE_ARGS; a++)
			free(c.tree_nodes[a]);
		for (int a = 0; a < MAX_CHECK_ARGS; a++)
			free(c.list_nodes[a]);
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
