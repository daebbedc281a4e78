/*
 * case_file.c - the cases as the harness reads them from its fd 3:
 * "JUDGE-CASES 2\n<ncases> <nargs> <flags>\n", then per value
 * "<len>\n<bytes>\n" (harness.c reads it).  Only arguments: expected
 * answers never enter the solution's process.
 */
#define _GNU_SOURCE
#include "case_file.h"

#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void case_text(const struct problem *p, int first, int count, struct ju_buf *b)
{
	ju_buf_addf(b, "JUDGE-CASES 2\n%d %d %u\n", count, p->nparams, p->mutates_input ? 1u : 0u);
	for (int i = first; i < first + count; i++)
		for (int a = 0; a < p->nparams; a++) {
			const char *v = p->cases[i].args[a];
			ju_buf_addf(b, "%zu\n", strlen(v));
			ju_buf_adds(b, v);
			ju_buf_adds(b, "\n");
		}
}

static int make_case_file(const struct problem *p, int first, int count)
{
	struct ju_buf b = JU_BUF_INIT;
	case_text(p, first, count, &b);
	int fd = memfd_create("judge-cases", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0) {
		ju_buf_release(&b);
		return ju_error("cannot create the case file:");
	}
	if (ju_write_all(fd, b.data, b.len) < 0) {
		close(fd);
		ju_buf_release(&b);
		return ju_error("cannot write the case file:");
	}
	ju_buf_release(&b);
	/* the solution could write to its fd 3: sealed, it cannot */
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) < 0) {
		close(fd);
		return ju_error("cannot seal the case file:");
	}
	return fd;
}

/* All of a problem's loaded cases: the cached case set's input file, made
 * once (building 2.7 MB of 10^4-node trees into a memfd took 1.6 ms of
 * every run of 297).  The solution gets it read-only and can change it by
 * no call it is allowed (its fd is O_RDONLY; fchmod, ftruncate trap).  A
 * file whose header or size is not what these cases make is rewritten. */
static int cached_case_file(const struct problem *p)
{
	char head[64];
	int hl = snprintf(head, sizeof head, "JUDGE-CASES 2\n%d %d %u\n", p->ncases, p->nparams,
			  p->mutates_input ? 1u : 0u);
	size_t size = (size_t)hl;
	for (int i = 0; i < p->ncases; i++)
		for (int a = 0; a < p->nparams; a++) {
			size_t n = strlen(p->cases[i].args[a]);
			size += (size_t)snprintf(NULL, 0, "%zu", n) + n + 2;
		}
	int fd = open(p->run_input, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	char got[64];
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == size &&
	    pread(fd, got, (size_t)hl, 0) == hl && !memcmp(got, head, (size_t)hl))
		return fd;
	if (fd >= 0)
		close(fd);
	struct ju_buf b = JU_BUF_INIT;
	case_text(p, 0, p->ncases, &b);
	/* a data folder that cannot be written only costs the memfd below */
	bool ok = ju_write_file_atomic(p->run_input, b.data, b.len) == 0;
	ju_buf_release(&b);
	fd = ok ? open(p->run_input, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
	return fd >= 0 ? fd : make_case_file(p, 0, p->ncases);   /* a read-only data folder */
}

int run_case_file(const struct problem *p, int first, int count)
{
	if (first == 0 && count == p->ncases && p->run_input && p->cases == p->run_cases &&
	    p->ncases == p->run_ncases)
		return cached_case_file(p);
	return make_case_file(p, first, count);
}
