/*
 * sanitizer_report.h - name the finding of an ASan/UBSan report.
 */
#ifndef RUN_SANITIZER_REPORT_H
#define RUN_SANITIZER_REPORT_H

#include <stddef.h>

/* "heap-buffer-overflow at solutions/x.c:14 (READ of size 4)", malloc'd,
 * or NULL when text holds no sanitizer report. */
char *san_detail(const char *text, size_t len);

#endif
