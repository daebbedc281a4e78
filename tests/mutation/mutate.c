/*
 * mutate: single-mutation variants of a C file (issue 4, "Test strength,
 * measured").
 *
 *   mutate FILE --count          number of mutants
 *   mutate FILE --list           one line per mutant: index, line, description
 *   mutate FILE --emit N         mutant N (1-based) on stdout
 *   mutate FILE --all DIR        every mutant, as DIR/mutant-N.c
 *
 * The file is tokenised (comments, string and character literals and
 * preprocessor lines are never mutated) and every mutant replaces one token
 * range of the original text, so mutant N is the same mutation on every run
 * for the same input.  Mutants are numbered in source order; at one
 * position in the fixed order of the operators below.
 *
 * Operators:
 *   ROR   relational operator replacement: each of < <= > >= == != becomes
 *         each of the other five
 *   AOR   arithmetic: binary + <-> -, unary - -> +, += <-> -=
 *   OBO   off-by-one: integer constant c -> c+1, c-1; `x + 1` -> `x`,
 *         `x - 1` -> `x`
 *   CRP   constant replacement: c -> 0, c -> 1 (when not already produced),
 *         true <-> false
 *   LCR   && <-> ||
 *   LRS   member `left` <-> `right` (after -> or .), one occurrence at a time
 *   SDL   statement deletion: an expression statement, break or continue,
 *         or `return;` in a void function becomes `;`; `return E;` in a
 *         non-void function becomes `return 0;` (0 is the zero of every
 *         scalar and pointer return type)
 *   ASW   swapped arguments: two arguments of one call that have the same
 *         kind (for a function defined in the file: the same declared
 *         parameter type; otherwise a lexical guess; mutants that do not
 *         compile are reported as CE by the driver and not counted)
 *   NEG   negated condition of if / while / for: `if (c)` -> `if (!(c))`;
 *         and removal of a logical `!`
 *   IDC   ++ <-> --
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum tok_kind { T_IDENT, T_NUMBER, T_STRING, T_CHAR, T_PUNCT };

struct token {
    enum tok_kind kind;
    int start, end; /* byte offsets in the source */
    int line;
    char text[64];  /* the token text (truncated for long strings) */
};

struct mutant {
    int start, end;     /* the replaced byte range */
    char *repl;         /* its replacement */
    int line;
    char *desc;
    int seq;            /* generation order, for a stable sort */
};

static char *src;
static int src_len;
static struct token *toks;
static int ntoks, captoks;
static struct mutant *muts;
static int nmuts, capmuts;

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n);
    if (p == NULL) {
        fprintf(stderr, "mutate: out of memory\n");
        exit(2);
    }
    return p;
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (d == NULL) {
        fprintf(stderr, "mutate: out of memory\n");
        exit(2);
    }
    return d;
}

static char *fmt(const char *f, ...) {
    va_list ap;
    char *s = NULL;
    va_start(ap, f);
    if (vasprintf(&s, f, ap) < 0) {
        fprintf(stderr, "mutate: out of memory\n");
        exit(2);
    }
    va_end(ap);
    return s;
}

/* The source text of tokens a..b (inclusive), whitespace collapsed, for
 * descriptions. */
static char *span_text(int a, int b) {
    size_t cap = 64, len = 0;
    char *s = xrealloc(NULL, cap);
    s[0] = '\0';
    for (int i = a; i <= b && i < ntoks; i++) {
        int n = toks[i].end - toks[i].start;
        while (len + (size_t)n + 2 > cap) {
            cap *= 2;
            s = xrealloc(s, cap);
        }
        if (i > a && toks[i - 1].end < toks[i].start) {
            s[len++] = ' ';
        }
        memcpy(s + len, src + toks[i].start, (size_t)n);
        len += (size_t)n;
        s[len] = '\0';
    }
    if (len > 60) {
        strcpy(s + 57, "...");
    }
    return s;
}

static void add_mutant(int start, int end, const char *repl, int line, char *desc) {
    if (nmuts == capmuts) {
        capmuts = capmuts ? 2 * capmuts : 256;
        muts = xrealloc(muts, sizeof *muts * (size_t)capmuts);
    }
    muts[nmuts].start = start;
    muts[nmuts].end = end;
    muts[nmuts].repl = xstrdup(repl);
    muts[nmuts].line = line;
    muts[nmuts].desc = desc;
    muts[nmuts].seq = nmuts;
    nmuts++;
}

/* ---------------------------------------------------------------- lexer */

static const char *punct3[] = { "<<=", ">>=", "...", NULL };
static const char *punct2[] = { "->", "++", "--", "<=", ">=", "==", "!=", "&&", "||", "+=",
                                "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "##",
                                NULL };

static void push_token(enum tok_kind kind, int start, int end, int line) {
    if (ntoks == captoks) {
        captoks = captoks ? 2 * captoks : 1024;
        toks = xrealloc(toks, sizeof *toks * (size_t)captoks);
    }
    struct token *t = &toks[ntoks++];
    t->kind = kind;
    t->start = start;
    t->end = end;
    t->line = line;
    int n = end - start;
    if (n > (int)sizeof t->text - 1) {
        n = (int)sizeof t->text - 1;
    }
    memcpy(t->text, src + start, (size_t)n);
    t->text[n] = '\0';
}

/* Past the block comment that starts at i, counting its newlines. */
static int skip_block_comment(int i, int *line) {
    i += 2;
    while (i < src_len && !(src[i] == '*' && i + 1 < src_len && src[i + 1] == '/')) {
        if (src[i] == '\n') {
            (*line)++;
        }
        i++;
    }
    return i + 2;
}

static void lex(void) {
    int i = 0, line = 1;
    int at_line_start = 1;
    while (i < src_len) {
        char c = src[i];
        if (c == '\n') {
            line++;
            i++;
            at_line_start = 1;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            i++;
            continue;
        }
        if (c == '\\' && i + 1 < src_len && src[i + 1] == '\n') {
            i += 2;
            line++;
            continue;
        }
        if (c == '/' && i + 1 < src_len && src[i + 1] == '*') {
            i = skip_block_comment(i, &line);
            continue;
        }
        if (c == '/' && i + 1 < src_len && src[i + 1] == '/') {
            while (i < src_len && src[i] != '\n') {
                if (src[i] == '\\' && i + 1 < src_len && src[i + 1] == '\n') {
                    line++;
                    i++;
                }
                i++;
            }
            continue;
        }
        if (c == '#' && at_line_start) {
            /* a preprocessor line, with its continuations and comments */
            while (i < src_len && src[i] != '\n') {
                if (src[i] == '\\' && i + 1 < src_len && src[i + 1] == '\n') {
                    line++;
                    i += 2;
                    continue;
                }
                if (src[i] == '/' && i + 1 < src_len && src[i + 1] == '*') {
                    i = skip_block_comment(i, &line);
                    continue;
                }
                i++;
            }
            continue;
        }
        at_line_start = 0;
        int start = i;
        if (c == '"' || c == '\'') {
            i++;
            while (i < src_len && src[i] != c && src[i] != '\n') {
                if (src[i] == '\\' && i + 1 < src_len) {
                    i++;
                }
                i++;
            }
            i++;
            push_token(c == '"' ? T_STRING : T_CHAR, start, i, line);
            continue;
        }
        if (isalpha((unsigned char)c) || c == '_') {
            /* string/char prefixes (L"", u8"") stay with their literal */
            while (i < src_len && (isalnum((unsigned char)src[i]) || src[i] == '_')) {
                i++;
            }
            if (i < src_len && (src[i] == '"' || src[i] == '\'') &&
                (i - start <= 2) && strchr("LuU8", src[start]) != NULL) {
                char q = src[i++];
                while (i < src_len && src[i] != q && src[i] != '\n') {
                    if (src[i] == '\\' && i + 1 < src_len) {
                        i++;
                    }
                    i++;
                }
                i++;
                push_token(q == '"' ? T_STRING : T_CHAR, start, i, line);
                continue;
            }
            push_token(T_IDENT, start, i, line);
            continue;
        }
        if (isdigit((unsigned char)c) || (c == '.' && i + 1 < src_len && isdigit((unsigned char)src[i + 1]))) {
            /* a pp-number */
            i++;
            while (i < src_len) {
                if ((src[i] == '+' || src[i] == '-') && strchr("eEpP", src[i - 1]) != NULL) {
                    i++;
                } else if (isalnum((unsigned char)src[i]) || src[i] == '.' || src[i] == '_') {
                    i++;
                } else {
                    break;
                }
            }
            push_token(T_NUMBER, start, i, line);
            continue;
        }
        int len = 1;
        for (int k = 0; punct3[k]; k++) {
            if (i + 3 <= src_len && memcmp(src + i, punct3[k], 3) == 0) {
                len = 3;
                break;
            }
        }
        if (len == 1) {
            for (int k = 0; punct2[k]; k++) {
                if (i + 2 <= src_len && memcmp(src + i, punct2[k], 2) == 0) {
                    len = 2;
                    break;
                }
            }
        }
        i += len;
        push_token(T_PUNCT, start, i, line);
    }
}

/* ------------------------------------------------------------- helpers */

static int is(int i, const char *s) {
    return i >= 0 && i < ntoks && strcmp(toks[i].text, s) == 0 &&
           (toks[i].kind == T_PUNCT || toks[i].kind == T_IDENT);
}

static const char *keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
    "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool", "bool",
    "_Alignof", "_Alignas", "_Static_assert", "__typeof__", "typeof", "__attribute__",
    NULL };

static const char *type_words[] = {
    "char", "const", "double", "enum", "extern", "float", "int", "long", "register",
    "restrict", "short", "signed", "static", "struct", "typedef", "union", "unsigned",
    "void", "volatile", "_Bool", "bool", "size_t", "ssize_t", "int8_t", "int16_t",
    "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "intptr_t",
    "uintptr_t", "ptrdiff_t", "FILE", "inline", "auto", NULL };

static int in_list(const char *s, const char **list) {
    for (int k = 0; list[k]; k++) {
        if (strcmp(s, list[k]) == 0) {
            return 1;
        }
    }
    return 0;
}

static int is_keyword(int i) {
    return toks[i].kind == T_IDENT && in_list(toks[i].text, keywords);
}

/* Does token i end an operand (so that a following + or - is binary)? */
static int ends_operand(int i) {
    if (i < 0) {
        return 0;
    }
    if (toks[i].kind == T_NUMBER || toks[i].kind == T_STRING || toks[i].kind == T_CHAR) {
        return 1;
    }
    if (toks[i].kind == T_IDENT) {
        return !is_keyword(i);
    }
    return is(i, ")") || is(i, "]") || is(i, "++") || is(i, "--");
}

/* The token matching the bracket at i, or -1. */
static int match_fwd(int i) {
    const char *open = toks[i].text;
    const char *close = strcmp(open, "(") == 0 ? ")" : strcmp(open, "[") == 0 ? "]" : "}";
    int depth = 0;
    for (int j = i; j < ntoks; j++) {
        if (is(j, open)) {
            depth++;
        } else if (is(j, close)) {
            if (--depth == 0) {
                return j;
            }
        }
    }
    return -1;
}

/* Integer literal value (decimal, octal, hex; suffixes allowed); 0 if it is
 * not an integer literal. */
static int int_literal(int i, long long *val, char *suffix, size_t suffix_size) {
    if (toks[i].kind != T_NUMBER) {
        return 0;
    }
    const char *t = src + toks[i].start;
    int n = toks[i].end - toks[i].start;
    char buf[64];
    if (n >= (int)sizeof buf) {
        return 0;
    }
    memcpy(buf, t, (size_t)n);
    buf[n] = '\0';
    if (strpbrk(buf, ".") != NULL) {
        return 0;
    }
    if (!(buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) && strpbrk(buf, "eEpP") != NULL) {
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(buf, &end, 0);
    if (errno != 0) {
        return 0;
    }
    for (char *s = end; *s; s++) {
        if (!strchr("uUlL", *s)) {
            return 0;
        }
    }
    *val = v;
    snprintf(suffix, suffix_size, "%s", end);
    return 1;
}

/* ----------------------------------------------------- functions in file */

struct func {
    char name[64];
    int body_open, body_close; /* token indexes of { and } */
    int is_void;
    int nparams;
    char ptypes[16][128];      /* declared parameter types, normalised */
};

static struct func funcs[256];
static int nfuncs;

/* The type of a parameter declaration tokens a..b: every token but the
 * last identifier (the name) and `const`, joined. */
static void param_type(int a, int b, char *out, size_t size) {
    int name = -1;
    for (int k = b; k >= a; k--) {
        if (toks[k].kind == T_IDENT && !in_list(toks[k].text, type_words) && !is_keyword(k)) {
            /* the name, unless it is the only identifier (a bare type) */
            name = k;
            break;
        }
        if (is(k, "]")) {
            /* int a[] : skip back to [ */
            while (k > a && !is(k, "[")) {
                k--;
            }
        }
    }
    out[0] = '\0';
    size_t len = 0;
    for (int k = a; k <= b; k++) {
        if (k == name || is(k, "const")) {
            continue;
        }
        int n = (int)strlen(toks[k].text);
        if (len + (size_t)n + 2 >= size) {
            break;
        }
        if (len > 0) {
            out[len++] = ' ';
        }
        memcpy(out + len, toks[k].text, (size_t)n);
        len += (size_t)n;
        out[len] = '\0';
    }
}

static void find_functions(void) {
    int depth = 0, decl_start = 0;
    for (int i = 0; i < ntoks; i++) {
        if (is(i, "{")) {
            if (depth == 0 && i > 0 && is(i - 1, ")") && nfuncs < 256) {
                /* a function body: the name is the identifier before the
                 * ( that matches the ) */
                int close = i - 1, d = 0, open = -1;
                for (int k = close; k >= decl_start; k--) {
                    if (is(k, ")")) {
                        d++;
                    } else if (is(k, "(")) {
                        if (--d == 0) {
                            open = k;
                            break;
                        }
                    }
                }
                struct func *f = &funcs[nfuncs];
                memset(f, 0, sizeof *f);
                f->body_open = i;
                f->body_close = match_fwd(i);
                if (open > 0 && toks[open - 1].kind == T_IDENT) {
                    snprintf(f->name, sizeof f->name, "%s", toks[open - 1].text);
                    int k = decl_start;
                    while (k < open - 1 && (is(k, "static") || is(k, "inline") || is(k, "extern"))) {
                        k++;
                    }
                    f->is_void = is(k, "void") && !is(k + 1, "*");
                    /* parameters */
                    int a = open + 1;
                    d = 0;
                    for (int j = open + 1; j <= close; j++) {
                        if (is(j, "(") || is(j, "[")) {
                            d++;
                        } else if ((is(j, ")") || is(j, "]")) && j != close) {
                            d--;
                        } else if ((j == close || (d == 0 && is(j, ","))) && j > a) {
                            if (f->nparams < 16) {
                                param_type(a, j - 1, f->ptypes[f->nparams], sizeof f->ptypes[0]);
                                f->nparams++;
                            }
                            a = j + 1;
                        }
                    }
                    if (f->nparams == 1 && strcmp(f->ptypes[0], "void") == 0) {
                        f->nparams = 0;
                    }
                    nfuncs++;
                } else {
                    f->body_close = -1;
                }
            }
            depth++;
        } else if (is(i, "}")) {
            depth--;
            if (depth == 0) {
                decl_start = i + 1;
            }
        } else if (is(i, ";") && depth == 0) {
            decl_start = i + 1;
        }
    }
}

static struct func *func_at(int i) {
    for (int k = 0; k < nfuncs; k++) {
        if (funcs[k].body_close >= 0 && i > funcs[k].body_open && i < funcs[k].body_close) {
            return &funcs[k];
        }
    }
    return NULL;
}

static struct func *func_named(const char *name) {
    for (int k = 0; k < nfuncs; k++) {
        if (strcmp(funcs[k].name, name) == 0) {
            return &funcs[k];
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ operators */

static const char *relops[] = { "<", "<=", ">", ">=", "==", "!=", NULL };

static void op_relational(int i) {
    if (toks[i].kind != T_PUNCT || !in_list(toks[i].text, relops)) {
        return;
    }
    for (int k = 0; relops[k]; k++) {
        if (strcmp(relops[k], toks[i].text) != 0) {
            add_mutant(toks[i].start, toks[i].end, relops[k], toks[i].line,
                       fmt("ROR `%s` -> `%s`", toks[i].text, relops[k]));
        }
    }
}

static void op_arith(int i) {
    if (toks[i].kind != T_PUNCT) {
        return;
    }
    const char *t = toks[i].text;
    if (strcmp(t, "+=") == 0 || strcmp(t, "-=") == 0) {
        const char *r = t[0] == '+' ? "-=" : "+=";
        add_mutant(toks[i].start, toks[i].end, r, toks[i].line, fmt("AOR `%s` -> `%s`", t, r));
        return;
    }
    if (strcmp(t, "+") != 0 && strcmp(t, "-") != 0) {
        return;
    }
    int binary = ends_operand(i - 1);
    if (!binary && t[0] == '+') {
        return; /* unary plus: nothing useful */
    }
    const char *r = t[0] == '+' ? "-" : "+";
    /* a space keeps `a - -b` from becoming `a --b` */
    char repl[4];
    snprintf(repl, sizeof repl, " %s ", r);
    add_mutant(toks[i].start, toks[i].end, repl, toks[i].line,
               fmt("AOR %s `%s` -> `%s`", binary ? "binary" : "unary", t, r));
}

/* x + 1 -> x, x - 1 -> x */
static void op_drop_one(int i) {
    if (!(is(i, "+") || is(i, "-")) || !ends_operand(i - 1) || i + 1 >= ntoks) {
        return;
    }
    long long v;
    char suf[16];
    if (!int_literal(i + 1, &v, suf, sizeof suf) || v != 1) {
        return;
    }
    /* only when the 1 is a whole operand: not `x - 1 * y` */
    if (i + 2 < ntoks && (is(i + 2, "*") || is(i + 2, "/") || is(i + 2, "%") || is(i + 2, "[") ||
                          is(i + 2, "(") || is(i + 2, "++") || is(i + 2, "--"))) {
        return;
    }
    add_mutant(toks[i].start, toks[i + 1].end, "", toks[i].line,
               fmt("OBO `%s 1` -> `` (drop the %s 1)", toks[i].text, toks[i].text));
}

static void op_constant(int i) {
    if (is(i, "true") || is(i, "false")) {
        const char *r = is(i, "true") ? "false" : "true";
        add_mutant(toks[i].start, toks[i].end, r, toks[i].line,
                   fmt("CRP `%s` -> `%s`", toks[i].text, r));
        return;
    }
    long long v;
    char suf[16];
    if (!int_literal(i, &v, suf, sizeof suf)) {
        return;
    }
    /* array sizes in declarations are mutated too (a smaller buffer is a
     * real mistake); enum/case labels likewise */
    long long cand[4] = { v + 1, v - 1, 0, 1 };
    const char *kind[4] = { "OBO", "OBO", "CRP", "CRP" };
    for (int k = 0; k < 4; k++) {
        long long c = cand[k];
        if (c == v) {
            continue;
        }
        int dup = 0;
        for (int m = 0; m < k; m++) {
            if (cand[m] == c) {
                dup = 1;
            }
        }
        if (dup) {
            continue;
        }
        char *r = c < 0 ? fmt("(%lld%s)", c, suf) : fmt("%lld%s", c, suf);
        add_mutant(toks[i].start, toks[i].end, r, toks[i].line,
                   fmt("%s constant `%s` -> `%s`", kind[k], toks[i].text, r));
        free(r);
    }
}

static void op_logical(int i) {
    if (is(i, "&&") || is(i, "||")) {
        const char *r = is(i, "&&") ? "||" : "&&";
        add_mutant(toks[i].start, toks[i].end, r, toks[i].line,
                   fmt("LCR `%s` -> `%s`", toks[i].text, r));
    }
}

static void op_left_right(int i) {
    if (!(is(i, "left") || is(i, "right")) || toks[i].kind != T_IDENT) {
        return;
    }
    if (!(is(i - 1, "->") || is(i - 1, "."))) {
        return;
    }
    const char *r = is(i, "left") ? "right" : "left";
    add_mutant(toks[i].start, toks[i].end, r, toks[i].line,
               fmt("LRS `%s%s` -> `%s%s`", toks[i - 1].text, toks[i].text, toks[i - 1].text, r));
}

static void op_incdec(int i) {
    if (is(i, "++") || is(i, "--")) {
        const char *r = is(i, "++") ? "--" : "++";
        add_mutant(toks[i].start, toks[i].end, r, toks[i].line,
                   fmt("IDC `%s` -> `%s`", toks[i].text, r));
    }
}

/* Negated conditions of if/while/for, and removal of a logical !. */
static void op_negate(int i) {
    if (is(i, "!") && toks[i].kind == T_PUNCT) {
        add_mutant(toks[i].start, toks[i].end, "", toks[i].line, xstrdup("NEG remove `!`"));
        return;
    }
    if (!(is(i, "if") || is(i, "while") || is(i, "for")) || !is(i + 1, "(")) {
        return;
    }
    int open = i + 1, close = match_fwd(open);
    if (close < 0) {
        return;
    }
    int a = open + 1, b = close - 1;
    if (is(i, "for")) {
        /* the middle part */
        int d = 0, semi1 = -1, semi2 = -1;
        for (int k = open + 1; k < close; k++) {
            if (is(k, "(") || is(k, "[") || is(k, "{")) {
                d++;
            } else if (is(k, ")") || is(k, "]") || is(k, "}")) {
                d--;
            } else if (d == 0 && is(k, ";")) {
                if (semi1 < 0) {
                    semi1 = k;
                } else if (semi2 < 0) {
                    semi2 = k;
                }
            }
        }
        if (semi1 < 0 || semi2 < 0) {
            return;
        }
        a = semi1 + 1;
        b = semi2 - 1;
    }
    if (a > b) {
        return;
    }
    /* replace the condition range with !(cond) */
    int start = toks[a].start, end = toks[b].end;
    char *repl = fmt("!(%.*s)", end - start, src + start);
    char *cond = span_text(a, b);
    add_mutant(start, end, repl, toks[i].line, fmt("NEG %s (%s) -> %s (!(%s))", toks[i].text, cond,
                                                     toks[i].text, cond));
    free(repl);
    free(cond);
}

/* Is the statement starting at token s (ending at the ; at e) a
 * declaration?  A guess, good enough for solution code: it starts with a
 * type word, or with `ident ident`, or `ident * ident` followed by = ; , [ */
static int is_declaration(int s, int e) {
    if (toks[s].kind != T_IDENT) {
        return 0;
    }
    if (in_list(toks[s].text, type_words)) {
        return 1;
    }
    if (s + 1 < e && toks[s + 1].kind == T_IDENT && !is_keyword(s + 1)) {
        return 1;
    }
    int k = s + 1;
    if (is(k, "*")) {
        while (is(k, "*")) {
            k++;
        }
        if (k < e && toks[k].kind == T_IDENT &&
            (is(k + 1, "=") || is(k + 1, ";") || is(k + 1, ",") || is(k + 1, "["))) {
            return 1;
        }
    }
    return 0;
}

/* Statement deletion: at each statement start inside a function body. */
static void op_delete_statements(void) {
    for (int f = 0; f < nfuncs; f++) {
        if (funcs[f].body_close < 0) {
            continue;
        }
        int open = funcs[f].body_open, close = funcs[f].body_close;
        int pdepth = 0;
        for (int i = open + 1; i < close; i++) {
            if (is(i, "(") || is(i, "[")) {
                pdepth++;
                continue;
            }
            if (is(i, ")") || is(i, "]")) {
                pdepth--;
                continue;
            }
            if (pdepth != 0) {
                continue;
            }
            /* statement start? */
            int start = 0;
            if (is(i - 1, ";") || is(i - 1, "{") || is(i - 1, "}") || is(i - 1, "else") ||
                is(i - 1, "do") || is(i - 1, ":")) {
                start = 1;
            } else if (is(i - 1, ")")) {
                /* after the header of if / while / for / switch */
                int d = 0, o = -1;
                for (int k = i - 1; k > open; k--) {
                    if (is(k, ")")) {
                        d++;
                    } else if (is(k, "(")) {
                        if (--d == 0) {
                            o = k;
                            break;
                        }
                    }
                }
                if (o > 0 && (is(o - 1, "if") || is(o - 1, "while") || is(o - 1, "for") ||
                              is(o - 1, "switch"))) {
                    start = 1;
                }
            }
            if (!start || is(i, "{") || is(i, "}") || is(i, ";")) {
                continue;
            }
            /* its end: ; at depth 0 before any { or } */
            int e = -1, d = 0;
            for (int k = i; k < close; k++) {
                if (is(k, "(") || is(k, "[")) {
                    d++;
                } else if (is(k, ")") || is(k, "]")) {
                    d--;
                } else if (d == 0 && (is(k, "{") || is(k, "}"))) {
                    break;
                } else if (d == 0 && is(k, ";")) {
                    e = k;
                    break;
                }
            }
            if (e < 0) {
                continue;
            }
            char *text = span_text(i, e);
            if (is(i, "return")) {
                if (e == i + 1) {
                    add_mutant(toks[i].start, toks[e].end, ";", toks[i].line,
                               fmt("SDL delete `%s`", text));
                } else if (!funcs[f].is_void) {
                    if (!(e == i + 2 && (is(i + 1, "NULL") || is(i + 1, "false") ||
                                         strcmp(toks[i + 1].text, "0") == 0))) {
                        add_mutant(toks[i].start, toks[e].end, "return 0;", toks[i].line,
                                   fmt("SDL `%s` -> `return 0;`", text));
                    }
                }
            } else if ((is(i, "break") || is(i, "continue")) && e == i + 1) {
                add_mutant(toks[i].start, toks[e].end, ";", toks[i].line,
                           fmt("SDL delete `%s`", text));
            } else if (!is_keyword(i) && !is_declaration(i, e) && !is(i + 1, ":")) {
                add_mutant(toks[i].start, toks[e].end, ";", toks[i].line,
                           fmt("SDL delete `%s`", text));
            }
            free(text);
        }
    }
}

/* The lexical kind of an argument tokens a..b, for callees not defined in
 * the file: "str", "addr", "num", "size" (sizeof), or "expr". */
static const char *arg_kind(int a, int b) {
    if (a == b && toks[a].kind == T_STRING) {
        return "str";
    }
    if (is(a, "&") && !(b > a + 1 && toks[b].kind == T_PUNCT && !is(b, ")") && !is(b, "]"))) {
        return "addr";
    }
    if (a == b && toks[a].kind == T_NUMBER) {
        return "num";
    }
    if (is(a, "sizeof")) {
        return "size";
    }
    return "expr";
}

static int kinds_compatible(const char *x, const char *y) {
    if (strcmp(x, y) == 0) {
        return strcmp(x, "str") != 0; /* swapping two literals: seldom useful, allowed */
    }
    /* numbers, sizes and expressions may all be integers */
    int xi = strcmp(x, "num") == 0 || strcmp(x, "size") == 0 || strcmp(x, "expr") == 0;
    int yi = strcmp(y, "num") == 0 || strcmp(y, "size") == 0 || strcmp(y, "expr") == 0;
    return xi && yi;
}

static void op_swap_args(int i) {
    if (toks[i].kind != T_IDENT || is_keyword(i) || !is(i + 1, "(")) {
        return;
    }
    if (func_at(i) == NULL) {
        return; /* only calls inside function bodies */
    }
    int open = i + 1, close = match_fwd(open);
    if (close < 0) {
        return;
    }
    int as[32], ae[32], n = 0, d = 0, a = open + 1;
    for (int k = open + 1; k <= close; k++) {
        if (k < close && (is(k, "(") || is(k, "[") || is(k, "{"))) {
            d++;
        } else if (k < close && (is(k, ")") || is(k, "]") || is(k, "}"))) {
            d--;
        } else if ((k == close || (d == 0 && is(k, ","))) && k > a) {
            if (n < 32) {
                as[n] = a;
                ae[n] = k - 1;
                n++;
            }
            a = k + 1;
        }
    }
    if (n < 2) {
        return;
    }
    struct func *callee = func_named(toks[i].text);
    for (int x = 0; x < n; x++) {
        for (int y = x + 1; y < n; y++) {
            char *tx = span_text(as[x], ae[x]), *ty = span_text(as[y], ae[y]);
            int lenx = toks[ae[x]].end - toks[as[x]].start;
            int leny = toks[ae[y]].end - toks[as[y]].start;
            int same_text = lenx == leny &&
                            memcmp(src + toks[as[x]].start, src + toks[as[y]].start, (size_t)lenx) == 0;
            int ok;
            if (callee != NULL && callee->nparams == n) {
                ok = strcmp(callee->ptypes[x], callee->ptypes[y]) == 0;
            } else {
                ok = kinds_compatible(arg_kind(as[x], ae[x]), arg_kind(as[y], ae[y]));
            }
            if (ok && !same_text) {
                /* replace the text from arg x to arg y with y .. x */
                int start = toks[as[x]].start, end = toks[ae[y]].end;
                int mid_s = toks[ae[x]].end, mid_e = toks[as[y]].start;
                char *repl = fmt("%.*s%.*s%.*s", leny, src + toks[as[y]].start, mid_e - mid_s,
                                 src + mid_s, lenx, src + toks[as[x]].start);
                add_mutant(start, end, repl, toks[i].line,
                           fmt("ASW %s(): swap arguments %d `%s` and %d `%s`", toks[i].text, x + 1,
                               tx, y + 1, ty));
                free(repl);
            }
            free(tx);
            free(ty);
        }
    }
}

static int cmp_mutant(const void *a, const void *b) {
    const struct mutant *x = a, *y = b;
    return x->seq - y->seq;
}

static void generate(void) {
    find_functions();
    /* per token, in source order */
    for (int i = 0; i < ntoks; i++) {
        if (func_at(i) == NULL) {
            continue; /* declarations outside functions are left alone */
        }
        op_relational(i);
        op_arith(i);
        op_drop_one(i);
        op_constant(i);
        op_logical(i);
        op_left_right(i);
        op_incdec(i);
        op_negate(i);
        op_swap_args(i);
    }
    /* statement deletions, merged into source order below */
    op_delete_statements();
    /* stable source order: by start offset, then generation order */
    for (int k = 0; k < nmuts; k++) {
        muts[k].seq = k;
    }
    /* insertion sort by (start, seq): few hundred mutants */
    for (int k = 1; k < nmuts; k++) {
        struct mutant m = muts[k];
        int j = k - 1;
        while (j >= 0 && (muts[j].start > m.start || (muts[j].start == m.start && muts[j].seq > m.seq))) {
            muts[j + 1] = muts[j];
            j--;
        }
        muts[j + 1] = m;
    }
    (void)cmp_mutant;
}

static void emit(FILE *out, int n) {
    struct mutant *m = &muts[n];
    fwrite(src, 1, (size_t)m->start, out);
    fputs(m->repl, out);
    fwrite(src + m->end, 1, (size_t)(src_len - m->end), out);
}

static void usage(void) {
    fprintf(stderr, "usage: mutate FILE --count | --list | --emit N | --all DIR\n"
                    "  mutants are numbered from 1\n");
    exit(2);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        usage();
    }
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        fprintf(stderr, "mutate: %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    size_t cap = 4096, len = 0, r;
    src = xrealloc(NULL, cap);
    while ((r = fread(src + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            cap *= 2;
            src = xrealloc(src, cap);
        }
    }
    fclose(f);
    src_len = (int)len;
    lex();
    generate();

    if (strcmp(argv[2], "--count") == 0 && argc == 3) {
        printf("%d\n", nmuts);
    } else if (strcmp(argv[2], "--list") == 0 && argc == 3) {
        for (int k = 0; k < nmuts; k++) {
            printf("%d\t%d\t%s\n", k + 1, muts[k].line, muts[k].desc);
        }
    } else if (strcmp(argv[2], "--emit") == 0 && argc == 4) {
        char *end;
        long n = strtol(argv[3], &end, 10);
        if (*end != '\0' || n < 1 || n > nmuts) {
            fprintf(stderr, "mutate: no mutant %s (there are %d)\n", argv[3], nmuts);
            return 2;
        }
        emit(stdout, (int)n - 1);
    } else if (strcmp(argv[2], "--all") == 0 && argc == 4) {
        mkdir(argv[3], 0777);
        for (int k = 0; k < nmuts; k++) {
            char *path = fmt("%s/mutant-%d.c", argv[3], k + 1);
            FILE *o = fopen(path, "wb");
            if (o == NULL) {
                fprintf(stderr, "mutate: %s: %s\n", path, strerror(errno));
                return 2;
            }
            emit(o, k);
            fclose(o);
            free(path);
        }
    } else {
        usage();
    }
    return 0;
}
