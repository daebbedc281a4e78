/*
 * lc_internal.h - what the three halves of the value format share: the
 * growable storage of lc_value.c and the error-message append of
 * lc_parse.c.  Not a public header: only judge/format/lc_*.c include it
 * (the contract is lc_value.h; why the code looks the way it does is at the
 * top of lc_value.c).
 */
#ifndef JUDGE_FORMAT_LC_INTERNAL_H
#define JUDGE_FORMAT_LC_INTERNAL_H

#include "lc_value.h"

#include <stdbool.h>
#include <stddef.h>

/* ---- lc_value.c: growable storage ---- */

/* An untyped growable array; callers cast p to the element type. */
struct vec {
	void *p;
	size_t len;   /* elements in use */
	size_t cap;   /* elements allocated */
};

/* Text being built.  Out of memory is sticky so that long runs of appends
 * need a single check at the end (sb_finish). */
struct sb {
	char *p;
	size_t len;
	size_t cap;
	bool oom;
};

int vec_reserve(struct vec *v, size_t need, size_t size);
void sb_put(struct sb *b, const char *s, size_t n);
void sb_putc(struct sb *b, char c);
void sb_puts(struct sb *b, const char *s);
void sb_int(struct sb *b, int v);
char *sb_finish(struct sb *b);

/* ---- lc_parse.c ---- */

/* Appends s to e->msg, truncating to fit. */
void msg_add(struct lc_error *e, const char *s);

#endif
