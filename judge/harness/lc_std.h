/*
 * lc_std.h - the standard headers LeetCode includes implicitly, and uthash.
 * Kept apart from the node structs (lc_prelude.h) so that it can be
 * precompiled once at build time (lc_std.h.gch): it is the first thing of
 * every solution's unit, and parsing it costs more than the solution.
 * Only ISO C headers: POSIX ones would take names (read, index, dup) that a
 * solution may use for its own functions.
 */
#ifndef JUDGE_LC_STD_H
#define JUDGE_LC_STD_H

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uthash.h>

#endif
