/*
 * case_file.h - the file of cases a solution process reads (fd 3).
 */
#ifndef RUN_CASE_FILE_H
#define RUN_CASE_FILE_H

#include "problem.h"

/* An fd (close-on-exec) holding cases [first, first+count) of p that the
 * process can only read: all of a problem's loaded cases come from a file
 * made once beside the cached case set (p->run_input), any other range
 * from a sealed memfd.  -1 on failure (message printed).  The caller
 * closes it. */
int run_case_file(const struct problem *p, int first, int count);

#endif
