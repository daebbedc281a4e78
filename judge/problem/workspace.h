/*
 * workspace.h - where things live: the workspace is the folder holding
 * problems/; the data directory is $JUDGE_HOME or <workspace>/.judge.
 */
#ifndef PROB_WORKSPACE_H
#define PROB_WORKSPACE_H

struct workspace {
	char *root;          /* absolute */
	char *problems_dir;
	char *solutions_dir;
	char *data_dir;      /* created on demand by ws_data_subdir */
};

/* Search from $JUDGE_WORKSPACE, else from the current directory upwards, for
 * a folder that holds problems/.  -1 with a message when there is none. */
int ws_find(struct workspace *ws);
void ws_release(struct workspace *ws);
/* <data_dir>/<name>, created (mode 0700) if missing; malloc'd, NULL on error. */
char *ws_data_subdir(const struct workspace *ws, const char *name);
/* A path as the user would like to read it: relative to the current
 * directory when below it, else absolute.  malloc'd. */
char *ws_display_path(const char *abs_path);

#endif
