/*
 * harness.c - the judge's side of the sandboxed process.
 *
 * Theory of operation.  The judge compiles the student's code, the problem's
 * driver.c and this file into one static executable and starts it inside the
 * sandbox with:
 *   fd 0  a pipe nobody writes to (a blocking read waits, as on a terminal);
 *         the judge closes it when it has read the peak memory at the end
 *   fd 1  stdout, fd 2 stderr: one file the judge reads afterwards, shown as
 *         "Stdout" (a regular file, so its offset marks where a case begins)
 *   fd 3  the cases, read only (JUDGE_CASES_FD)
 *   fd 4  the result channel to the judge (JUDGE_RESULT_FD)
 * The harness calls judge_solve() once per case, in order, in this one
 * process (as LeetCode does), without waiting for the judge between cases,
 * and reports on fd 4:
 *   B <ncases>                       started
 *   S <i> <off>                      case i begins; its stdout starts at offset
 *                                    off of fd 1 (-1: unknown, the solution
 *                                    moved fd 1).  It travels with the case's
 *                                    answer: the judge counts case i as running
 *                                    from the answer of case i-1 (or from B)
 *   O <off>                          the case's stdout ends at off (just before H)
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
#include "harness_internal.h"

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


/* ------------------------------------------------------------------ */
/* the result channel: raw write(2), never stdio (the solution owns stdio).
 * A case's routine records (S, O, H, R, N) wait in a buffer and go in one
 * write when the case ends: one wake-up of the judge per case instead of
 * four.  Everything else (B, M, X, F, E, D) goes at once, after what is
 * buffered, because the process may die right after it. */

static char rec_buf[16384];
static size_t rec_len;

static void write_all(const char *p, size_t n)
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

void put_flush(void)
{
	size_t n = rec_len;
	rec_len = 0;
	write_all(rec_buf, n);
}

void put_all(const char *p, size_t n)
{
	put_flush();
	write_all(p, n);
}

/* A record line into line[128]: its length (cut to fit). */
static size_t format_line(char *line, const char *fmt, va_list ap)
{
	int n = vsnprintf(line, 128, fmt, ap);
	return n <= 0 ? 0 : (size_t)n < 128 ? (size_t)n : 127;
}

void put_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void put_line(const char *fmt, ...)
{
	char line[128];
	va_list ap;
	va_start(ap, fmt);
	size_t n = format_line(line, fmt, ap);
	va_end(ap);
	put_all(line, n);
}

void put_record(const char *p, size_t n)
{
	if (rec_len + n > sizeof rec_buf) {
		put_flush();
		if (n > sizeof rec_buf) {   /* a big answer: straight through */
			write_all(p, n);
			return;
		}
	}
	memcpy(rec_buf + rec_len, p, n);
	rec_len += n;
}

void put_recordf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void put_recordf(const char *fmt, ...)
{
	char line[128];
	va_list ap;
	va_start(ap, fmt);
	size_t n = format_line(line, fmt, ap);
	va_end(ap);
	put_record(line, n);
}

/* ------------------------------------------------------------------ */
/* faults: name them, then die of the same signal so the status is honest */

volatile sig_atomic_t in_answer;     /* reading memory the solution returned */
volatile sig_atomic_t in_check;      /* comparing an argument after the call */
sigjmp_buf check_jmp;
static uintptr_t stack_top, stack_limit;

/* The handler runs with sig blocked: unblock it, or raise() only queues it. */
void die_of(int sig)
{
	sigset_t set;
	put_flush();   /* the case's records, then the death */
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
/* internal errors: the problem's or the judge's fault, never the student's */

_Noreturn void internal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void internal(const char *fmt, ...)
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


struct case_file {
	const char *p, *end;
	int ncases, nargs;
	unsigned flags;
};

unsigned case_flags;

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

/* Where the next byte of stdout goes: stdio's buffers are flushed first.
 * The solution may have closed or moved fd 1; that only blurs its own
 * output's attribution, so -1 is reported and the judge shows less. */
long long stdout_offset(void)
{
	fflush(stdout);
	fflush(stderr);
	off_t off = lseek(1, 0, SEEK_CUR);
	return off < 0 ? -1 : (long long)off;
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
		/* no waiting for the judge between cases: the stdout offset
		 * tells it which bytes are this case's */
		alloc_failed_reported = false;
		put_recordf("S %d %lld\n", i, stdout_offset());
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
		put_flush();   /* the case's records, in one write */
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
