/*
 * fastlink.h - link a solution's unit.o into the prebuilt base executable
 * without running a linker (issue 7; docs/fastlink.md).
 *
 * runtime/judge_base is the harness, static glibc and every libc symbol a
 * solution can reach, linked once at build time with slots for one unit
 * (judge/harness/harness_base.c).  fl_link copies the unit's allocated
 * sections into the slots, resolves its references (its own symbols, then
 * the base's, with the solutions' --wrap renames), applies its x86-64
 * relocations, points the base's judge_solve at the unit's, raises the last
 * PT_LOAD's p_memsz over the unit's .bss, and adds the unit's symbols to the
 * output's symbol table.
 *
 * unit.o comes from the sandboxed compiler: it is hostile input.  Every
 * offset, size and index is bounded; anything unusual (TLS, constructors,
 * IFUNC definitions, an unknown relocation, a full slot, a name the base
 * lacks or also defines, a malformed file) declines with a reason, and the
 * caller links with gcc instead, which then also gives the real messages.
 */
#ifndef FL_FASTLINK_H
#define FL_FASTLINK_H

#include <stddef.h>

#define FL_WHY_MAX 256

/* The base executable, parsed (trusted: built with the judge, but checked). */
struct fl_base;

/* 0 with *out set, or -1 with why filled. */
int fl_base_open(const void *data, size_t len, struct fl_base **out, char why[FL_WHY_MAX]);
/* The same from a file (read into memory, owned by the base). */
int fl_base_load(const char *path, struct fl_base **out, char why[FL_WHY_MAX]);
void fl_base_free(struct fl_base *b);

/* The linked program: the base's bytes with a few patches (the slots' used
 * parts, judge_fl_solve, the last program header, a new symbol table). */
struct fl_out;

/* Link the relocatable object obj[0..len) into the base.
 * 0: linked, *out set (fl_out_free).  1: declined, why says why. */
int fl_link(const struct fl_base *b, const void *obj, size_t len, struct fl_out **out,
	    char why[FL_WHY_MAX]);
void fl_out_free(struct fl_out *o);

/* The executable as one buffer (malloc'd, *len bytes): 0, or -1. */
int fl_out_image(const struct fl_base *b, const struct fl_out *o, unsigned char **image,
		 size_t *len);

/* Writing the executable in two halves, so that the first can overlap the
 * compiler's run: fl_prepare creates path (a new file, never through a
 * link: O_EXCL, O_NOFOLLOW) holding the base, with holes for its zero
 * pages (the empty slots), and returns its descriptor, or -1 (errno);
 * fl_finish writes the patches through it: 0, or -1 (errno). */
int fl_prepare(const struct fl_base *b, const char *path);
int fl_finish(const struct fl_base *b, const struct fl_out *o, int fd);

/* An image written as a new executable file (0755), zero pages as holes. */
int fl_write_image(const char *path, const unsigned char *image, size_t len);

/* unit.o read into memory: a regular file (no link, no FIFO) of at most
 * 64 MiB; malloc'd, or NULL. */
unsigned char *fl_read_object(const char *path, size_t *len);

/* base file + object file -> executable file: 0 linked, 1 declined (why). */
int fl_link_files(const char *base_path, const char *obj_path, const char *out_path,
		  char why[FL_WHY_MAX]);

#endif
