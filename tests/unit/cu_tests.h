/*
 * cu_tests.h - the CUnit test modules linked into test_unit.
 *
 * Each module defines one register_*_tests function that adds its suites to
 * the already initialised CUnit registry (CU_add_suite / CU_add_test).
 * cu_main.c calls every function listed in its registrars[] table.
 */
#ifndef CU_TESTS_H
#define CU_TESTS_H

void register_format_tests(void);   /* test_format.c: judge/format/lc_value.c */
void register_engine_tests(void);
void register_checker_tests(void);  /* test_checker.c: judging kinds, constraints */   /* test_engine.c: source prep, text, problems, sandbox */
void register_junit_tests(void);    /* test_junit.c: judge/report/junit.c (XML escaping, JUnit) */
void register_history_tests(void);  /* test_history.c: judge/history (schedule, ISO weeks, SQLite) */
void register_picture_tests(void);  /* test_picture.c: judge/report/picture.c (answer pictures) */
void register_fastlink_tests(void); /* test_fastlink.c: judge/compile/fastlink.c (issue 7) */

#endif
