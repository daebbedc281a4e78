/*
 * commands.h - one cmd_<name>(argc, argv) per subcommand (git's builtin
 * table).  Adding a command: write cmd_<name>.c with its --help text,
 * declare it here, add a row to the table in main.c, add it to
 * judge/CMakeLists.txt.  Each returns the process exit status:
 * 0 success / Accepted, 1 a verdict other than Accepted, 2 usage or setup error.
 */
#ifndef CLI_COMMANDS_H
#define CLI_COMMANDS_H

int cmd_run(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_grade(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_flag(int argc, char **argv);
int cmd_unflag(int argc, char **argv);
int cmd_redo(int argc, char **argv);
int cmd_stats(int argc, char **argv);

/* Shared by the commands: print usage text to stdout for --help. */
int cli_help(const char *text);
/* Report an unknown option or missing argument and return 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* LeetCode's template for a problem (what 'judge new' writes); malloc'd.
 * Shared with 'judge redo start'. */
struct problem;
char *cli_template_for(const struct problem *p);

#endif
