/*
 * text.h - make untrusted bytes safe to show.
 *
 * A solution's stdout, a compiler log, an answer: any of them may hold NUL
 * bytes, terminal escapes or invalid UTF-8.  Everything shown to a person or
 * put into JSON goes through ju_text_safe first.
 */
#ifndef JU_TEXT_H
#define JU_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A malloc'd, NUL-terminated, valid UTF-8 copy of at most max_bytes input
 * bytes: well-formed UTF-8 is kept, '\n' and '\t' are kept, every other
 * control byte (including ESC and NUL) and every byte of a malformed
 * sequence becomes "\xNN".  *truncated (may be NULL) says input was cut. */
char *ju_text_safe(const char *s, size_t len, size_t max_bytes, bool *truncated);

/* Length of the well-formed UTF-8 sequence at s (1..4), or 0 if malformed. */
size_t ju_utf8_seq_len(const unsigned char *s, size_t avail);

#endif
