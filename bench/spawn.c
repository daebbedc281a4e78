/*
 * spawn.c - the floor every sandbox is measured against: N times fork,
 * execve, wait4 of a program, stdout to /dev/null.  Prints the mean and
 * median in microseconds.  Optional fds: with CASES=path the file is
 * given as fd 3 and /dev/null as fd 4, so a judged solution binary can be
 * started bare (it reads no cases and exits).
 *
 *     spawn N PROGRAM [ARGS...]
 *     spawn N PROGRAM [ARGS...] --vs OTHER [ARGS...]
 *
 * With --vs the two commands run alternately, N times each, and the line
 * is "mean median" of each: "meanA medianA meanB medianB".  A shared
 * machine drifts; alternating puts both figures under the same drift.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* One fork+exec+wait of argv, in microseconds; -1 when it cannot run. */
static double once(char **argv, const char *cases)
{
	double t0 = now_us();
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 1);
		if (cases) {
			dup2(open(cases, O_RDONLY), 3);
			dup2(null, 4);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	int st;
	struct rusage ru;
	wait4(pid, &st, 0, &ru);
	double t = now_us() - t0;
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127) {   /* a failed exec is not a floor */
		fprintf(stderr, "spawn: cannot run %s\n", argv[0]);
		return -1;
	}
	return t;
}

static void report(double *t, int n)
{
	double sum = 0;
	for (int i = 0; i < n; i++)
		sum += t[i];
	qsort(t, (size_t)n, sizeof *t, cmp);
	printf("%.0f %.0f", sum / n, t[n / 2]);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: spawn N PROGRAM [ARGS...] [--vs OTHER [ARGS...]]\n");
		return 2;
	}
	int n = atoi(argv[1]);
	char **a = argv + 2, **b = NULL;
	for (int i = 2; i < argc; i++)
		if (!strcmp(argv[i], "--vs")) {
			argv[i] = NULL;
			b = argv + i + 1;
		}
	if (n < 1 || (b && !b[0])) {
		fprintf(stderr, "usage: spawn N PROGRAM [ARGS...] [--vs OTHER [ARGS...]]\n");
		return 2;
	}
	const char *cases = getenv("CASES");
	double *ta = calloc((size_t)n, sizeof *ta), *tb = calloc((size_t)n, sizeof *tb);
	for (int i = 0; i < n; i++) {
		if ((ta[i] = once(a, cases)) < 0 || (b && (tb[i] = once(b, cases)) < 0))
			return 2;
	}
	report(ta, n);
	if (b) {
		printf(" ");
		report(tb, n);
	}
	printf("\n");
	return 0;
}
