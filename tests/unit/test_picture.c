/*
 * test_picture.c - judge/report/picture.c: trees, lists and arrays drawn
 * with the first difference marked, the summary of large trees, ASCII and
 * box-drawing, colour on and off.
 *
 * With JUDGE_TEST_SHOW=1 in the environment every picture is printed too.
 */
#include "cu_tests.h"

#include "picture.h"
#include "util.h"

#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct pic_style plain = { .mark = true, .width = 100 };

static char *draw(enum lc_type t, const char *e, const char *a, const struct pic_style *st)
{
	char *s = pic_answers(t, e, a, st);
	const char *show = getenv("JUDGE_TEST_SHOW");
	if (s && show && *show)
		printf("\n%s", s);
	return s;
}

static int count(const char *s, const char *what)
{
	int n = 0;
	for (const char *p = s; (p = strstr(p, what)); p += strlen(what))
		n++;
	return n;
}

/* The line of s holding needle (a static buffer, overwritten by the next
 * call); "" when none, so strstr on it fails. */
static char *line_with(const char *s, const char *needle)
{
	static char line[512];
	const char *p = strstr(s, needle);
	line[0] = '\0';
	if (!p)
		return line;
	while (p > s && p[-1] != '\n')
		p--;
	const char *e = strchr(p, '\n');
	size_t n = e ? (size_t)(e - p) : strlen(p);
	snprintf(line, sizeof line, "%.*s", (int)n, p);
	return line;
}

static void test_tree_marked(void)
{
	char *s = draw(LC_TREE, "[4,7,2,9,6,3,1]", "[4,7,2,9,5,3,1]", &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "expected"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "actual"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "first difference (level order): root.left.right: expected 6, actual 5"));
	/* side by side: the two marked nodes share one line */
	CU_ASSERT_PTR_NOT_NULL(strstr(line_with(s, "6 <--"), "5 <--"));
	CU_ASSERT_EQUAL(count(s, "<--"), 2);
	CU_ASSERT_PTR_NULL(strchr(s, '\033'));
	free(s);
}

static void test_tree_missing_node(void)
{
	/* the difference is an absent node: its empty slot is drawn and marked */
	char *s = draw(LC_TREE, "[2,1,3]", "[2,1]", &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "root.right: expected 3, actual null (no node)"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "null <--"));
	free(s);
	/* a lone right child keeps its side: the left slot says null */
	s = draw(LC_TREE, "[1,null,2]", "[1,null,2]", &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "|- null"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "`- 2"));
	CU_ASSERT_PTR_NULL(strstr(s, "first difference"));
	free(s);
	s = draw(LC_TREE, "[]", "[1]", &plain);
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "root: expected null (no node), actual 1"));
	free(s);
}

static void test_tree_unicode(void)
{
	struct pic_style st = plain;
	st.unicode = true;
	char *s = draw(LC_TREE, "[4,2,7,1,3,6,9]", "[4,2,7,1,3,6,8]", &st);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "\u251c\u2500 2"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "\u2514\u2500 9 \u25c0"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "root.right.right"));
	/* columns line up although box-drawing takes 3 bytes a column */
	const char *l1 = line_with(s, "\u2514\u2500 9");
	CU_ASSERT_PTR_NOT_NULL(strstr(l1, "\u2514\u2500 8"));
	free(s);
}

static void test_tree_summary(void)
{
	/* 63 nodes: a complete tree of 6 levels; 31 nodes = 5 levels drawn */
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_adds(&b, "[");
	for (int i = 1; i <= 63; i++)
		ju_buf_addf(&b, "%s%d", i > 1 ? "," : "", i);
	ju_buf_adds(&b, "]");
	char *e = ju_buf_detach(&b, NULL);
	char *a = ju_strdup(e);
	memcpy(strstr(a, ",50,"), ",99,", 4);
	char *s = draw(LC_TREE, e, a, &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "(63 nodes in 6 levels; 5 drawn)"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "16 (+2 below)"));
	CU_ASSERT_PTR_NULL(strstr(s, " 32\n"));    /* level 6 is not drawn */
	/* the difference is below the levels drawn: its path still says where */
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "expected 50, actual 99"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "root.right.left.left.right.left"));
	CU_ASSERT(count(s, "\n") < 40);
	free(s);
	/* a chain of 1000 nodes: the first levels drawn, the rest counted */
	b = (struct ju_buf)JU_BUF_INIT;
	ju_buf_adds(&b, "[0");
	for (int i = 1; i < 1000; i++)
		ju_buf_addf(&b, ",null,%d", i);
	ju_buf_adds(&b, "]");
	free(e);
	e = ju_buf_detach(&b, NULL);
	s = draw(LC_TREE, e, "[0]", &plain);
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "9 (+990 below)"));
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "(1000 nodes in 1000 levels; 10 drawn)"));
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "root.right: expected 1, actual null"));
	free(s);
	free(e);
	free(a);
}

static void test_list(void)
{
	char *s = draw(LC_LIST, "[5,4,3,2,1]", "[5,4,30,2,1]", &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	/* columns: the shorter value is padded to the longer one's width */
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "5 -> 4 -> 3  -> 2 -> 1"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "5 -> 4 -> 30 -> 2 -> 1"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "^ first difference: node 2: expected 3, actual 30"));
	/* the caret stands under the differing value */
	char *row = ju_strdup(line_with(s, "30 ->"));
	const char *caret = line_with(s, "^ first");
	CU_ASSERT_EQUAL(strchr(caret, '^') - caret, strstr(row, "30") - row);
	free(row);
	free(s);
	s = draw(LC_LIST, "[1,2]", "[]", &plain);
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "(empty list)"));
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "node 0: expected 1, actual nothing (the list ends)"));
	free(s);
}

static void test_array(void)
{
	char *s = draw(LC_INT_ARRAY, "[1,2,3]", "[1,2,3,4]", &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "[1, 2, 3]"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "[1, 2, 3, 4]"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "index 3: expected nothing (the array ends), actual 4"));
	free(s);
	/* a long array: a window around the difference */
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_adds(&b, "[0");
	for (int i = 1; i < 200; i++)
		ju_buf_addf(&b, ",%d", i);
	ju_buf_adds(&b, "]");
	char *e = ju_buf_detach(&b, NULL);
	char *a = ju_strdup(e);
	memcpy(strstr(a, ",150,"), ",777,", 5);
	s = draw(LC_INT_ARRAY, e, a, &plain);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "[..., 145"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "(24 more)]"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "index 150: expected 150, actual 777"));
	free(s);
	free(e);
	free(a);
}

static void test_color(void)
{
	struct pic_style st = plain;
	st.color = true;
	char *s = draw(LC_TREE, "[1,2]", "[1,3]", &st);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "\033[1;32m2 <--\033[0m"));
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "\033[1;31m3 <--\033[0m"));
	free(s);
	s = draw(LC_LIST, "[1,2]", "[1,3]", &st);
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "\033[1;31m3\033[0m"));
	free(s);
	st.color = false;
	s = draw(LC_LIST, "[1,2]", "[1,3]", &st);
	CU_ASSERT_PTR_NOT_NULL(s && !strchr(s, '\033'));
	free(s);
}

static void test_no_mark_and_errors(void)
{
	struct pic_style st = plain;
	st.mark = false;
	st.expected_label = "one valid answer";
	char *s = draw(LC_TREE, "[0,-3,9,-10,null,5]", "[0,-10,5]", &st);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_PTR_NOT_NULL(strstr(s, "one valid answer"));
	CU_ASSERT_PTR_NULL(strstr(s, "<--"));
	CU_ASSERT_PTR_NULL(strstr(s, "first difference"));
	free(s);
	CU_ASSERT_PTR_NULL(pic_answers(LC_TREE, "[1,2]", "not a tree", &plain));
	CU_ASSERT_PTR_NULL(pic_answers(LC_INT, "1", "2", &plain));
	CU_ASSERT_PTR_NULL(pic_answers(LC_TREE, "[1]", NULL, &plain));
	/* narrow: one above the other */
	st = plain;
	st.width = 20;
	s = draw(LC_TREE, "[1,2,3,4,5,6,7]", "[1,2,3,4,5,6,8]", &st);
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "  expected\n"));
	CU_ASSERT_PTR_NOT_NULL(s && strstr(s, "  actual\n"));
	free(s);
}

void register_picture_tests(void)
{
	CU_pSuite s = CU_add_suite("picture", NULL, NULL);
	CU_add_test(s, "tree: first difference marked", test_tree_marked);
	CU_add_test(s, "tree: a missing node", test_tree_missing_node);
	CU_add_test(s, "tree: box-drawing", test_tree_unicode);
	CU_add_test(s, "tree: summary beyond 31 nodes", test_tree_summary);
	CU_add_test(s, "linked list", test_list);
	CU_add_test(s, "array and its window", test_array);
	CU_add_test(s, "colour on and off", test_color);
	CU_add_test(s, "checker answers, narrow, errors", test_no_mark_and_errors);
}
