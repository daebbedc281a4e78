/*
 * fl_output.c - the fast link's output file: the base's bytes with the
 * link's patches, written in two halves (fl_prepare while gcc runs, then
 * fl_finish), never through a link, zero pages left as holes (fastlink.h).
 */
#define _GNU_SOURCE
#include "fastlink.h"
#include "fastlink_internal.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* the output file */

/* the patches of an output, in file order: (offset, bytes, length) */
struct patch {
	uint64_t off;
	const void *p;
	uint64_t len;
};

static int patches(const struct fl_base *b, const struct fl_out *o, struct patch v[6])
{
	v[0] = (struct patch){ 0, &o->eh, sizeof o->eh };
	v[1] = (struct patch){ b->eh->e_phoff + (uint64_t)b->last_load * sizeof(Elf64_Phdr),
			       &o->last_load, sizeof o->last_load };
	v[2] = (struct patch){ b->text_off, o->text, o->text_len };
	v[3] = (struct patch){ b->data_off, o->data, o->data_len };
	v[4] = (struct patch){ b->solve_cell_off, &o->solve, 8 };
	v[5] = (struct patch){ b->tail, o->tail, o->tail_len };
	return 6;
}

static uint64_t fl_out_size(const struct fl_base *b, const struct fl_out *o)
{
	return b->tail + o->tail_len;
}

int fl_out_image(const struct fl_base *b, const struct fl_out *o, unsigned char **image,
		 size_t *len)
{
	*len = (size_t)fl_out_size(b, o);
	*image = malloc(*len);
	if (!*image)
		return -1;
	memcpy(*image, b->data, b->tail);
	struct patch v[6];
	for (int i = 0, n = patches(b, o, v); i < n; i++)
		memcpy(*image + v[i].off, v[i].p, v[i].len);
	return 0;
}

static int pwrite_all(int fd, const void *p, uint64_t len, uint64_t off)
{
	for (uint64_t done = 0; done < len;) {
		ssize_t w = pwrite(fd, (const char *)p + done, len - done, (off_t)(off + done));
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		done += (uint64_t)w;
	}
	return 0;
}

static bool zero_page(const unsigned char *p, uint64_t off, uint64_t len)
{
	static const unsigned char zero[4096];
	return len - off >= 4096 && !memcmp(p + off, zero, 4096);
}

/* data[0..len) at file offset 0, whole zero pages left as holes */
static int write_sparse(int fd, const unsigned char *data, uint64_t len)
{
	for (uint64_t off = 0; off < len;) {
		if (zero_page(data, off, len)) {
			off += 4096;
			continue;
		}
		uint64_t end = off;
		do
			end += len - end < 4096 ? len - end : 4096;
		while (end < len && !zero_page(data, end, len));
		if (pwrite_all(fd, data + off, end - off, off) < 0)
			return -1;
		off = end;
	}
	return 0;
}

int fl_prepare(const struct fl_base *b, const char *path)
{
	/* a new file, never through a link someone left at path */
	if (unlink(path) < 0 && errno != ENOENT)
		return -1;
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0755);
	if (fd < 0)
		return -1;
	if (write_sparse(fd, b->data, b->tail) < 0) {
		int e = errno;
		close(fd);
		unlink(path);
		errno = e;
		return -1;
	}
	return fd;
}

int fl_finish(const struct fl_base *b, const struct fl_out *o, int fd)
{
	struct patch v[6];
	for (int i = 0, n = patches(b, o, v); i < n; i++)
		if (pwrite_all(fd, v[i].p, v[i].len, v[i].off) < 0)
			return -1;
	return ftruncate(fd, (off_t)fl_out_size(b, o));
}

int fl_write_image(const char *path, const unsigned char *image, size_t len)
{
	if (unlink(path) < 0 && errno != ENOENT)
		return -1;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0755);
	if (fd < 0)
		return -1;
	if (write_sparse(fd, image, len) < 0 || ftruncate(fd, (off_t)len) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return close(fd);
}

unsigned char *fl_read_object(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	struct stat st;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < 0 ||
	    (uint64_t)st.st_size > FL_OBJ_MAX) {
		close(fd);
		return NULL;
	}
	size_t n = (size_t)st.st_size, got = 0;
	unsigned char *p = malloc(n ? n : 1);
	while (p && got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	if (!p || got != n) {
		free(p);
		return NULL;
	}
	*len = n;
	return p;
}

int fl_link_files(const char *base_path, const char *obj_path, const char *out_path,
		  char why[FL_WHY_MAX])
{
	struct fl_base *b;
	struct fl_out *o = NULL;
	if (fl_base_load(base_path, &b, why) < 0)
		return 1;
	size_t len = 0;
	unsigned char *obj = fl_read_object(obj_path, &len);
	int rc = obj ? fl_link(b, obj, len, &o, why)
		     : decline(why, "cannot read unit.o (or it is larger than %u bytes)", FL_OBJ_MAX);
	if (rc == 0) {
		int fd = fl_prepare(b, out_path);
		if (fd < 0 || fl_finish(b, o, fd) < 0 || close(fd) < 0) {
			rc = decline(why, "cannot write '%s': %s", out_path, strerror(errno));
			unlink(out_path);
		}
	}
	fl_out_free(o);
	free(obj);
	fl_base_free(b);
	return rc;
}
