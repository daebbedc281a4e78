/*
 * sandbox.c - fork, confine, exec; watch; end.
 *
 * Theory of operation.  The judge forks; the child runs the setup steps
 * below in order and then execs the program through an fd (the only exec
 * the filter allows).  A step that fails writes {step, errno} to a
 * close-on-exec pipe and exits 127, so the parent can tell "the judge could
 * not start it" (an internal error) from anything the program did: if exec
 * succeeds the pipe simply reads EOF.
 *
 *   setup_session   own session and process group: one kill ends all
 *   setup_fds       exactly fds 0..4, the exec fd and the error pipe
 *   setup_dir       chdir into the private working directory
 *   setup_limits    rlimits, hard = soft so they cannot be raised
 *   setup_filter    no_new_privs, then the seccomp program
 *   exec            execveat(SBX_EXEC_FD, "", ..., AT_EMPTY_PATH)
 */
#define _GNU_SOURCE
#include "sandbox.h"
#include "sandbox_internal.h"

#include "util.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

enum step {
	STEP_SESSION = 1, STEP_FDS, STEP_NAMESPACES, STEP_MOUNTS, STEP_DIR, STEP_CREDENTIALS,
	STEP_LIMITS, STEP_FILTER, STEP_EXEC,
	STEP_NS_UNAVAILABLE = 100,   /* not fatal: a notice */
};

static const char *step_name(int s)
{
	switch (s) {
	case STEP_SESSION: return "setsid";
	case STEP_FDS: return "setting up file descriptors";
	case STEP_DIR: return "entering the working directory";
	case STEP_NAMESPACES: return "creating namespaces";
	case STEP_MOUNTS: return "preparing the private mount table";
	case STEP_CREDENTIALS: return "dropping root privileges";
	case STEP_LIMITS: return "setting resource limits";
	case STEP_FILTER: return "loading the system-call filter";
	case STEP_EXEC: return "executing the program";
	}
	return "setup";
}

static _Noreturn void child_fail(int step)
{
	int msg[2] = { step, errno };
	ssize_t unused = write(SBX_ERR_FD, msg, sizeof msg);
	(void)unused;
	_exit(127);
}

static int setup_fds(const struct sbx_spawn *s, int exec_fd, int err_fd)
{
	int high[5];
	/* Move everything out of the way first: a source may sit on a target. */
	for (int i = 0; i < 5; i++) {
		int src = s->fds[i];
		if (src < 0 && i < 3)
			src = open("/dev/null", i == 0 ? O_RDONLY : O_WRONLY);
		high[i] = src < 0 ? -1 : fcntl(src, F_DUPFD_CLOEXEC, 100);
		if (src >= 0 && high[i] < 0)
			return -1;
	}
	if (dup3(exec_fd, SBX_EXEC_FD, O_CLOEXEC) < 0 || dup3(err_fd, SBX_ERR_FD, O_CLOEXEC) < 0)
		return -1;
	for (int i = 0; i < 5; i++) {
		if (high[i] >= 0 && dup2(high[i], i) < 0)
			return -1;
		if (high[i] < 0)
			close(i);
	}
	/* nothing of the judge's is inherited */
	if (syscall(SYS_close_range, 5, SBX_ERR_FD - 1, 0) < 0 ||
	    syscall(SYS_close_range, SBX_EXEC_FD + 1, ~0u, 0) < 0)
		return -1;
	return 0;
}

static int set_limit(int resource, uint64_t value)
{
	if (!value)
		return 0;
	struct rlimit rl = { value, value };
	return setrlimit(resource, &rl);
}

static int setup_limits(const struct sbx_limits *l)
{
	if (set_limit(RLIMIT_CPU, l->cpu_seconds) < 0 || set_limit(RLIMIT_AS, l->address_space) < 0 ||
	    set_limit(RLIMIT_STACK, l->stack) < 0 || set_limit(RLIMIT_FSIZE, l->file_size) < 0 ||
	    set_limit(RLIMIT_NOFILE, l->open_files) < 0)
		return -1;
	struct rlimit zero = { 0, 0 };
	if (setrlimit(RLIMIT_CORE, &zero) < 0)
		return -1;
	return setrlimit(RLIMIT_MEMLOCK, &zero);
}

/* JUDGE_NAMESPACES=off behaves as a kernel that refuses them: the way to
 * test that path on a machine that allows them. */
static bool namespaces_forbidden(void)
{
	const char *e = getenv("JUDGE_NAMESPACES");
	return e && !strcmp(e, "off");
}

/* --sanitize: a root that holds only the system's programs and libraries
 * (read-only) and the process's own /proc entry; the old root is detached. */
static int bind_read_only(const char *src, const char *dst)
{
	if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
		return -1;
	/* a remount must keep the flags the kernel locked on the original */
	struct statvfs sv;
	unsigned long keep = 0;
	if (statvfs(dst, &sv) == 0)
		keep = (sv.f_flag & ST_NOSUID ? MS_NOSUID : 0) | (sv.f_flag & ST_NODEV ? MS_NODEV : 0) |
		       (sv.f_flag & ST_NOEXEC ? MS_NOEXEC : 0) | (sv.f_flag & ST_NOATIME ? MS_NOATIME : 0) |
		       (sv.f_flag & ST_NODIRATIME ? MS_NODIRATIME : 0) |
		       (sv.f_flag & ST_RELATIME ? MS_RELATIME : 0);
	return mount(NULL, dst, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | keep, NULL);
}

/* The compiler's folder inside the new root, and a /dev/null. */
static int add_work_dir(const char *root, const char *work)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/work", root);
	if (mkdir(path, 0755) < 0 || mount(work, path, NULL, MS_BIND | MS_REC, NULL) < 0)
		return -1;
	snprintf(path, sizeof path, "%s/dev", root);
	if (mkdir(path, 0755) < 0)
		return -1;
	snprintf(path, sizeof path, "%s/dev/null", root);
	int fd = open(path, O_CREAT | O_WRONLY, 0666);
	if (fd < 0)
		return -1;
	close(fd);
	return mount("/dev/null", path, NULL, MS_BIND, NULL);
}

static int setup_new_root(const char *root, const char *work)
{
	static const char *const sys[] = { "/usr", "/lib", "/lib64", "/bin" };
	char path[4096], target[4096];
	if (mount("judge-root", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") < 0)
		return -1;
	for (size_t i = 0; i < sizeof sys / sizeof sys[0]; i++) {
		struct stat st;
		if (lstat(sys[i], &st) < 0)
			continue;
		snprintf(path, sizeof path, "%s%s", root, sys[i]);
		if (S_ISLNK(st.st_mode)) {   /* merged /usr: lib -> usr/lib */
			ssize_t n = readlink(sys[i], target, sizeof target - 1);
			if (n < 0)
				return -1;
			target[n] = '\0';
			if (symlink(target, path) < 0)
				return -1;
		} else if (S_ISDIR(st.st_mode)) {
			if (mkdir(path, 0755) < 0 || bind_read_only(sys[i], path) < 0)
				return -1;
		}
	}
	/* /proc/self: this process's entry alone (never another process's
	 * root, fds or environment); "self" resolves in the mounted procfs */
	snprintf(path, sizeof path, "%s/proc", root);
	if (mkdir(path, 0555) < 0)
		return -1;
	snprintf(path, sizeof path, "%s/proc/self", root);
	if (mkdir(path, 0555) < 0 || mount("/proc/self/", path, NULL, MS_BIND | MS_REC, NULL) < 0)
		return -1;
	if (work && add_work_dir(root, work) < 0)
		return -1;
	if (chdir(root) < 0 || syscall(SYS_pivot_root, ".", ".") < 0 || umount2(".", MNT_DETACH) < 0 ||
	    chdir("/") < 0)
		return -1;
	return mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL);
}

static int write_proc(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

int sbx_map_root(uid_t uid, gid_t gid)
{
	char map[64];
	if (write_proc("/proc/self/setgroups", "deny") < 0)
		return -1;
	snprintf(map, sizeof map, "0 %u 1", (unsigned)uid);
	if (write_proc("/proc/self/uid_map", map) < 0)
		return -1;
	snprintf(map, sizeof map, "0 %u 1", (unsigned)gid);
	return write_proc("/proc/self/gid_map", map);
}

/* Returns false when no namespaces could be made (told to the parent).
 * *new_root_entered: the child lives in its new root (host paths mean
 * nothing there).  A local, never a static: a child that shares the
 * spawner's memory (CLONE_VM) must not change the spawner's view. */
static bool setup_namespaces(const struct sbx_spawn *s, bool joined_user_ns, bool *new_root_entered)
{
	int flags = (s->namespaces & SBX_NS_NET ? CLONE_NEWNET : 0) |
		    (s->namespaces & SBX_NS_IPC ? CLONE_NEWIPC : 0) |
		    (s->namespaces & SBX_NS_UTS ? CLONE_NEWUTS : 0) |
		    (s->namespaces & SBX_NS_MOUNT ? CLONE_NEWNS : 0);
	if (!flags)
		return true;
	/* a normal user gets namespaces through a user namespace of its own */
	if (geteuid() != 0 && !joined_user_ns)   /* a joined one gives the rights already */
		flags |= CLONE_NEWUSER;
	if (namespaces_forbidden())
		errno = EPERM;
	uid_t uid = geteuid();
	gid_t gid = getegid();
	if (namespaces_forbidden() || unshare(flags) < 0) {
		if (s->ns_required)
			child_fail(STEP_NAMESPACES);
		int msg[2] = { STEP_NS_UNAVAILABLE, errno };
		ssize_t unused = write(SBX_ERR_FD, msg, sizeof msg);
		(void)unused;
		return false;
	}
	/* an unmapped user cannot create files (EOVERFLOW), not even in its own
	 * tmpfs: map it to root inside, as unshare --map-root-user does */
	if ((flags & CLONE_NEWUSER) && sbx_map_root(uid, gid) < 0)
		child_fail(STEP_NAMESPACES);
	if (!(flags & CLONE_NEWNS))
		return true;
	/* nothing mounted here may reach the parent's mount table */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		child_fail(STEP_MOUNTS);
	if (s->bind_src && mount(s->bind_src, s->bind_dst, NULL, MS_BIND | MS_REC, NULL) < 0)
		child_fail(STEP_MOUNTS);
	for (const char *const *h = s->hide; h && *h; h++)
		if (mount("judge-hidden", *h, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY,
			  "size=4k,mode=0555") < 0 && errno != ENOENT)
			child_fail(STEP_MOUNTS);
	if (s->new_root && setup_new_root(s->new_root, s->new_root_work) < 0)
		child_fail(STEP_MOUNTS);
	if (s->new_root && s->new_root_work && chdir("/work") < 0)
		child_fail(STEP_DIR);
	*new_root_entered = s->new_root != NULL;
	return true;
}

static int drop_root(void)
{
	gid_t nobody = 65534;
	if (setgroups(0, NULL) < 0 || setresgid(nobody, nobody, nobody) < 0 ||
	    setresuid(nobody, nobody, nobody) < 0)
		return -1;
	return 0;
}

_Noreturn void sbx_child(const struct sbx_spawn *s, int exec_fd, int err_fd, bool in_user_ns)
{
	/* the judge may have ignored or blocked signals: the program starts clean */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	if (setsid() < 0)
		child_fail(STEP_SESSION);
	if (setup_fds(s, exec_fd, err_fd) < 0)
		child_fail(STEP_FDS);
	/* always: a spawner's child already in a user namespace still makes
	 * the namespaces it asks for (--sanitize's own root) */
	bool new_root_entered = false;
	bool made = setup_namespaces(s, in_user_ns, &new_root_entered);
	in_user_ns = in_user_ns || (made && geteuid() != 0 && getuid() != 0 && s->namespaces);
	if (s->workdir && !new_root_entered && chdir(s->workdir) < 0)
		child_fail(STEP_DIR);
	/* root in CI: the solution still runs as nobody (files, signals, limits) */
	if (s->drop_root && !in_user_ns && geteuid() == 0 && drop_root() < 0)
		child_fail(STEP_CREDENTIALS);
	/* after setuid: set before, it would mark the exec over the limit */
	if (s->processes) {
		struct rlimit rl = { s->processes, s->processes };
		if (setrlimit(RLIMIT_NPROC, &rl) < 0)
			child_fail(STEP_LIMITS);
	}
	if (setup_limits(&s->limits) < 0)
		child_fail(STEP_LIMITS);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		child_fail(STEP_FILTER);
	if (s->policy && sbx_policy_load_in_child(s->policy, getpid()) < 0)
		child_fail(STEP_FILTER);
	syscall(SYS_execveat, SBX_EXEC_FD, "", s->argv, s->envp, AT_EMPTY_PATH);
	child_fail(STEP_EXEC);
}

int sbx_setup_result(const struct sbx_spawn *s, int err_r, struct sbx_proc *out)
{
	int msg[2];
	ssize_t n;
	for (;;) {
		while ((n = read(err_r, msg, sizeof msg)) < 0 && errno == EINTR)
			;
		if (n != (ssize_t)sizeof msg || msg[0] != STEP_NS_UNAVAILABLE)
			break;
		out->ns_errno = msg[1];   /* a notice; the setup goes on */
	}
	close(err_r);
	if (n == (ssize_t)sizeof msg) {
		struct sbx_exit e;
		sbx_wait(out, 1000, &e);
		errno = msg[1];
		return ju_error("cannot start '%s': %s failed: %s", s->path, step_name(msg[0]),
				strerror(msg[1]));
	}
	return 0;
}

int sbx_start(const struct sbx_spawn *s, struct sbx_proc *out)
{
	memset(out, 0, sizeof *out);
	out->pid = -1;
	out->pidfd = -1;
	if (s->join) {
		int rc = sbx_group_start(s, out);
		if (rc <= 0)
			return rc;
	}
	int errp[2] = { -1, -1 };
	int exec_fd = open(s->path, O_PATH | O_CLOEXEC);
	if (exec_fd < 0)
		return ju_error("cannot open '%s':", s->path);
	if (pipe2(errp, O_CLOEXEC) < 0) {
		close(exec_fd);
		return ju_error("cannot create a pipe:");
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(exec_fd);
		close(errp[0]);
		close(errp[1]);
		return ju_error("cannot fork:");
	}
	if (pid == 0)
		sbx_child(s, exec_fd, errp[1], false);
	close(exec_fd);
	close(errp[1]);
	out->pid = pid;
	out->pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	return sbx_setup_result(s, errp[0], out);
}

void sbx_notice_namespaces(const struct sbx_proc *p, const char *what_is_left_open)
{
	static bool told;
	if (!p->ns_errno || told)
		return;
	told = true;
	ju_note("no namespaces here (%s; as a normal user, enable unprivileged user namespaces: "
		"sysctl kernel.unprivileged_userns_clone=1): %s", strerror(p->ns_errno), what_is_left_open);
}

void sbx_kill(struct sbx_proc *p)
{
	if (p->reaped || (p->pid <= 0 && p->pidfd < 0))
		return;
	if (p->pidfd >= 0)   /* exactly this process, even if its pid was reused */
		syscall(SYS_pidfd_send_signal, p->pidfd, SIGKILL, NULL, 0);
	/* the spawner's program is not our child and may be reaped any time
	 * now: its pid is only safe to use through the pidfd (the spawner
	 * ends anything else left in its PID namespace) */
	if (p->group || p->pid <= 0)
		return;
	kill(-p->pid, SIGKILL);   /* its group: anything it might have started */
	if (p->pidfd < 0)
		kill(p->pid, SIGKILL);
}

static int wait_exit(struct sbx_proc *p, unsigned timeout_ms)
{
	if (p->pidfd < 0) {
		/* no pidfd: poll the child, 1 ms at a time */
		uint64_t end = ju_now_us() + (uint64_t)timeout_ms * 1000;
		while (ju_now_us() < end) {
			siginfo_t si = { 0 };
			if (waitid(P_PID, (id_t)p->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid)
				return 1;
			usleep(1000);
		}
		return 0;
	}
	struct pollfd pf = { p->pidfd, POLLIN, 0 };
	int rc;
	while ((rc = poll(&pf, 1, (int)timeout_ms)) < 0 && errno == EINTR)
		;
	return rc > 0;
}

int sbx_wait(struct sbx_proc *p, unsigned timeout_ms, struct sbx_exit *e)
{
	memset(e, 0, sizeof *e);
	if (p->reaped)
		return 0;
	if (!wait_exit(p, timeout_ms)) {
		e->timed_out = true;
		sbx_kill(p);
	}
	int status;
	struct rusage ru;
	int rc;
	if (p->group) {
		rc = sbx_group_wait(p, 2000, &status, &ru);
	} else {
		/* Still a zombie here, so its pid (and group id) cannot be
		 * reused yet: whatever it left in its group goes with it. */
		kill(-p->pid, SIGKILL);
		pid_t r;
		while ((r = wait4(p->pid, &status, 0, &ru)) < 0 && errno == EINTR)
			;
		rc = r < 0 ? -1 : 0;
	}
	p->reaped = true;
	if (p->pidfd >= 0)
		close(p->pidfd);
	p->pidfd = -1;
	if (rc < 0)
		return ju_error("cannot wait for process %d:", (int)p->pid);
	e->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	e->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	e->cpu_us = (uint64_t)ru.ru_utime.tv_sec * 1000000u + (uint64_t)ru.ru_utime.tv_usec
		  + (uint64_t)ru.ru_stime.tv_sec * 1000000u + (uint64_t)ru.ru_stime.tv_usec;
	e->maxrss_kb = (uint64_t)ru.ru_maxrss;
	return 0;
}

/* /proc/<pid>/<name> into buf (NUL-terminated); -1 when the process is gone. */
static int read_proc(pid_t pid, const char *name, char *buf, size_t size)
{
	char path[64];
	if (pid <= 0)   /* it ended before its pid could be known */
		return -1;
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return 0;
}

int sbx_cpu_us(pid_t pid, uint64_t *cpu_us)
{
	char buf[1024];
	if (read_proc(pid, "stat", buf, sizeof buf) < 0)
		return -1;
	/* the command name may hold spaces and ')': fields start after the last ')' */
	char *p = strrchr(buf, ')');
	unsigned long long ut, st;
	if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2)
		return -1;
	long hz = sysconf(_SC_CLK_TCK);
	*cpu_us = (ut + st) * 1000000ull / (unsigned long long)(hz > 0 ? hz : 100);
	return 0;
}

int sbx_peak_kb(pid_t pid, uint64_t *hwm_kb)
{
	char buf[4096];
	if (read_proc(pid, "status", buf, sizeof buf) < 0)
		return -1;
	char *p = strstr(buf, "\nVmHWM:");
	unsigned long long kb;
	if (!p || sscanf(p + 7, "%llu", &kb) != 1)
		return -1;
	*hwm_kb = kb;
	return 0;
}

int sbx_elf_load_size(const char *path, uint64_t *bytes)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ju_error("cannot open '%s':", path);
	Elf64_Ehdr eh;
	int rc = -1;
	*bytes = 0;
	if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_phentsize != sizeof(Elf64_Phdr)) {
		ju_error("'%s' is not a 64-bit ELF executable", path);
		goto cleanup;
	}
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;
		if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + i * sizeof ph)) != (ssize_t)sizeof ph) {
			ju_error("'%s': truncated program headers", path);
			goto cleanup;
		}
		if (ph.p_type == PT_LOAD)
			*bytes += ph.p_memsz;
	}
	rc = 0;
cleanup:
	close(fd);
	return rc;
}
