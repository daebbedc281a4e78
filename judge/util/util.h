/*
 * util.h - the small layer everything else stands on: error reporting,
 * allocation that dies only on out-of-memory, growable buffers, files.
 *
 * Errors: library code reports with ju_error() and returns -1 (or NULL);
 * only the CLI decides to exit.  A format ending in ':' appends
 * strerror(errno).  Messages are lowercase and name the subject.
 */
#ifndef JU_UTIL_H
#define JU_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Print "judge: <msg>" to stderr; always returns -1. */
int ju_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "note: <msg>" to stderr (unless ju_quiet). */
void ju_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the message and exit(2): for usage errors in the CLI only. */
_Noreturn void ju_die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void *ju_malloc(size_t n);
void *ju_calloc(size_t n, size_t size);
void *ju_realloc(void *p, size_t n);
char *ju_strdup(const char *s);
char *ju_strndup(const char *s, size_t n);
/* malloc'd formatted string. */
char *ju_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer; always NUL-terminated (data may hold NULs too). */
struct ju_buf {
	char *data;
	size_t len;
	size_t cap;
};
#define JU_BUF_INIT { NULL, 0, 0 }
void ju_buf_add(struct ju_buf *b, const void *p, size_t n);
void ju_buf_adds(struct ju_buf *b, const char *s);
void ju_buf_addf(struct ju_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ju_buf_reserve(struct ju_buf *b, size_t extra);
/* Hand the data to the caller (who frees it); the buffer is empty again. */
char *ju_buf_detach(struct ju_buf *b, size_t *len);
void ju_buf_release(struct ju_buf *b);

/* Read a whole file; NULL with an error printed on failure.  *len may be NULL. */
char *ju_read_file(const char *path, size_t *len);
/* Write atomically (temp file + rename) so a crash never leaves half a file. */
int ju_write_file_atomic(const char *path, const void *data, size_t len);
/* All of data to fd, through short writes and EINTR: 0, or -1 (errno). */
int ju_write_all(int fd, const void *data, size_t len);
/* mkdir -p; 0 or -1 with an error printed. */
int ju_mkdirs(const char *path, unsigned mode);
/* Remove a directory tree (used for private scratch folders only). */
int ju_rmtree(const char *path);
bool ju_is_dir(const char *path);
bool ju_is_file(const char *path);
char *ju_path_join(const char *a, const char *b);

/* With JUDGE_TRACE=1 in the environment, print "[trace] <ms since the
 * first call> <phase>" to stderr: where the time of a run goes. */
void ju_trace(const char *phase);

/* Monotonic milliseconds / microseconds. */
uint64_t ju_now_us(void);

/* FNV-1a 64-bit hex digest helpers for cache keys (not security). */
struct ju_hash { uint64_t h; };
void ju_hash_init(struct ju_hash *h);
void ju_hash_add(struct ju_hash *h, const void *p, size_t n);
void ju_hash_adds(struct ju_hash *h, const char *s);
/* 16 hex digits + NUL into out[17]. */
void ju_hash_hex(const struct ju_hash *h, char out[17]);

extern bool ju_quiet;

#endif
