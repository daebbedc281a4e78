/*
 * cu_main.c - runs the CUnit unit tests.
 *
 *     test_unit            run every suite
 *     test_unit SUITE      run only the suite named SUITE
 *
 * Exits 1 when anything failed.  CU_basic_run_tests itself returns 0 even
 * when assertions fail (its code only reports framework errors), so the
 * failure counts are checked explicitly.
 */
#include "cu_tests.h"

#include <CUnit/Basic.h>
#include <stdio.h>

/* Every test module's registration function; add new modules here. */
static void (*const registrars[])(void) = {
	register_format_tests,
	register_engine_tests,
	register_checker_tests,
	register_history_tests,
	register_junit_tests,
	register_picture_tests,
	register_fastlink_tests,
};

static int run(const char *only)
{
	if (!only)
		return CU_basic_run_tests() == CUE_SUCCESS ? 0 : 1;
	CU_pSuite suite = CU_get_suite(only);
	if (!suite) {
		fprintf(stderr, "test_unit: no suite named '%s'\n", only);
		return 1;
	}
	return CU_basic_run_suite(suite) == CUE_SUCCESS ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc > 2) {
		fprintf(stderr, "usage: %s [SUITE]\n", argv[0]);
		return 2;
	}
	if (CU_initialize_registry() != CUE_SUCCESS) {
		fprintf(stderr, "test_unit: %s\n", CU_get_error_msg());
		return 1;
	}
	for (size_t k = 0; k < sizeof registrars / sizeof registrars[0]; k++)
		registrars[k]();
	if (CU_get_error() != CUE_SUCCESS) {   /* a suite or test could not be added */
		fprintf(stderr, "test_unit: %s\n", CU_get_error_msg());
		CU_cleanup_registry();
		return 1;
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	int rc = run(argc > 1 ? argv[1] : NULL);
	if (CU_get_number_of_tests_failed() || CU_get_number_of_suites_failed() ||
	    CU_get_number_of_failures())
		rc = 1;
	CU_cleanup_registry();
	return rc;
}
