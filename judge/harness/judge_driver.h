/*
 * judge_driver.h - what a problem's driver.c may call.
 *
 * A problem's driver.c is compiled in ONE translation unit right after the
 * student's code (as LeetCode does), so it can call the student's function
 * even when that function is static or a function-pointer variable.  It
 * defines exactly one function:
 *
 *     void judge_solve(struct judge_case *c);
 *
 * which reads the case's arguments with judge_arg_*, calls the solution, and
 * reports the answer with exactly one judge_ret_* call.  The harness (the
 * precompiled rest of the process) handles everything else: reading cases,
 * timing, the result channel, faults.
 *
 * Types: the student's struct TreeNode / struct ListNode have LeetCode's
 * layout (the judge checks this at compile time), so trees and lists travel
 * as void pointers here and the driver casts them.
 *
 * Ownership: every argument is freshly malloc'd for each call (one malloc per
 * node), so the solution may modify or free it.  The harness never frees
 * anything the solution returned (real solutions allocate all nodes in one
 * block) and never trusts it: answers are checked for NULL, negative sizes,
 * cycles, shared nodes and bad pointers.
 */
#ifndef JUDGE_DRIVER_H
#define JUDGE_DRIVER_H

#include <stdbool.h>

struct judge_case;

/* ---- arguments, by position in LeetCode's order (0-based) ---- */
int judge_arg_int(struct judge_case *c, int i);
bool judge_arg_bool(struct judge_case *c, int i);
char *judge_arg_string(struct judge_case *c, int i);            /* writable, NUL-terminated */
int *judge_arg_int_array(struct judge_case *c, int i, int *size);
/* rows in *rows, row lengths in *cols (LeetCode's descriptionsColSize) */
int **judge_arg_int_matrix(struct judge_case *c, int i, int *rows, int **cols);
char **judge_arg_string_array(struct judge_case *c, int i, int *size);
void *judge_arg_tree(struct judge_case *c, int i);              /* struct TreeNode * */
void *judge_arg_list(struct judge_case *c, int i);              /* struct ListNode * */

/* ---- the answer: call exactly one of these ---- */
void judge_ret_int(struct judge_case *c, int v);
void judge_ret_bool(struct judge_case *c, bool v);
void judge_ret_string(struct judge_case *c, const char *s);     /* NULL is a wrong answer */
/* size: what the solution stored in *returnSize; a = NULL with size 0 is []. */
void judge_ret_int_array(struct judge_case *c, const int *a, int size);
void judge_ret_int_matrix(struct judge_case *c, int **a, int rows, const int *cols);
void judge_ret_string_array(struct judge_case *c, char **a, int size);
void judge_ret_tree(struct judge_case *c, const void *root);
void judge_ret_list(struct judge_case *c, const void *head);
void judge_ret_tree_array(struct judge_case *c, void **roots, int size);

/* ---- helpers for codecs (297, 449) ----
 * judge_copy_string: a malloc'd copy of a string the solution returned, read
 * with a bound (a non-terminated or absurdly long string is a wrong answer
 * reported here, and NULL is returned).  NULL in gives NULL out (allowed: an
 * empty tree may serialize to NULL).
 * judge_destroy_tree: overwrite every node of an argument tree with poison
 * and free it, so a "codec" that smuggles pointers instead of text fails.
 * judge_answer_note: attach a line of information to the case result (for
 * example the encoded length); shown to the student, never part of the
 * comparison. */
char *judge_copy_string(struct judge_case *c, const char *s);
void judge_destroy_tree(struct judge_case *c, void *root);
void judge_answer_note(struct judge_case *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The driver's entry point, called once per case. */
void judge_solve(struct judge_case *c);

#endif
