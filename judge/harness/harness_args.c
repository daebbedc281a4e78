/*
 * harness_args.c - the arguments of a case as the solution receives
 * them, the per-case clock, and the checksums that tell whether the
 * solution changed its arguments.
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
/* arguments */

uint64_t cpu_start_us;

/* The thread's clock, not the process's: with RLIMIT_CPU set the kernel
 * keeps the process clock in a group timer updated only at scheduler ticks,
 * so short cases read 0.  The process has one thread (no clone allowed). */
uint64_t cpu_now_us(void)
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
void start_call(void)
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

/* Four independent lanes over 32-byte blocks, joined at the end: one
 * chain of dependent multiplications would take four times as long, and
 * int[] arguments are summed twice per case. */
static uint64_t bytes_sum(uint64_t h, const char *s, size_t n)
{
	uint64_t lane[4] = { h, h ^ 0x6c616e6531ull, h ^ 0x6c616e6532ull, h ^ 0x6c616e6533ull };
	size_t k = 0;
	for (; k + 32 <= n; k += 32) {
		for (int j = 0; j < 4; j++) {
			uint64_t w;
			memcpy(&w, s + k + 8 * (size_t)j, 8);
			lane[j] = mix(lane[j], w);
		}
	}
	for (; k + 8 <= n; k += 8) {
		uint64_t w;
		memcpy(&w, s + k, 8);
		lane[0] = mix(lane[0], w);
	}
	for (; k < n; k++)
		lane[0] = mix(lane[0], (unsigned char)s[k]);
	return mix(mix(mix(mix(lane[0], lane[1]), lane[2]), lane[3]), n);
}

/* What a child link is: none, the node recorded next, anything else. */
static inline uint64_t link_code(const struct lc_tree *kid, struct lc_tree **nodes, size_t count,
				 size_t *next)
{
	if (!kid)
		return 0;
	uint64_t code = *next < count && kid == nodes[*next] ? 1 : 2;
	++*next;
	return code;
}

/* Tree: values in the recorded (breadth-first) order, and for each child
 * link whether it still points at the node recorded next.  One mix per
 * node (value and both links in one word): the mixes form a chain of
 * multiplications, and this runs twice per case over 10^4-node trees. */
static uint64_t tree_sum(struct lc_tree **nodes, size_t count)
{
	uint64_t h = 0x7472656500000000ull;
	size_t next = 1;
	for (size_t k = 0; k < count; k++) {
		struct lc_tree *n = nodes[k];
		uint64_t word = (uint64_t)(uint32_t)n->val;
		word |= link_code(n->left, nodes, count, &next) << 32;
		word |= link_code(n->right, nodes, count, &next) << 34;
		h = mix(h, word);
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
void check_args(struct judge_case *c, unsigned mask)
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

/* The parser's array of nodes is the harness's record of the tree: level
 * order is breadth-first order, so no second walk is needed. */
void *judge_arg_tree(struct judge_case *c, int i)
{
	struct lc_tree **nodes = NULL;
	size_t count = 0;
	PARSE_ARG(c, i, lc_parse_tree_nodes(text_, &nodes, &count, &err_));
	struct lc_tree *v = count ? nodes[0] : NULL;
	counting = false;
	if (i < MAX_TREE_ARGS && !c->tree_nodes[i]) {
		c->tree_nodes[i] = nodes;
		c->tree_count[i] = count;
		record_arg(c, i, ARG_TREE, v, 0, NULL);
	} else {
		free(nodes);
	}
	start_call();
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

