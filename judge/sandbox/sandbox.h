/*
 * sandbox.h - start an untrusted program under limits, watch it, end it.
 *
 * This module knows processes, limits and system-call filters; it knows
 * nothing of cases or verdicts (run/ does).  sbx_start returns -1 only when
 * the judge itself failed (it prints why); whatever the program does is an
 * outcome, never an error.
 */
#ifndef SBX_SANDBOX_H
#define SBX_SANDBOX_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* rlimits of the child; 0 means "leave as inherited" for each. */
struct sbx_limits {
	uint64_t cpu_seconds;     /* RLIMIT_CPU backstop (the judge also watches) */
	uint64_t address_space;   /* bytes, RLIMIT_AS */
	uint64_t stack;           /* bytes, RLIMIT_STACK */
	uint64_t file_size;       /* bytes, RLIMIT_FSIZE */
	uint64_t open_files;      /* RLIMIT_NOFILE */
};

/* A compiled system-call filter (policy.c), built once per judge process. */
struct sbx_policy;
/* The policy for solutions: an allowlist, everything else trapped. */
int sbx_policy_new(struct sbx_policy **out);
void sbx_policy_free(struct sbx_policy *p);
/* Name of a system call number ("socket"), or NULL. */
const char *sbx_syscall_name(int nr);

struct sbx_spawn {
	const char *path;          /* the executable */
	char *const *argv;
	char *const *envp;
	const char *workdir;       /* chdir here before exec */
	int fds[5];                /* become fds 0..4; -1 = /dev/null (0-2) or closed (3-4) */
	struct sbx_limits limits;
	const struct sbx_policy *policy;   /* NULL: no filter (the compiler) */
};

struct sbx_proc {
	pid_t pid;
	int pidfd;
	bool reaped;
};

/* What the process ended with. */
struct sbx_exit {
	int exit_code;        /* -1 when killed by a signal */
	int signal;           /* 0 when it exited */
	uint64_t cpu_us;      /* user + system, from wait4 */
	uint64_t maxrss_kb;   /* from wait4 (includes pre-exec pages: a fallback) */
	bool timed_out;       /* sbx_wait's own deadline ended it */
};

/* Fork, set up and exec.  0 or -1 (judge failure, message printed). */
int sbx_start(const struct sbx_spawn *s, struct sbx_proc *out);
/* Kill the process and its process group (idempotent). */
void sbx_kill(struct sbx_proc *p);
/* Wait until it ends, at most timeout_ms (then kill it); reap it. */
int sbx_wait(struct sbx_proc *p, unsigned timeout_ms, struct sbx_exit *e);

/* Live figures of a running process, from /proc. -1 if it is gone. */
int sbx_cpu_us(pid_t pid, uint64_t *cpu_us);
int sbx_peak_kb(pid_t pid, uint64_t *hwm_kb);

/* Sum of the memory an ELF executable maps at load (its PT_LOAD segments):
 * a static array larger than the memory limit can never start. */
int sbx_elf_load_size(const char *path, uint64_t *bytes);

#endif
