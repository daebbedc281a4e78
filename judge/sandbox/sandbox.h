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
/* judge run --sanitize: the same plus what ASan/UBSan and ld.so need
 * (read-only open, stat, readlink; policy.c, SECURITY.md).  Only with
 * .new_root, which leaves nothing to open but /usr and /proc/self. */
int sbx_policy_new_sanitize(struct sbx_policy **out);
void sbx_policy_free(struct sbx_policy *p);
/* Name of a system call number ("socket"), or NULL. */
const char *sbx_syscall_name(int nr);

/* Namespaces for the child (where the kernel allows: as root, or through
 * an unprivileged user namespace).  Without them the child still runs
 * under the filter and the limits; sbx_proc.ns_errno says why not. */
#define SBX_NS_NET   0x1u   /* no network at all, not even loopback */
#define SBX_NS_IPC   0x2u   /* no System V IPC / POSIX queues shared with anyone */
#define SBX_NS_UTS   0x4u
#define SBX_NS_MOUNT 0x8u   /* a private mount table: needed for hide/bind */
#define SBX_NS_PID   0x10u  /* groups only: the run's processes see only each other */

/* Namespaces made once per run, and a spawner inside them (pid 1 of the
 * PID namespace) that starts every process of the run with a clone of its
 * own: nothing joins namespaces per process.  The processes of a run
 * share the namespaces, never at the same time: each is started after the
 * last one ended, and the spawner ends anything a process left behind.
 * nsgroup.c explains. */
struct sbx_nsgroup;
/* 0 with *out set, at once: the spawner makes the namespaces while the
 * judge goes on; the first use waits for it.  When the kernel refuses
 * namespaces *out is still set (using it does nothing) and its ns_errno
 * says why.  -1: judge failure. */
int sbx_nsgroup_new(unsigned namespaces, struct sbx_nsgroup **out);
/* The same with a private mount table in which each of hide (NULL-
 * terminated, copied) is an empty read-only tmpfs, and /tmp an empty
 * read-only tmpfs to work in (sbx_nsgroup_workdir). */
int sbx_nsgroup_new_hiding(unsigned namespaces, const char *const *hide, struct sbx_nsgroup **out);
/* "/tmp" when the group has its own mount table, else NULL. */
const char *sbx_nsgroup_workdir(const struct sbx_nsgroup *g);
/* 0, or why the namespaces could not be made (waits for the spawner) */
int sbx_nsgroup_errno(const struct sbx_nsgroup *g);
/* Ends the spawner, and with it its namespaces and anything in them. */
void sbx_nsgroup_free(struct sbx_nsgroup *g);

struct sbx_spawn {
	const char *path;          /* the executable */
	char *const *argv;
	char *const *envp;
	const char *workdir;       /* chdir here before exec */
	int fds[5];                /* become fds 0..4; -1 = /dev/null (0-2) or closed (3-4) */
	struct sbx_limits limits;
	const struct sbx_policy *policy;   /* NULL: no filter (the compiler) */
	unsigned namespaces;       /* SBX_NS_* */
	unsigned processes;        /* RLIMIT_NPROC after dropping root; 0: unchanged */
	const char *const *hide;   /* with SBX_NS_MOUNT: an empty tmpfs over each (NULL-terminated) */
	const char *bind_src;      /* with SBX_NS_MOUNT: bind this folder... */
	const char *bind_dst;      /* ...here, before hiding */
	/* with SBX_NS_MOUNT: an empty folder (outside the hidden ones is not
	 * needed); the child's root becomes a read-only tmpfs mounted there that
	 * holds only /usr (and /lib, /lib64, /bin as on the host), read-only,
	 * and its own /proc/self.  The old root is detached (pivot_root). */
	const char *new_root;
	/* with new_root: this folder is bound read-write at /work in the new
	 * root, and the program starts there (the compiler's folder) */
	const char *new_root_work;
	bool ns_required;          /* no namespaces: fail (never run without them) */
	bool drop_root;            /* when running as root: become nobody (65534) */
	/* start it in this group's namespaces, through its spawner (s->namespaces
	 * are then made inside them, e.g. --sanitize's own root) */
	const struct sbx_nsgroup *join;
};

struct sbx_proc {
	pid_t pid;                 /* the program, as this judge sees it: for /proc;
				    * -1 when it ended before that could be known */
	int pidfd;
	struct sbx_nsgroup *group; /* started by this group's spawner: not our child */
	bool reaped;
	int ns_errno;              /* 0, or the errno of the namespaces that could not be made */
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
/* Once per judge process: a one-line notice when namespaces could not be
 * made for p, saying what that leaves open. */
void sbx_notice_namespaces(const struct sbx_proc *p, const char *what_is_left_open);

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
