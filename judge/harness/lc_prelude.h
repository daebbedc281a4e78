/*
 * lc_prelude.h - what LeetCode puts in front of a C solution: the standard
 * headers it includes implicitly, uthash, and the node structs (unless the
 * student's file defines its own, which the judge then checks for layout).
 * Only ISO C headers: POSIX ones would take names (read, index, dup) that a
 * solution may use for its own functions.
 */
#ifndef JUDGE_LC_PRELUDE_H
#define JUDGE_LC_PRELUDE_H

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

#ifndef JUDGE_USER_TREENODE
struct TreeNode {
	int val;
	struct TreeNode *left;
	struct TreeNode *right;
};
#endif

#ifndef JUDGE_USER_LISTNODE
struct ListNode {
	int val;
	struct ListNode *next;
};
#endif

#endif
