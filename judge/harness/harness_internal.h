/*
 * harness_internal.h - what the parts of the harness share, and nobody
 * else: the case, the result channel, the clocks, the allocation counters.
 * All of it is local to judge_harness.o once objcopy keeps only main and
 * the driver API global, so a solution's names can never clash with it.
 */
#ifndef JUDGE_HARNESS_INTERNAL_H
#define JUDGE_HARNESS_INTERNAL_H

#include "judge_driver.h"
#include "lc_value.h"

#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

/* harness.c: the result channel, faults, internal errors, the case file */
/* at once (after anything buffered): the process may die right after */
void put_all(const char *p, size_t n);
void put_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* buffered until the case ends (put_flush), or until something urgent */
void put_record(const char *p, size_t n);
void put_recordf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void put_flush(void);
/* The offset of fd 1 after flushing stdio (-1 when fd 1 is not a file). */
long long stdout_offset(void);
void die_of(int sig);
_Noreturn void internal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern volatile sig_atomic_t in_answer;   /* reading memory the solution returned */
extern volatile sig_atomic_t in_check;    /* comparing an argument after the call */
extern sigjmp_buf check_jmp;
extern unsigned case_flags;
#define CASES_MUTATES_INPUT 1u

/* harness_alloc.c: allocation failures and accounting */
extern bool alloc_failed_reported;
extern bool counting;
extern long long net_blocks, net_bytes;

/* harness_args.c: arguments, the clock, argument checksums */
extern uint64_t cpu_start_us;
uint64_t cpu_now_us(void);
void start_call(void);
void check_args(struct judge_case *c, unsigned mask);

/* harness_answers.c */
extern uint64_t cpu_end_us;
extern int running_case;

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

#endif
