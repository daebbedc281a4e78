/*
 * test_junit.c - unit tests of judge/report/junit.c: the XML escaper (every
 * byte a solution can print must come out as valid XML 1.0, nothing lost
 * silently) and the JUnit document made from a grade report.
 */
#include "cu_tests.h"

#include "junit.h"

#include <CUnit/CUnit.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void expect_escape(const char *in, size_t len, bool attr, const char *want)
{
	char *got = rep_junit_escape(in, len, attr);
	CU_ASSERT_PTR_NOT_NULL_FATAL(got);
	CU_ASSERT_STRING_EQUAL(got, want);
	free(got);
}

static void test_markup(void)
{
	expect_escape("a<b>&\"c'", 8, false, "a&lt;b&gt;&amp;&quot;c&apos;");
	expect_escape("&amp;", 5, false, "&amp;amp;");   /* already escaped text is text */
	expect_escape("]]>", 3, false, "]]&gt;");
	expect_escape("", 0, false, "");
}

static void test_whitespace(void)
{
	expect_escape("a\tb\nc\rd", 7, false, "a\tb\nc\rd");
	/* in an attribute a parser would turn them into spaces: keep them */
	expect_escape("a\tb\nc\rd", 7, true, "a&#9;b&#10;c&#13;d");
}

static void test_control_bytes(void)
{
	expect_escape("a\0b", 3, false, "a\\x00b");      /* NUL is not allowed anywhere */
	expect_escape("\x1b[31mred", 8, false, "\\x1b[31mred");
	expect_escape("\x01\x08\x0b\x0c\x1f\x7f", 6, false, "\\x01\\x08\\x0b\\x0c\\x1f\\x7f");
}

static void test_utf8(void)
{
	expect_escape("caf\xc3\xa9 \xe6\xa0\x91 \xf0\x9f\x8c\xb3", 14, false,
		      "caf\xc3\xa9 \xe6\xa0\x91 \xf0\x9f\x8c\xb3");
	expect_escape("\xff\xfe", 2, false, "\\xff\\xfe");            /* not UTF-8 */
	expect_escape("\xc3", 1, false, "\\xc3");                     /* cut sequence */
	expect_escape("\xc0\xaf", 2, false, "\\xc0\\xaf");            /* overlong '/' */
	expect_escape("\xed\xa0\x80", 3, false, "\\xed\\xa0\\x80");   /* a UTF-16 surrogate */
	expect_escape("\xef\xbf\xbe\xef\xbf\xbf", 6, false, "\\uFFFE\\uFFFF"); /* XML non-characters */
	expect_escape("\xef\xbf\xbd", 3, false, "\xef\xbf\xbd");      /* U+FFFD itself is fine */
}

static json_t *report(void)
{
	json_error_t e;
	json_t *r = json_loads(
		"{\"submitters\": [\"a<b\", \"z\"],"
		" \"submissions\": ["
		"  {\"submitter\": \"a<b\", \"problem\": \"invert-binary-tree\", \"id\": 226, \"file\": \"x/a.c\","
		"   \"verdict\": \"WA\", \"wall_ms\": 1500, \"stderr\": \"\","
		"   \"result\": {\"detail\": \"wrong \\\"answer\\\"\", \"passed\": 1, \"total\": 3,"
		"     \"failed_case\": {\"index\": 1, \"name\": \"c2\", \"input\": \"root = [1]\","
		"       \"expected\": \"[1]\", \"actual\": \"[2]\", \"stdout\": \"\\u0001<x>\"}}},"
		"  {\"submitter\": \"z\", \"problem\": \"invert-binary-tree\", \"id\": 226, \"file\": \"z/i.c\","
		"   \"verdict\": \"IE\", \"wall_ms\": 10, \"stderr\": \"boom\","
		"   \"result\": {\"detail\": \"the judge was killed by signal 9\"}}],"
		" \"missing\": [{\"submitter\": \"z\", \"problem\": \"path-sum\", \"id\": 112}],"
		" \"unknown\": [{\"submitter\": null, \"file\": \"x/README\", \"reason\": \"r\"}]}", 0, &e);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r);
	return r;
}

static void test_document(void)
{
	json_t *r = report();
	char *x = rep_junit_xml(r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(x);
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "<testsuites name=\"judge grade\" tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"1\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "<testsuite name=\"a&lt;b\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1.500\">"));
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "<failure message=\"WA: wrong &quot;answer&quot;\" type=\"WA\">"));
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "actual: [2]\nstdout:\n\\x01&lt;x&gt;</failure>"));
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "<error message=\"IE: the judge was killed by signal 9\" type=\"IE\">"));
	/* the missing 112 comes before 226: testcases in problem order */
	char *skip = strstr(x, "name=\"112. path-sum\""), *ie = strstr(x, "name=\"226. invert-binary-tree\" time=\"0.010\"");
	CU_ASSERT_TRUE(skip && ie && skip < ie);
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "<skipped message=\"no solution submitted\"/>"));
	CU_ASSERT_PTR_NOT_NULL(strstr(x, "unknown file x/README: r"));
	free(x);
	json_decref(r);
}

static void test_not_a_report(void)
{
	json_t *r = json_pack("{s:[]}", "submitters");
	CU_ASSERT_PTR_NULL(rep_junit_xml(r));
	json_decref(r);
}

void register_junit_tests(void)
{
	CU_pSuite s = CU_add_suite("junit", NULL, NULL);
	CU_add_test(s, "markup characters become entities", test_markup);
	CU_add_test(s, "tab, newline, CR kept (references in attributes)", test_whitespace);
	CU_add_test(s, "control bytes become \\xNN", test_control_bytes);
	CU_add_test(s, "UTF-8 kept, malformed bytes and non-characters shown", test_utf8);
	CU_add_test(s, "a report becomes suites, cases, failures, errors, skips", test_document);
	CU_add_test(s, "a JSON that is not a report is refused", test_not_a_report);
}
