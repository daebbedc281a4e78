/*
 * watch.h - judge run --watch: judge again on every save of a file.
 */
#ifndef CLI_WATCH_H
#define CLI_WATCH_H

#include <stdio.h>

/* Call judge(ctx) now and again after every save of path (inotify on its
 * folder, so editors that write a new file and rename it are seen; bursts
 * of events within WATCH_DEBOUNCE_MS are one save).  On a terminal the
 * screen is cleared before each judgement; msg gets a one-line header.
 * Runs until SIGINT or SIGTERM: then 0.  -1 when the folder cannot be
 * watched (message printed). */
#define WATCH_DEBOUNCE_MS 100
int cli_watch(const char *path, FILE *msg, int (*judge)(void *ctx), void *ctx);

#endif
