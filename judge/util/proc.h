/*
 * proc.h - run a trusted helper program (the compiler for a problem's
 * generator, the generator itself) with a time limit.  Untrusted code never
 * goes through here: it goes through the sandbox.
 */
#ifndef JU_PROC_H
#define JU_PROC_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct ju_proc_result {
	int exit_code;      /* -1 when killed by a signal */
	int signal;
	int timed_out;
	char *output;       /* stdout and stderr together, capped; malloc'd */
	size_t output_len;
};

/* Run argv[0] (searched in PATH) with stdin from /dev/null; stdout goes to
 * out_path when not NULL (else it is captured like stderr).  Kills the whole
 * process group after timeout_ms.  0 when it ran (whatever it returned), -1
 * when it could not be started.  Free res->output. */
int ju_proc_run(char *const argv[], const char *out_path, unsigned timeout_ms,
		size_t max_output, struct ju_proc_result *res);

/* Read fd until EOF or the deadline (monotonic us, ju_now_us), keeping at
 * most max bytes in out and discarding the rest.  0 at EOF, -1 when the
 * deadline came first (the writer is still there: the caller ends it). */
int ju_read_capped(int fd, struct ju_buf *out, size_t max, uint64_t deadline_us);

#endif
