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

/* The longest decimal int: "-2147483648". */
#define LC_INT_MAX_CHARS 11

int vec_reserve(struct vec *v, size_t need, size_t size);
bool sb_grow(struct sb *b, size_t extra);
/* Room for extra more bytes (and the NUL sb_finish adds); false when out
 * of memory.  Inline, so that printing 10^5 tokens costs a compare each;
 * lets a hot loop append several tokens with one check. */
static inline bool sb_room(struct sb *b, size_t extra)
{
	if (!b->oom && extra < b->cap - b->len)
		return true;
	return sb_grow(b, extra);
}
void sb_put(struct sb *b, const char *s, size_t n);
void sb_putc(struct sb *b, char c);
void sb_puts(struct sb *b, const char *s);
void sb_int(struct sb *b, int v);
/* v in decimal into out (no NUL); the number of bytes written. */
size_t int_text(char out[LC_INT_MAX_CHARS], int v);
char *sb_finish(struct sb *b);

/* ---- lc_parse.c ---- */

/* Appends s to e->msg, truncating to fit. */
void msg_add(struct lc_error *e, const char *s);

#endif
