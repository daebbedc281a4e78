/*
 * checker.h - is an answer right?  Exact text for most problems; for the
 * problems where several answers are right, a check of the answer's
 * properties (any valid tree, any order).  Runs in the judge, on the
 * canonical answer text the harness printed; never in the sandbox.
 */
#ifndef CHK_CHECKER_H
#define CHK_CHECKER_H

#include "problem.h"

/* 1 right; 0 wrong with *why set to a malloc'd one-line reason (or NULL for
 * a plain "wrong answer"); -1 when the answer text cannot be read, which
 * for the canonical text of the harness means an internal error. */
int chk_answer(const struct problem *p, const struct prob_case *c, const char *answer,
	       size_t len, char **why);

#endif
