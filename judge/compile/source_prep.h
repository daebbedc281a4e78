/*
 * source_prep.h - accept a solution file as people really keep it.
 *
 * LeetCode wants only functions; files kept locally often also define the
 * node structs, carry a main() for local testing, or hold invisible spaces
 * pasted from a browser.  This module reads the file once, as a C lexer
 * would (comments, strings and character literals skipped), and reports
 * what it found; the invisible spaces are replaced by plain spaces.
 */
#ifndef CMP_SOURCE_PREP_H
#define CMP_SOURCE_PREP_H

#include <stdbool.h>
#include <stddef.h>

struct cmp_source {
	char *text;                 /* cleaned source, malloc'd, NUL-terminated */
	size_t len;
	bool defines_treenode;      /* "struct TreeNode {" outside comments/strings */
	bool defines_listnode;
	bool has_main;              /* a top-level main( */
	int invisible_spaces;       /* U+00A0, U+200B, U+FEFF ... replaced */
	int first_invisible_line;
	bool has_nul;               /* a NUL byte: not a text file */
	/* The first directive that could make the compiler read a file other
	 * than a standard header (an #include with a path or a macro, .incbin,
	 * .include, #pragma GCC dependency): its line, 0 if none. */
	int file_access_line;
	char file_access_what[64];
	bool uses_asm;              /* asm / __asm__: refused (see compile.c) */
};

/* Always succeeds (the text is taken as it is); free with cmp_source_release. */
void cmp_source_prepare(const char *raw, size_t len, struct cmp_source *out);
void cmp_source_release(struct cmp_source *s);

#endif
