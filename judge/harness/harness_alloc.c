/*
 * harness_alloc.c - the allocation wrappers: a failed allocation is the
 * sign of a memory limit; blocks the solution allocates and never frees
 * are counted (memory hygiene); process and thread creation is named.
 */
#define _GNU_SOURCE
#include "harness_internal.h"

#include "judge_driver.h"
#include "lc_value.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <malloc.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>



bool alloc_failed_reported;

/* Memory hygiene: blocks and usable bytes allocated minus freed while the
 * solution runs (counting: from the clock's start to the answer; the
 * harness's own parsing, printing and judge_destroy_tree never count).  The
 * cost is a flag test, and a malloc_usable_size call while counting. */
bool counting;
long long net_blocks, net_bytes;
/* the lowest and highest block ever allocated: free() of a pointer
 * outside them (a stack or global address: free aborts anyway) is not
 * measured, so measuring it cannot fault first */
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi;

static void *note_alloc(void *p, size_t bytes)
{
	if (p) {
		uintptr_t a = (uintptr_t)p;
		if (a < heap_lo)
			heap_lo = a;
		if (a > heap_hi)
			heap_hi = a;
		if (counting) {
			net_blocks++;
			net_bytes += (long long)malloc_usable_size(p);
		}
	} else if (bytes && !alloc_failed_reported) {
		alloc_failed_reported = true;
		put_line("M %zu\n", bytes);
	}
	return p;
}

/* What free(p) gives back, counted before p goes. */
static void note_free(void *p)
{
	uintptr_t a = (uintptr_t)p;
	if (!p || a < heap_lo || a > heap_hi || (a & 15))
		return;
	net_blocks--;
	net_bytes -= (long long)malloc_usable_size(p);
}

void *__wrap_malloc(size_t n) { return note_alloc(__real_malloc(n), n); }
void *__wrap_calloc(size_t n, size_t m) { return note_alloc(__real_calloc(n, m), n * m); }
void *__wrap_realloc(void *p, size_t n)
{
	long long blocks = net_blocks, bytes = net_bytes;
	if (counting && p)
		note_free(p);   /* realloc ends p's block, and may give a new one */
	void *q = __real_realloc(p, n);
	if (!q && p && n) {   /* failed: p still lives */
		net_blocks = blocks;
		net_bytes = bytes;
	}
	return note_alloc(q, n);
}
void __wrap_free(void *p)
{
	if (counting)
		note_free(p);
	__real_free(p);
}
char *__wrap_strdup(const char *s) { return note_alloc(__real_strdup(s), strlen(s) + 1); }
char *__wrap_strndup(const char *s, size_t n) { return note_alloc(__real_strndup(s, n), n + 1); }

/* ------------------------------------------------------------------ */
/* process and thread creation through glibc: it blocks every signal before
 * clone, so the filter's trap cannot reach on_sigsys; name the call here,
 * then let it fail as it must */

#ifndef JUDGE_SANITIZE
#include <spawn.h>
#include <pthread.h>

int __real_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __real_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __real_system(const char *cmd);
FILE *__real_popen(const char *cmd, const char *mode);
int __real_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg);
int __wrap_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __wrap_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int __wrap_system(const char *cmd);
FILE *__wrap_popen(const char *cmd, const char *mode);
int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg);

static void creating(void)
{
	put_line("X %d\n", __NR_clone3);
}

int __wrap_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	creating();
	return __real_posix_spawn(pid, path, fa, attr, argv, envp);
}

int __wrap_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	creating();
	return __real_posix_spawnp(pid, file, fa, attr, argv, envp);
}

int __wrap_system(const char *cmd)
{
	creating();
	return __real_system(cmd);
}

FILE *__wrap_popen(const char *cmd, const char *mode)
{
	creating();
	return __real_popen(cmd, mode);
}

int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg)
{
	creating();
	return __real_pthread_create(t, a, fn, arg);
}
#endif

