/*
 * runner.h - judge a compiled solution on a problem's cases.
 *
 * All cases run in order in ONE sandboxed process (LeetCode's model: state
 * kept between calls shows up here too), or one process per case with
 * isolate.  The runner feeds the cases, reads the harness's result channel
 * and the solution's stdout, enforces the per-case CPU and wall limits and
 * the output limit, compares answers, and decides the verdict.
 */
#ifndef RUN_RUNNER_H
#define RUN_RUNNER_H

#include <stdbool.h>
#include <stdint.h>

#include "problem.h"
#include "sandbox.h"
#include "verdict.h"
#include "workspace.h"

/* Limits of the run that are not the problem's. */
#define RUN_STDOUT_LIMIT (16u << 20)      /* bytes of stdout+stderr over the run: OLE */
#define RUN_STDOUT_KEEP (64u << 10)       /* bytes kept per case to show */
#define RUN_RESULT_LIMIT (256u << 20)     /* bytes of answers over the run: OLE */
#define RUN_AS_MARGIN (64ull << 20)       /* address space beyond the memory limit: libc, harness, cases */
#define RUN_START_MS 5000                 /* from exec to the harness's first word */

struct run_options {
	bool isolate;             /* a process per case */
	unsigned time_limit_ms;   /* 0: the problem's */
	unsigned memory_limit_mb; /* 0: the problem's */
	/* judge run --sanitize: the binary is built with ASan/UBSan
	 * (cmp_build_sanitized) and policy is sbx_policy_new_sanitize's.  The
	 * process gets a root of its own (/usr and /proc/self only), no
	 * RLIMIT_AS (ASan reserves terabytes of address space): the memory
	 * limit, times RUN_SANITIZE_MEM_FACTOR for the shadow memory and
	 * redzones, is enforced on the resident size the runner polls. */
	bool sanitize;
	/* the run's namespaces made beforehand (run_nsgroup_new), borrowed;
	 * NULL: the run makes its own.  Not with sanitize. */
	struct sbx_nsgroup *ns;
};
#define RUN_SANITIZE_MEM_FACTOR 3
#define RUN_SANITIZE_EXIT 86              /* ASAN_OPTIONS/UBSAN_OPTIONS exitcode */

struct run_case_result {
	enum verdict verdict;     /* AC, or the case's failure */
	uint64_t cpu_us;
	bool ran;                 /* false: never reached */
	/* memory hygiene (the harness's H record; information, never a verdict) */
	bool hygiene;             /* measured */
	bool leaks_counted;       /* false under --sanitize (ASan's allocator) */
	int64_t leaked_blocks;    /* allocated during the call and not freed by its end */
	int64_t leaked_bytes;     /* their malloc_usable_size total */
	uint32_t modified_args;   /* bit a: argument a changed (mutates_input: never set) */
};

struct run_report {
	enum verdict verdict;
	int passed;
	int total;
	int failed_index;         /* -1 when none failed */
	uint64_t time_us;         /* max CPU time of a case */
	uint64_t memory_kb;       /* peak resident memory */
	char *detail;             /* why, in one line; "" for AC */
	char *actual;             /* the failing case's answer, or NULL */
	char *stdout_text;        /* the failing (or last) case's stdout, safe text, or NULL */
	bool stdout_truncated;
	char *note;               /* judge_answer_note of the failing (or last) case */
	struct run_case_result *cases;  /* total entries */
};

/* 0 with *out filled (any verdict, including IE for a harness fault), or
 * -1 when the judge could not run at all (message printed).
 * The cases must be loaded (prob_load_cases). */
int run_solution(const struct workspace *ws, const struct problem *p, const char *binary,
		 const struct sbx_policy *policy, const struct run_options *o,
		 struct run_report *out);
void run_report_release(struct run_report *r);

/* The namespaces a run's solution processes live in (the workspace, the
 * judge's data and home folders hidden).  Made early, they get ready while
 * the judge loads cases and checks the compile cache; the caller frees
 * them (sbx_nsgroup_free).  0 or -1 (judge failure). */
int run_nsgroup_new(const struct workspace *ws, struct sbx_nsgroup **out);

#endif
