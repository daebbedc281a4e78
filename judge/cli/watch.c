/*
 * watch.c - judge run --watch (watch.h).
 *
 * The folder is watched, not the file: many editors save by writing a new
 * file and renaming it over the old one, which ends a watch on the file
 * itself.  Signals only set a flag: a judgement in progress finishes (its
 * children get the terminal's SIGINT themselves) and the loop then ends.
 */
#define _GNU_SOURCE
#include "watch.h"

#include "util.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* No SA_RESTART: poll() returns EINTR and the loop sees the flag.  Set even
 * where the shell ignored SIGINT (a background job), so kill -INT works. */
static void catch_signals(struct sigaction *old_int, struct sigaction *old_term)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, old_int);
	sigaction(SIGTERM, &sa, old_term);
}

/* True when the events in buf name base as written or renamed into place. */
static bool names_save(const char *buf, ssize_t n, const char *base)
{
	bool hit = false;
	for (const char *p = buf; p < buf + n;) {
		const struct inotify_event *e = (const struct inotify_event *)p;
		if (e->len && !strcmp(e->name, base) && (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)))
			hit = true;
		p += sizeof *e + e->len;
	}
	return hit;
}

/* 1 after a save and a quiet WATCH_DEBOUNCE_MS, 0 when stopped, -1 error. */
static int wait_for_save(int fd, const char *base)
{
	char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool saved = false;
	while (!stop) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int r = poll(&pfd, 1, saved ? WATCH_DEBOUNCE_MS : -1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return ju_error("cannot wait for changes:");
		if (r == 0)
			return 1;   /* saved, and quiet since */
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno != EINTR && errno != EAGAIN)
			return ju_error("cannot read file events:");
		if (n > 0 && names_save(buf, n, base))
			saved = true;
	}
	return 0;
}

static void header(FILE *msg, const char *path, bool again)
{
	char when[16];
	time_t now = time(NULL);
	strftime(when, sizeof when, "%H:%M:%S", localtime(&now));
	if (isatty(fileno(msg)))
		fputs("\033[H\033[2J", msg);   /* clear the screen: only the latest verdict stays */
	else if (again)
		fputc('\n', msg);
	fprintf(msg, "[%s] %s %s; watching for saves (Ctrl-C stops)\n", when,
		again ? "saved:" : "judging", path);
	fflush(msg);
}

int cli_watch(const char *path, FILE *msg, int (*judge)(void *ctx), void *ctx)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? ju_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : ju_strdup(".");
	const char *base = slash ? slash + 1 : path;
	struct sigaction old_int, old_term;
	int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	int rc = -1;
	if (fd < 0 || inotify_add_watch(fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
		ju_error("cannot watch '%s' for changes:", dir);
		goto cleanup;
	}
	stop = 0;
	catch_signals(&old_int, &old_term);
	bool again = false;
	do {
		header(msg, path, again);
		judge(ctx);
		fflush(stdout);
		again = true;
	} while (!stop && (rc = wait_for_save(fd, base)) == 1);
	if (rc >= 0 || stop)
		rc = 0;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
cleanup:
	if (fd >= 0)
		close(fd);
	free(dir);
	return rc;
}
