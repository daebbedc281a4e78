/*
 * proc.c - run a trusted helper with a deadline (see proc.h).
 */
#define _GNU_SOURCE
#include "proc.h"

#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void child(char *const argv[], const char *out_path, int errfd)
{
	setpgid(0, 0);
	int in = open("/dev/null", O_RDONLY);
	if (in >= 0)
		dup2(in, 0);
	if (out_path) {
		int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (out < 0)
			_exit(126);
		dup2(out, 1);
	} else {
		dup2(errfd, 1);
	}
	dup2(errfd, 2);
	execvp(argv[0], argv);
	_exit(127);
}

int ju_read_capped(int fd, struct ju_buf *out, size_t max, uint64_t deadline_us)
{
	for (;;) {
		uint64_t now = ju_now_us();
		if (now >= deadline_us)
			return -1;
		struct pollfd p = { fd, POLLIN, 0 };
		int rc = poll(&p, 1, (int)((deadline_us - now) / 1000) + 1);
		if (rc <= 0)
			continue;   /* EINTR or the timeout: the loop checks the deadline */
		char chunk[8192];
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		if (out->len < max)
			ju_buf_add(out, chunk, (size_t)n < max - out->len ? (size_t)n : max - out->len);
	}
}

int ju_proc_run(char *const argv[], const char *out_path, unsigned timeout_ms,
		size_t max_output, struct ju_proc_result *res)
{
	int pfd[2];
	memset(res, 0, sizeof *res);
	if (pipe2(pfd, O_CLOEXEC) < 0)
		return ju_error("cannot create a pipe:");
	pid_t pid = fork();
	if (pid < 0) {
		close(pfd[0]);
		close(pfd[1]);
		return ju_error("cannot fork:");
	}
	if (pid == 0)
		child(argv, out_path, pfd[1]);
	close(pfd[1]);
	setpgid(pid, pid);

	struct ju_buf out = JU_BUF_INIT;
	uint64_t deadline = ju_now_us() + (uint64_t)timeout_ms * 1000;
	if (ju_read_capped(pfd[0], &out, max_output, deadline) < 0) {
		res->timed_out = 1;
		kill(-pid, SIGKILL);
	}
	close(pfd[0]);
	int status = 0;
	/* EOF on the pipe does not mean the helper ended: keep the deadline */
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (ju_now_us() >= deadline) {
			res->timed_out = 1;
			kill(-pid, SIGKILL);
			waitpid(pid, &status, 0);
			break;
		}
		usleep(1000);
	}
	kill(-pid, SIGKILL);   /* nothing of a helper outlives it */
	res->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	res->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	res->output = ju_buf_detach(&out, &res->output_len);
	return 0;
}
