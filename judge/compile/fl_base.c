/*
 * fl_base.c - the fast link's base executable (runtime/judge_base): parsed
 * and checked once per link, its symbols hashed for lookup (fastlink.h).
 * The base is built with the judge, so it is trusted, but it is still
 * bounded like any input: a damaged one declines.
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
/* the base */


static uint64_t name_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static struct bsym *hash_slot(const struct fl_base *b, const char *name)
{
	size_t mask = b->hash_size - 1;
	for (size_t i = (size_t)name_hash(name) & mask;; i = (i + 1) & mask) {
		struct bsym *e = &b->hash[i];
		if (!e->name || !strcmp(e->name, name))
			return e;
	}
}

const struct bsym *fl_base_lookup(const struct fl_base *b, const char *name)
{
	const struct bsym *e = hash_slot(b, name);
	return e->name ? e : NULL;
}

/* file offset of vaddr..vaddr+size inside one PT_LOAD's file image, or -1 */
int64_t fl_base_file_off(const struct fl_base *b, uint64_t vaddr, uint64_t size)
{
	for (unsigned i = 0; i < b->eh->e_phnum; i++) {
		const Elf64_Phdr *p = &b->ph[i];
		if (p->p_type != PT_LOAD || vaddr < p->p_vaddr || vaddr - p->p_vaddr > p->p_filesz ||
		    size > p->p_filesz - (vaddr - p->p_vaddr))
			continue;
		return (int64_t)(p->p_offset + (vaddr - p->p_vaddr));
	}
	return -1;
}

static int base_fail(struct fl_base *b, char *why, const char *what)
{
	snprintf(why, FL_WHY_MAX, "the base executable: %s", what);
	fl_base_free(b);
	return -1;
}

int fl_base_open(const void *data, size_t len, struct fl_base **out, char why[FL_WHY_MAX])
{
	struct fl_base *b = calloc(1, sizeof *b);
	*out = NULL;
	if (!b)
		return base_fail(b, why, "out of memory");
	b->data = (unsigned char *)data;
	b->len = len;
	const Elf64_Ehdr *eh = data;
	b->eh = eh;
	if (len < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_machine != EM_X86_64 || eh->e_type != ET_EXEC ||
	    eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_phentsize != sizeof(Elf64_Phdr) ||
	    eh->e_shnum == 0 || eh->e_shstrndx >= eh->e_shnum ||
	    !in_file(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), len) ||
	    !in_file(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr), len) ||
	    eh->e_shoff % 8 || eh->e_phoff % 8)
		return base_fail(b, why, "not a static x86-64 executable");
	b->sh = (const Elf64_Shdr *)((const char *)data + eh->e_shoff);
	b->nsh = eh->e_shnum;
	b->ph = (const Elf64_Phdr *)((const char *)data + eh->e_phoff);
	/* the highest PT_LOAD: writable, its end is the end of everything */
	bool found = false;
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		const Elf64_Phdr *p = &b->ph[i];
		if (p->p_type == PT_INTERP || p->p_type == PT_DYNAMIC)
			return base_fail(b, why, "dynamically linked");
		if (p->p_type != PT_LOAD)
			continue;
		if (!in_file(p->p_offset, p->p_filesz, len) || p->p_memsz < p->p_filesz ||
		    p->p_vaddr > UINT64_MAX - p->p_memsz)
			return base_fail(b, why, "a bad PT_LOAD");
		if (!found || p->p_vaddr > b->ph[b->last_load].p_vaddr)
			b->last_load = i;
		found = true;
	}
	if (!found || !(b->ph[b->last_load].p_flags & PF_W))
		return base_fail(b, why, "no writable last PT_LOAD");
	b->load_end = b->ph[b->last_load].p_vaddr + b->ph[b->last_load].p_memsz;
	for (unsigned i = 0; i < eh->e_phnum; i++)
		if (b->ph[i].p_type == PT_LOAD && b->ph[i].p_vaddr + b->ph[i].p_memsz > b->load_end)
			return base_fail(b, why, "PT_LOADs overlap");
	/* sections: the symbol table, .bss; what lies at the end of the file */
	const Elf64_Shdr *shs = &b->sh[eh->e_shstrndx];
	if (shs->sh_type != SHT_STRTAB || !in_file(shs->sh_offset, shs->sh_size, len))
		return base_fail(b, why, "no section names");
	const char *shnames = (const char *)data + shs->sh_offset;
	b->symtab = 0;
	for (unsigned i = 1; i < b->nsh; i++) {
		const Elf64_Shdr *s = &b->sh[i];
		if (s->sh_type != SHT_NOBITS && !in_file(s->sh_offset, s->sh_size, len))
			return base_fail(b, why, "a section outside the file");
		if (s->sh_type == SHT_SYMTAB) {
			if (b->symtab)
				return base_fail(b, why, "two symbol tables");
			b->symtab = i;
		}
		const char *name = str_at(shnames, shs->sh_size, s->sh_name);
		if (name && !strcmp(name, ".bss") && s->sh_type == SHT_NOBITS)
			b->bss_shndx = (uint16_t)i;
		if ((s->sh_flags & SHF_ALLOC) && s->sh_addr + s->sh_size > b->load_end)
			return base_fail(b, why, "a section past the last PT_LOAD");
	}
	if (!b->symtab || !b->bss_shndx)
		return base_fail(b, why, "no .symtab or no .bss (stripped?)");
	const Elf64_Shdr *st = &b->sh[b->symtab];
	if (st->sh_entsize != sizeof(Elf64_Sym) || st->sh_size % sizeof(Elf64_Sym) ||
	    st->sh_link == 0 || st->sh_link >= b->nsh || b->sh[st->sh_link].sh_type != SHT_STRTAB ||
	    st->sh_offset % 8 || st->sh_info > st->sh_size / sizeof(Elf64_Sym))
		return base_fail(b, why, "a bad symbol table");
	b->strtab = st->sh_link;
	b->syms = (const Elf64_Sym *)((const char *)data + st->sh_offset);
	b->nsyms = st->sh_size / sizeof(Elf64_Sym);
	b->strs = (const char *)data + b->sh[b->strtab].sh_offset;
	b->strs_size = b->sh[b->strtab].sh_size;
	/* the tail: symtab, strtab, shstrtab and the section headers, which the
	 * output rewrites; nothing else may lie there */
	uint64_t tail = eh->e_shoff;
	unsigned tails[3] = { b->symtab, b->strtab, eh->e_shstrndx };
	for (int k = 0; k < 3; k++)
		if (b->sh[tails[k]].sh_offset < tail)
			tail = b->sh[tails[k]].sh_offset;
	for (unsigned i = 1; i < b->nsh; i++) {
		const Elf64_Shdr *s = &b->sh[i];
		if (i == b->symtab || i == b->strtab || i == eh->e_shstrndx || s->sh_type == SHT_NOBITS)
			continue;
		if (s->sh_offset + s->sh_size > tail)
			return base_fail(b, why, "a section after the symbol table");
	}
	for (unsigned i = 0; i < eh->e_phnum; i++)
		if (b->ph[i].p_type == PT_LOAD && b->ph[i].p_offset + b->ph[i].p_filesz > tail)
			return base_fail(b, why, "a PT_LOAD over the symbol table");
	if (eh->e_phoff + (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > tail)
		return base_fail(b, why, "program headers after the symbol table");
	b->tail = tail;
	/* the hash of the names a unit may reach: global and weak definitions,
	 * and locals the linker made of hidden globals (libc's strlen) */
	b->hash_size = 1;
	while (b->hash_size < b->nsyms * 2 + 2)
		b->hash_size <<= 1;
	b->hash = calloc(b->hash_size, sizeof *b->hash);
	if (!b->hash)
		return base_fail(b, why, "out of memory");
	for (size_t i = 1; i < b->nsyms; i++) {
		const Elf64_Sym *s = &b->syms[i];
		unsigned bind = ELF64_ST_BIND(s->st_info), vis = ELF64_ST_VISIBILITY(s->st_other);
		unsigned type = ELF64_ST_TYPE(s->st_info);
		if (s->st_shndx == SHN_UNDEF || type == STT_SECTION || type == STT_FILE)
			continue;
		if (bind == STB_LOCAL && vis != STV_HIDDEN && vis != STV_INTERNAL)
			continue;
		const char *name = str_at(b->strs, b->strs_size, s->st_name);
		if (!name || !*name)
			continue;
		struct bsym *e = hash_slot(b, name);
		if (e->name) {
			e->ambiguous = true;
			continue;
		}
		*e = (struct bsym){ name, s->st_value, (unsigned char)type, s->st_shndx, false };
	}
	/* the slots and the solve cell */
	const struct bsym *t = fl_base_lookup(b, "judge_fl_text"), *d = fl_base_lookup(b, "judge_fl_data");
	const struct bsym *c = fl_base_lookup(b, "judge_fl_solve");
	if (!t || !d || !c || t->ambiguous || d->ambiguous || c->ambiguous)
		return base_fail(b, why, "no slots (judge_fl_text, judge_fl_data, judge_fl_solve)");
	for (size_t i = 1; i < b->nsyms; i++) {
		const char *name = str_at(b->strs, b->strs_size, b->syms[i].st_name);
		if (name && !strcmp(name, "judge_fl_text"))
			b->text_size = b->syms[i].st_size;
		else if (name && !strcmp(name, "judge_fl_data"))
			b->data_size = b->syms[i].st_size;
	}
	b->text_addr = t->value;
	b->data_addr = d->value;
	b->text_shndx = t->shndx;
	b->data_shndx = d->shndx;
	int64_t to = fl_base_file_off(b, b->text_addr, b->text_size);
	int64_t dof = fl_base_file_off(b, b->data_addr, b->data_size);
	int64_t co = fl_base_file_off(b, c->value, 8);
	if (to < 0 || dof < 0 || co < 0 || b->text_size < 4096 || b->data_size < 4096 ||
	    b->text_addr % FL_MAX_ALIGN || b->data_addr % FL_MAX_ALIGN ||
	    b->text_shndx >= b->nsh || b->data_shndx >= b->nsh)
		return base_fail(b, why, "the slots are not in the file");
	b->text_off = (uint64_t)to;
	b->data_off = (uint64_t)dof;
	b->solve_cell_off = (uint64_t)co;
	*out = b;
	return 0;
}

int fl_base_load(const char *path, struct fl_base **out, char why[FL_WHY_MAX])
{
	*out = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || st.st_size <= 0 || st.st_size > (1 << 30)) {
		snprintf(why, FL_WHY_MAX, "cannot read the base executable '%s': %s", path,
			 fd < 0 ? strerror(errno) : "bad size");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	/* mapped, not read: its pages stay the page cache's */
	size_t len = (size_t)st.st_size;
	void *data = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (data == MAP_FAILED) {
		snprintf(why, FL_WHY_MAX, "cannot map the base executable '%s': %s", path,
			 strerror(errno));
		return -1;
	}
	if (fl_base_open(data, len, out, why) < 0) {
		munmap(data, len);
		return -1;
	}
	(*out)->mapped = true;
	return 0;
}

void fl_base_free(struct fl_base *b)
{
	if (!b)
		return;
	if (b->mapped)
		munmap(b->data, b->len);
	free(b->hash);
	free(b);
}
