/*
 * sanitizer_report.c - one line from an AddressSanitizer/UBSan report
 * (judge run --sanitize): the error kind and the student's file and line.
 *
 * The report itself stays in the captured stderr, shown in full; this only
 * names the finding in the verdict's detail:
 *   "heap-buffer-overflow at solutions/x.c:14 (READ of size 4)".
 * The solution's #line directive makes the frames name the student's file;
 * frames in the judge's harness, the problem's driver and the libraries are
 * skipped.  The text is the solution's own output too, so everything taken
 * from it is cut to a short, printable length by the caller (ju_text_safe).
 */
#define _GNU_SOURCE
#include "sanitizer_report.h"

#include "util.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A line of the report, NUL-terminated, in a caller buffer. */
static const char *line_at(const char *text, const char *end, const char *p, char *buf, size_t cap,
			   const char **next)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *e = nl ? nl : end;
	size_t n = (size_t)(e - p) < cap - 1 ? (size_t)(e - p) : cap - 1;
	(void)text;
	memcpy(buf, p, n);
	buf[n] = '\0';
	*next = nl ? nl + 1 : end;
	return buf;
}

static bool judge_file(const char *file)
{
	size_t n = strlen(file);
	static const char *const tails[] = { "/driver.c", "harness.c", "harness_alloc.c",
		"harness_args.c", "harness_answers.c", "lc_value.c", "lc_parse.c", "lc_print.c",
		"lc_prelude.h", "layout_check.h", "judge_driver.h" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		size_t t = strlen(tails[i]);
		if (n >= t && !strcmp(file + n - t, tails[i]))
			return true;
	}
	return file[0] == '.' || !strncmp(file, "/usr/", 5) || strstr(file, "libsanitizer") ||
	       strstr(file, "sysdeps/") || strstr(file, "csu/");
}

/* The compile folder's prefix (/tmp/judge-compile-XXXXXX/) is not the student's. */
static const char *strip_compile_dir(const char *file)
{
	const char *c = strstr(file, "judge-compile-");
	if (c) {
		const char *slash = strchr(c, '/');
		if (slash)
			return slash + 1;
	}
	return file;
}

/* "FILE:LINE[:COL]" at the end of a frame "#1 0x... in func FILE:LINE" */
static bool frame_location(const char *line, char *loc, size_t cap)
{
	const char *in = strstr(line, " in ");
	if (!in || !strstr(line, "#"))
		return false;
	const char *sp = strchr(in + 4, ' ');   /* after the function name */
	if (!sp)
		return false;
	char file[512];
	int ln = 0;
	const char *f = sp + 1;
	const char *colon = strrchr(f, ':');
	if (!colon)
		return false;
	/* FILE:LINE or FILE:LINE:COL */
	const char *c2 = colon;
	while (c2 > f && c2[-1] >= '0' && c2[-1] <= '9')
		c2--;
	if (c2 > f && c2[-1] == ':' && colon[1] >= '0' && colon[1] <= '9' && c2 != colon)
		colon = c2 - 1;
	if (sscanf(colon + 1, "%d", &ln) != 1 || ln <= 0 || (size_t)(colon - f) >= sizeof file)
		return false;
	memcpy(file, f, (size_t)(colon - f));
	file[colon - f] = '\0';
	if (judge_file(file))
		return false;
	snprintf(loc, cap, "%s:%d", strip_compile_dir(file), ln);
	return true;
}

struct ubsan_kind {
	const char *needle;
	const char *kind;
};

static const struct ubsan_kind ubsan_kinds[] = {
	{ "signed integer overflow", "signed-integer-overflow" },
	{ "negation of", "signed-integer-overflow" },
	{ "member access within null pointer", "null-dereference" },
	{ "load of null pointer", "null-dereference" },
	{ "store to null pointer", "null-dereference" },
	{ "null pointer passed as argument", "null-argument" },
	{ "shift exponent", "invalid-shift" },
	{ "left shift of", "invalid-shift" },
	{ "out of bounds for type", "index-out-of-bounds" },
	{ "division by zero", "division-by-zero" },
	{ "misaligned address", "misaligned-access" },
	{ "applying non-zero offset", "pointer-overflow" },
	{ "applying zero offset to null pointer", "pointer-overflow" },
	{ "pointer index expression", "pointer-overflow" },
	{ "is outside the range of representable values", "float-cast-overflow" },
	{ "variable length array bound", "vla-bound" },
	{ "load of value", "invalid-value" },
	{ "reached an unreachable program point", "unreachable" },
};

char *san_detail(const char *text, size_t len)
{
	if (!text || !len)
		return NULL;
	const char *end = text + len, *p = text, *next;
	char line[1024], kind[96] = "", extra[160] = "", loc[600] = "", ub_loc[600] = "";
	bool asan = false, ubsan = false;
	while (p < end) {
		line_at(text, end, p, line, sizeof line, &next);
		p = next;
		const char *a = strstr(line, "ERROR: AddressSanitizer: ");
		const char *u = strstr(line, ": runtime error: ");
		if (!asan && !ubsan && a) {
			asan = true;
			a += strlen("ERROR: AddressSanitizer: ");
			if (!strncmp(a, "attempting double-free", 22))
				snprintf(kind, sizeof kind, "double-free");
			else if (!strncmp(a, "attempting free on address which was not malloc",
					  strlen("attempting free on address which was not malloc")))
				snprintf(kind, sizeof kind, "bad-free");
			else if (!strncmp(a, "SEGV on unknown address", 23)) {
				unsigned long long addr = 0;
				const char *x = strstr(a, "0x");
				if (x)
					addr = strtoull(x, NULL, 16);
				if (x && addr < 4096)
					snprintf(kind, sizeof kind, "null-dereference");
				else
					snprintf(kind, sizeof kind, "SEGV");
				if (x)
					snprintf(extra, sizeof extra, "address 0x%llx", addr);
			} else {
				size_t n = strcspn(a, " ");
				snprintf(kind, sizeof kind, "%.*s", (int)(n < 60 ? n : 60), a);
			}
		} else if (!asan && !ubsan && u) {
			ubsan = true;
			const char *msg = u + strlen(": runtime error: ");
			snprintf(kind, sizeof kind, "undefined-behavior");
			for (size_t i = 0; i < sizeof ubsan_kinds / sizeof ubsan_kinds[0]; i++)
				if (strstr(msg, ubsan_kinds[i].needle)) {
					snprintf(kind, sizeof kind, "%s", ubsan_kinds[i].kind);
					break;
				}
			snprintf(extra, sizeof extra, "%.150s", msg);
			/* "FILE:LINE:COL: runtime error" */
			char file[512];
			size_t fl = (size_t)(u - line);
			if (fl < sizeof file) {
				memcpy(file, line, fl);
				file[fl] = '\0';
				char *c1 = strrchr(file, ':');
				if (c1) {
					*c1 = '\0';
					char *c0 = strrchr(file, ':');
					if (c0) {
						*c0 = '\0';
						if (!judge_file(file))
							snprintf(ub_loc, sizeof ub_loc, "%s:%s",
								 strip_compile_dir(file), c0 + 1);
					}
				}
			}
		} else if (asan && !extra[0] && (!strncmp(line, "READ of size", 12) ||
						 !strncmp(line, "WRITE of size", 13))) {
			size_t n = strcspn(line, "a");   /* "READ of size 4 at 0x..." */
			snprintf(extra, sizeof extra, "%.*s", (int)(n > 1 ? n - 1 : n), line);
		} else if ((asan || ubsan) && !loc[0] && strstr(line, "    #")) {
			frame_location(line, loc, sizeof loc);
		} else if ((asan || ubsan) && loc[0] && strstr(line, "SUMMARY:")) {
			break;
		}
	}
	if (!asan && !ubsan)
		return NULL;
	const char *where = ub_loc[0] ? ub_loc : loc;
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_adds(&b, kind);
	if (where[0])
		ju_buf_addf(&b, " at %s", where);
	if (extra[0])
		ju_buf_addf(&b, ubsan ? ": %s" : " (%s)", extra);
	if (!strcmp(kind, "stack-overflow"))
		ju_buf_adds(&b, " (recursion too deep, or a huge local array)");
	return ju_buf_detach(&b, NULL);
}
