/*
 * cmd_problems.c - judge list, judge show, judge new: the problem set as a
 * student browses it.
 */
#define _GNU_SOURCE
#include "commands.h"

#include "history.h"
#include "problem.h"
#include "util.h"
#include "workspace.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char list_help[] =
	"usage: judge list [--tag TAG] [--json]\n"
	"\n"
	"List the problems: LeetCode number, slug, difficulty, tags, and whether\n"
	"solutions/<slug>.c exists.\n"
	"With a practice history: solved / attempted, and the redo flag (box, due).\n"
	"\n"
	"  --tag TAG   only problems with this tag (construction, serialization,\n"
	"              recursion, bst, linked-list)\n"
	"  --json      a JSON array instead of a table\n";

static bool has_tag(const struct problem *p, const char *tag)
{
	char *copy = ju_strdup(p->tags), *save = NULL;
	bool found = false;
	for (char *t = strtok_r(copy, ", ", &save); t && !found; t = strtok_r(NULL, ", ", &save))
		found = !strcmp(t, tag);
	free(copy);
	return found;
}

int cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "tag", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *tag = NULL;
	bool json = false;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:h", opts, NULL)) != -1) {
		if (c == 't')
			tag = optarg;
		else if (c == 'j')
			json = true;
		else if (c == 'h')
			return cli_help(list_help);
		else
			return cli_usage_error("list", "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("list", "unexpected argument '%s'", argv[optind]);
	struct workspace ws = { 0 };
	struct problem **ps = NULL;
	int n = 0;
	if (ws_find(&ws) < 0 || prob_load_all(&ws, &ps, &n) < 0) {
		ws_release(&ws);
		return 2;
	}
	struct hist *h = NULL;   /* none yet: the status comes from solutions/ alone */
	int hist_rc = hist_open_ws(&ws, &h);   /* damaged: reported, listed without it, exit 2 */
	json_t *arr = json_array();
	for (int i = 0; i < n; i++) {
		const struct problem *p = ps[i];
		if (tag && !has_tag(p, tag))
			continue;
		char *sol = ju_asprintf("%s/%s.c", ws.solutions_dir, p->slug);
		const char *status = ju_is_file(sol) ? "started" : "new";
		free(sol);
		struct hist_status hs;
		char hlabel[96];
		if (h && hist_problem_status(h, p->slug, &hs) == 0 && (hs.attempts || hs.flagged)) {
			hist_status_label(&hs, hlabel, sizeof hlabel);
			status = hlabel;
		}
		if (json)
			json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s}", "id", p->id,
				"slug", p->slug, "title", p->title, "difficulty", p->difficulty,
				"tags", p->tags, "status", status));
		else
			printf("%5d  %-60s %-7s %-28s %s\n", p->id, p->slug, p->difficulty, p->tags, status);
	}
	if (json) {
		char *s = json_dumps(arr, JSON_INDENT(2));
		puts(s ? s : "[]");
		free(s);
	}
	json_decref(arr);
	hist_close(h);
	prob_free_all(ps, n);
	ws_release(&ws);
	if (hist_rc < 0)
		return 2;
	return 0;
}

static const char show_help[] =
	"usage: judge show <problem> [--lang en|zh]\n"
	"\n"
	"Print the problem's statement (with examples and constraints) and the C\n"
	"signature your solution must define.  --lang defaults to $JUDGE_LANG, then en.\n";

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *lang = getenv("JUDGE_LANG");
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "l:h", opts, NULL)) != -1) {
		if (c == 'l')
			lang = optarg;
		else if (c == 'h')
			return cli_help(show_help);
		else
			return cli_usage_error("show", "unknown option or missing value: '%s'", argv[optind - 1]);
	}
	if (!lang || !*lang)
		lang = "en";
	if (strcmp(lang, "en") && strcmp(lang, "zh"))
		return cli_usage_error("show", "--lang takes en or zh, not '%s'", lang);
	if (optind != argc - 1)
		return cli_usage_error("show", "give exactly one problem");
	struct workspace ws = { 0 };
	if (ws_find(&ws) < 0)
		return 2;
	struct problem *p = prob_resolve(&ws, argv[optind]);
	int status = 2;
	if (p) {
		char *path = ju_asprintf("%s/statement%s.md", p->dir, strcmp(lang, "zh") ? "" : ".zh");
		char *text = ju_read_file(path, NULL);
		if (text) {
			printf("%d. %s  [%s]  tags: %s\n\n%s\n", p->id, p->title, p->difficulty, p->tags, text);
			printf("Signature:\n  %s\n", p->signature);
			printf("Limits: %u ms per case, %u MB\n", p->time_limit_ms, p->memory_limit_mb);
			status = 0;
		}
		free(text);
		free(path);
	}
	prob_free(p);
	ws_release(&ws);
	return status;
}

static const char new_help[] =
	"usage: judge new <problem> [--force]\n"
	"\n"
	"Write solutions/<slug>.c from LeetCode's template: the struct in a comment,\n"
	"the signature, an empty body.  Refuses to overwrite an existing file\n"
	"unless --force is given.\n";

static char *template_for(const struct problem *p)
{
	struct ju_buf b = JU_BUF_INIT;
	bool tree = strstr(p->signature, "TreeNode") != NULL;
	bool list = strstr(p->signature, "ListNode") != NULL;
	if (list)
		ju_buf_adds(&b, "/**\n * Definition for singly-linked list.\n * struct ListNode {\n"
				" *     int val;\n *     struct ListNode *next;\n * };\n */\n");
	if (tree)
		ju_buf_adds(&b, "/**\n * Definition for a binary tree node.\n * struct TreeNode {\n"
				" *     int val;\n *     struct TreeNode *left;\n *     struct TreeNode *right;\n"
				" * };\n */\n");
	char *sig = ju_strdup(p->signature), *save = NULL;
	for (char *d = strtok_r(sig, ";", &save); d; d = strtok_r(NULL, ";", &save)) {
		while (*d == ' ')
			d++;
		ju_buf_addf(&b, "%s {\n    \n}\n\n", d);
	}
	free(sig);
	return ju_buf_detach(&b, NULL);
}

char *cli_template_for(const struct problem *p)
{
	return template_for(p);
}

int cmd_new(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool force = false;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "fh", opts, NULL)) != -1) {
		if (c == 'f')
			force = true;
		else if (c == 'h')
			return cli_help(new_help);
		else
			return cli_usage_error("new", "unknown option: '%s'", argv[optind - 1]);
	}
	if (optind != argc - 1)
		return cli_usage_error("new", "give exactly one problem");
	struct workspace ws = { 0 };
	if (ws_find(&ws) < 0)
		return 2;
	struct problem *p = prob_resolve(&ws, argv[optind]);
	int status = 2;
	if (p) {
		char *path = ju_asprintf("%s/%s.c", ws.solutions_dir, p->slug);
		char *shown = ws_display_path(path);
		if (ju_is_file(path) && !force) {
			ju_error("'%s' exists; pass --force to overwrite it", shown);
		} else if (ju_mkdirs(ws.solutions_dir, 0755) == 0) {
			char *t = template_for(p);
			if (ju_write_file_atomic(path, t, strlen(t)) == 0) {
				printf("wrote %s\n", shown);
				status = 0;
				/* a solve starts: the time to the first AC is measured from here */
				if (hist_record_new(&ws, p->slug) < 0)
					status = 2;
			}
			free(t);
		}
		free(path);
		free(shown);
	}
	prob_free(p);
	ws_release(&ws);
	return status;
}
