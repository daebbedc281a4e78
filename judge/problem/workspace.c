/*
 * workspace.c - finding the workspace and the data directory.
 */
#define _GNU_SOURCE
#include "workspace.h"

#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *absolute(const char *path)
{
	char *r = realpath(path, NULL);
	if (!r)
		ju_error("cannot resolve '%s':", path);
	return r;
}

int ws_find(struct workspace *ws)
{
	const char *env = getenv("JUDGE_WORKSPACE");
	char *dir = absolute(env && *env ? env : ".");
	if (!dir)
		return -1;
	char *start = ju_strdup(dir);
	for (;;) {
		char *probe = ju_path_join(dir, "problems");
		bool found = ju_is_dir(probe);
		free(probe);
		if (found)
			break;
		char *slash = strrchr(dir, '/');
		if (env && *env)
			slash = NULL;   /* an explicit workspace is not searched above */
		if (!slash || slash == dir) {
			ju_error("no problems/ folder in '%s' or above it; run judge inside the "
				 "workspace or set JUDGE_WORKSPACE", start);
			free(dir);
			free(start);
			return -1;
		}
		*slash = '\0';
	}
	free(start);
	ws->root = dir;
	ws->problems_dir = ju_path_join(dir, "problems");
	ws->solutions_dir = ju_path_join(dir, "solutions");
	const char *home = getenv("JUDGE_HOME");
	ws->data_dir = home && *home ? ju_strdup(home) : ju_path_join(dir, ".judge");
	return 0;
}

void ws_release(struct workspace *ws)
{
	free(ws->root);
	free(ws->problems_dir);
	free(ws->solutions_dir);
	free(ws->data_dir);
	ws->root = ws->problems_dir = ws->solutions_dir = ws->data_dir = NULL;
}

char *ws_data_subdir(const struct workspace *ws, const char *name)
{
	char *p = ju_path_join(ws->data_dir, name);
	if (ju_mkdirs(p, 0700) < 0) {
		free(p);
		return NULL;
	}
	return p;
}

char *ws_display_path(const char *abs_path)
{
	char cwd[PATH_MAX];
	if (abs_path[0] != '/' || !getcwd(cwd, sizeof cwd))
		return ju_strdup(abs_path);
	size_t n = strlen(cwd);
	if (!strncmp(abs_path, cwd, n) && abs_path[n] == '/')
		return ju_strdup(abs_path + n + 1);
	return ju_strdup(abs_path);
}
