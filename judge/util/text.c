/*
 * text.c - escaping of untrusted bytes (see text.h).
 */
#include "text.h"

#include "util.h"

#include <stdio.h>

size_t ju_utf8_seq_len(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		min = 0x10000;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	unsigned cp = c & (0xff >> (n + 1));
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	/* overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 */
	if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

char *ju_text_safe(const char *s, size_t len, size_t max_bytes, bool *truncated)
{
	struct ju_buf b = JU_BUF_INIT;
	const unsigned char *u = (const unsigned char *)s;
	size_t end = len < max_bytes ? len : max_bytes;
	if (truncated)
		*truncated = len > max_bytes;
	ju_buf_reserve(&b, end);
	for (size_t i = 0; i < end;) {
		unsigned c = u[i];
		size_t n = ju_utf8_seq_len(u + i, end - i);
		if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
			ju_buf_add(&b, &u[i], 1);
			i++;
		} else if (n > 1) {
			ju_buf_add(&b, &u[i], n);
			i += n;
		} else {
			char esc[5];
			snprintf(esc, sizeof esc, "\\x%02x", c);
			ju_buf_add(&b, esc, 4);
			i++;
		}
	}
	return ju_buf_detach(&b, NULL);
}
