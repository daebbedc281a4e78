/*
 * test_fixtures.c - end-to-end tests of `judge run`: every fixture solution
 * under tests/fixtures/{verdicts,compat} states its problem and expected
 * verdict in its first lines; this runs the real CLI on it and checks the
 * verdict, the detail, the exit status, the time taken, that the JSON is
 * valid, and that no process is left behind.  Also every problem's
 * reference solution must be Accepted, and --isolate must agree.
 *
 *     test_fixtures JUDGE SOURCE_DIR
 *
 * Run it inside a PID namespace (tests/run_in_pidns.sh): hostile fixtures
 * are meant to be contained by the judge, and this makes sure a regression
 * cannot reach the machine.
 */
#define _GNU_SOURCE
#include <CUnit/Basic.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A judge run may take: compile (< 30 s limit) + cases; nothing may hang it. */
#define RUN_DEADLINE_S 120

static const char *judge_bin, *src_dir;

struct outcome {
	int status;        /* exit status, or 128+signal */
	char *out;         /* stdout */
	double seconds;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run the judge with a deadline; stdout captured, stderr to /dev/null. */
static int run_judge(char *const argv[], struct outcome *o)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	double t0 = now_s();
	pid_t pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 2);
		close(p[0]);
		execv(judge_bin, argv);
		_exit(127);
	}
	close(p[1]);
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	for (;;) {
		struct pollfd pf = { p[0], POLLIN, 0 };
		int left = (int)((t0 + RUN_DEADLINE_S - now_s()) * 1000);
		if (left <= 0 || poll(&pf, 1, left) <= 0) {
			kill(pid, SIGKILL);
			break;
		}
		if (len + 65536 > cap)
			buf = realloc(buf, cap *= 2);
		ssize_t n = read(p[0], buf + len, cap - len - 1);
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	o->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	o->out = buf;
	o->seconds = now_s() - t0;
	return 0;
}

/* Processes the judge left: we are a subreaper, so they would be ours. */
static int leftover_children(void)
{
	int n = 0;
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;   /* reap what already ended */
	if (waitpid(-1, NULL, WNOHANG) == 0)
		n = 1;   /* a child exists and is still running */
	return n;
}

struct fixture {
	char problem[128];
	char expect[16];
	char detail[128];
	char out_has[64];     /* "// stdout: X": the case's stdout shown holds X */
	char out_lacks[64];   /* "// stdout-lacks: X": ...and never X */
};

static void rstrip(char *s)
{
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
}

static bool read_header(const char *path, struct fixture *f)
{
	FILE *fp = fopen(path, "r");
	char line[512];
	memset(f, 0, sizeof *f);
	for (int i = 0; fp && i < 8 && fgets(line, sizeof line, fp); i++) {
		rstrip(line);
		if (!strncmp(line, "// stdout: ", 11))
			snprintf(f->out_has, sizeof f->out_has, "%.63s", line + 11);
		if (!strncmp(line, "// stdout-lacks: ", 17))
			snprintf(f->out_lacks, sizeof f->out_lacks, "%.63s", line + 17);
		if (!strncmp(line, "// problem:", 11))
			sscanf(line + 11, " %127s", f->problem);
		if (!strncmp(line, "// expect:", 10)) {
			sscanf(line + 10, " %15s", f->expect);
			char *d = strstr(line, "detail:");
			if (d)
				snprintf(f->detail, sizeof f->detail, "%s", d + 8);
		}
	}
	if (fp)
		fclose(fp);
	return f->problem[0] && f->expect[0];
}

static char failures[1 << 14];

static void note_failure(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note_failure(const char *fmt, ...)
{
	va_list ap;
	size_t used = strlen(failures);
	va_start(ap, fmt);
	vsnprintf(failures + used, sizeof failures - used, fmt, ap);
	va_end(ap);
}

/* One fixture: returns true when everything about its run is as stated. */
static bool check_fixture(const char *path, const struct fixture *f, bool isolate)
{
	char *argv[] = { "judge", "run", (char *)f->problem, "--file", (char *)path, "--json",
			 isolate ? "--isolate" : NULL, NULL };
	struct outcome o;
	if (run_judge(argv, &o) < 0)
		return false;
	bool ok = true;
	json_error_t jerr;
	json_t *j = json_loads(o.out, 0, &jerr);
	const char *v = j ? json_string_value(json_object_get(j, "verdict")) : NULL;
	const char *detail = j ? json_string_value(json_object_get(j, "detail")) : NULL;
	json_t *fc = j ? json_object_get(j, "failed_case") : NULL;
	const char *shown = fc ? json_string_value(json_object_get(fc, "stdout")) : NULL;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	if (!v) {
		note_failure("  %s: no valid JSON (exit %d, %.1f s): %.200s\n", base, o.status, o.seconds, o.out);
		ok = false;
	} else if (!strcmp(f->expect, "NOT_AC") ? !strcmp(v, "AC") : strcmp(v, f->expect)) {
		note_failure("  %s: expected %s, got %s (%s)\n", base, f->expect, v, detail ? detail : "");
		ok = false;
	} else if (f->detail[0] && (!detail || !strcasestr(detail, f->detail))) {
		note_failure("  %s: detail '%s' lacks '%s'\n", base, detail ? detail : "", f->detail);
		ok = false;
	}
	if (v && f->out_has[0] && (!shown || !strstr(shown, f->out_has))) {
		note_failure("  %s: stdout shown '%.80s' lacks '%s'\n", base, shown ? shown : "", f->out_has);
		ok = false;
	}
	if (v && f->out_lacks[0] && shown && strstr(shown, f->out_lacks)) {
		note_failure("  %s: stdout shown '%.80s' holds another case's '%s'\n", base, shown,
			     f->out_lacks);
		ok = false;
	}
	if (v && o.status != (strcmp(v, "AC") ? 1 : 0)) {
		note_failure("  %s: exit status %d for %s\n", base, o.status, v);
		ok = false;
	}
	if (leftover_children()) {
		note_failure("  %s: processes left behind\n", base);
		ok = false;
	}
	json_decref(j);
	free(o.out);
	return ok;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void run_dir(const char *sub, bool isolate)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/tests/fixtures/%s", src_dir, sub);
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	CU_ASSERT_FATAL(n > 0);
	int checked = 0;
	failures[0] = '\0';
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names[i]->d_name);
		char path[8192];
		struct fixture f;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
		if (len > 2 && !strcmp(names[i]->d_name + len - 2, ".c") && read_header(path, &f)) {
			/* --isolate: only the ones whose verdict does not depend on shared state */
			if (!isolate || !strstr(names[i]->d_name, "state_between")) {
				CU_ASSERT(check_fixture(path, &f, isolate));
				checked++;
			}
		}
		free(names[i]);
	}
	free(names);
	if (failures[0])
		printf("\n%s", failures);
	CU_ASSERT(checked >= 10);
}

static void test_verdict_fixtures(void) { run_dir("verdicts", false); }
static void test_compat_fixtures(void) { run_dir("compat", false); }

static void test_references(void)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/problems", src_dir);
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	int checked = 0;
	failures[0] = '\0';
	for (int i = 0; i < n; i++) {
		struct fixture f = { .expect = "AC" };
		char path[8192];
		snprintf(f.problem, sizeof f.problem, "%.127s", names[i]->d_name);
		snprintf(path, sizeof path, "%s/%s/reference.c", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && access(path, R_OK) == 0) {
			CU_ASSERT(check_fixture(path, &f, false));
			CU_ASSERT(check_fixture(path, &f, true));
			checked++;
		}
		free(names[i]);
	}
	free(names);
	if (failures[0])
		printf("\n%s", failures);
	CU_ASSERT(checked >= 3);
}

/* State kept between calls fails in the one-process run, as on LeetCode,
 * and passes when each case runs alone. */
static void test_isolate_hides_state(void)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/fixtures/verdicts/wa_state_between_calls.c", src_dir);
	struct fixture f = { .problem = "invert-binary-tree", .expect = "WA" };
	failures[0] = '\0';
	CU_ASSERT(check_fixture(path, &f, false));
	snprintf(f.expect, sizeof f.expect, "AC");
	CU_ASSERT(check_fixture(path, &f, true));
	if (failures[0])
		printf("\n%s", failures);
}

/* Where the kernel refuses namespaces (JUDGE_NAMESPACES=off acts so), the
 * filter and the limits still contain the solution. */
static void test_without_namespaces(void)
{
	static const char *const fixtures[] = {
		"verdicts/ac.c", "verdicts/re_forbidden_open.c", "verdicts/re_forbidden_socket.c",
		"verdicts/re_forbidden_fork.c", "verdicts/re_abort.c", "verdicts/tle_sleep.c",
		"verdicts/mle_malloc_checked.c", "compat/226_own_struct_main.c",
	};
	setenv("JUDGE_NAMESPACES", "off", 1);
	failures[0] = '\0';
	for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
		char path[4096];
		struct fixture f;
		snprintf(path, sizeof path, "%s/tests/fixtures/%s", src_dir, fixtures[i]);
		CU_ASSERT_FATAL(read_header(path, &f));
		CU_ASSERT(check_fixture(path, &f, false));
	}
	unsetenv("JUDGE_NAMESPACES");
	if (failures[0])
		printf("\n%s", failures);
}

/* Usage errors: exit 2 and a message, never a verdict. */
static void test_usage_errors(void)
{
	char *cases[][6] = {
		{ "judge", "run", NULL },
		{ "judge", "run", "no-such-problem", NULL },
		{ "judge", "run", "226", "--bogus", NULL },
		{ "judge", "run", "226", "--file", "/nonexistent/x.c", NULL },
		{ "judge", "run", "226", "--file", "/tmp", NULL },
		{ "judge", "frobnicate", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct outcome o;
		CU_ASSERT_EQUAL_FATAL(run_judge(cases[i], &o), 0);
		CU_ASSERT_EQUAL(o.status, 2);
		free(o.out);
	}
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s JUDGE SOURCE_DIR\n", argv[0]);
		return 2;
	}
	judge_bin = argv[1];
	src_dir = argv[2];
	if (chdir(src_dir) < 0)
		return 2;
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	CU_initialize_registry();
	CU_pSuite s = CU_add_suite("e2e", NULL, NULL);
	CU_add_test(s, "usage errors", test_usage_errors);
	CU_add_test(s, "references are accepted", test_references);
	CU_add_test(s, "verdict fixtures", test_verdict_fixtures);
	CU_add_test(s, "compat fixtures", test_compat_fixtures);
	CU_add_test(s, "isolate hides state", test_isolate_hides_state);
	CU_add_test(s, "without namespaces", test_without_namespaces);
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	int failed = CU_get_number_of_tests_failed() || CU_get_number_of_failures() ||
		     CU_get_number_of_suites_failed();
	CU_cleanup_registry();
	return failed ? 1 : 0;
}
