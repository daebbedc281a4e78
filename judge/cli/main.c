/*
 * main.c - the command table and dispatch; checks that stdout was written.
 */
#include "commands.h"

#include "util.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{ "run", cmd_run, "judge a solution: compile it and run every case in the sandbox" },
	{ "list", cmd_list, "list the problems" },
	{ "show", cmd_show, "show a problem's statement and signature" },
	{ "new", cmd_new, "write a solution template for a problem" },
	{ "check", cmd_check, "verify problems: cases, generator, reference, limits" },
	{ "grade", cmd_grade, "judge a folder of solutions (a class) in parallel: table, JSON, JUnit" },
	{ "history", cmd_history, "the recorded attempts, with the source of each" },
	{ "flag", cmd_flag, "flag a problem to redo from scratch" },
	{ "unflag", cmd_unflag, "take a problem off the redo schedule" },
	{ "redo", cmd_redo, "this week's redo list; 'redo start' begins a redo" },
	{ "stats", cmd_stats, "progress, streak and a 12-week practice calendar" },
};

static void usage(FILE *f)
{
	fprintf(f, "usage: judge <command> [options]\n\n"
		   "A local, sandboxed practice judge for LeetCode-style binary-tree problems in C.\n\n"
		   "commands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'judge <command> --help' describes a command.\n"
		   "exit status: 0 accepted/success, 1 another verdict, 2 usage or setup error\n");
}

int cli_help(const char *text)
{
	fputs(text, stdout);
	return 0;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "judge %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "; see 'judge %s --help'\n", cmd);
	va_end(ap);
	return 2;
}

/* A full disk or a closed pipe must not pass silently (git's run_builtin). */
static int finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "judge: cannot write to stdout: %s\n", strerror(errno));
		return status ? status : 2;
	}
	return status;
}

int main(int argc, char **argv)
{
	/* a solution that closes its end of a pipe must not kill the judge:
	 * writes fail with EPIPE instead, and every writer handles that */
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return finish(0);
	}
	if (!strcmp(argv[1], "--version")) {
		printf("judge 0.1.0\n");
		return finish(0);
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return finish(commands[i].fn(argc - 1, argv + 1));
	fprintf(stderr, "judge: unknown command '%s'; 'judge --help' lists them\n", argv[1]);
	return 2;
}
