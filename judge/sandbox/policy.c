/*
 * policy.c - the system calls a solution may make, written once.
 *
 * An allowlist built with libseccomp in the judge (once per process) and
 * exported as raw BPF, so the child only has to load it (building it after
 * fork costs ~1 ms of copy-on-write faults; loading ~0.1 ms).
 *
 * Default action: trap.  The harness's SIGSYS handler names the call on the
 * result channel and then dies of SIGSYS; the harness also stacks a filter
 * that kills anyone who tries to take SIGSYS back, so "trap" ends the
 * process as surely as "kill" and the student learns which call it was.
 * Calls from a foreign ABI (i386 int 0x80, x32) kill outright.
 *
 * Every rule below says why the call is allowed.  The solution process has
 * only fds 0-4 (pipes, a sealed case file, a memfd for its stdout) and can
 * create no other, so read/write cannot reach anything else.
 */
#define _GNU_SOURCE
#include "sandbox.h"
#include "sandbox_internal.h"

#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef ARCH_SET_FS
#define ARCH_SET_FS 0x1002
#endif

enum arg_rule { ANY, ARG0_IS_SELF, ARG2_IS_NULL, ARG0_IS_EXEC_FD, ARG0_IS_SET_FILTER,
		/* --sanitize only */
		ARG1_READ_ONLY, ARG2_READ_ONLY, ARG1_FD_FLAGS };

struct rule {
	const char *name;
	uint32_t action;          /* SCMP_ACT_ALLOW or SCMP_ACT_ERRNO(e) */
	enum arg_rule arg;
	const char *why;
};

static const struct rule rules[] = {
	/* the one exec: the judge's fd of the harness binary, closed on exec,
	 * and fds >= 32 cannot be made again (RLIMIT_NOFILE, no open/dup) */
	{ "execveat", SCMP_ACT_ALLOW, ARG0_IS_EXEC_FD, "start the solution once, by the judge's fd" },
	/* I/O on the five inherited fds */
	{ "read", SCMP_ACT_ALLOW, ANY, "case file, stdin" },
	{ "write", SCMP_ACT_ALLOW, ANY, "stdout, stderr, result channel" },
	{ "readv", SCMP_ACT_ALLOW, ANY, "stdio may use vectors" },
	{ "writev", SCMP_ACT_ALLOW, ANY, "stdio may use vectors" },
	{ "pread64", SCMP_ACT_ALLOW, ANY, "reading the case file" },
	{ "lseek", SCMP_ACT_ALLOW, ANY, "size of the case file; stdio" },
	{ "close", SCMP_ACT_ALLOW, ANY, "closing its own stdout is allowed (and harmless)" },
	/* memory */
	{ "brk", SCMP_ACT_ALLOW, ANY, "malloc" },
	{ "mmap", SCMP_ACT_ALLOW, ANY, "malloc of large blocks; mapping the case file" },
	{ "munmap", SCMP_ACT_ALLOW, ANY, "free of large blocks" },
	{ "mremap", SCMP_ACT_ALLOW, ANY, "realloc of large blocks" },
	{ "mprotect", SCMP_ACT_ALLOW, ANY, "libc start-up (RELRO)" },
	{ "madvise", SCMP_ACT_ALLOW, ANY, "malloc trims" },
	/* signals: only its own */
	{ "rt_sigaction", SCMP_ACT_ALLOW, ANY, "the harness's fault handlers; signal()" },
	{ "rt_sigprocmask", SCMP_ACT_ALLOW, ANY, "abort() unblocks SIGABRT" },
	{ "rt_sigreturn", SCMP_ACT_ALLOW, ANY, "return from a handler" },
	{ "sigaltstack", SCMP_ACT_ALLOW, ANY, "fault handler stack (stack overflow)" },
	{ "tgkill", SCMP_ACT_ALLOW, ARG0_IS_SELF, "abort()/raise() to itself only" },
	{ "tkill", SCMP_ACT_ALLOW, ARG0_IS_SELF, "raise() to itself only" },
	{ "kill", SCMP_ACT_ALLOW, ARG0_IS_SELF, "kill(getpid(), ...) only" },
	/* process and thread bookkeeping of libc start-up */
	{ "arch_prctl", SCMP_ACT_ALLOW, ANY, "thread pointer at start-up" },
	{ "set_tid_address", SCMP_ACT_ALLOW, ANY, "libc start-up" },
	{ "set_robust_list", SCMP_ACT_ALLOW, ANY, "libc start-up" },
	{ "rseq", SCMP_ACT_ALLOW, ANY, "libc start-up" },
	{ "prlimit64", SCMP_ACT_ALLOW, ARG2_IS_NULL, "reading limits; raising them is not possible" },
	{ "getrlimit", SCMP_ACT_ALLOW, ANY, "reading limits" },
	{ "getrandom", SCMP_ACT_ALLOW, ANY, "malloc and stack-protector seeds" },
	{ "exit", SCMP_ACT_ALLOW, ANY, "ending" },
	{ "exit_group", SCMP_ACT_ALLOW, ANY, "ending" },
	{ "getpid", SCMP_ACT_ALLOW, ANY, "abort(), harmless" },
	{ "gettid", SCMP_ACT_ALLOW, ANY, "abort(), harmless" },
	{ "getppid", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "getuid", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "geteuid", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "getgid", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "getegid", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "futex", SCMP_ACT_ALLOW, ANY, "stdio locks; no threads exist to wake" },
	{ "sched_yield", SCMP_ACT_ALLOW, ANY, "harmless" },
	/* time: sleeping is allowed and ends in a wall-clock TLE */
	{ "clock_gettime", SCMP_ACT_ALLOW, ANY, "per-case CPU time, clock()" },
	{ "clock_getres", SCMP_ACT_ALLOW, ANY, "harmless" },
	{ "gettimeofday", SCMP_ACT_ALLOW, ANY, "time()" },
	{ "time", SCMP_ACT_ALLOW, ANY, "time()" },
	{ "getrusage", SCMP_ACT_ALLOW, ANY, "its own usage" },
	{ "times", SCMP_ACT_ALLOW, ANY, "clock()" },
	{ "nanosleep", SCMP_ACT_ALLOW, ANY, "sleep(): a wall-clock TLE, not a crash" },
	{ "clock_nanosleep", SCMP_ACT_ALLOW, ANY, "sleep(): a wall-clock TLE, not a crash" },
	{ "pause", SCMP_ACT_ALLOW, ANY, "pause(): a wall-clock TLE, not a crash" },
	/* the harness stacks its SIGSYS lock; it forbids further filters itself */
	{ "seccomp", SCMP_ACT_ALLOW, ARG0_IS_SET_FILTER, "a filter can only narrow what is allowed" },
	/* harmless probes answered with an error instead of a kill */
	{ "ioctl", SCMP_ACT_ERRNO(ENOTTY), ANY, "isatty() probes of stdio: not a terminal" },
	{ "newfstatat", SCMP_ACT_ERRNO(EACCES), ANY, "stdio's buffer sizing; a path could probe files" },
	{ "fstat", SCMP_ACT_ERRNO(EACCES), ANY, "stdio's buffer sizing" },
	{ "readlink", SCMP_ACT_ERRNO(ENOENT), ANY, "static libc asks for /proc/self/exe" },
	{ "uname", SCMP_ACT_ALLOW, ANY, "harmless" },
};

/*
 * judge run --sanitize: what AddressSanitizer/UBSan and the dynamic loader
 * need beyond the rules above (found with strace on sanitized programs,
 * gcc 12 / libasan 8, Debian 12; SECURITY.md).  A rule here replaces the
 * base rule of the same call.  Opening files read-only is safe only because
 * a sanitized solution runs in a private mount namespace whose root holds
 * nothing but /usr (and the /lib links), read-only, and its own /proc/self
 * (sbx_spawn.new_root); the runner refuses --sanitize where that cannot be
 * made.  Still nothing for processes, sockets, writing files, prctl or
 * raising limits (ASAN_OPTIONS=disable_coredump=0: it does not touch
 * RLIMIT_CORE, already 0).
 */
static const struct rule sanitize_rules[] = {
	{ "openat", SCMP_ACT_ALLOW, ARG2_READ_ONLY, "ld.so loads libasan/libubsan; the symbolizer "
	  "reads /proc/self/{exe,maps,cmdline,environ}: read-only, no O_CREAT/O_TRUNC" },
	{ "open", SCMP_ACT_ALLOW, ARG1_READ_ONLY, "libasan reads /proc/self/maps: read-only" },
	{ "newfstatat", SCMP_ACT_ALLOW, ANY, "ld.so sizes the libraries it maps; the symbolizer" },
	{ "fstat", SCMP_ACT_ALLOW, ANY, "ld.so, the symbolizer" },
	{ "readlink", SCMP_ACT_ALLOW, ANY, "libasan reads /proc/self/exe (its module list)" },
	{ "fcntl", SCMP_ACT_ALLOW, ARG1_FD_FLAGS, "the symbolizer marks its fds close-on-exec" },
	{ "access", SCMP_ACT_ERRNO(ENOENT), ANY, "ld.so probes /etc/ld.so.preload: there is none" },
	{ "pipe2", SCMP_ACT_ERRNO(EMFILE), ANY, "UBSan probes readable memory through a pipe; it "
	  "then skips the memory dump" },
	{ "pipe", SCMP_ACT_ERRNO(EMFILE), ANY, "as pipe2" },
};

static bool overridden(const char *name, const struct rule *extra, size_t nextra)
{
	for (size_t i = 0; i < nextra; i++)
		if (!strcmp(extra[i].name, name))
			return true;
	return false;
}

static int add_rule(scmp_filter_ctx ctx, const struct rule *r)
{
	int nr = seccomp_syscall_resolve_name(r->name);
	if (nr == __NR_SCMP_ERROR)
		return 0;   /* not on this architecture: nothing to allow */
	switch (r->arg) {
	case ANY:
		return seccomp_rule_add(ctx, r->action, nr, 0);
	case ARG0_IS_SELF:
		return seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A0(SCMP_CMP_EQ, SBX_PID_PLACEHOLDER));
	case ARG2_IS_NULL:
		return seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A2(SCMP_CMP_EQ, 0));
	case ARG0_IS_EXEC_FD:
		return seccomp_rule_add(ctx, r->action, nr, 2, SCMP_A0(SCMP_CMP_EQ, SBX_EXEC_FD),
					SCMP_A4(SCMP_CMP_EQ, AT_EMPTY_PATH));
	case ARG0_IS_SET_FILTER:
		return seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A0(SCMP_CMP_EQ, SECCOMP_SET_MODE_FILTER));
	case ARG1_READ_ONLY:   /* open(path, flags): read-only, never create or truncate */
		return seccomp_rule_add(ctx, r->action, nr, 1,
					SCMP_A1(SCMP_CMP_MASKED_EQ, O_ACCMODE | O_CREAT | O_TRUNC, O_RDONLY));
	case ARG2_READ_ONLY:   /* openat(dirfd, path, flags) */
		return seccomp_rule_add(ctx, r->action, nr, 1,
					SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE | O_CREAT | O_TRUNC, O_RDONLY));
	case ARG1_FD_FLAGS: {   /* fcntl: the close-on-exec flag of its own fds, nothing else */
		int rc = seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A1(SCMP_CMP_EQ, F_GETFD));
		if (rc == 0)
			rc = seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A1(SCMP_CMP_EQ, F_SETFD));
		if (rc == 0)
			rc = seccomp_rule_add(ctx, r->action, nr, 1, SCMP_A1(SCMP_CMP_EQ, F_GETFL));
		return rc;
	}
	}
	return -EINVAL;
}

static int export_bpf(scmp_filter_ctx ctx, struct sbx_policy *p)
{
	int fd = memfd_create("judge-bpf", MFD_CLOEXEC);
	if (fd < 0)
		return ju_error("cannot create a memfd for the seccomp program:");
	int rc = seccomp_export_bpf(ctx, fd);
	off_t size = lseek(fd, 0, SEEK_END);
	if (rc < 0 || size <= 0 || size % (off_t)sizeof(struct sock_filter)) {
		close(fd);
		return ju_error("cannot export the seccomp program: %s", strerror(rc < 0 ? -rc : EIO));
	}
	p->insns = ju_malloc((size_t)size);
	p->count = (unsigned short)(size / (off_t)sizeof(struct sock_filter));
	if (pread(fd, p->insns, (size_t)size, 0) != size) {
		close(fd);
		return ju_error("cannot read the seccomp program back:");
	}
	close(fd);
	return 0;
}

static int policy_build(const struct rule *extra, size_t nextra, struct sbx_policy **out)
{
	struct sbx_policy *p = ju_calloc(1, sizeof *p);
	int ret = -1;
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_TRAP);
	if (!ctx) {
		ju_error("cannot initialise libseccomp");
		goto cleanup;
	}
	int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	if (rc == 0)
		rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);   /* the child sets it itself */
	for (size_t i = 0; rc == 0 && i < sizeof rules / sizeof rules[0]; i++) {
		if (overridden(rules[i].name, extra, nextra))
			continue;
		rc = add_rule(ctx, &rules[i]);
		if (rc < 0)
			ju_error("seccomp rule for %s: %s", rules[i].name, strerror(-rc));
	}
	for (size_t i = 0; rc == 0 && i < nextra; i++) {
		rc = add_rule(ctx, &extra[i]);
		if (rc < 0)
			ju_error("seccomp rule for %s: %s", extra[i].name, strerror(-rc));
	}
	if (rc < 0 || export_bpf(ctx, p) < 0)
		goto cleanup;
	*out = p;
	p = NULL;
	ret = 0;
cleanup:
	seccomp_release(ctx);
	sbx_policy_free(p);
	return ret;
}

int sbx_policy_new(struct sbx_policy **out)
{
	return policy_build(NULL, 0, out);
}

int sbx_policy_new_sanitize(struct sbx_policy **out)
{
	return policy_build(sanitize_rules, sizeof sanitize_rules / sizeof sanitize_rules[0], out);
}

void sbx_policy_free(struct sbx_policy *p)
{
	if (!p)
		return;
	free(p->insns);
	free(p);
}

const char *sbx_syscall_name(int nr)
{
	static char name[64];
	char *n = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
	if (!n)
		return NULL;
	snprintf(name, sizeof name, "%s", n);
	free(n);
	return name;
}

/* In the child, after fork: the child owns its copy of the parent's
 * memory, so it patches its own pid into the rules in place. */
int sbx_policy_load_in_child(const struct sbx_policy *p, pid_t self)
{
	struct sock_filter *f = p->insns;
	for (unsigned i = 0; i < p->count; i++) {
		if (BPF_CLASS(f[i].code) == BPF_JMP && f[i].k == SBX_PID_PLACEHOLDER)
			f[i].k = (uint32_t)self;
	}
	struct sock_fprog prog = { p->count, f };
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}
