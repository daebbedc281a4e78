/*
 * fastlink_internal.h - what the fast link's files share (fastlink.c: the
 * unit and the link; fl_base.c: the base executable; fl_output.c: the
 * output file), and nobody else.
 */
#ifndef FL_FASTLINK_INTERNAL_H
#define FL_FASTLINK_INTERNAL_H

#include "fastlink.h"

#include <elf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define FL_MAX_ALIGN 4096u
/* A unit.o larger than this is not a solution (the gcc link takes it). */
#define FL_OBJ_MAX (64u << 20)

struct bsym {
	const char *name;   /* NULL: empty hash slot */
	uint64_t value;
	unsigned char type;
	uint16_t shndx;
	bool ambiguous;
};

struct fl_base {
	unsigned char *data;   /* mapped when loaded from a file */
	size_t len;
	bool mapped;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	unsigned nsh;
	const Elf64_Phdr *ph;
	unsigned symtab, strtab;   /* section indices */
	const Elf64_Sym *syms;
	size_t nsyms;
	const char *strs;
	uint64_t strs_size;
	struct bsym *hash;      /* open addressing, power-of-two size */
	size_t hash_size;
	/* the slots and cells */
	uint64_t text_addr, text_size, text_off;
	uint64_t data_addr, data_size, data_off;
	uint16_t text_shndx, data_shndx, bss_shndx;
	uint64_t solve_cell_off;      /* file offset of judge_fl_solve */
	unsigned last_load;           /* index of the highest PT_LOAD */
	uint64_t load_end;            /* its p_vaddr + p_memsz */
	uint64_t tail;                /* file offset where symtab, strtab, shstrtab, shdrs begin */
};

/* The output: the base's bytes up to its tail, with these patches. */
struct fl_out {
	unsigned char *text, *data;   /* the used part of each slot */
	uint64_t text_len, data_len;
	uint64_t solve;               /* the unit's judge_solve, for judge_fl_solve */
	Elf64_Phdr last_load;         /* the last PT_LOAD, p_memsz raised */
	Elf64_Ehdr eh;                /* e_shoff moved */
	unsigned char *tail;          /* symtab, strtab, shstrtab, section headers */
	uint64_t tail_len;
};

/* fl_base.c: a base symbol by name (NULL: none), and the file offset of
 * vaddr..vaddr+size inside one PT_LOAD's file image (-1: none) */
const struct bsym *fl_base_lookup(const struct fl_base *b, const char *name);
int64_t fl_base_file_off(const struct fl_base *b, uint64_t vaddr, uint64_t size);

static inline int decline(char *why, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline int decline(char *why, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, FL_WHY_MAX, fmt, ap);
	va_end(ap);
	return 1;
}

/* a NUL-terminated name at off in a string table, or NULL */
static inline const char *str_at(const char *tab, uint64_t tab_size, uint64_t off)
{
	if (off >= tab_size || !memchr(tab + off, 0, tab_size - off))
		return NULL;
	return tab + off;
}

static inline bool in_file(uint64_t off, uint64_t size, uint64_t file_size)
{
	return off <= file_size && size <= file_size - off;
}

static inline bool is_pow2_or_zero(uint64_t a)
{
	return (a & (a - 1)) == 0;
}

static inline uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

#endif
