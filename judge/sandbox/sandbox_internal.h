/*
 * sandbox_internal.h - what sandbox.c and policy.c share, and nobody else.
 */
#ifndef SBX_INTERNAL_H
#define SBX_INTERNAL_H

#include "sandbox.h"

#include <linux/filter.h>
#include <stdbool.h>
#include <sys/resource.h>

/* The harness binary's fd during the one allowed execveat; above the
 * child's RLIMIT_NOFILE, so it cannot exist again after exec. */
#define SBX_EXEC_FD 63
#define SBX_ERR_FD 62
#define SBX_OPEN_FILES 32
/* Not a valid pid: the child writes its own pid over it before loading. */
#define SBX_PID_PLACEHOLDER 0x7ffffff1u

/* A filter as raw BPF (policy.c builds it; the spawner receives a copy). */
struct sbx_policy {
	struct sock_filter *insns;
	unsigned short count;
};

/* Patch the child's pid into its copy of the program and load it. */
int sbx_policy_load_in_child(const struct sbx_policy *p, pid_t self);

/* sandbox.c: the setup steps of a new process and its exec (never
 * returns).  in_user_ns: it already runs in a user namespace of the
 * judge's (root there, nobody to drop to). */
_Noreturn void sbx_child(const struct sbx_spawn *s, int exec_fd, int err_fd, bool in_user_ns);
/* sandbox.c: after the fork: wait for the child's setup to succeed (its
 * error pipe reads EOF at exec) or say which step failed.  0 or -1. */
int sbx_setup_result(const struct sbx_spawn *s, int err_r, struct sbx_proc *out);
/* sandbox.c: {uid -> 0, gid -> 0} in a new user namespace */
int sbx_map_root(uid_t uid, gid_t gid);

/* nsgroup.c: start s in the group's namespaces through its spawner.
 * 1: the group has no spawner (no namespaces): start it as usual. */
int sbx_group_start(const struct sbx_spawn *s, struct sbx_proc *out);
/* nsgroup.c: the exit status and resources of a program the spawner
 * started, after it ended.  0 or -1 (no report within timeout_ms). */
int sbx_group_wait(struct sbx_proc *p, unsigned timeout_ms, int *status, struct rusage *ru);

#endif
