/*
 * source_prep.c - a small C lexer, just enough to find struct definitions
 * and main() and to clean invisible spaces (see source_prep.h).
 */
#define _GNU_SOURCE
#include "source_prep.h"

#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Byte length of an invisible or non-ASCII space at p, or 0. */
static size_t invisible_at(const unsigned char *p, size_t avail)
{
	if (avail >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;                                   /* U+00A0 no-break space */
	if (avail < 3)
		return 0;
	if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		return 3;                                   /* U+FEFF byte-order mark */
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;                                   /* U+3000 ideographic space */
	if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8f)
		return 3;                                   /* U+2000..U+200F spaces, ZWSP, ZWJ, marks */
	if (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xaf)
		return 3;                                   /* U+202F narrow no-break space */
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0xa0)
		return 3;                                   /* U+2060 word joiner */
	return 0;
}

enum lex_state { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR };

/* A tiny token memory: the last two identifiers/punctuators seen in code. */
struct toks {
	char prev2[16], prev1[16];
	int depth;        /* brace depth */
	int paren;
};

static void push_tok(struct toks *t, const char *s, size_t n, struct cmp_source *out)
{
	char tok[16];
	if (n >= sizeof tok)
		n = sizeof tok - 1;
	memcpy(tok, s, n);
	tok[n] = '\0';
	if (!strcmp(tok, "{")) {
		if (!strcmp(t->prev2, "struct") && !strcmp(t->prev1, "TreeNode"))
			out->defines_treenode = true;
		if (!strcmp(t->prev2, "struct") && !strcmp(t->prev1, "ListNode"))
			out->defines_listnode = true;
		t->depth++;
	} else if (!strcmp(tok, "}")) {
		if (t->depth > 0)
			t->depth--;
	} else if (!strcmp(tok, "(")) {
		if (t->depth == 0 && t->paren == 0 && !strcmp(t->prev1, "main"))
			out->has_main = true;
		t->paren++;
	} else if (!strcmp(tok, ")")) {
		if (t->paren > 0)
			t->paren--;
	}
	/* inline assembly could .incbin/.include files, and no solution needs it */
	if (!strcmp(tok, "asm") || !strcmp(tok, "__asm__") || !strcmp(tok, "__asm"))
		out->uses_asm = true;
	memcpy(t->prev2, t->prev1, sizeof t->prev2);
	memcpy(t->prev1, tok, sizeof t->prev1);
}

static bool ident_char(unsigned char c)
{
	return isalnum(c) || c == '_';
}

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/* A header name a solution may include: "uthash.h", <stdio.h>, <sys/types.h>;
 * never a path that climbs (..) or starts at the root. */
static bool plain_header(const char *name, size_t n)
{
	if (n == 0 || name[0] == '/' || memmem(name, n, "..", 2))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)name[i]) && !strchr("_-./+", name[i]))
			return false;
	return true;
}

static void note_access(struct cmp_source *out, int line, const char *what, size_t n)
{
	if (out->file_access_line)
		return;
	out->file_access_line = line;
	snprintf(out->file_access_what, sizeof out->file_access_what, "%.*s",
		 (int)(n < 60 ? n : 60), what);
}

/* Look at one preprocessor line ("#  include <x>") of the cleaned text. */
static void check_directive(const char *s, size_t n, int line, struct cmp_source *out)
{
	size_t i = 1;
	while (i < n && blank(s[i]))
		i++;
	const char *word = s + i;
	size_t w = 0;
	while (i + w < n && (isalnum((unsigned char)word[w]) || word[w] == '_'))
		w++;
	bool include = (w == 7 && !strncmp(word, "include", 7)) || (w == 6 && !strncmp(word, "import", 6)) ||
		       (w == 12 && !strncmp(word, "include_next", 12));
	if (!include)
		return;
	i += w;
	while (i < n && blank(s[i]))
		i++;
	char close = i < n && s[i] == '<' ? '>' : i < n && s[i] == '"' ? '"' : 0;
	const char *name = s + i + 1;
	const char *end = close ? memchr(name, close, n - i - 1) : NULL;
	if (!end || !plain_header(name, (size_t)(end - name)))
		note_access(out, line, s, n);
}

/* The text as the preprocessor reads lines: backslash-newlines joined
 * (kept as empty lines so line numbers stay right). */
static char *spliced(const char *t)
{
	struct ju_buf b = JU_BUF_INIT;
	int pending = 0;
	for (const char *s = t; *s; s++) {
		if (s[0] == '\\' && (s[1] == '\n' || (s[1] == '\r' && s[2] == '\n'))) {
			s += s[1] == '\r' ? 2 : 1;
			pending++;
			continue;
		}
		ju_buf_add(&b, s, 1);
		for (; *s == '\n' && pending; pending--)
			ju_buf_add(&b, "\n", 1);
	}
	return ju_buf_detach(&b, NULL);
}

static void scan_file_access(struct cmp_source *out)
{
	static const char *const words[] = { "incbin", ".include", "dependency" };
	char *t = spliced(out->text);
	int line = 1;
	for (const char *l = t; *l; line++) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		char *p = (char *)l;
		while (p < l + n && blank(*p))
			p++;
		if (p + 1 < l + n && p[0] == '%' && p[1] == ':')   /* the digraph of '#' */
			*++p = '#';
		if (p < l + n && *p == '#')
			check_directive(p, n - (size_t)(p - l), line, out);
		for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
			if (memmem(l, n, words[k], strlen(words[k])))
				note_access(out, line, words[k], strlen(words[k]));
		if (!nl)
			break;
		l = nl + 1;
	}
	free(t);
}

void cmp_source_prepare(const char *raw, size_t len, struct cmp_source *out)
{
	struct ju_buf b = JU_BUF_INIT;
	struct toks t = { "", "", 0, 0 };
	enum lex_state st = CODE;
	const unsigned char *p = (const unsigned char *)raw;
	int line = 1;
	memset(out, 0, sizeof *out);
	ju_buf_reserve(&b, len);
	for (size_t i = 0; i < len;) {
		unsigned char c = p[i];
		size_t inv = st == STRING || st == CHAR ? 0 : invisible_at(p + i, len - i);
		if (inv) {
			if (!out->invisible_spaces++)
				out->first_invisible_line = line;
			ju_buf_add(&b, " ", 1);
			i += inv;
			continue;
		}
		if (c == '\0')
			out->has_nul = true;
		if (c == '\n')
			line++;
		switch (st) {
		case CODE:
			if (c == '/' && i + 1 < len && p[i + 1] == '/')
				st = LINE_COMMENT;
			else if (c == '/' && i + 1 < len && p[i + 1] == '*') {
				st = BLOCK_COMMENT;
				ju_buf_add(&b, p + i, 2);
				i += 2;
				continue;
			} else if (c == '"')
				st = STRING;
			else if (c == '\'')
				st = CHAR;
			else if (ident_char(c)) {
				size_t j = i;
				while (j < len && ident_char(p[j]))
					j++;
				push_tok(&t, raw + i, j - i, out);
				ju_buf_add(&b, p + i, j - i);
				i = j;
				continue;
			} else if (strchr("{}()", c))
				push_tok(&t, raw + i, 1, out);
			else if (!isspace(c))
				push_tok(&t, raw + i, 1, out);
			break;
		case LINE_COMMENT:
			if (c == '\n' && !(i > 0 && p[i - 1] == '\\'))
				st = CODE;
			break;
		case BLOCK_COMMENT:
			if (c == '*' && i + 1 < len && p[i + 1] == '/') {
				ju_buf_add(&b, p + i, 2);
				i += 2;
				st = CODE;
				continue;
			}
			break;
		case STRING:
		case CHAR:
			if (c == '\\' && i + 1 < len) {
				if (p[i + 1] == '\n')
					line++;
				ju_buf_add(&b, p + i, 2);
				i += 2;
				continue;
			}
			if ((st == STRING && c == '"') || (st == CHAR && c == '\'') || c == '\n')
				st = CODE;
			break;
		}
		ju_buf_add(&b, p + i, 1);
		i++;
	}
	out->text = ju_buf_detach(&b, &out->len);
	scan_file_access(out);
}

void cmp_source_release(struct cmp_source *s)
{
	free(s->text);
	s->text = NULL;
}
