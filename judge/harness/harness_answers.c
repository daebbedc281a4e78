/*
 * harness_answers.c - the answer of a case: checked (NULL, sizes,
 * cycles, bad pointers) and printed canonically onto the result channel.
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
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>


/* ------------------------------------------------------------------ */
/* answers */

uint64_t cpu_end_us;

int running_case = -1;

/* The solution wrote over the harness's memory (an overflowing local array
 * reaches the driver's frame): that is the solution's runtime error. */
static _Noreturn void corrupted(void)
{
	put_line("F corrupt 0\n");
	die_of(SIGSEGV);
	_exit(139);
}

/* head and text on the result channel in one writev where the pipe
 * takes them: the judge wakes once per answer, not once per record. */
static void put_two(const char *head, size_t head_len, const char *text, size_t len)
{
	struct iovec v[2] = { { (void *)head, head_len }, { (void *)text, len } };
	struct iovec *p = v;
	int n = 2;
	for (;;) {
		while (n && p->iov_len == 0) {
			p++;
			n--;
		}
		if (!n)
			return;
		ssize_t w = writev(JUDGE_RESULT_FD, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(120);   /* the channel is gone, as in put_all */
		for (size_t done = (size_t)w; done;) {
			size_t step = done < p->iov_len ? done : p->iov_len;
			p->iov_base = (char *)p->iov_base + step;
			p->iov_len -= step;
			done -= step;
			if (!p->iov_len) {
				p++;
				n--;
			}
		}
	}
}

static void report(struct judge_case *c, const char *kind, const char *text, size_t len)
{
	if (c->index != running_case || c->answered)
		corrupted();
	c->answered = true;
	counting = false;
	/* stdio buffers first, so the judge sees this case's stdout before its result */
	fflush(stdout);
	fflush(stderr);
	char head[256];
#ifdef JUDGE_SANITIZE   /* ASan's allocator is not wrapped: nothing counted */
	int h = snprintf(head, sizeof head, "H %d -1 -1 %u\n", c->index, c->modified);
#else
	int h = snprintf(head, sizeof head, "H %d %lld %lld %u\n", c->index, net_blocks, net_bytes,
			 c->modified);
#endif
	if (h < 0 || (size_t)h >= sizeof head / 2)
		internal("the hygiene record does not fit");
	int r = snprintf(head + h, sizeof head - (size_t)h, "R %d %llu %s %zu\n", c->index,
			 (unsigned long long)(cpu_end_us - cpu_start_us), kind, len);
	if (r < 0 || (size_t)r >= sizeof head - (size_t)h)
		internal("the result record does not fit");
	put_two(head, (size_t)(h + r), text, len);
}

static void answer(struct judge_case *c, char *text)
{
	if (!text)
		internal("out of memory printing the answer");
	report(c, "ok", text, strlen(text));
	free(text);
}

static void bad_answer(struct judge_case *c, const char *why)
{
	c->bad = true;
	report(c, "bad", why, strlen(why));
}

/* The clock stops when the solution returns, before its answer is read;
 * so does the allocation count, and the arguments are compared. */
static void stop_clock(struct judge_case *c)
{
	if (!cpu_end_us) {
		cpu_end_us = cpu_now_us();
		counting = false;
		check_args(c, ~0u);
	}
}

void judge_ret_int(struct judge_case *c, int v)
{
	stop_clock(c);
	answer(c, lc_print_int(v));
}

void judge_ret_bool(struct judge_case *c, bool v)
{
	stop_clock(c);
	answer(c, lc_print_bool(v));
}

void judge_ret_string(struct judge_case *c, const char *s)
{
	stop_clock(c);
	if (!s) {
		bad_answer(c, "the function returned NULL instead of a string");
		return;
	}
	in_answer = 1;
	size_t n = strnlen(s, MAX_CODEC_BYTES);
	in_answer = 0;
	if (n == MAX_CODEC_BYTES) {
		bad_answer(c, "the returned string is not terminated (or longer than 64 MiB)");
		return;
	}
	answer(c, lc_print_string(s, n));
}

static bool bad_size(struct judge_case *c, const void *a, int size)
{
	if (size < 0) {
		bad_answer(c, "*returnSize is negative (was it set?)");
		return true;
	}
	if (size > 0 && !a) {
		bad_answer(c, "the function returned NULL with a non-zero *returnSize");
		return true;
	}
	return false;
}

void judge_ret_int_array(struct judge_case *c, const int *a, int size)
{
	stop_clock(c);
	if (bad_size(c, a, size))
		return;
	in_answer = 1;
	char *t = lc_print_int_array(a, size);
	in_answer = 0;
	answer(c, t);
}

void judge_ret_int_matrix(struct judge_case *c, int **a, int rows, const int *cols)
{
	stop_clock(c);
	if (bad_size(c, a, rows))
		return;
	if (rows > 0 && !cols) {
		bad_answer(c, "*returnColumnSizes was not set");
		return;
	}
	in_answer = 1;
	for (int r = 0; r < rows; r++) {
		if (cols[r] < 0 || (cols[r] > 0 && !a[r])) {
			in_answer = 0;
			bad_answer(c, "a row of the answer is NULL or has a negative column size");
			return;
		}
	}
	char *t = lc_print_int_matrix(a, rows, cols);
	in_answer = 0;
	answer(c, t);
}

void judge_ret_string_array(struct judge_case *c, char **a, int size)
{
	stop_clock(c);
	if (bad_size(c, a, size))
		return;
	in_answer = 1;
	for (int i = 0; i < size; i++) {
		if (!a[i]) {
			in_answer = 0;
			bad_answer(c, "a string of the answer is NULL");
			return;
		}
	}
	char *t = lc_print_string_array(a, size);
	in_answer = 0;
	answer(c, t);
}

static void shaped_answer(struct judge_case *c, char *t, enum lc_shape shape)
{
	if (shape == LC_SHAPE_OK)
		answer(c, t);
	else if (shape == LC_SHAPE_NOMEM)
		internal("out of memory printing the answer");
	else
		bad_answer(c, lc_shape_message(shape));
}

void judge_ret_tree(struct judge_case *c, const void *root)
{
	enum lc_shape shape;
	stop_clock(c);
	in_answer = 1;
	char *t = lc_print_tree(root, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_list(struct judge_case *c, const void *head)
{
	enum lc_shape shape;
	stop_clock(c);
	in_answer = 1;
	char *t = lc_print_list(head, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

void judge_ret_tree_array(struct judge_case *c, void **roots, int size)
{
	enum lc_shape shape;
	stop_clock(c);
	if (bad_size(c, roots, size))
		return;
	in_answer = 1;
	char *t = lc_print_tree_array((struct lc_tree *const *)roots, size, MAX_ANSWER_NODES, &shape);
	in_answer = 0;
	shaped_answer(c, t, shape);
}

char *judge_copy_string(struct judge_case *c, const char *s)
{
	if (!s)
		return NULL;
	in_answer = 1;
	size_t n = strnlen(s, MAX_CODEC_BYTES);
	in_answer = 0;
	if (n == MAX_CODEC_BYTES) {
		stop_clock(c);
		bad_answer(c, "the encoded string is not terminated (or longer than 64 MiB)");
		return NULL;
	}
	char *copy = __real_malloc(n + 1);
	if (!copy)
		internal("out of memory copying the encoded string");
	memcpy(copy, s, n + 1);
	return copy;
}

void judge_destroy_tree(struct judge_case *c, void *root)
{
	/* Poison then free the nodes the harness built for this argument (the
	 * solution may have re-linked them; if it freed them, the double free
	 * ends the run with SIGABRT, which is fair).  The solution's use of the
	 * tree ends here: it is compared first, and these frees never count. */
	bool was = counting;
	counting = false;
	for (int a = 0; a < MAX_TREE_ARGS && root; a++) {
		if (!c->tree_nodes[a] || !c->tree_count[a] || c->tree_nodes[a][0] != root)
			continue;
		check_args(c, 1u << a);
		for (size_t k = 0; k < c->tree_count[a]; k++) {
			memset(c->tree_nodes[a][k], 0xa5, sizeof(struct lc_tree));
			free(c->tree_nodes[a][k]);
		}
		c->tree_count[a] = 0;
		break;
	}
	counting = was;
}

void judge_answer_note(struct judge_case *c, const char *fmt, ...)
{
	(void)c;
	bool was = counting;
	counting = false;
	char note[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(note, sizeof note, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof note)
		n = sizeof note - 1;
	put_line("N %d\n", n);
	put_all(note, (size_t)n);
	counting = was;
}

