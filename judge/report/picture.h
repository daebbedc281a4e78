/*
 * picture.h - expected and actual answers drawn for the eye: a tree as an
 * indented outline (expected beside actual), a linked list as 1 -> 2 -> 3,
 * an array as [1, 2, 3], with the first difference marked.
 *
 * Pure functions from canonical text (parsed with lc_value) to a malloc'd
 * string: no terminal or environment is read here except by
 * pic_use_unicode, so every picture is unit-testable.  docs/diagnostics.md
 * shows the pictures and says when box-drawing and colour are used.
 */
#ifndef PIC_PICTURE_H
#define PIC_PICTURE_H

#include <stdbool.h>

#include "lc_value.h"

/* Trees up to this many nodes are drawn whole; larger ones by their first
 * levels, lists and arrays by a window of this many elements. */
#define PIC_MAX_NODES 31
/* Deeper trees are cut there too: an outline's width grows with depth. */
#define PIC_MAX_LEVELS 10

struct pic_style {
	bool color;            /* ANSI colour on the marks */
	bool unicode;          /* box-drawing and arrows; plain ASCII when false */
	bool mark;             /* mark the first difference; false where other answers may be right */
	int width;             /* columns available; 0: 80.  Narrower: trees one above the other */
	const char *expected_label;   /* NULL: "expected" */
	const char *actual_label;     /* NULL: "actual" */
};

/* Box-drawing when the locale (LC_ALL, else LC_CTYPE, else LANG) says UTF-8
 * and TERM is not "dumb". */
bool pic_use_unicode(void);

/* True for the answer types that have a picture: tree, list, int[]. */
bool pic_supports(enum lc_type t);

/* The picture of an expected and an actual answer of type t: lines indented
 * by two spaces, each ending in '\n'.  malloc'd; NULL when t has no picture
 * or either text does not parse as t. */
char *pic_answers(enum lc_type t, const char *expected, const char *actual,
		  const struct pic_style *st);

#endif
