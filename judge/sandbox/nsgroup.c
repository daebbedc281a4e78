/*
 * nsgroup.c - the namespaces of a run, made once, and a spawner in them.
 *
 * Theory of operation.  sbx_nsgroup_new forks a short-lived helper that
 * clones the spawner straight into new PID, network, IPC, UTS and mount
 * namespaces (and, for a normal user, a user namespace mapping it to
 * root), as the judge's own child (CLONE_PARENT), and exits.  Making
 * namespaces costs ~0.6 ms in the process that clones: the helper pays it
 * on the other core while the judge loads the problem.  The spawner, pid 1
 * of its namespaces, hides the workspace under empty tmpfs mounts and says
 * "ready"; the first request waits for the word.  Then, for each program of the
 * run, the judge sends a request on a socket (limits, filter, argv and
 * envp, and the program's fds as SCM_RIGHTS); the spawner clones a child
 * that shares its memory until the exec (CLONE_VM | CLONE_VFORK, as
 * posix_spawn does), the child runs sandbox.c's setup steps (sbx_child)
 * and execs, and the spawner answers with a pidfd of it.  When the program
 * ends the spawner reaps it, kills whatever else is left in the namespace
 * (kill(-1) from pid 1: the next program of the run meets nothing of this
 * one), and reports the status and rusage (its ru_maxrss is the program's
 * peak memory).  No process joins namespaces, no relay forks, and no page
 * table is copied: a program costs a clone and its exec.
 *
 * Freeing the group kills the spawner; the kernel then ends everything in
 * its PID namespace, and the other namespaces with their last member.
 *
 * Requests, one at a time (a run starts a process after the last ended):
 *   judge -> spawner  struct wire_request, the filter, strings; fds
 *   helper -> judge   struct wire_reply CLONED (the spawner's pid), first
 *   spawner -> judge  struct wire_reply READY (once)
 *                     struct wire_reply STARTED + the program's pidfd
 *                     struct wire_reply ENDED (status, rusage)
 */
#define _GNU_SOURCE
#include "sandbox.h"
#include "sandbox_internal.h"

#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define WIRE_MAX (64u << 10)    /* one request: the filter is ~3 KB, strings < 1 KB */
#define WIRE_FDS 7              /* exec fd, error pipe, fds 0..4 */
#define READY_MS 10000          /* making namespaces takes ~1 ms; a loaded machine more */
#define REPLY_MS 5000           /* a clone and an exec */

struct sbx_nsgroup {
	int ns_errno;
	bool ready;          /* READY read (or no spawner) */
	bool mount_ns;       /* has a private mount table: sbx_nsgroup_workdir */
	pid_t helper;        /* the forked helper, until reaped */
	pid_t spawner;       /* 0 when none */
	int sock;            /* our end; -1 when none */
	int pidfd;           /* the spawner's */
};

enum reply_kind { REPLY_READY = 1, REPLY_STARTED, REPLY_ENDED, REPLY_CLONED };

struct wire_reply {
	int kind;
	int err;             /* READY, CLONED: why the namespaces failed; STARTED: clone's errno */
	pid_t pid;           /* CLONED: the spawner's */
	int status;          /* ENDED: as from wait4 */
	struct rusage ru;    /* ENDED */
};

struct wire_request {
	struct sbx_limits limits;
	unsigned processes, namespaces;
	bool drop_root, ns_required, has_policy;
	unsigned short policy_count;
	unsigned nargv, nenvp;
	unsigned fdmask;     /* bit i: fds[i] is among the passed fds */
	unsigned strings;    /* bytes of NUL-terminated strings after the filter */
};

/* ------------------------------------------------------------------ */
/* messages */

static int send_msg(int sock, const void *data, size_t len, const int *fds, int nfds)
{
	struct iovec iov = { (void *)data, len };
	union {
		char buf[CMSG_SPACE(sizeof(int) * WIRE_FDS)];
		struct cmsghdr align;
	} c;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (nfds > 0) {
		memset(&c, 0, sizeof c);
		m.msg_control = c.buf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		struct cmsghdr *h = CMSG_FIRSTHDR(&m);
		h->cmsg_level = SOL_SOCKET;
		h->cmsg_type = SCM_RIGHTS;
		h->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(h), fds, sizeof(int) * (size_t)nfds);
	}
	ssize_t n;
	while ((n = sendmsg(sock, &m, MSG_NOSIGNAL)) < 0 && errno == EINTR)
		;
	return n == (ssize_t)len ? 0 : -1;
}

/* One message into buf; its fds (close-on-exec) into fds.  Bytes, or -1. */
static ssize_t recv_msg(int sock, void *buf, size_t size, int *fds, int *nfds)
{
	struct iovec iov = { buf, size };
	union {
		char buf[CMSG_SPACE(sizeof(int) * WIRE_FDS)];
		struct cmsghdr align;
	} c;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = c.buf,
			    .msg_controllen = sizeof c.buf };
	ssize_t n;
	while ((n = recvmsg(sock, &m, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
		;
	*nfds = 0;
	for (struct cmsghdr *h = CMSG_FIRSTHDR(&m); n >= 0 && h; h = CMSG_NXTHDR(&m, h)) {
		if (h->cmsg_level != SOL_SOCKET || h->cmsg_type != SCM_RIGHTS)
			continue;
		int k = (int)((h->cmsg_len - CMSG_LEN(0)) / sizeof(int));
		for (int i = 0; i < k; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(h) + sizeof(int) * (size_t)i, sizeof fd);
			if (*nfds < WIRE_FDS)
				fds[(*nfds)++] = fd;
			else
				close(fd);
		}
	}
	if (n >= 0 && (m.msg_flags & (MSG_TRUNC | MSG_CTRUNC)))
		n = -1;   /* never act on half a request */
	return n;
}

/* A reply from the spawner within timeout_ms: 0, or -1 (gone or silent). */
static int recv_reply(struct sbx_nsgroup *g, struct wire_reply *r, int *fd, unsigned timeout_ms)
{
	struct pollfd pf = { g->sock, POLLIN, 0 };
	int rc;
	while ((rc = poll(&pf, 1, (int)timeout_ms)) < 0 && errno == EINTR)
		;
	int fds[WIRE_FDS], nfds = 0;
	ssize_t n = rc > 0 ? recv_msg(g->sock, r, sizeof *r, fds, &nfds) : -1;
	if (fd)
		*fd = -1;
	for (int i = 0; i < nfds; i++) {
		if (fd && *fd < 0)
			*fd = fds[i];
		else
			close(fds[i]);
	}
	return n == (ssize_t)sizeof *r ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* the spawner (pid 1 of the namespaces) */

static int hide_mounts(const char *const *hide)
{
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return -1;
	for (const char *const *h = hide; h && *h; h++)
		if (mount("judge-hidden", *h, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY,
			  "size=4k,mode=0555") < 0 && errno != ENOENT)
			return -1;
	return mount("judge-tmp", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY,
		     "size=4k,mode=0555");
}

/* The request in buf as a spawn; fds[] are the received ones.  -1 if it
 * does not add up (only the judge can write here, but a check is cheap). */
static int parse_request(char *buf, size_t len, const int *fds, int nfds, struct sbx_spawn *s,
			 struct sbx_policy *pol, char **argv, char **envp, int *exec_fd, int *err_fd)
{
	struct wire_request q;
	if (len < sizeof q)
		return -1;
	memcpy(&q, buf, sizeof q);
	size_t pol_bytes = (size_t)q.policy_count * sizeof(struct sock_filter);
	if (q.nargv > 64 || q.nenvp > 64 || sizeof q + pol_bytes + q.strings != len || q.strings == 0 ||
	    buf[len - 1] != '\0' || nfds != 2 + __builtin_popcount(q.fdmask & 31u))
		return -1;
	memset(s, 0, sizeof *s);
	if (pol_bytes) {   /* copied: the buffer has no alignment to offer */
		pol->insns = malloc(pol_bytes);
		if (!pol->insns)
			return -1;
		memcpy(pol->insns, buf + sizeof q, pol_bytes);
		pol->count = q.policy_count;
	}
	char *str = buf + sizeof q + pol_bytes, *end = buf + len;
	char *next[3];
	unsigned k = 0;
	for (unsigned i = 0; i < q.nargv + q.nenvp + 3; i++) {
		if (str >= end)
			return -1;
		if (i < q.nargv)
			argv[i] = str;
		else if (i < q.nargv + q.nenvp)
			envp[i - q.nargv] = str;
		else
			next[k++] = *str ? str : NULL;
		str += strlen(str) + 1;
	}
	argv[q.nargv] = NULL;
	envp[q.nenvp] = NULL;
	*exec_fd = fds[0];
	*err_fd = fds[1];
	int f = 2;
	for (int i = 0; i < 5; i++)
		s->fds[i] = q.fdmask & (1u << i) ? fds[f++] : -1;
	s->argv = argv;
	s->envp = envp;
	s->workdir = next[0];
	s->new_root = next[1];
	s->path = next[2] ? next[2] : "program";
	s->limits = q.limits;
	s->processes = q.processes;
	s->namespaces = q.namespaces;
	s->drop_root = q.drop_root;
	s->ns_required = q.ns_required;
	s->policy = q.has_policy ? pol : NULL;
	return 0;
}

/* The child's own stack: it shares the spawner's memory until its exec. */
#define CHILD_STACK (256u << 10)
static char *child_stack;

struct child_start {
	const struct sbx_spawn *s;
	int exec_fd, err_fd;
	bool user_ns;
};

static int child_start(void *arg)
{
	const struct child_start *c = arg;
	sbx_child(c->s, c->exec_fd, c->err_fd, c->user_ns);
}

/* Start one program; tell the judge; wait for its end; tell the judge. */
static void serve(int sock, bool user_ns, char *buf, size_t len, int *fds, int nfds)
{
	struct sbx_spawn s;
	struct sbx_policy pol = { NULL, 0 };
	char *argv[65], *envp[65];
	int exec_fd = -1, err_fd = -1;
	struct wire_reply r = { .kind = REPLY_STARTED };
	pid_t pid = -1;
	if (parse_request(buf, len, fds, nfds, &s, &pol, argv, envp, &exec_fd, &err_fd) < 0)
		r.err = EPROTO;
	else {
		/* CLONE_VM | CLONE_VFORK, as posix_spawn does: no page tables
		 * to copy, and this call returns once the child has exec'd (or
		 * failed).  The child writes only its own stack and its copy
		 * of the filter (pol, freed below). */
		struct child_start c = { &s, exec_fd, err_fd, user_ns };
		pid = clone(child_start, child_stack + CHILD_STACK, CLONE_VM | CLONE_VFORK | SIGCHLD, &c);
		if (pid < 0)
			r.err = errno;
	}
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
	if (pol.count)
		free(pol.insns);
	int pidfd = pid > 0 ? (int)syscall(SYS_pidfd_open, pid, 0) : -1;
	if (pid > 0 && pidfd < 0)
		r.err = errno;
	if (send_msg(sock, &r, sizeof r, &pidfd, pidfd >= 0 ? 1 : 0) < 0)
		_exit(0);   /* the judge is gone */
	if (pidfd >= 0)
		close(pidfd);
	if (pid <= 0)
		return;
	r = (struct wire_reply){ .kind = REPLY_ENDED };
	while (wait4(pid, &r.status, 0, &r.ru) < 0)
		if (errno != EINTR)
			_exit(0);
	/* nothing of this program meets the next one: from a namespace's
	 * init, -1 means everyone in the namespace but itself (and only
	 * there: never outside one) */
	if (getpid() == 1) {
		/* anything left is, or has a parent that is, our child now */
		pid_t w;
		while ((w = waitpid(-1, NULL, WNOHANG)) > 0)
			;
		if (w == 0)
			kill(-1, SIGKILL);
		/* and reaped: a zombie would still answer kill(pid, 0) */
		while (w == 0 && (waitpid(-1, NULL, 0) > 0 || errno == EINTR))
			;
	}
	if (send_msg(sock, &r, sizeof r, NULL, 0) < 0)
		_exit(0);
}

static _Noreturn void spawner(int sock, const char *const *hide, int clone_flags, uid_t uid, gid_t gid)
{
	/* it ends with the judge (the kernel's SIGKILL reaches a namespace's init) */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	syscall(SYS_close_range, 0, (unsigned)sock - 1, 0);   /* nothing of the judge's */
	syscall(SYS_close_range, (unsigned)sock + 1, ~0u, 0);
	struct wire_reply ready = { .kind = REPLY_READY };
	if ((clone_flags & CLONE_NEWUSER) && sbx_map_root(uid, gid) < 0)
		ready.err = errno;
	if (!ready.err && (clone_flags & CLONE_NEWNS) && hide_mounts(hide) < 0)
		ready.err = errno;
	if (send_msg(sock, &ready, sizeof ready, NULL, 0) < 0 || ready.err)
		_exit(0);
	char *buf = malloc(WIRE_MAX);
	child_stack = mmap(NULL, CHILD_STACK, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (!buf || child_stack == MAP_FAILED)
		_exit(0);
	for (;;) {
		int fds[WIRE_FDS], nfds;
		ssize_t n = recv_msg(sock, buf, WIRE_MAX, fds, &nfds);
		if (n <= 0)
			_exit(0);   /* the group is freed (or the judge is gone) */
		serve(sock, (clone_flags & CLONE_NEWUSER) != 0, buf, (size_t)n, fds, nfds);
	}
}

/* ------------------------------------------------------------------ */
/* the judge's side */

/* JUDGE_NAMESPACES=off behaves as a kernel that refuses them. */
static bool namespaces_forbidden(void)
{
	const char *e = getenv("JUDGE_NAMESPACES");
	return e && !strcmp(e, "off");
}

int sbx_nsgroup_new(unsigned namespaces, struct sbx_nsgroup **out)
{
	return sbx_nsgroup_new_hiding(namespaces, NULL, out);
}

int sbx_nsgroup_new_hiding(unsigned namespaces, const char *const *hide, struct sbx_nsgroup **out)
{
	struct sbx_nsgroup *g = ju_calloc(1, sizeof *g);
	g->sock = g->pidfd = -1;
	g->ready = true;
	*out = g;
	int flags = (namespaces & SBX_NS_NET ? CLONE_NEWNET : 0) |
		    (namespaces & SBX_NS_IPC ? CLONE_NEWIPC : 0) |
		    (namespaces & SBX_NS_UTS ? CLONE_NEWUTS : 0) |
		    (namespaces & SBX_NS_MOUNT ? CLONE_NEWNS : 0) |
		    (namespaces & SBX_NS_PID ? CLONE_NEWPID : 0);
	if (!flags)
		return 0;
	if (namespaces_forbidden()) {
		g->ns_errno = EPERM;
		return 0;
	}
	if (!(flags & CLONE_NEWPID))   /* the spawner must be the namespace's init */
		return ju_error("a namespace group needs a PID namespace");
	if (geteuid() != 0)
		flags |= CLONE_NEWUSER;
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return ju_error("cannot create a socket pair:");
	uid_t uid = geteuid();
	gid_t gid = getegid();
	pid_t helper = fork();
	if (helper == 0) {
		close(sv[0]);
		/* a raw clone: the spawner is born in the new namespaces, as their
		 * pid 1, and as the judge's child */
		pid_t pid = (pid_t)syscall(SYS_clone, (unsigned long)flags | CLONE_PARENT | SIGCHLD,
					   NULL, NULL, NULL, 0);
		if (pid == 0)
			spawner(sv[1], hide, flags, uid, gid);
		struct wire_reply r = { .kind = REPLY_CLONED, .err = pid < 0 ? errno : 0, .pid = pid };
		ssize_t unused = send(sv[1], &r, sizeof r, MSG_NOSIGNAL);
		(void)unused;
		_exit(0);
	}
	close(sv[1]);
	if (helper < 0) {
		close(sv[0]);
		return ju_error("cannot fork:");
	}
	g->helper = helper;
	g->sock = sv[0];
	g->ready = false;
	g->mount_ns = (flags & CLONE_NEWNS) != 0;
	return 0;
}

/* The spawner's READY: until then nothing is known about the namespaces. */
static void await_ready(struct sbx_nsgroup *g)
{
	if (g->ready)
		return;
	g->ready = true;
	/* the helper's CLONED and the spawner's READY, in either order: both
	 * write to the same socket */
	bool cloned = false, ready = false;
	int err = 0;
	while (!cloned || (!ready && g->spawner > 0)) {
		struct wire_reply r;
		if (recv_reply(g, &r, NULL, READY_MS) < 0) {
			err = EIO;
			break;
		} else if (r.kind == REPLY_CLONED && !cloned) {
			cloned = true;
			g->spawner = r.err ? 0 : r.pid;
			if (r.err)   /* the kernel refuses: run without them */
				err = r.err;
		} else if (r.kind == REPLY_READY && !ready) {
			ready = true;
			if (r.err && !err)
				err = r.err;
		} else {
			err = EPROTO;
			break;
		}
	}
	g->ns_errno = err;
	while (waitpid(g->helper, NULL, 0) < 0 && errno == EINTR)
		;
	g->helper = 0;
	if (g->spawner > 0)
		g->pidfd = (int)syscall(SYS_pidfd_open, g->spawner, 0);
	if (g->ns_errno) {
		/* no namespaces after all: the run goes on without them */
		close(g->sock);
		g->sock = -1;
		if (g->spawner > 0) {
			kill(g->spawner, SIGKILL);
			while (waitpid(g->spawner, NULL, 0) < 0 && errno == EINTR)
				;
		}
		g->spawner = 0;
	}
}

int sbx_nsgroup_errno(const struct sbx_nsgroup *g)
{
	if (!g)
		return 0;
	await_ready((struct sbx_nsgroup *)g);   /* the answer is fixed once known */
	return g->ns_errno;
}

const char *sbx_nsgroup_workdir(const struct sbx_nsgroup *g)
{
	return g && g->mount_ns && !sbx_nsgroup_errno(g) ? "/tmp" : NULL;
}

void sbx_nsgroup_free(struct sbx_nsgroup *g)
{
	if (!g)
		return;
	await_ready(g);   /* reaps the helper; knows the spawner */
	if (g->spawner > 0) {
		/* pid 1 gone, the kernel ends the rest of its PID namespace */
		if (g->pidfd >= 0)
			syscall(SYS_pidfd_send_signal, g->pidfd, SIGKILL, NULL, 0);
		else
			kill(g->spawner, SIGKILL);
		close(g->sock);
		while (waitpid(g->spawner, NULL, 0) < 0 && errno == EINTR)
			;
	}
	if (g->pidfd >= 0)
		close(g->pidfd);
	free(g);
}

/* The request for s: header, filter, strings. */
static char *build_request(const struct sbx_spawn *s, size_t *len)
{
	struct ju_buf strs = JU_BUF_INIT;
	struct wire_request q = {
		.limits = s->limits, .processes = s->processes, .namespaces = s->namespaces,
		.drop_root = s->drop_root, .ns_required = s->ns_required,
		.has_policy = s->policy != NULL,
		.policy_count = s->policy ? s->policy->count : 0,
	};
	for (char *const *a = s->argv; a && *a; a++, q.nargv++)
		ju_buf_add(&strs, *a, strlen(*a) + 1);
	for (char *const *e = s->envp; e && *e; e++, q.nenvp++)
		ju_buf_add(&strs, *e, strlen(*e) + 1);
	const char *tail[3] = { s->workdir, s->new_root, s->path };
	for (int i = 0; i < 3; i++)
		ju_buf_add(&strs, tail[i] ? tail[i] : "", tail[i] ? strlen(tail[i]) + 1 : 1);
	for (int i = 0; i < 5; i++)
		if (s->fds[i] >= 0)
			q.fdmask |= 1u << i;
	q.strings = (unsigned)strs.len;
	size_t pol_bytes = (size_t)q.policy_count * sizeof(struct sock_filter);
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_add(&b, &q, sizeof q);
	if (pol_bytes)
		ju_buf_add(&b, s->policy->insns, pol_bytes);
	ju_buf_add(&b, strs.data, strs.len);
	ju_buf_release(&strs);
	if (q.nargv > 64 || q.nenvp > 64 || b.len > WIRE_MAX) {
		ju_buf_release(&b);
		return NULL;
	}
	return ju_buf_detach(&b, len);
}

/* The program's pid as this judge sees it: the pidfd's fdinfo says. */
static pid_t pidfd_pid(int pidfd)
{
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	char *p = strstr(buf, "\nPid:");
	return p ? (pid_t)strtol(p + 5, NULL, 10) : -1;
}

int sbx_group_start(const struct sbx_spawn *s, struct sbx_proc *out)
{
	struct sbx_nsgroup *g = (struct sbx_nsgroup *)s->join;
	await_ready(g);
	out->ns_errno = g->ns_errno;
	if (g->spawner <= 0)
		return 1;
	int errp[2] = { -1, -1 };
	int fds[WIRE_FDS], nfds = 0;
	size_t len = 0;
	char *req = build_request(s, &len);
	int exec_fd = open(s->path, O_PATH | O_CLOEXEC);
	int ret = -1;
	if (!req) {
		ju_error("cannot start '%s': its arguments are too long", s->path);
		goto cleanup;
	}
	if (exec_fd < 0) {
		ju_error("cannot open '%s':", s->path);
		goto cleanup;
	}
	if (pipe2(errp, O_CLOEXEC) < 0) {
		ju_error("cannot create a pipe:");
		goto cleanup;
	}
	fds[nfds++] = exec_fd;
	fds[nfds++] = errp[1];
	for (int i = 0; i < 5; i++)
		if (s->fds[i] >= 0)
			fds[nfds++] = s->fds[i];
	struct wire_reply r;
	int pidfd = -1;
	if (send_msg(g->sock, req, len, fds, nfds) < 0 || recv_reply(g, &r, &pidfd, REPLY_MS) < 0 ||
	    r.kind != REPLY_STARTED) {
		ju_error("cannot start '%s': the sandbox's spawner does not answer", s->path);
		goto cleanup;
	}
	close(errp[1]);
	errp[1] = -1;
	if (r.err || pidfd < 0) {
		errno = r.err;
		ju_error("cannot start '%s': fork failed:", s->path);
		goto cleanup;
	}
	out->group = g;
	out->pidfd = pidfd;
	/* -1 when it has already ended (a crash at once): the pidfd and the
	 * spawner's report serve, /proc has nothing left to read anyway */
	out->pid = pidfd_pid(pidfd);
	ret = sbx_setup_result(s, errp[0], out);
	errp[0] = -1;
cleanup:
	free(req);
	if (exec_fd >= 0)
		close(exec_fd);
	for (int i = 0; i < 2; i++)
		if (errp[i] >= 0)
			close(errp[i]);
	return ret;
}

int sbx_group_wait(struct sbx_proc *p, unsigned timeout_ms, int *status, struct rusage *ru)
{
	struct wire_reply r;
	if (recv_reply(p->group, &r, NULL, timeout_ms) < 0 || r.kind != REPLY_ENDED)
		return -1;
	*status = r.status;
	*ru = r.ru;
	return 0;
}
