/*
 * test_format.c - unit tests of judge/format/lc_value.c (LeetCode value text).
 *
 * Every check goes through the public API only.  Expected texts come from
 * the format itself (LeetCode's canonical writing), never from how the
 * library is built inside.
 */
#include "cu_tests.h"
#include "lc_value.h"

#include <CUnit/CUnit.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#endif

#define BIG 100000   /* LeetCode's usual upper bound on nodes */

/* ---------------------------------------------------------------- helpers */

/* An assertion reported at the caller's line, with a formatted description
 * (CUnit copies the description, so a stack buffer is fine). */
static void check_at(int line, int ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void check_at(int line, int ok, const char *fmt, ...)
{
	char desc[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(desc, sizeof desc, fmt, ap);
	va_end(ap);
	CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned int)line, desc,
				__FILE__, "", CU_FALSE);
}
#define CHECK(cond, ...) check_at(__LINE__, (cond), __VA_ARGS__)

static int streq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* A malloc'd text built by appending; aborts the test run on OOM. */
struct text {
	char *p;
	size_t len, cap;
};

static void text_add(struct text *t, const char *s)
{
	size_t n = strlen(s);
	if (t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2;
		t->p = realloc(t->p, t->cap);
		CU_ASSERT_PTR_NOT_NULL_FATAL(t->p);
	}
	memcpy(t->p + t->len, s, n + 1);
	t->len += n;
}

static void text_int(struct text *t, int v)
{
	char b[16];
	snprintf(b, sizeof b, "%d", v);
	text_add(t, b);
}

/* Calls the lc_parse_* of type t directly, frees what it made, and checks
 * that a failure leaves the outputs reset (NULL / 0). */
static int parse_any(enum lc_type t, const char *in, struct lc_error *err)
{
	int rc = -1, n = -7, iv = -7, *ints = (int *)1, **rows = (int **)1, *cols = (int *)1;
	bool bv = true;
	char *s = (char *)1, **strs = (char **)1;
	size_t len = 7;
	struct lc_tree *root = (struct lc_tree *)1, **roots = (struct lc_tree **)1;
	struct lc_list *head = (struct lc_list *)1;
	int reset = 1;
	switch (t) {
	case LC_INT: rc = lc_parse_int(in, &iv, err); reset = iv == 0; break;
	case LC_BOOL: rc = lc_parse_bool(in, &bv, err); reset = !bv; break;
	case LC_STRING: rc = lc_parse_string(in, &s, &len, err); reset = !s && !len; free(s); break;
	case LC_INT_ARRAY: rc = lc_parse_int_array(in, &ints, &n, err); reset = !ints && !n; free(ints); break;
	case LC_INT_MATRIX:
		rc = lc_parse_int_matrix(in, &rows, &n, &cols, err);
		reset = !rows && !n && !cols;
		lc_int_matrix_free(rows, n, cols);
		break;
	case LC_STRING_ARRAY:
		rc = lc_parse_string_array(in, &strs, &n, err);
		reset = !strs && !n;
		lc_string_array_free(strs, n);
		break;
	case LC_TREE: rc = lc_parse_tree(in, &root, err); reset = !root; lc_tree_free(root); break;
	case LC_LIST: rc = lc_parse_list(in, &head, err); reset = !head; lc_list_free(head); break;
	case LC_TREE_ARRAY:
		rc = lc_parse_tree_array(in, &roots, &n, err);
		reset = !roots && !n;
		lc_tree_array_free(roots, n);
		break;
	case LC_TYPE_COUNT: break;
	}
	if (rc != 0)
		CU_ASSERT(reset);
	return rc;
}

/* in must be accepted, and its canonical text must be want. */
static void canon_at(int line, enum lc_type t, const char *in, const char *want)
{
	struct lc_error err;
	char *out = lc_canonical(t, in, &err);
	check_at(line, streq(out, want), "%s %.80s -> %.80s (want %.80s; error at %zu: %s)",
		 lc_type_name(t), in, out ? out : "NULL", want, err.pos, out ? "" : err.msg);
	free(out);
}
#define CANON(t, in, want) canon_at(__LINE__, t, in, want)

/* in must be a round trip: already canonical. */
#define ROUND(t, in) canon_at(__LINE__, t, in, in)

/* in must be rejected at byte pos with a message containing sub, both by
 * lc_canonical and by the type's own lc_parse_*; messages are lowercase,
 * name what was expected, and have no trailing full stop. */
static void error_at(int line, enum lc_type t, const char *in, size_t pos, const char *sub)
{
	struct lc_error e1, e2;
	char *out = lc_canonical(t, in, &e1);
	int rc = parse_any(t, in, &e2);
	size_t n = out ? 0 : strlen(e1.msg);
	int styled = n > 0 && !(e1.msg[0] >= 'A' && e1.msg[0] <= 'Z') && e1.msg[n - 1] != '.' &&
		     strstr(e1.msg, "expected") != NULL;
	check_at(line, !out && e1.pos == pos && strstr(e1.msg, sub) && styled,
		 "%s %.80s: want error at %zu containing \"%s\"; got %s at %zu: %s",
		 lc_type_name(t), in, pos, sub, out ? out : "an error", e1.pos, out ? "" : e1.msg);
	check_at(line, rc == -1 && e2.pos == e1.pos && strcmp(e2.msg, e1.msg) == 0,
		 "lc_parse_* and lc_canonical disagree on %.80s", in);
	free(out);
}
#define ERR(t, in, pos, sub) error_at(__LINE__, t, in, pos, sub)

static struct lc_tree *node(int v, struct lc_tree *l, struct lc_tree *r)
{
	struct lc_tree *n = malloc(sizeof *n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	n->val = v;
	n->left = l;
	n->right = r;
	return n;
}

/* Prints a tree that must be well formed. */
static char *tree_text(const struct lc_tree *root)
{
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree(root, SIZE_MAX, &shape);
	CU_ASSERT_EQUAL(shape, LC_SHAPE_OK);
	return s;
}

/* Level-order text of a chain of n nodes valued 1..n going left or right. */
static char *chain_text(int n, bool left)
{
	struct text t = { 0 };
	text_add(&t, "[1");
	for (int v = 2; v <= n; v++) {
		text_add(&t, left ? "," : ",null,");
		text_int(&t, v);
		if (left && v < n)
			text_add(&t, ",null");
	}
	text_add(&t, "]");
	return t.p;
}

/* ------------------------------------------------------------------ types */

static void test_type_names(void)
{
	static const char *const names[] = { "int", "bool", "string", "int[]", "int[][]",
					     "string[]", "tree", "list", "tree[]" };
	CU_ASSERT_EQUAL(sizeof names / sizeof names[0], LC_TYPE_COUNT);
	for (int t = 0; t < LC_TYPE_COUNT; t++) {
		enum lc_type got = LC_TYPE_COUNT;
		CHECK(streq(lc_type_name((enum lc_type)t), names[t]), "name of type %d", t);
		CHECK(lc_type_parse(names[t], &got) == 0 && got == (enum lc_type)t, "parse %s", names[t]);
	}
}

static void test_type_unknown(void)
{
	enum lc_type got = LC_INT;
	CU_ASSERT_EQUAL(lc_type_parse("integer", &got), -1);
	CU_ASSERT_EQUAL(lc_type_parse("Int", &got), -1);
	CU_ASSERT_EQUAL(lc_type_parse("int ", &got), -1);
	CU_ASSERT_EQUAL(lc_type_parse("", &got), -1);
	CU_ASSERT_EQUAL(lc_type_parse(NULL, &got), -1);
	CU_ASSERT_PTR_NOT_NULL(lc_type_name(LC_TYPE_COUNT));
	CU_ASSERT_PTR_NOT_NULL(lc_type_name((enum lc_type)-1));
}

/* ------------------------------------------------------------ int, bool */

static void test_int_values(void)
{
	static const struct { const char *in; int want; } cases[] = {
		{ "0", 0 }, { "-0", 0 }, { "7", 7 }, { "-7", -7 }, { "10", 10 },
		{ "2147483647", INT_MAX }, { "-2147483648", INT_MIN },
		{ "  42 \t\r\n", 42 }, { "\n-1", -1 },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		int v = 12345;
		struct lc_error err;
		int rc = lc_parse_int(cases[k].in, &v, &err);
		CHECK(rc == 0 && v == cases[k].want, "parse int %s gave rc %d v %d", cases[k].in, rc, v);
	}
	CANON(LC_INT, "-0", "0");
	CANON(LC_INT, " 5 ", "5");
}

static void test_int_print(void)
{
	/* each digit count at both ends: the printer writes two digits at a time */
	static const int vals[] = { 0, 1, -1, 9, 10, -10, 99, 100, -99, -100, 999, 1000, 9999, 10000,
				    99999, 100000, 999999, 1000000, 9999999, 10000000, 99999999,
				    100000000, 999999999, 1000000000, -999999999, -1000000000,
				    123456789, INT_MAX, INT_MIN, INT_MIN + 1, INT_MAX - 1 };
	for (size_t k = 0; k < sizeof vals / sizeof vals[0]; k++) {
		char want[16];
		snprintf(want, sizeof want, "%d", vals[k]);
		char *s = lc_print_int(vals[k]);
		int back = 0;
		CHECK(streq(s, want), "print %d gave %s", vals[k], s ? s : "NULL");
		CHECK(s && lc_parse_int(s, &back, NULL) == 0 && back == vals[k], "round trip %d", vals[k]);
		free(s);
	}
}

static void test_int_errors(void)
{
	ERR(LC_INT, "", 0, "expected an integer but found end of input");
	ERR(LC_INT, "   ", 3, "but found end of input");
	ERR(LC_INT, "+1", 0, "expected an integer but found '+'");
	ERR(LC_INT, "x", 0, "but found 'x'");
	ERR(LC_INT, "'1'", 0, "but found \"'\"");
	ERR(LC_INT, "\x01", 0, "but found byte 0x01");
	ERR(LC_INT, "\xff", 0, "but found byte 0xff");
	ERR(LC_INT, "007", 0, "without leading zeros");
	ERR(LC_INT, " -01", 2, "without leading zeros");
	ERR(LC_INT, "00", 0, "without leading zeros");
	ERR(LC_INT, "-", 1, "expected a digit after '-' but found end of input");
	ERR(LC_INT, "- 1", 1, "expected a digit after '-' but found ' '");
	ERR(LC_INT, "--1", 1, "digit after '-'");
	ERR(LC_INT, "2147483648", 0, "integer out of range");
	ERR(LC_INT, "-2147483649", 0, "integer out of range");
	ERR(LC_INT, " 99999999999999999999999", 1, "integer out of range");
	ERR(LC_INT, "12a", 2, "expected end of input but found 'a'");
	ERR(LC_INT, "1.5", 1, "expected end of input but found '.'");
	ERR(LC_INT, "1 2", 2, "expected end of input but found '2'");
	ERR(LC_INT, "1e3", 1, "end of input");
	ERR(LC_INT, "0x10", 1, "end of input");
	ERR(LC_INT, "[1]", 0, "expected an integer but found '['");
	int v = 3;
	CU_ASSERT_EQUAL(lc_parse_int("nope", &v, NULL), -1);   /* err is optional */
	CU_ASSERT_EQUAL(lc_parse_int(NULL, &v, NULL), -1);     /* NULL text reads as "" */
}

static void test_bool(void)
{
	bool b = false;
	CU_ASSERT(lc_parse_bool("true", &b, NULL) == 0 && b);
	CU_ASSERT(lc_parse_bool(" false\n", &b, NULL) == 0 && !b);
	char *t = lc_print_bool(true), *f = lc_print_bool(false);
	CU_ASSERT_STRING_EQUAL(t, "true");
	CU_ASSERT_STRING_EQUAL(f, "false");
	free(t);
	free(f);
	ROUND(LC_BOOL, "true");
	ROUND(LC_BOOL, "false");
	CANON(LC_BOOL, "\ttrue ", "true");
	ERR(LC_BOOL, "", 0, "expected true or false but found end of input");
	ERR(LC_BOOL, "True", 0, "expected true or false but found 'T'");
	ERR(LC_BOOL, "tru", 0, "true or false");
	ERR(LC_BOOL, "1", 0, "true or false");
	ERR(LC_BOOL, "truex", 4, "expected end of input but found 'x'");
	ERR(LC_BOOL, "true false", 5, "end of input");
}

/* ---------------------------------------------------------------- strings */

/* Parses in and checks the decoded bytes. */
static void string_at(int line, const char *in, const char *want, size_t want_len)
{
	char *s = NULL;
	size_t len = 0;
	struct lc_error err;
	int rc = lc_parse_string(in, &s, &len, &err);
	check_at(line, rc == 0 && len == want_len && memcmp(s, want, len) == 0 && s[len] == '\0',
		 "decode %s: rc %d len %zu (want %zu) %s", in, rc, len, want_len, rc ? err.msg : "");
	free(s);
}
#define DECODES(in, want) string_at(__LINE__, in, want, sizeof want - 1)

static void test_string_escapes(void)
{
	DECODES("\"\"", "");
	DECODES("\"abc\"", "abc");
	DECODES("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t");
	DECODES("\"\\u0041\\u00e9\\u20AC\"", "A\xc3\xa9\xe2\x82\xac");
	DECODES("\"\\u07ff\\u0800\\uffff\"", "\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf");
	DECODES("\"a\\u0000b\"", "a\0b");
	DECODES("\"\\u0000\"", "\0");
	DECODES("\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80");          /* U+1F600 */
	DECODES("\"\\uD800\\uDC00\\uDBFF\\uDFFF\"", "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf");
	DECODES("\"\xc3\xa9\xff\x80\"", "\xc3\xa9\xff\x80");          /* raw bytes kept */
	DECODES("\"\x7f\"", "\x7f");
	DECODES(" \"x\" ", "x");
}

static void test_string_print(void)
{
	static const struct { const char *in; size_t len; const char *want; } cases[] = {
		{ "", 0, "\"\"" },
		{ "a\"b\\c", 5, "\"a\\\"b\\\\c\"" },
		{ "/", 1, "\"/\"" },
		{ "\b\f\n\r\t", 5, "\"\\b\\f\\n\\r\\t\"" },
		{ "\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\"" },
		{ "a\0b", 3, "\"a\\u0000b\"" },
		{ "\xc3\xa9\xff\x80", 4, "\"\xc3\xa9\xff\x80\"" },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		char *s = lc_print_string(cases[k].in, cases[k].len);
		CHECK(streq(s, cases[k].want), "print string %zu gave %s", k, s ? s : "NULL");
		free(s);
	}
	char *null_text = lc_print_string(NULL, 3);
	CU_ASSERT_STRING_EQUAL(null_text, "null");
	free(null_text);
	CANON(LC_STRING, "\"\\/\\u0041\\u000a\"", "\"/A\\n\"");
	CANON(LC_STRING, "\"\\u007F\\u001B\"", "\"\\u007f\\u001b\"");
	CANON(LC_STRING, "\"\\ud83d\\ude00\"", "\"\xf0\x9f\x98\x80\"");
}

/* Every byte value survives print then parse. */
static void test_string_all_bytes(void)
{
	char all[256];
	for (int k = 0; k < 256; k++)
		all[k] = (char)k;
	char *text = lc_print_string(all, sizeof all);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	char *back = NULL;
	size_t len = 0;
	CU_ASSERT_EQUAL_FATAL(lc_parse_string(text, &back, &len, NULL), 0);
	CU_ASSERT_EQUAL(len, sizeof all);
	CU_ASSERT(memcmp(back, all, sizeof all) == 0);
	for (const char *c = text; *c; c++)   /* control bytes never appear raw */
		CU_ASSERT((unsigned char)*c >= 0x20 && *c != 0x7f);
	char *again = lc_canonical(LC_STRING, text, NULL);
	CU_ASSERT(streq(again, text));
	free(again);
	free(back);
	free(text);
}

/* Long plain runs are scanned many bytes at a time: a byte that ends the
 * run (control byte, quote, backslash) or does not (0x7f, 0x80, 0xff, ' ')
 * must be found at every offset from the start of the run, on either side
 * of each 8-byte word. */
static void test_string_long_runs(void)
{
	static const unsigned char probes[] = { 0x01, 0x09, 0x0a, 0x1f, '"', '\\', ' ', 0x7f, 0x80, 0xff };
	for (size_t pos = 0; pos < 41; pos++) {
		for (size_t k = 0; k < sizeof probes; k++) {
			unsigned char b = probes[k];
			char text[64];
			memset(text, 'a', sizeof text);
			text[0] = '"';
			text[1 + pos] = (char)b;
			text[1 + pos + 1] = 'n';   /* after a backslash: the escape \n */
			text[sizeof text - 2] = '"';
			text[sizeof text - 1] = '\0';
			struct lc_error err;
			char *out = NULL;
			size_t len = 0;
			int rc = lc_parse_string(text, &out, &len, &err);
			if (b < 0x20) {
				CHECK(rc == -1 && err.pos == 1 + pos && strstr(err.msg, "a printable character"),
				      "control byte 0x%02x at %zu: error at %zu (%s)", b, pos, err.pos, err.msg);
			} else if (b == '"') {
				CHECK(rc == -1 && err.pos == 2 + pos && strstr(err.msg, "end of input"),
				      "quote at %zu ends the string: error at %zu (%s)", pos, err.pos, err.msg);
			} else if (b == '\\') {
				CHECK(rc == 0 && len == sizeof text - 4 && out[pos] == '\n' && out[pos + 1] == 'a',
				      "backslash at %zu starts an escape", pos);
			} else {
				CHECK(rc == 0 && len == sizeof text - 3 && (unsigned char)out[pos] == b &&
				      out[pos + 1] == 'n', "byte 0x%02x at %zu is plain", b, pos);
			}
			free(out);
		}
	}
}

static void test_string_errors(void)
{
	ERR(LC_STRING, "", 0, "expected a string but found end of input");
	ERR(LC_STRING, "abc", 0, "expected a string but found 'a'");
	ERR(LC_STRING, "'a'", 0, "expected a string but found \"'\"");
	ERR(LC_STRING, "\"abc", 4, "expected '\"' to close the string but found end of input");
	ERR(LC_STRING, "\"a\tb\"", 2, "expected a printable character or an escape but found byte 0x09");
	ERR(LC_STRING, "\"a\nb\"", 2, "byte 0x0a");
	ERR(LC_STRING, "\"\\x\"", 2, "after '\\' but found 'x'");
	ERR(LC_STRING, "\"\\U0041\"", 2, "expected an escape");
	ERR(LC_STRING, "\"\\", 2, "expected an escape (one of \" \\ / b f n r t u) after '\\' but found end of input");
	ERR(LC_STRING, "\"\\u12g4\"", 5, "expected 4 hex digits after \\u but found 'g'");
	ERR(LC_STRING, "\"\\u12\"", 5, "4 hex digits after \\u but found '\"'");
	ERR(LC_STRING, "\"\\u", 3, "4 hex digits after \\u but found end of input");
	ERR(LC_STRING, "\"\\ud83d\"", 7, "expected a low surrogate \\udc00-\\udfff after a high surrogate but found '\"'");
	ERR(LC_STRING, "\"\\ud83dx\"", 7, "low surrogate");
	ERR(LC_STRING, "\"\\ud83d\\n\"", 7, "after a high surrogate but found '\\'");
	ERR(LC_STRING, "\"\\ud83d\\u0041\"", 7, "low surrogate \\udc00-\\udfff after a high surrogate but found \\u0041");
	ERR(LC_STRING, "\"\\ud83d\\ud83d\"", 7, "but found \\ud83d");
	ERR(LC_STRING, "\"\\ud83d\\u00\"", 11, "4 hex digits");
	ERR(LC_STRING, "\"a\\ude00\"", 2, "expected a high surrogate \\ud800-\\udbff before a low surrogate but found \\ude00");
	ERR(LC_STRING, "\"\\uDFFF\"", 1, "but found \\udfff");
	ERR(LC_STRING, "\"a\" x", 4, "expected end of input but found 'x'");
	ERR(LC_STRING, "\"a\"\"b\"", 3, "expected end of input but found '\"'");
}

/* ------------------------------------------------------------ int arrays */

static void test_int_array_values(void)
{
	int *a = NULL, n = -1;
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_array(" [ ] ", &a, &n, NULL), 0);
	CU_ASSERT_EQUAL(n, 0);
	CU_ASSERT_PTR_NOT_NULL(a);   /* usable even when empty */
	free(a);
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_array("[3,-1,0]", &a, &n, NULL), 0);
	CU_ASSERT(n == 3 && a[0] == 3 && a[1] == -1 && a[2] == 0);
	free(a);
	ROUND(LC_INT_ARRAY, "[]");
	ROUND(LC_INT_ARRAY, "[0]");
	ROUND(LC_INT_ARRAY, "[1,-2,2147483647,-2147483648,0]");
	CANON(LC_INT_ARRAY, " [ 1 ,\n2\t, 3 ] ", "[1,2,3]");
	CANON(LC_INT_ARRAY, "[-0]", "[0]");
}

static void test_int_array_print(void)
{
	int a[] = { 5, -5 };
	char *s = lc_print_int_array(a, 2);
	CU_ASSERT_STRING_EQUAL(s, "[5,-5]");
	free(s);
	s = lc_print_int_array(NULL, 0);
	CU_ASSERT_STRING_EQUAL(s, "[]");
	free(s);
	s = lc_print_int_array(a, -3);   /* nonsense size from a solution */
	CU_ASSERT_STRING_EQUAL(s, "[]");
	free(s);
	s = lc_print_int_array(NULL, 2);   /* promised data that is not there */
	CU_ASSERT_STRING_EQUAL(s, "null");
	free(s);
}

static void test_int_array_big(void)
{
	struct text t = { 0 };
	text_add(&t, "[");
	for (int k = 0; k < BIG; k++) {
		if (k)
			text_add(&t, ",");
		text_int(&t, k % 2 ? -k * 7919 : k * 21473);
	}
	text_add(&t, "]");
	int *a = NULL, n = 0;
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_array(t.p, &a, &n, NULL), 0);
	CU_ASSERT_EQUAL(n, BIG);
	CU_ASSERT_EQUAL(a[BIG - 1], -(BIG - 1) * 7919);
	CU_ASSERT_EQUAL(a[BIG - 2], (BIG - 2) * 21473);
	char *s = lc_print_int_array(a, n);
	CU_ASSERT(streq(s, t.p));
	free(s);
	free(a);
	free(t.p);
}

static void test_int_array_errors(void)
{
	ERR(LC_INT_ARRAY, "", 0, "expected '[' but found end of input");
	ERR(LC_INT_ARRAY, "1", 0, "expected '[' but found '1'");
	ERR(LC_INT_ARRAY, "[", 1, "expected an integer but found end of input");
	ERR(LC_INT_ARRAY, "[1", 2, "expected ',' or ']' but found end of input");
	ERR(LC_INT_ARRAY, "[1,]", 3, "expected an integer but found ']'");
	ERR(LC_INT_ARRAY, "[,1]", 1, "expected an integer but found ','");
	ERR(LC_INT_ARRAY, "[1 2]", 3, "expected ',' or ']' but found '2'");
	ERR(LC_INT_ARRAY, "[1;2]", 2, "expected ',' or ']' but found ';'");
	ERR(LC_INT_ARRAY, "[1]]", 3, "expected end of input but found ']'");
	ERR(LC_INT_ARRAY, "[1,x]", 3, "expected an integer but found 'x'");
	ERR(LC_INT_ARRAY, "[null]", 1, "expected an integer but found 'n'");
	ERR(LC_INT_ARRAY, "[1,2147483648]", 3, "integer out of range");
	ERR(LC_INT_ARRAY, "[01]", 1, "without leading zeros");
	ERR(LC_INT_ARRAY, "[-]", 2, "digit after '-'");
	ERR(LC_INT_ARRAY, "[1.0]", 2, "expected ',' or ']' but found '.'");
}

/* ------------------------------------------------------------ int matrix */

static void test_int_matrix_values(void)
{
	int **a = (int **)1, rows = -1, *cols = (int *)1;
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_matrix("[]", &a, &rows, &cols, NULL), 0);
	CU_ASSERT(rows == 0 && a == NULL && cols == NULL);
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_matrix("[[]]", &a, &rows, &cols, NULL), 0);
	CU_ASSERT_FATAL(rows == 1 && a && cols);
	CU_ASSERT(cols[0] == 0 && a[0] != NULL);
	lc_int_matrix_free(a, rows, cols);
	CU_ASSERT_EQUAL_FATAL(lc_parse_int_matrix("[[1,2],[3],[]]", &a, &rows, &cols, NULL), 0);
	CU_ASSERT_FATAL(rows == 3 && a && cols);
	CU_ASSERT(cols[0] == 2 && cols[1] == 1 && cols[2] == 0);
	CU_ASSERT(a[0][0] == 1 && a[0][1] == 2 && a[1][0] == 3);
	char *s = lc_print_int_matrix(a, rows, cols);
	CU_ASSERT_STRING_EQUAL(s, "[[1,2],[3],[]]");
	free(s);
	lc_int_matrix_free(a, rows, cols);
	ROUND(LC_INT_MATRIX, "[]");
	ROUND(LC_INT_MATRIX, "[[]]");
	ROUND(LC_INT_MATRIX, "[[],[]]");
	ROUND(LC_INT_MATRIX, "[[-2147483648,2147483647]]");
	CANON(LC_INT_MATRIX, " [ [1 , 2] ,\n[ ] ] ", "[[1,2],[]]");
}

static void test_int_matrix_print(void)
{
	int r0[] = { 1 }, cols[] = { 1, 2, -1 };
	int *rows[] = { r0, NULL, r0 };
	char *s = lc_print_int_matrix(rows, 3, cols);   /* a NULL row, a negative size */
	CU_ASSERT_STRING_EQUAL(s, "[[1],null,[]]");
	free(s);
	s = lc_print_int_matrix(NULL, 0, NULL);
	CU_ASSERT_STRING_EQUAL(s, "[]");
	free(s);
	s = lc_print_int_matrix(NULL, 2, cols);
	CU_ASSERT_STRING_EQUAL(s, "null");
	free(s);
	s = lc_print_int_matrix(rows, 1, NULL);
	CU_ASSERT_STRING_EQUAL(s, "null");
	free(s);
}

static void test_int_matrix_errors(void)
{
	ERR(LC_INT_MATRIX, "", 0, "expected '[' but found end of input");
	ERR(LC_INT_MATRIX, "[1]", 1, "expected '[' but found '1'");
	ERR(LC_INT_MATRIX, "[[1],2]", 5, "expected '[' but found '2'");
	ERR(LC_INT_MATRIX, "[[1]", 4, "expected ',' or ']' but found end of input");
	ERR(LC_INT_MATRIX, "[[1,]]", 4, "expected an integer but found ']'");
	ERR(LC_INT_MATRIX, "[[1]][", 5, "expected end of input but found '['");
	ERR(LC_INT_MATRIX, "[[1],[2147483648]]", 6, "integer out of range");
}

/* ---------------------------------------------------------- string arrays */

static void test_string_array_values(void)
{
	char **a = NULL;
	int n = -1;
	CU_ASSERT_EQUAL_FATAL(lc_parse_string_array("[]", &a, &n, NULL), 0);
	CU_ASSERT(n == 0 && a != NULL);
	lc_string_array_free(a, n);
	CU_ASSERT_EQUAL_FATAL(lc_parse_string_array("[\"ab\", \"\", \"\\u00e9\\n\"]", &a, &n, NULL), 0);
	CU_ASSERT_FATAL(n == 3 && a);
	CU_ASSERT(streq(a[0], "ab") && streq(a[1], "") && streq(a[2], "\xc3\xa9\n"));
	char *s = lc_print_string_array(a, n);
	CU_ASSERT_STRING_EQUAL(s, "[\"ab\",\"\",\"\xc3\xa9\\n\"]");
	free(s);
	lc_string_array_free(a, n);
	ROUND(LC_STRING_ARRAY, "[]");
	ROUND(LC_STRING_ARRAY, "[\"\"]");
	ROUND(LC_STRING_ARRAY, "[\"a\\\"b\",\"c\\\\d\"]");
	CANON(LC_STRING_ARRAY, " [ \"a\" ,\t\"\\/\" ] ", "[\"a\",\"/\"]");
}

static void test_string_array_print(void)
{
	char *items[] = { "x", NULL };
	char *s = lc_print_string_array(items, 2);
	CU_ASSERT_STRING_EQUAL(s, "[\"x\",null]");
	free(s);
	s = lc_print_string_array(NULL, 1);
	CU_ASSERT_STRING_EQUAL(s, "null");
	free(s);
	s = lc_print_string_array(NULL, 0);
	CU_ASSERT_STRING_EQUAL(s, "[]");
	free(s);
}

static void test_string_array_errors(void)
{
	ERR(LC_STRING_ARRAY, "\"a\"", 0, "expected '[' but found '\"'");
	ERR(LC_STRING_ARRAY, "[a]", 1, "expected a string but found 'a'");
	ERR(LC_STRING_ARRAY, "[\"a\" \"b\"]", 5, "expected ',' or ']' but found '\"'");
	ERR(LC_STRING_ARRAY, "[\"a\",]", 5, "expected a string but found ']'");
	ERR(LC_STRING_ARRAY, "[\"a", 3, "to close the string but found end of input");
	ERR(LC_STRING_ARRAY, "[null]", 1, "expected a string but found 'n'");
	/* Elements are C strings: an embedded NUL would silently cut them. */
	ERR(LC_STRING_ARRAY, "[\"ok\",\"a\\u0000\"]", 8,
	    "expected a character other than \\u0000 in a string array element but found \\u0000");
	ERR(LC_STRING_ARRAY, "[\"\\q\"]", 3, "expected an escape");
}

/* ------------------------------------------------------------------ trees */

static void test_tree_canonical(void)
{
	CANON(LC_TREE, "[1,2,null]", "[1,2]");
	CANON(LC_TREE, "[ 1 , null , 2 ]", "[1,null,2]");
	CANON(LC_TREE, "[null]", "[]");
	CANON(LC_TREE, " [ ] ", "[]");
	CANON(LC_TREE, "[1,null,null]", "[1]");
	CANON(LC_TREE, "[1,null,2,null,null]", "[1,null,2]");
	CANON(LC_TREE, "[1,2,3,null,null,null,null]", "[1,2,3]");
	CANON(LC_TREE, "[0,-0]", "[0,0]");
	ROUND(LC_TREE, "[]");
	ROUND(LC_TREE, "[1]");
	ROUND(LC_TREE, "[3,9,20,null,null,15,7]");
	ROUND(LC_TREE, "[5,4,8,11,null,13,4,7,2,null,null,5,1]");
	ROUND(LC_TREE, "[1,null,2,3]");
	ROUND(LC_TREE, "[-2147483648,2147483647]");
}

static void test_tree_structure(void)
{
	struct lc_tree *t = (struct lc_tree *)1;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree("[3,9,20,null,null,15,7]", &t, NULL), 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	CU_ASSERT(t->val == 3 && t->left && t->right);
	CU_ASSERT(t->left->val == 9 && !t->left->left && !t->left->right);
	CU_ASSERT(t->right->val == 20 && t->right->left && t->right->right);
	CU_ASSERT(t->right->left->val == 15 && t->right->right->val == 7);
	CU_ASSERT_EQUAL(lc_tree_size(t), 5);
	CU_ASSERT_EQUAL(lc_tree_height(t), 3);
	lc_tree_free(t);

	CU_ASSERT_EQUAL_FATAL(lc_parse_tree("[1,null,2,3]", &t, NULL), 0);
	CU_ASSERT_FATAL(t && t->right);
	CU_ASSERT(!t->left && t->right->val == 2 && t->right->left && t->right->left->val == 3);
	lc_tree_free(t);

	CU_ASSERT_EQUAL(lc_parse_tree("[]", &t, NULL), 0);
	CU_ASSERT_PTR_NULL(t);
	CU_ASSERT_EQUAL(lc_parse_tree("[null]", &t, NULL), 0);
	CU_ASSERT_PTR_NULL(t);
	CU_ASSERT_EQUAL(lc_tree_size(NULL), 0);
	CU_ASSERT_EQUAL(lc_tree_height(NULL), 0);
}

/* The node array of lc_parse_tree_nodes is level order, which must be the
 * breadth-first order of the tree it links (the harness relies on it). */
static void check_nodes_bfs(const char *text)
{
	struct lc_tree **nodes = NULL;
	size_t count = 0;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree_nodes(text, &nodes, &count, NULL), 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(nodes);
	struct lc_tree **q = malloc((count + 1) * sizeof *q);
	size_t head = 0, tail = 0;
	if (count)
		q[tail++] = nodes[0];
	while (head < tail) {
		struct lc_tree *n = q[head++];
		if (n->left && tail < count)
			q[tail++] = n->left;
		if (n->right && tail < count)
			q[tail++] = n->right;
	}
	CHECK(tail == count && memcmp(q, nodes, count * sizeof *q) == 0,
	      "nodes of %.60s are in breadth-first order", text);
	char *back = tree_text(count ? nodes[0] : NULL);
	char *want = lc_canonical(LC_TREE, text, NULL);
	CHECK(streq(back, want), "nodes of %.60s link the same tree", text);
	free(back);
	free(want);
	free(q);
	for (size_t k = 0; k < count; k++)
		free(nodes[k]);
	free(nodes);
}

static void test_tree_nodes(void)
{
	struct lc_tree **nodes = NULL;
	size_t count = 7;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree_nodes("[3,9,20,null,null,15,7]", &nodes, &count, NULL), 0);
	CU_ASSERT_EQUAL_FATAL(count, 5);
	static const int vals[] = { 3, 9, 20, 15, 7 };
	for (size_t k = 0; k < count; k++)
		CHECK(nodes[k]->val == vals[k], "node %zu is %d", k, vals[k]);
	CU_ASSERT(nodes[0]->left == nodes[1] && nodes[0]->right == nodes[2]);
	CU_ASSERT(nodes[2]->left == nodes[3] && nodes[2]->right == nodes[4]);
	for (size_t k = 0; k < count; k++)
		free(nodes[k]);
	free(nodes);

	/* the empty tree: no nodes, but an array all the same */
	CU_ASSERT_EQUAL(lc_parse_tree_nodes("[]", &nodes, &count, NULL), 0);
	CU_ASSERT(nodes && count == 0);
	free(nodes);
	CU_ASSERT_EQUAL(lc_parse_tree_nodes("[null]", &nodes, &count, NULL), 0);
	CU_ASSERT(nodes && count == 0);
	free(nodes);

	/* errors: outputs reset, and the same message as lc_parse_tree */
	struct lc_error e1, e2;
	struct lc_tree *t = NULL;
	CU_ASSERT_EQUAL(lc_parse_tree_nodes("[1,2,x]", &nodes, &count, &e1), -1);
	CU_ASSERT(!nodes && count == 0);
	CU_ASSERT_EQUAL(lc_parse_tree("[1,2,x]", &t, &e2), -1);
	CU_ASSERT(e1.pos == e2.pos && streq(e1.msg, e2.msg));
	CU_ASSERT_EQUAL(lc_parse_tree_nodes("[1,2] 3", &nodes, &count, &e1), -1);
	CU_ASSERT(!nodes && count == 0);

	check_nodes_bfs("[1,null,2,3]");
	check_nodes_bfs("[5,4,8,11,null,13,4,7,2,null,null,5,1]");
	check_nodes_bfs("[1,2,3,null,4,5,null,null,6,7,null,8]");
	char *chain = chain_text(1000, true);
	check_nodes_bfs(chain);
	free(chain);
	chain = chain_text(1000, false);
	check_nodes_bfs(chain);
	free(chain);
}

/* A hand-built tree prints in LeetCode's order, independently of the parser. */
static void test_tree_print_built(void)
{
	struct lc_tree *t = node(1, node(2, NULL, node(4, NULL, NULL)), node(3, NULL, NULL));
	char *s = tree_text(t);
	CU_ASSERT_STRING_EQUAL(s, "[1,2,3,null,4]");
	CU_ASSERT_EQUAL(lc_tree_size(t), 4);
	CU_ASSERT_EQUAL(lc_tree_height(t), 3);
	free(s);
	lc_tree_free(t);
	s = tree_text(NULL);
	CU_ASSERT_STRING_EQUAL(s, "[]");
	free(s);
}

static void chain_round_trip(bool left)
{
	char *text = chain_text(BIG, left);
	struct lc_tree *t = NULL;
	struct lc_error err;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree(text, &t, &err), 0);
	CU_ASSERT_EQUAL(lc_tree_size(t), BIG);
	CU_ASSERT_EQUAL(lc_tree_height(t), BIG);
	const struct lc_tree *last = t;   /* the chain goes the promised way */
	for (int k = 1; k < BIG && last; k++)
		last = left ? last->left : last->right;
	CU_ASSERT(last && last->val == BIG && !last->left && !last->right);
	char *s = tree_text(t);
	CU_ASSERT(streq(s, text));
	free(s);
	lc_tree_free(t);
	free(text);
}

static void test_tree_left_chain(void)
{
	chain_round_trip(true);
}

static void test_tree_right_chain(void)
{
	chain_round_trip(false);
}

/* A zig-zag chain built by hand: print must not depend on direction. */
static void test_tree_zigzag_built(void)
{
	struct lc_tree *root = NULL;
	for (int v = BIG; v >= 1; v--)
		root = v % 2 ? node(v, root, NULL) : node(v, NULL, root);
	CU_ASSERT_EQUAL(lc_tree_size(root), BIG);
	CU_ASSERT_EQUAL(lc_tree_height(root), BIG);
	char *s = tree_text(root);
	struct lc_tree *back = NULL;
	CU_ASSERT_EQUAL(lc_parse_tree(s, &back, NULL), 0);
	char *s2 = tree_text(back);
	CU_ASSERT(streq(s, s2));
	CU_ASSERT(s && strncmp(s, "[1,2,null,null,3,4,null,null,5", 30) == 0);
	free(s2);
	free(s);
	lc_tree_free(back);
	lc_tree_free(root);
}

static void test_tree_complete(void)
{
	const int n = (1 << 17) - 1;
	struct text t = { 0 };
	text_add(&t, "[");
	for (int v = 1; v <= n; v++) {
		if (v > 1)
			text_add(&t, ",");
		text_int(&t, v);
	}
	text_add(&t, "]");
	struct lc_tree *root = NULL;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree(t.p, &root, NULL), 0);
	CU_ASSERT_EQUAL(lc_tree_size(root), (size_t)n);
	CU_ASSERT_EQUAL(lc_tree_height(root), 17);
	CU_ASSERT(root->left->right->val == 5);   /* level order: 1; 2 3; 4 5 6 7 */
	char *s = tree_text(root);
	CU_ASSERT(streq(s, t.p));
	free(s);
	lc_tree_free(root);
	free(t.p);
}

static void test_tree_errors(void)
{
	ERR(LC_TREE, "", 0, "expected '[' but found end of input");
	ERR(LC_TREE, "null", 0, "expected '[' but found 'n'");
	ERR(LC_TREE, "[null,1]", 6, "expected ']' after a null root but found '1'");
	ERR(LC_TREE, "[null,null]", 6, "after a null root");
	ERR(LC_TREE, "[1,null,null,3]", 13, "expected ']' (every node's children are already listed) but found '3'");
	ERR(LC_TREE, "[1,null,null,null]", 13, "already listed");
	ERR(LC_TREE, "[1,2,3,null,null,null,null,4]", 27, "already listed");
	ERR(LC_TREE, "[1,x]", 3, "expected an integer or null but found 'x'");
	ERR(LC_TREE, "[1,nul]", 3, "expected an integer or null but found 'n'");
	ERR(LC_TREE, "[1,nullx]", 7, "expected ',' or ']' but found 'x'");
	ERR(LC_TREE, "[1,", 3, "an integer or null but found end of input");
	ERR(LC_TREE, "[1,2", 4, "expected ',' or ']' but found end of input");
	ERR(LC_TREE, "[1]x", 3, "expected end of input but found 'x'");
	ERR(LC_TREE, "[1,2147483648]", 3, "integer out of range");
	ERR(LC_TREE, "[-]", 2, "expected a digit after '-'");
	ERR(LC_TREE, "[1,02]", 3, "without leading zeros");
	/* Errors deep in a big tree: everything built so far is freed (ASan). */
	char *text = chain_text(1000, true);
	text[strlen(text) - 1] = ',';
	ERR(LC_TREE, text, strlen(text), "found end of input");
	free(text);
}

/* ------------------------------------------------------------------ lists */

static void test_list_values(void)
{
	struct lc_list *h = (struct lc_list *)1;
	CU_ASSERT_EQUAL(lc_parse_list("[]", &h, NULL), 0);
	CU_ASSERT_PTR_NULL(h);
	CU_ASSERT_EQUAL_FATAL(lc_parse_list("[1, 2,3]", &h, NULL), 0);
	CU_ASSERT_FATAL(h && h->next && h->next->next);
	CU_ASSERT(h->val == 1 && h->next->val == 2 && h->next->next->val == 3 && !h->next->next->next);
	lc_list_free(h);
	ROUND(LC_LIST, "[]");
	ROUND(LC_LIST, "[7]");
	ROUND(LC_LIST, "[1,2,3,-2147483648]");
	CANON(LC_LIST, " [ 1 ,\n2 ] ", "[1,2]");
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_list(NULL, 0, &shape);
	CU_ASSERT(streq(s, "[]") && shape == LC_SHAPE_OK);
	free(s);
}

static void test_list_big(void)
{
	struct text t = { 0 };
	text_add(&t, "[");
	for (int k = 0; k < BIG; k++) {
		if (k)
			text_add(&t, ",");
		text_int(&t, k);
	}
	text_add(&t, "]");
	struct lc_list *h = NULL;
	CU_ASSERT_EQUAL_FATAL(lc_parse_list(t.p, &h, NULL), 0);
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_list(h, BIG, &shape);
	CU_ASSERT(streq(s, t.p) && shape == LC_SHAPE_OK);
	free(s);
	lc_list_free(h);
	free(t.p);
}

static void test_list_errors(void)
{
	ERR(LC_LIST, "", 0, "expected '[' but found end of input");
	ERR(LC_LIST, "[1,null]", 3, "expected an integer but found 'n'");
	ERR(LC_LIST, "[1,,2]", 3, "expected an integer but found ','");
	ERR(LC_LIST, "[1", 2, "expected ',' or ']' but found end of input");
	ERR(LC_LIST, "[1] [2]", 4, "expected end of input but found '['");
	ERR(LC_LIST, "[1,-2147483649]", 3, "integer out of range");
}

/* ------------------------------------------------------------ tree arrays */

static void test_tree_array_values(void)
{
	struct lc_tree **a = NULL;
	int n = -1;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree_array("[]", &a, &n, NULL), 0);
	CU_ASSERT(n == 0 && a != NULL);
	lc_tree_array_free(a, n);
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree_array("[[]]", &a, &n, NULL), 0);
	CU_ASSERT(n == 1 && a && a[0] == NULL);
	lc_tree_array_free(a, n);
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree_array("[[2,4],[4]]", &a, &n, NULL), 0);
	CU_ASSERT_FATAL(n == 2 && a && a[0] && a[1]);
	CU_ASSERT(a[0]->val == 2 && a[0]->left->val == 4 && a[1]->val == 4);
	lc_tree_array_free(a, n);
	ROUND(LC_TREE_ARRAY, "[]");
	ROUND(LC_TREE_ARRAY, "[[]]");
	ROUND(LC_TREE_ARRAY, "[[2,4],[4]]");
	ROUND(LC_TREE_ARRAY, "[[1,null,2],[],[3,4,5]]");
	CANON(LC_TREE_ARRAY, " [ [1,2,null] , [null] ] ", "[[1,2],[]]");
}

static void test_tree_array_print(void)
{
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree_array(NULL, 0, 10, &shape);
	CU_ASSERT(streq(s, "[]") && shape == LC_SHAPE_OK);
	free(s);
	s = lc_print_tree_array(NULL, 3, 10, &shape);
	CU_ASSERT(streq(s, "null") && shape == LC_SHAPE_OK);
	free(s);
	/* LeetCode 95 and 894 solutions share subtrees between the trees they
	 * return; LeetCode accepts that, so only sharing inside a tree counts. */
	struct lc_tree leaf = { 3, NULL, NULL };
	struct lc_tree r1 = { 1, NULL, &leaf }, r2 = { 2, &leaf, NULL };
	struct lc_tree *roots[] = { &r1, &r2, &r1, NULL };
	s = lc_print_tree_array(roots, 4, 100, &shape);
	CU_ASSERT(streq(s, "[[1,null,3],[2,3],[1,null,3],[]]") && shape == LC_SHAPE_OK);
	free(s);
}

static void test_tree_array_errors(void)
{
	ERR(LC_TREE_ARRAY, "[null]", 1, "expected '[' but found 'n'");
	ERR(LC_TREE_ARRAY, "[1]", 1, "expected '[' but found '1'");
	ERR(LC_TREE_ARRAY, "[[1],[null,1]]", 11, "after a null root");
	ERR(LC_TREE_ARRAY, "[[1,null,null,2]]", 14, "already listed");
	ERR(LC_TREE_ARRAY, "[[1] [2]]", 5, "expected ',' or ']' but found '['");
	ERR(LC_TREE_ARRAY, "[[1],]", 5, "expected '[' but found ']'");
	ERR(LC_TREE_ARRAY, "[[1],[x]]", 6, "an integer or null but found 'x'");
	ERR(LC_TREE_ARRAY, "[[1]", 4, "expected ',' or ']' but found end of input");
}

/* ------------------------------------------------ hostile trees and lists */

/* The printer must return NULL and report want. */
static void shape_at(int line, char *text, enum lc_shape got, enum lc_shape want)
{
	check_at(line, text == NULL && got == want, "want shape %s, got %s and text %.60s",
		 lc_shape_message(want), lc_shape_message(got), text ? text : "NULL");
	free(text);
}
#define SHAPE(call, want)                                      \
	do {                                                   \
		enum lc_shape got_ = LC_SHAPE_OK;              \
		char *text_ = call;                             \
		shape_at(__LINE__, text_, got_, want);          \
	} while (0)

static void test_tree_cycles(void)
{
	struct lc_tree n[4] = { { 1, NULL, NULL }, { 2, NULL, NULL }, { 3, NULL, NULL }, { 4, NULL, NULL } };
	n[0].left = &n[0];                      /* self loop */
	SHAPE(lc_print_tree(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	n[0].left = &n[1];                      /* back edge to the root */
	n[1].right = &n[0];
	SHAPE(lc_print_tree(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	n[1].right = &n[2];                     /* a node reachable twice */
	n[0].right = &n[2];
	SHAPE(lc_print_tree(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	n[0].right = NULL;                      /* both children the same node */
	n[1].left = n[1].right = &n[3];
	SHAPE(lc_print_tree(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	n[1].left = NULL;                       /* fixed: a proper tree again */
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree(&n[0], 100, &shape);
	CU_ASSERT(streq(s, "[1,2,null,null,4]") && shape == LC_SHAPE_OK);
	free(s);
	n[3].left = &n[0];
	CU_ASSERT_PTR_NULL(lc_print_tree(&n[0], 100, NULL));   /* shape is optional */
}

/* 60 levels where both children are the next node: 2^60 paths, 61 nodes.
 * Visiting each node once is what makes this finish at all. */
static void test_tree_diamond(void)
{
	struct lc_tree n[61];
	for (int k = 0; k < 61; k++) {
		n[k].val = k;
		n[k].left = n[k].right = k < 60 ? &n[k + 1] : NULL;
	}
	SHAPE(lc_print_tree(&n[0], SIZE_MAX, &got_), LC_SHAPE_CYCLE);
	struct lc_tree *roots[] = { &n[0] };
	SHAPE(lc_print_tree_array(roots, 1, SIZE_MAX, &got_), LC_SHAPE_CYCLE);
}

static void test_tree_long_cycle(void)
{
	struct lc_tree *n = calloc(BIG, sizeof *n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	for (int k = 0; k < BIG; k++) {
		n[k].val = k;
		n[k].right = k + 1 < BIG ? &n[k + 1] : &n[BIG / 2];
	}
	SHAPE(lc_print_tree(&n[0], SIZE_MAX, &got_), LC_SHAPE_CYCLE);
	SHAPE(lc_print_tree(&n[0], 1000, &got_), LC_SHAPE_TOO_BIG);   /* the limit comes first */
	n[BIG - 1].right = NULL;
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree(&n[0], BIG, &shape);
	CU_ASSERT(s && shape == LC_SHAPE_OK);
	free(s);
	free(n);
}

static void test_list_cycles(void)
{
	struct lc_list n[3] = { { 1, NULL }, { 2, NULL }, { 3, NULL } };
	n[0].next = &n[0];
	SHAPE(lc_print_list(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	n[0].next = &n[1];
	n[1].next = &n[2];
	n[2].next = &n[1];
	SHAPE(lc_print_list(&n[0], 100, &got_), LC_SHAPE_CYCLE);
	SHAPE(lc_print_list(&n[0], 2, &got_), LC_SHAPE_TOO_BIG);
	CU_ASSERT_PTR_NULL(lc_print_list(&n[0], 100, NULL));
	n[2].next = NULL;
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_list(&n[0], 3, &shape);
	CU_ASSERT(streq(s, "[1,2,3]") && shape == LC_SHAPE_OK);
	free(s);

	struct lc_list *big = calloc(BIG, sizeof *big);
	CU_ASSERT_PTR_NOT_NULL_FATAL(big);
	for (int k = 0; k < BIG; k++)
		big[k].next = k + 1 < BIG ? &big[k + 1] : &big[0];
	SHAPE(lc_print_list(big, SIZE_MAX, &got_), LC_SHAPE_CYCLE);
	free(big);
}

static void test_tree_array_cycles(void)
{
	struct lc_tree a = { 1, NULL, NULL }, b = { 2, NULL, NULL };
	struct lc_tree *roots[] = { &b, &a };
	a.right = &a;
	SHAPE(lc_print_tree_array(roots, 2, 100, &got_), LC_SHAPE_CYCLE);
	a.right = &b;
	a.left = &b;   /* shared inside one tree */
	SHAPE(lc_print_tree_array(roots, 2, 100, &got_), LC_SHAPE_CYCLE);
	a.left = NULL;   /* b inside a, and b as a tree of its own: fine */
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree_array(roots, 2, 100, &shape);
	CU_ASSERT(streq(s, "[[2],[1,null,2]]") && shape == LC_SHAPE_OK);
	free(s);
	CU_ASSERT_PTR_NULL(lc_print_tree_array(roots, 2, 2, NULL));
}

static void test_max_nodes(void)
{
	struct lc_tree *t = NULL;
	CU_ASSERT_EQUAL_FATAL(lc_parse_tree("[1,2,3,4,5,6,7]", &t, NULL), 0);
	enum lc_shape shape = LC_SHAPE_NOMEM;
	char *s = lc_print_tree(t, 7, &shape);
	CU_ASSERT(streq(s, "[1,2,3,4,5,6,7]") && shape == LC_SHAPE_OK);
	free(s);
	SHAPE(lc_print_tree(t, 6, &got_), LC_SHAPE_TOO_BIG);
	SHAPE(lc_print_tree(t, 0, &got_), LC_SHAPE_TOO_BIG);
	s = lc_print_tree(NULL, 0, &shape);
	CU_ASSERT(streq(s, "[]") && shape == LC_SHAPE_OK);
	free(s);

	struct lc_tree *roots[] = { t, t };   /* max_nodes counts all trees together */
	s = lc_print_tree_array(roots, 2, 14, &shape);
	CU_ASSERT(streq(s, "[[1,2,3,4,5,6,7],[1,2,3,4,5,6,7]]") && shape == LC_SHAPE_OK);
	free(s);
	SHAPE(lc_print_tree_array(roots, 2, 13, &got_), LC_SHAPE_TOO_BIG);
	lc_tree_free(t);

	struct lc_list l[2] = { { 1, &l[1] }, { 2, NULL } };
	SHAPE(lc_print_list(l, 1, &got_), LC_SHAPE_TOO_BIG);
	SHAPE(lc_print_list(l, 0, &got_), LC_SHAPE_TOO_BIG);
}

static void test_shape_messages(void)
{
	const enum lc_shape all[] = { LC_SHAPE_OK, LC_SHAPE_CYCLE, LC_SHAPE_TOO_BIG, LC_SHAPE_NOMEM };
	for (int i = 0; i < 4; i++) {
		const char *m = lc_shape_message(all[i]);
		size_t n = m ? strlen(m) : 0;
		CHECK(n > 0 && !(m[0] >= 'A' && m[0] <= 'Z') && m[n - 1] != '.', "shape message %d", i);
		for (int j = 0; j < i; j++)
			CHECK(!streq(m, lc_shape_message(all[j])), "messages %d and %d differ", i, j);
	}
	CU_ASSERT_PTR_NOT_NULL(strstr(lc_shape_message(LC_SHAPE_CYCLE), "cycle"));
	CU_ASSERT_PTR_NOT_NULL(lc_shape_message((enum lc_shape)42));
}

/* ------------------------------------------------------------- canonical */

static void test_canonical_idempotent(void)
{
	static const struct { enum lc_type t; const char *in; } cases[] = {
		{ LC_INT, " -0 " }, { LC_BOOL, " false" }, { LC_STRING, "\"\\u00e9\\t\\/\"" },
		{ LC_INT_ARRAY, "[ 1 , 2 ]" }, { LC_INT_MATRIX, "[[ ], [1]]" },
		{ LC_STRING_ARRAY, "[ \"\\u0001\" ]" }, { LC_TREE, "[1,null,2,null,null]" },
		{ LC_LIST, "[ 3 ]" }, { LC_TREE_ARRAY, "[[1,2,null],[null]]" },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		char *once = lc_canonical(cases[k].t, cases[k].in, NULL);
		char *twice = once ? lc_canonical(cases[k].t, once, NULL) : NULL;
		CHECK(once && streq(once, twice), "canonical of %s is stable", cases[k].in);
		free(once);
		free(twice);
	}
}

static void test_canonical_unknown_type(void)
{
	struct lc_error err;
	char *s = lc_canonical(LC_TYPE_COUNT, "1", &err);
	CU_ASSERT_PTR_NULL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "expected a known value type"));
	CU_ASSERT_PTR_NULL(lc_canonical((enum lc_type)-5, "1", NULL));
	/* the same text is a different value in each type, or no value */
	CU_ASSERT_PTR_NULL(lc_canonical(LC_INT, "[1]", NULL));
	s = lc_canonical(LC_LIST, "[1]", NULL);
	CU_ASSERT(streq(s, "[1]"));
	free(s);
}

static void test_free_null(void)
{
	lc_tree_free(NULL);
	lc_list_free(NULL);
	lc_int_matrix_free(NULL, 3, NULL);
	lc_string_array_free(NULL, 3);
	lc_tree_array_free(NULL, 3);
	CU_PASS("freeing NULL is a no-op");
}

/* Linear time: 10^5-node values must take milliseconds, so a generous
 * bound still catches any quadratic step (10^10 operations). */
static void test_speed(void)
{
	char *left = chain_text(BIG, true), *right = chain_text(BIG, false);
	clock_t start = clock();
	for (int round = 0; round < 2; round++) {
		char *a = lc_canonical(LC_TREE, left, NULL), *b = lc_canonical(LC_TREE, right, NULL);
		CU_ASSERT(streq(a, left) && streq(b, right));
		free(a);
		free(b);
	}
	double secs = (double)(clock() - start) / CLOCKS_PER_SEC;
	CHECK(secs < 10.0, "4 round trips of 10^5-node chains took %.3f s", secs);
	free(left);
	free(right);
}

/* ------------------------------------------------------------ out of memory
 * In a child process, the address space is capped just above what is in
 * use; then values that need more memory must fail cleanly.  Skipped under
 * ASan and valgrind, whose allocators cannot run under such a cap. */

struct oom_report {
	int parse_rc;
	size_t parse_pos;
	char parse_msg[160];
	int print_null;
	int tree_null;
	enum lc_shape tree_shape;
	int canon_null;
	char canon_msg[160];
};

static bool oom_skipped(void)
{
#if defined(UNDER_ASAN)
	return true;
#elif defined(RUNNING_ON_VALGRIND)
	return RUNNING_ON_VALGRIND != 0;
#else
	return false;
#endif
}

/* Caps the address space `spare` bytes above the current size. */
static int cap_memory(size_t spare)
{
	long pages = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (!f)
		return -1;
	int ok = fscanf(f, "%ld", &pages) == 1;
	fclose(f);
	if (!ok)
		return -1;
	struct rlimit rl;
	rl.rlim_cur = rl.rlim_max = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + spare;
	return setrlimit(RLIMIT_AS, &rl);
}

static void oom_child(int fd)
{
	struct oom_report r;
	memset(&r, 0, sizeof r);
	const int n = 4 * 1000 * 1000;
	char *text = malloc((size_t)n * 2 + 2);
	int *ints = malloc((size_t)n * sizeof *ints);
	struct lc_tree *chain = NULL;
	for (int k = 0; k < BIG * 2; k++)
		chain = node(k, NULL, chain);
	if (!text || !ints || !chain)
		_exit(3);
	text[0] = '[';
	for (int k = 0; k < n; k++) {
		text[1 + 2 * k] = '0';
		text[2 + 2 * k] = k + 1 < n ? ',' : ']';
		ints[k] = k;
	}
	text[2 * n + 1] = '\0';
	if (cap_memory(1 << 20))
		_exit(4);
	struct lc_error err;
	int *a = NULL, m = 0;
	r.parse_rc = lc_parse_int_array(text, &a, &m, &err);
	r.parse_pos = err.pos;
	memcpy(r.parse_msg, err.msg, sizeof r.parse_msg);
	char *s = lc_print_int_array(ints, n);
	r.print_null = s == NULL;
	s = lc_print_tree(chain, SIZE_MAX, &r.tree_shape);
	r.tree_null = s == NULL;
	s = lc_canonical(LC_INT_ARRAY, text, &err);
	r.canon_null = s == NULL;
	memcpy(r.canon_msg, err.msg, sizeof r.canon_msg);
	_exit(write(fd, &r, sizeof r) == (ssize_t)sizeof r ? 0 : 5);
}

static void test_out_of_memory(void)
{
	if (oom_skipped()) {
		CU_PASS("skipped: ASan or valgrind cannot run under an address-space cap");
		return;
	}
	int fds[2];
	CU_ASSERT_EQUAL_FATAL(pipe(fds), 0);
	pid_t pid = fork();
	CU_ASSERT_FATAL(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		oom_child(fds[1]);
	}
	close(fds[1]);
	struct oom_report r;
	ssize_t got = read(fds[0], &r, sizeof r);
	close(fds[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	CU_ASSERT_FATAL(got == (ssize_t)sizeof r && WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CU_ASSERT_EQUAL(r.parse_rc, -1);
	CU_ASSERT(r.parse_pos > 0);   /* it failed while growing, part way in */
	CU_ASSERT_STRING_EQUAL(r.parse_msg, "out of memory");
	CU_ASSERT(r.print_null);
	CU_ASSERT(r.tree_null && r.tree_shape == LC_SHAPE_NOMEM);
	CU_ASSERT(r.canon_null);
	CU_ASSERT_STRING_EQUAL(r.canon_msg, "out of memory");
}

/* ---------------------------------------------------------- registration */

struct test_entry {
	const char *name;
	CU_TestFunc fn;
};

static void add_suite(const char *name, const struct test_entry *tests, size_t n)
{
	CU_pSuite suite = CU_add_suite(name, NULL, NULL);
	for (size_t k = 0; suite && k < n; k++)
		CU_add_test(suite, tests[k].name, tests[k].fn);
}

#define SUITE(name, ...)                                                    \
	do {                                                                \
		static const struct test_entry tests_[] = { __VA_ARGS__ };  \
		add_suite(name, tests_, sizeof tests_ / sizeof tests_[0]);  \
	} while (0)
#define T(fn) { #fn, fn }

void register_format_tests(void)
{
	SUITE("format_types", T(test_type_names), T(test_type_unknown));
	SUITE("format_scalars", T(test_int_values), T(test_int_print), T(test_int_errors), T(test_bool));
	SUITE("format_strings", T(test_string_escapes), T(test_string_print),
	      T(test_string_all_bytes), T(test_string_long_runs), T(test_string_errors));
	SUITE("format_arrays", T(test_int_array_values), T(test_int_array_print), T(test_int_array_big),
	      T(test_int_array_errors), T(test_int_matrix_values), T(test_int_matrix_print),
	      T(test_int_matrix_errors), T(test_string_array_values), T(test_string_array_print),
	      T(test_string_array_errors));
	SUITE("format_trees", T(test_tree_canonical), T(test_tree_structure), T(test_tree_print_built),
	      T(test_tree_left_chain), T(test_tree_right_chain), T(test_tree_zigzag_built),
	      T(test_tree_complete), T(test_tree_errors), T(test_tree_nodes));
	SUITE("format_lists", T(test_list_values), T(test_list_big), T(test_list_errors),
	      T(test_tree_array_values), T(test_tree_array_print), T(test_tree_array_errors));
	SUITE("format_shapes", T(test_tree_cycles), T(test_tree_diamond), T(test_tree_long_cycle),
	      T(test_list_cycles), T(test_tree_array_cycles), T(test_max_nodes), T(test_shape_messages));
	SUITE("format_misc", T(test_canonical_idempotent), T(test_canonical_unknown_type),
	      T(test_free_null), T(test_speed), T(test_out_of_memory));
}
