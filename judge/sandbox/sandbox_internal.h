/*
 * sandbox_internal.h - what sandbox.c and policy.c share, and nobody else.
 */
#ifndef SBX_INTERNAL_H
#define SBX_INTERNAL_H

#include "sandbox.h"

/* The harness binary's fd during the one allowed execveat; above the
 * child's RLIMIT_NOFILE, so it cannot exist again after exec. */
#define SBX_EXEC_FD 63
#define SBX_ERR_FD 62
#define SBX_OPEN_FILES 32
/* Not a valid pid: the child writes its own pid over it before loading. */
#define SBX_PID_PLACEHOLDER 0x7ffffff1u

/* Patch the child's pid into its copy of the program and load it. */
int sbx_policy_load_in_child(const struct sbx_policy *p, pid_t self);

#endif
