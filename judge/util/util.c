/*
 * util.c - error reporting, checked allocation, buffers and files.
 * Out of memory is the one failure that exits (isolate's xmalloc): nothing
 * sensible can be reported without memory.
 */
#define _GNU_SOURCE
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

bool ju_quiet;

static void vreport(const char *prefix, const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);
	fprintf(stderr, "%s", prefix);
	vfprintf(stderr, fmt, ap);
	if (n && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

int ju_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("judge: ", fmt, ap);
	va_end(ap);
	return -1;
}

void ju_note(const char *fmt, ...)
{
	va_list ap;
	if (ju_quiet)
		return;
	va_start(ap, fmt);
	vreport("note: ", fmt, ap);
	va_end(ap);
}

void ju_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport("judge: ", fmt, ap);
	va_end(ap);
	exit(2);
}

static void *oom(void)
{
	fputs("judge: out of memory\n", stderr);
	exit(2);
}

void *ju_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	return p ? p : oom();
}

void *ju_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	return p ? p : oom();
}

void *ju_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	return q ? q : oom();
}

char *ju_strdup(const char *s)
{
	return ju_strndup(s, strlen(s));
}

char *ju_strndup(const char *s, size_t n)
{
	char *p = ju_malloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *ju_asprintf(const char *fmt, ...)
{
	struct ju_buf b = JU_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	char tmp[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (n < 0)
		n = 0;
	ju_buf_reserve(&b, (size_t)n);
	vsnprintf(b.data, (size_t)n + 1, fmt, ap2);
	b.len = (size_t)n;
	va_end(ap2);
	va_end(ap);
	return ju_buf_detach(&b, NULL);
}

void ju_buf_reserve(struct ju_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = ju_realloc(b->data, cap);
	b->cap = cap;
}

void ju_buf_add(struct ju_buf *b, const void *p, size_t n)
{
	ju_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void ju_buf_adds(struct ju_buf *b, const char *s)
{
	ju_buf_add(b, s, strlen(s));
}

void ju_buf_addf(struct ju_buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	char tmp[1];
	int n = vsnprintf(tmp, 0, fmt, ap);
	if (n > 0) {
		ju_buf_reserve(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
	va_end(ap);
}

char *ju_buf_detach(struct ju_buf *b, size_t *len)
{
	ju_buf_reserve(b, 0);
	b->data[b->len] = '\0';   /* a buffer never written to is still "" */
	char *p = b->data;
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void ju_buf_release(struct ju_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

char *ju_read_file(const char *path, size_t *len)
{
	struct ju_buf b = JU_BUF_INIT;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		ju_error("cannot open '%s':", path);
		return NULL;
	}
	for (;;) {
		ju_buf_reserve(&b, 65536);
		ssize_t n = read(fd, b.data + b.len, b.cap - b.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ju_error("cannot read '%s':", path);
			close(fd);
			ju_buf_release(&b);
			return NULL;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
	}
	close(fd);
	b.data[b.len] = '\0';
	return ju_buf_detach(&b, len);
}

int ju_write_file_atomic(const char *path, const void *data, size_t len)
{
	char *tmp = ju_asprintf("%s.tmp.%ld", path, (long)getpid());
	int ret = -1;
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		ju_error("cannot create '%s':", tmp);
		goto cleanup;
	}
	if (ju_write_all(fd, data, len) < 0) {
		ju_error("cannot write '%s':", tmp);
		close(fd);
		unlink(tmp);
		goto cleanup;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		ju_error("cannot write '%s':", path);
		unlink(tmp);
		goto cleanup;
	}
	ret = 0;
cleanup:
	free(tmp);
	return ret;
}

int ju_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int ju_mkdirs(const char *path, unsigned mode)
{
	char *p = ju_strdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, mode) < 0 && errno != EEXIST) {
			ju_error("cannot create '%s':", p);
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = mkdir(p, mode);
	if (rc < 0 && errno != EEXIST) {
		ju_error("cannot create '%s':", p);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

int ju_rmtree(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
	struct dirent *e;
	int rc = 0;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *sub = ju_path_join(path, e->d_name);
		struct stat st;
		if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
			rc |= ju_rmtree(sub);
		else if (unlink(sub) < 0)
			rc = -1;
		free(sub);
	}
	closedir(d);
	if (rmdir(path) < 0)
		rc = -1;
	return rc;
}

bool ju_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool ju_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *ju_path_join(const char *a, const char *b)
{
	if (b[0] == '/')
		return ju_strdup(b);
	size_t la = strlen(a);
	return ju_asprintf("%s%s%s", a, la && a[la - 1] == '/' ? "" : "/", b);
}

uint64_t ju_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

void ju_hash_init(struct ju_hash *h)
{
	h->h = 1469598103934665603ull;
}

void ju_hash_add(struct ju_hash *h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h->h ^= s[i];
		h->h *= 1099511628211ull;
	}
}

void ju_hash_adds(struct ju_hash *h, const char *s)
{
	ju_hash_add(h, s, strlen(s) + 1);   /* include the NUL: "ab"+"c" != "a"+"bc" */
}

void ju_hash_hex(const struct ju_hash *h, char out[17])
{
	snprintf(out, 17, "%016llx", (unsigned long long)h->h);
}

void ju_trace(const char *phase)
{
	static int on = -1;
	static uint64_t t0;
	if (on < 0) {
		const char *e = getenv("JUDGE_TRACE");
		on = e && *e && strcmp(e, "0");
		t0 = ju_now_us();
	}
	if (!on)
		return;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);   /* the judge's own peak, not the solution's */
	fprintf(stderr, "[trace] %8.3f ms  %-24s judge peak %ld KiB\n",
		(double)(ju_now_us() - t0) / 1000.0, phase, ru.ru_maxrss);
}
