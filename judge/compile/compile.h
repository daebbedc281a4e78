/*
 * compile.h - turn a solution file into a judged executable.
 *
 * The student's code and the problem's driver are ONE translation unit, as
 * on LeetCode (so a static entry function or a function-pointer entry
 * works); the harness and the format library are precompiled once at build
 * time (runtime/judge_harness.o) and only linked.  The compiler runs under
 * limits in a private folder; its output is capped.  Results are cached by
 * content: an unchanged solution compiles nothing.
 */
#ifndef CMP_COMPILE_H
#define CMP_COMPILE_H

#include <stdbool.h>

#include "problem.h"
#include "workspace.h"

struct cmp_result {
	bool ok;               /* false: a compile error (CE), log says why */
	bool cached;
	bool fast_linked;      /* linked into the prebuilt base (fastlink.c), not by gcc */
	char *binary;          /* path of the executable when ok; malloc'd */
	char *log;             /* compiler output, cleaned for display; malloc'd, may be "" */
	char **notes;          /* one-line notes on how the file was read */
	int nnotes;
	unsigned compile_ms;
};

/* 0 with *out filled (ok or CE), or -1 when the judge could not try (the
 * file is missing or unreadable, the compiler cannot start): message printed.
 * display_path is how the file is named in messages and compiler output. */
int cmp_build(const struct workspace *ws, const struct problem *p, const char *source_path,
	      const char *display_path, struct cmp_result *out);
/* The same for judge run --sanitize: ASan + UBSan, -O1 -g, dynamically
 * linked with the sanitized harness (judge_harness_asan.o); cached apart. */
int cmp_build_sanitized(const struct workspace *ws, const struct problem *p, const char *source_path,
			const char *display_path, struct cmp_result *out);
void cmp_result_release(struct cmp_result *r);

#endif
