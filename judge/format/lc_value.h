/*
 * lc_value.h - LeetCode's text format for values: parse and print.
 *
 * This is the one place that knows how LeetCode writes values:
 *   int        -42
 *   bool       true | false
 *   string     "a\"b\\c\n"   (JSON-style escapes: \" \\ \/ \b \f \n \r \t \uXXXX)
 *   int[]      [1,2,3]        []
 *   int[][]    [[1,2],[3]]    []    [[]]
 *   string[]   ["a","b"]
 *   tree       [3,9,20,null,null,15,7]   level order, null = no node,
 *              children of a null are not listed, trailing nulls trimmed; [] = empty
 *   list       [1,2,3]        (a linked list, same text as int[])
 *   tree[]     [[2,4],[4]]    (a list of trees, each in level order)
 *
 * It is compiled twice: into the judge, and into the sandboxed harness that
 * runs next to the solution. So it uses only libc, allocates with malloc, and
 * never exits or prints.  Whitespace (space, tab, CR, LF) is allowed between
 * tokens when parsing; printing is canonical (no spaces).
 *
 * Nodes: struct lc_tree / struct lc_list have exactly LeetCode's layout
 * (struct TreeNode / struct ListNode), so the harness can hand them to a
 * solution as they are.
 *
 * Memory: every lc_parse_* result is malloc'd and owned by the caller; free it
 * with the matching lc_*_free.  Trees and lists are built one malloc per node
 * (solutions may free single nodes).  Printing returns a malloc'd string the
 * caller frees; NULL only when out of memory.
 */
#ifndef LC_VALUE_H
#define LC_VALUE_H

#include <stdbool.h>
#include <stddef.h>

struct lc_tree {
	int val;
	struct lc_tree *left;
	struct lc_tree *right;
};

struct lc_list {
	int val;
	struct lc_list *next;
};

/* Where a parse failed and why: "position 7: expected ',' or ']' but found 'x'". */
struct lc_error {
	size_t pos;        /* byte offset into the text */
	char msg[160];     /* lowercase, no trailing full stop; names what was expected */
};

/* The types a problem declares for its arguments and its answer. */
enum lc_type {
	LC_INT,
	LC_BOOL,
	LC_STRING,
	LC_INT_ARRAY,
	LC_INT_MATRIX,
	LC_STRING_ARRAY,
	LC_TREE,
	LC_LIST,
	LC_TREE_ARRAY,
	LC_TYPE_COUNT
};

/* "int", "bool", "string", "int[]", "int[][]", "string[]", "tree", "list", "tree[]". */
const char *lc_type_name(enum lc_type t);
/* Returns 0 and sets *out, or -1 for an unknown name. */
int lc_type_parse(const char *name, enum lc_type *out);

/* ---- parsing: 0 on success, -1 with *err filled on malformed text ----
 * The whole text must be consumed (trailing whitespace allowed).
 * Integers must fit in a C int (32-bit); "-0" is accepted as 0; leading '+'
 * and leading zeros ("007") are rejected, as LeetCode never writes them. */
int lc_parse_int(const char *text, int *out, struct lc_error *err);
int lc_parse_bool(const char *text, bool *out, struct lc_error *err);
/* Strings: *out is NUL-terminated; *len excludes the NUL (the string may hold
 * "\u0000", so use len).  \uXXXX escapes are written as UTF-8; surrogate
 * pairs are combined; a lone surrogate is an error. */
int lc_parse_string(const char *text, char **out, size_t *len, struct lc_error *err);
int lc_parse_int_array(const char *text, int **out, int *n, struct lc_error *err);
/* rows: *out[r] has (*cols)[r] ints; *out and *cols are NULL when rows == 0. */
int lc_parse_int_matrix(const char *text, int ***out, int *rows, int **cols, struct lc_error *err);
int lc_parse_string_array(const char *text, char ***out, int *n, struct lc_error *err);
/* *out is NULL for "[]".  "[null]" is the empty tree too.  A null root
 * followed by values ("[null,1]") is an error; so are values left over after
 * every open slot has been filled. */
int lc_parse_tree(const char *text, struct lc_tree **out, struct lc_error *err);
/* The same tree as the array of its nodes in level order (which is also
 * breadth-first order): the root is (*nodes)[0] when *count > 0.  The array
 * is malloc'd (never NULL on success) and the caller frees it and the nodes;
 * the harness keeps it to walk an argument without trusting its links. */
int lc_parse_tree_nodes(const char *text, struct lc_tree ***nodes, size_t *count, struct lc_error *err);
int lc_parse_list(const char *text, struct lc_list **out, struct lc_error *err);
int lc_parse_tree_array(const char *text, struct lc_tree ***out, int *n, struct lc_error *err);

/* ---- printing (canonical) ---- */
char *lc_print_int(int v);
char *lc_print_bool(bool v);
/* Escapes '"', '\\', and control bytes (< 0x20, 0x7f) as \n \t ... or \u00XX;
 * other bytes are copied as they are. */
char *lc_print_string(const char *s, size_t len);
char *lc_print_int_array(const int *a, int n);
char *lc_print_int_matrix(int *const *a, int rows, const int *cols);
char *lc_print_string_array(char *const *a, int n);

/* Trees and lists come from untrusted code: the printers visit each node at
 * most once and stop at max_nodes.  On a problem they return NULL and set
 * *why to a static message ("the returned tree has a cycle: node 4 is reached
 * twice" is built into why_buf when given).  Results:
 *   LC_SHAPE_OK, LC_SHAPE_CYCLE (a node reached twice: cycle or shared node),
 *   LC_SHAPE_TOO_BIG (more than max_nodes nodes), LC_SHAPE_NOMEM.         */
enum lc_shape { LC_SHAPE_OK, LC_SHAPE_CYCLE, LC_SHAPE_TOO_BIG, LC_SHAPE_NOMEM };
char *lc_print_tree(const struct lc_tree *root, size_t max_nodes, enum lc_shape *shape);
char *lc_print_list(const struct lc_list *head, size_t max_nodes, enum lc_shape *shape);
/* One shape result for the whole array; max_nodes counts all trees together. */
char *lc_print_tree_array(struct lc_tree *const *roots, int n, size_t max_nodes, enum lc_shape *shape);
/* "the returned tree has a cycle or a node reachable twice" etc. */
const char *lc_shape_message(enum lc_shape s);

/* ---- freeing (all accept NULL) ---- */
void lc_tree_free(struct lc_tree *root);          /* iterative: no recursion depth limit */
void lc_list_free(struct lc_list *head);
void lc_int_matrix_free(int **a, int rows, int *cols);
void lc_string_array_free(char **a, int n);
void lc_tree_array_free(struct lc_tree **a, int n);

/* ---- generic: parse text of a declared type and print it canonically ----
 * Used to validate a test case and to normalise expected answers.  Returns a
 * malloc'd canonical text, or NULL with *err set. */
char *lc_canonical(enum lc_type t, const char *text, struct lc_error *err);

/* Number of nodes in a tree (iterative; assumes a proper tree). */
size_t lc_tree_size(const struct lc_tree *root);
/* Height: 0 for NULL, 1 for a single node (iterative). */
size_t lc_tree_height(const struct lc_tree *root);

#endif
