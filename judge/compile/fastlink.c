/*
 * fastlink.c - the fast link of a unit into the base executable (see
 * fastlink.h and docs/fastlink.md).
 *
 * Everything read from unit.o is bounded before use: sizes and offsets
 * against the file, section and symbol indices against their tables,
 * names against their string tables, relocation places against their
 * sections, and every write against the slot it belongs to.  Whatever
 * this code does not understand declines; it never guesses.
 *
 * The base executable is parsed in fl_base.c, the output written in
 * fl_output.c; this file reads the unit and links it.
 */
#define _GNU_SOURCE
#include "fastlink.h"
#include "fastlink_internal.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* the unit's .bss, a bound that keeps every sum below far from overflow;
 * the relocations' own range checks and the judge's memory limit (from
 * p_memsz) say the rest */
#define FL_BSS_MAX (1ull << 40)
#define FL_STUB_SIZE 8u
/* the highest address of a unit's .bss the fast link takes (see fl_link) */
#define FL_BSS_GCC_DECIDES 0x70000000ull   /* jmp *cell(%rip), padded */

/* The solutions' --wrap list (compile.c's cc_flags, the base's link). */
static const char *const wrapped[] = {
	"malloc", "calloc", "realloc", "strdup", "strndup", "free",
	"posix_spawn", "posix_spawnp", "system", "popen", "pthread_create",
};

/* Symbols the linker defines from the layout: their base values would be
 * wrong for the linked program. */
static const char *const linker_defined[] = {
	"_end", "end", "_edata", "edata", "__bss_start", "_etext", "etext", "__etext",
	"__executable_start", "__ehdr_start", "_GLOBAL_OFFSET_TABLE_", "_DYNAMIC",
	"__init_array_start", "__init_array_end", "__preinit_array_start",
	"__preinit_array_end", "__fini_array_start", "__fini_array_end",
	"__rela_iplt_start", "__rela_iplt_end", "_TLS_MODULE_BASE_",
};

/* ------------------------------------------------------------------ */
/* the unit */

enum place { P_NONE, P_TEXT, P_DATA, P_BSS };

struct usec {
	enum place place;
	uint64_t addr;   /* its address in the linked program */
};

struct usym {
	uint64_t addr;
	bool defined;    /* usable: in a placed section, absolute, common, or resolved */
	bool ifunc;      /* resolved to a base IFUNC: called through a stub */
	uint64_t cell;   /* the IFUNC's cell address */
	int64_t stub;    /* index of its stub, -1 none */
	int64_t got;     /* index of its GOT entry, -1 none */
	const char *name;
	const char *unresolved;   /* an undefined name not linked: why, for a relocation using it */
};

struct unit {
	const unsigned char *data;
	size_t len;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	unsigned nsh;
	const char *shnames;
	uint64_t shnames_size;
	unsigned symtab;
	const Elf64_Sym *syms;
	size_t nsyms;
	const char *strs;
	uint64_t strs_size;
	struct usec *sec;
	struct usym *sym;
	uint64_t text_used, data_used;   /* bytes from each slot's start */
	uint64_t bss_start, bss_end;
	size_t nstubs, ngot;
	uint64_t stubs_addr, got_addr;
	uint64_t solve_addr;
};

static bool is_wrapped(const char *name)
{
	for (size_t i = 0; i < sizeof wrapped / sizeof wrapped[0]; i++)
		if (!strcmp(name, wrapped[i]))
			return true;
	return false;
}

static bool is_linker_defined(const char *name)
{
	for (size_t i = 0; i < sizeof linker_defined / sizeof linker_defined[0]; i++)
		if (!strcmp(name, linker_defined[i]))
			return true;
	return !strncmp(name, "__start_", 8) || !strncmp(name, "__stop_", 7);
}

/* judge_fl_* exist only in the base: a gcc link would not find them */
static bool base_only(const char *name)
{
	return !strncmp(name, "judge_fl_", 9);
}

static bool forbidden_section(const char *name)
{
	static const char *const bad[] = { ".init_array", ".fini_array", ".preinit_array", ".ctors",
					   ".dtors", ".init", ".fini", ".tdata", ".tbss", ".jcr" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		size_t n = strlen(bad[i]);
		if (!strncmp(name, bad[i], n) && (name[n] == '\0' || name[n] == '.'))
			return true;
	}
	return false;
}

static int parse_unit(struct unit *u, char *why)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)u->data;
	u->eh = eh;
	if (u->len < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG))
		return decline(why, "unit.o is not an ELF file");
	if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_machine != EM_X86_64 || eh->e_type != ET_REL || eh->e_version != EV_CURRENT)
		return decline(why, "unit.o is not an x86-64 relocatable object");
	if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0 ||
	    eh->e_shnum >= SHN_LORESERVE || eh->e_shstrndx == SHN_UNDEF ||
	    eh->e_shstrndx >= eh->e_shnum || eh->e_shoff % 8 ||
	    !in_file(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), u->len))
		return decline(why, "unit.o: bad section header table");
	u->sh = (const Elf64_Shdr *)(u->data + eh->e_shoff);
	u->nsh = eh->e_shnum;
	const Elf64_Shdr *shs = &u->sh[eh->e_shstrndx];
	if (shs->sh_type != SHT_STRTAB || !in_file(shs->sh_offset, shs->sh_size, u->len))
		return decline(why, "unit.o: bad section names");
	u->shnames = (const char *)u->data + shs->sh_offset;
	u->shnames_size = shs->sh_size;
	for (unsigned i = 1; i < u->nsh; i++) {
		const Elf64_Shdr *s = &u->sh[i];
		if (s->sh_type != SHT_NOBITS && !in_file(s->sh_offset, s->sh_size, u->len))
			return decline(why, "unit.o: section %u outside the file", i);
		if (!str_at(u->shnames, u->shnames_size, s->sh_name))
			return decline(why, "unit.o: section %u has no name", i);
		if (s->sh_type == SHT_SYMTAB) {
			if (u->symtab)
				return decline(why, "unit.o: two symbol tables");
			u->symtab = i;
		}
	}
	if (!u->symtab)
		return decline(why, "unit.o: no symbol table");
	const Elf64_Shdr *st = &u->sh[u->symtab];
	if (st->sh_entsize != sizeof(Elf64_Sym) || st->sh_size % sizeof(Elf64_Sym) ||
	    st->sh_offset % 8 || st->sh_size == 0 || st->sh_link == 0 || st->sh_link >= u->nsh ||
	    u->sh[st->sh_link].sh_type != SHT_STRTAB)
		return decline(why, "unit.o: bad symbol table");
	u->syms = (const Elf64_Sym *)(u->data + st->sh_offset);
	u->nsyms = st->sh_size / sizeof(Elf64_Sym);
	u->strs = (const char *)u->data + u->sh[st->sh_link].sh_offset;
	u->strs_size = u->sh[st->sh_link].sh_size;
	return 0;
}

/* Where each section goes: read-only ones into the text slot, writable
 * ones into the data slot, NOBITS past the last PT_LOAD. */
static int place_sections(const struct fl_base *b, struct unit *u, char *why)
{
	u->bss_start = u->bss_end = align_up(b->load_end, 64);
	for (unsigned i = 1; i < u->nsh; i++) {
		const Elf64_Shdr *s = &u->sh[i];
		const char *name = u->shnames + s->sh_name;
		switch (s->sh_type) {
		case SHT_SYMTAB:
		case SHT_STRTAB:
		case SHT_NOTE:
		case SHT_NULL:
			continue;
		case SHT_RELA:   /* checked when applied */
			continue;
		case SHT_PROGBITS:
		case SHT_NOBITS:
		case SHT_X86_64_UNWIND:
			break;
		default:
			if (s->sh_flags & SHF_ALLOC)
				return decline(why, "unit.o: section %s of type %#x", name, s->sh_type);
			continue;   /* non-allocated: .llvm_addrsig and such */
		}
		if (!(s->sh_flags & SHF_ALLOC))
			continue;   /* .comment, .note.GNU-stack, debugging */
		if (!strcmp(name, ".eh_frame") || s->sh_type == SHT_X86_64_UNWIND)
			continue;   /* C unwinds nothing; the base's .eh_frame_hdr could not list it */
		if (forbidden_section(name))
			return decline(why, "unit.o has %s (constructors, TLS)", name);
		uint64_t allowed = SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_MERGE | SHF_STRINGS;
		if (s->sh_flags & ~allowed)
			return decline(why, "unit.o: section %s has flags %#llx", name,
				       (unsigned long long)s->sh_flags);
		if ((s->sh_flags & SHF_WRITE) && (s->sh_flags & SHF_EXECINSTR))
			return decline(why, "unit.o: section %s is writable and executable", name);
		uint64_t align = s->sh_addralign ? s->sh_addralign : 1;
		if (!is_pow2_or_zero(align) || align > FL_MAX_ALIGN)
			return decline(why, "unit.o: section %s aligned to %llu", name,
				       (unsigned long long)align);
		if (s->sh_size > FL_BSS_MAX)
			return decline(why, "unit.o: section %s is too large", name);
		if (s->sh_type == SHT_NOBITS) {
			if (!(s->sh_flags & SHF_WRITE))
				return decline(why, "unit.o: read-only NOBITS section %s", name);
			u->sec[i].place = P_BSS;
			u->sec[i].addr = align_up(u->bss_end, align);
			u->bss_end = u->sec[i].addr + s->sh_size;
		} else if (s->sh_flags & SHF_WRITE) {
			uint64_t at = align_up(u->data_used, align);
			if (at > b->data_size || s->sh_size > b->data_size - at)
				return decline(why, "the unit's data (%s) does not fit the %llu-byte slot", name,
					       (unsigned long long)b->data_size);
			u->sec[i].place = P_DATA;
			u->sec[i].addr = b->data_addr + at;
			u->data_used = at + s->sh_size;
		} else {
			uint64_t at = align_up(u->text_used, align);
			if (at > b->text_size || s->sh_size > b->text_size - at)
				return decline(why, "the unit's code (%s) does not fit the %llu-byte slot", name,
					       (unsigned long long)b->text_size);
			u->sec[i].place = P_TEXT;
			u->sec[i].addr = b->text_addr + at;
			u->text_used = at + s->sh_size;
		}
		if (u->bss_end - b->load_end > FL_BSS_MAX)
			return decline(why, "the unit's .bss is too large");
	}
	return 0;
}

/* Each symbol's address: the unit's own, its commons, then the base's. */
static int resolve_symbols(const struct fl_base *b, struct unit *u, char *why)
{
	char buf[512];
	for (size_t i = 1; i < u->nsyms; i++) {
		const Elf64_Sym *s = &u->syms[i];
		struct usym *us = &u->sym[i];
		us->stub = us->got = -1;
		const char *name = str_at(u->strs, u->strs_size, s->st_name);
		if (!name)
			return decline(why, "unit.o: symbol %zu has no name", i);
		us->name = name;
		unsigned type = ELF64_ST_TYPE(s->st_info), bind = ELF64_ST_BIND(s->st_info);
		if (type == STT_TLS || type == STT_GNU_IFUNC)
			return decline(why, "unit.o: %s is %s", name, type == STT_TLS ? "thread-local" : "an IFUNC");
		if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK)
			return decline(why, "unit.o: %s has binding %u", name, bind);
		if (s->st_shndx == SHN_UNDEF) {
			if (bind == STB_LOCAL)
				continue;   /* the null symbol's kind; unusable */
			/* resolved here, judged when a relocation uses it: gas lists
			 * _GLOBAL_OFFSET_TABLE_ for -fPIC code that never needs it */
			if (bind == STB_WEAK) {
				us->unresolved = "a weak reference to";
				continue;
			}
			/* the --wrap renames, as ld does them for undefined references */
			const char *want = name;
			if (is_wrapped(name)) {
				snprintf(buf, sizeof buf, "__wrap_%s", name);
				want = buf;
			} else if (!strncmp(name, "__real_", 7) && is_wrapped(name + 7)) {
				want = name + 7;
			}
			const struct bsym *e = fl_base_lookup(b, want);
			if (is_linker_defined(want) || base_only(want)) {
				us->unresolved = "a reference to";
			} else if (!e) {
				us->unresolved = "undefined reference to";
			} else if (e->ambiguous || e->shndx == SHN_ABS || e->type == STT_TLS ||
				   e->shndx >= SHN_LORESERVE) {
				us->unresolved = "a reference to the base's";
			} else {
				us->addr = e->value;
				us->defined = true;
			}
			if (us->defined && e->type == STT_GNU_IFUNC) {
				char cell[600];
				snprintf(cell, sizeof cell, "judge_fl_cell.%s", want);
				const struct bsym *c = fl_base_lookup(b, cell);
				if (!c || c->ambiguous) {
					us->unresolved = "no cell for the IFUNC";
					us->defined = false;
					continue;
				}
				us->ifunc = true;
				us->cell = c->value;
				us->stub = (int64_t)u->nstubs++;
			}
			continue;
		}
		if (s->st_shndx == SHN_ABS) {
			us->addr = s->st_value;
			us->defined = true;
		} else if (s->st_shndx == SHN_COMMON) {
			uint64_t align = s->st_value ? s->st_value : 1;
			if (!is_pow2_or_zero(align) || align > FL_MAX_ALIGN || s->st_size > FL_BSS_MAX)
				return decline(why, "unit.o: common %s", name);
			us->addr = align_up(u->bss_end, align);
			u->bss_end = us->addr + s->st_size;
			if (u->bss_end - b->load_end > FL_BSS_MAX)
				return decline(why, "the unit's .bss is too large");
			us->defined = true;
		} else if (s->st_shndx < u->nsh) {
			const struct usec *sec = &u->sec[s->st_shndx];
			if (sec->place != P_NONE) {
				if (s->st_value > u->sh[s->st_shndx].sh_size)
					return decline(why, "unit.o: %s lies outside its section", name);
				us->addr = sec->addr + s->st_value;
				us->defined = true;
			}
			/* else in a section left out (.eh_frame, .comment): usable by
			 * nothing placed; a relocation against it declines */
		} else {
			return decline(why, "unit.o: %s in section %u", name, s->st_shndx);
		}
		if (bind == STB_LOCAL)
			continue;
		/* a global definition: a name the base also defines would be a
		 * multiple definition or an override in a real link */
		if (!us->defined)
			return decline(why, "unit.o: global %s in a section left out", name);
		if (!strcmp(name, "judge_solve")) {
			if (type != STT_FUNC || u->sec[s->st_shndx < u->nsh ? s->st_shndx : 0].place != P_TEXT)
				return decline(why, "unit.o: judge_solve is not a function");
			u->solve_addr = us->addr;
			continue;
		}
		if (fl_base_lookup(b, name) || is_linker_defined(name) || base_only(name))
			return decline(why, "the unit defines %s, which the C library or the harness "
					    "defines too", name);
	}
	if (!u->solve_addr)
		return decline(why, "unit.o defines no judge_solve");
	return 0;
}

static const Elf64_Rela *rela_of(const struct unit *u, unsigned i, size_t *n)
{
	*n = u->sh[i].sh_size / sizeof(Elf64_Rela);
	return (const Elf64_Rela *)(u->data + u->sh[i].sh_offset);
}

/* The relocation sections that matter, checked; GOT entries counted. */
static int scan_relocations(struct unit *u, char *why)
{
	for (unsigned i = 1; i < u->nsh; i++) {
		const Elf64_Shdr *r = &u->sh[i];
		if (r->sh_type == SHT_REL)
			return decline(why, "unit.o has REL relocations");
		if (r->sh_type != SHT_RELA)
			continue;
		if (r->sh_info == 0 || r->sh_info >= u->nsh)
			return decline(why, "unit.o: relocations for section %u", r->sh_info);
		const Elf64_Shdr *t = &u->sh[r->sh_info];
		if (u->sec[r->sh_info].place == P_NONE) {
			if (t->sh_flags & SHF_ALLOC && strcmp(u->shnames + t->sh_name, ".eh_frame") &&
			    t->sh_type != SHT_X86_64_UNWIND)
				return decline(why, "unit.o: relocations for a section left out");
			continue;
		}
		if (u->sec[r->sh_info].place == P_BSS)
			return decline(why, "unit.o: relocations in .bss");
		if (r->sh_link != u->symtab || r->sh_entsize != sizeof(Elf64_Rela) ||
		    r->sh_size % sizeof(Elf64_Rela) || r->sh_offset % 8)
			return decline(why, "unit.o: bad relocation section %u", i);
		size_t n;
		const Elf64_Rela *ra = rela_of(u, i, &n);
		for (size_t k = 0; k < n; k++) {
			uint64_t symi = ELF64_R_SYM(ra[k].r_info);
			uint32_t type = ELF64_R_TYPE(ra[k].r_info);
			if (symi >= u->nsyms)
				return decline(why, "unit.o: relocation against symbol %llu",
					       (unsigned long long)symi);
			if (type == R_X86_64_NONE)
				continue;
			if (symi && u->sym[symi].unresolved)
				return decline(why, "%s %s", u->sym[symi].unresolved, u->sym[symi].name);
			if (symi == 0 || !u->sym[symi].defined)
				return decline(why, "unit.o: relocation against %s, which is not linked",
					       symi ? u->sym[symi].name : "no symbol");
			switch (type) {
			case R_X86_64_GOTPCREL:
			case R_X86_64_GOTPCRELX:
			case R_X86_64_REX_GOTPCRELX:
				if (u->sym[symi].got < 0)
					u->sym[symi].got = (int64_t)u->ngot++;
				break;
			case R_X86_64_64:
			case R_X86_64_PC64:
			case R_X86_64_PC32:
			case R_X86_64_PLT32:
			case R_X86_64_32:
			case R_X86_64_32S:
				break;
			default:
				return decline(why, "unit.o: relocation type %u", type);
			}
		}
	}
	return 0;
}


void fl_out_free(struct fl_out *o)
{
	if (!o)
		return;
	free(o->text);
	free(o->data);
	free(o->tail);
	free(o);
}

static uint64_t sym_target(const struct unit *u, size_t symi)
{
	const struct usym *s = &u->sym[symi];
	return s->ifunc ? u->stubs_addr + (uint64_t)s->stub * FL_STUB_SIZE : s->addr;
}

/* A write of w bytes at program address addr into the used part of the
 * slot that starts at slot_addr: false, and nothing written, outside it
 * (the layout keeps every write inside; this makes sure). */
static bool put(unsigned char *slot, uint64_t slot_addr, uint64_t used, uint64_t addr, uint64_t v,
		unsigned w)
{
	if (addr < slot_addr || addr - slot_addr > used || w > used - (addr - slot_addr))
		return false;
	unsigned char *d = slot + (addr - slot_addr);
	for (unsigned k = 0; k < w; k++)
		d[k] = (unsigned char)(v >> (8 * k));
	return true;
}

static int apply_relocations(const struct fl_base *b, const struct unit *u, struct fl_out *o,
			     char *why)
{
	for (unsigned i = 1; i < u->nsh; i++) {
		const Elf64_Shdr *r = &u->sh[i];
		if (r->sh_type != SHT_RELA || u->sec[r->sh_info].place == P_NONE)
			continue;
		const Elf64_Shdr *t = &u->sh[r->sh_info];
		const struct usec *ts = &u->sec[r->sh_info];
		bool text = ts->place == P_TEXT;
		unsigned char *slot = text ? o->text : o->data;
		uint64_t slot_addr = text ? b->text_addr : b->data_addr;
		uint64_t used = text ? o->text_len : o->data_len;
		size_t n;
		const Elf64_Rela *ra = rela_of(u, i, &n);
		for (size_t k = 0; k < n; k++) {
			uint64_t symi = ELF64_R_SYM(ra[k].r_info);
			uint32_t type = ELF64_R_TYPE(ra[k].r_info);
			if (type == R_X86_64_NONE)
				continue;
			unsigned w = (type == R_X86_64_64 || type == R_X86_64_PC64) ? 8 : 4;
			if (ra[k].r_offset > t->sh_size || w > t->sh_size - ra[k].r_offset)
				return decline(why, "unit.o: relocation outside its section");
			uint64_t P = ts->addr + ra[k].r_offset;
			uint64_t S = sym_target(u, symi), A = (uint64_t)ra[k].r_addend, v;
			bool check32 = true, unsigned32 = false;
			switch (type) {
			case R_X86_64_64:
				v = S + A;
				check32 = false;
				break;
			case R_X86_64_PC64:
				v = S + A - P;
				check32 = false;
				break;
			case R_X86_64_PC32:
			case R_X86_64_PLT32:
				v = S + A - P;
				break;
			case R_X86_64_32:
				v = S + A;
				unsigned32 = true;
				break;
			case R_X86_64_32S:
				v = S + A;
				break;
			default:   /* the GOT forms, counted in scan_relocations */
				v = u->got_addr + (uint64_t)u->sym[symi].got * 8 + A - P;
				break;
			}
			if (check32 && (unsigned32 ? v > UINT32_MAX
						   : ((int64_t)v < INT32_MIN || (int64_t)v > INT32_MAX)))
				return decline(why, "relocation out of range (%s)", u->sym[symi].name);
			if (!put(slot, slot_addr, used, P, v, w))
				return decline(why, "a relocation outside the slot");
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* the symbol table of the output */

struct symout {
	struct ju_symbuf {
		Elf64_Sym *v;
		size_t n, cap;
	} syms;
	char *strs;
	size_t strs_len, strs_cap;
};

static int sym_push(struct ju_symbuf *s, const Elf64_Sym *e)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 1024;
		Elf64_Sym *v = realloc(s->v, cap * sizeof *v);
		if (!v)
			return -1;
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = *e;
	return 0;
}

static int64_t str_push(struct symout *o, const char *s)
{
	size_t n = strlen(s) + 1;
	if (o->strs_len + n > o->strs_cap) {
		size_t cap = (o->strs_len + n) * 2;
		char *p = realloc(o->strs, cap);
		if (!p)
			return -1;
		o->strs = p;
		o->strs_cap = cap;
	}
	memcpy(o->strs + o->strs_len, s, n);
	o->strs_len += n;
	return (int64_t)(o->strs_len - n);
}

/* one of the unit's symbols as the output lists it, or false to leave it out */
static bool unit_sym_out(const struct fl_base *b, const struct unit *u, size_t i, Elf64_Sym *e)
{
	const Elf64_Sym *s = &u->syms[i];
	unsigned type = ELF64_ST_TYPE(s->st_info);
	*e = *s;
	if (type == STT_FILE) {
		e->st_shndx = SHN_ABS;
		e->st_value = 0;
		return true;
	}
	if (type == STT_SECTION || s->st_shndx == SHN_UNDEF || !u->sym[i].defined ||
	    !*u->sym[i].name)
		return false;
	e->st_value = u->sym[i].addr;
	if (s->st_shndx == SHN_ABS)
		return true;
	enum place pl = s->st_shndx == SHN_COMMON ? P_BSS : u->sec[s->st_shndx].place;
	e->st_shndx = pl == P_TEXT ? b->text_shndx : pl == P_DATA ? b->data_shndx : b->bss_shndx;
	if (s->st_shndx == SHN_COMMON)
		e->st_info = ELF64_ST_INFO(ELF64_ST_BIND(s->st_info), STT_OBJECT);
	return true;
}

/* 0 with *first_global the index of the first global symbol, or -1 */
static int build_symtab(const struct fl_base *b, const struct unit *u, struct symout *o,
			size_t *first_global_out)
{
	const Elf64_Shdr *st = &b->sh[b->symtab];
	size_t first_global = st->sh_info;
	/* the base's strings as they are: its symbols keep their st_name */
	o->strs_cap = b->strs_size + 4096;
	o->strs = malloc(o->strs_cap);
	if (!o->strs)
		return -1;
	memcpy(o->strs, b->strs, b->strs_size);
	o->strs_len = b->strs_size;
	for (size_t i = 0; i < first_global; i++)
		if (sym_push(&o->syms, &b->syms[i]) < 0)
			return -1;
	for (int pass = 0; pass < 2; pass++) {   /* the unit's locals, then its globals */
		if (pass == 1)
			for (size_t i = first_global; i < b->nsyms; i++)
				if (sym_push(&o->syms, &b->syms[i]) < 0)
					return -1;
		for (size_t i = 1; i < u->nsyms; i++) {
			bool local = ELF64_ST_BIND(u->syms[i].st_info) == STB_LOCAL;
			Elf64_Sym e;
			if (local != (pass == 0) || !unit_sym_out(b, u, i, &e))
				continue;
			int64_t off = str_push(o, u->sym[i].name);
			if (off < 0 || (uint64_t)off > UINT32_MAX)
				return -1;
			e.st_name = (uint32_t)off;
			if (sym_push(&o->syms, &e) < 0)
				return -1;
		}
		if (pass == 0)
			first_global = o->syms.n;
	}
	*first_global_out = first_global;   /* sh_info: now after the unit's locals */
	return 0;
}

static int build_output(const struct fl_base *b, const struct unit *u, struct fl_out *o,
			char *why)
{
	struct symout so = { { NULL, 0, 0 }, NULL, 0, 0 };
	size_t first_global = 0;
	if (build_symtab(b, u, &so, &first_global) < 0) {
		free(so.syms.v);
		free(so.strs);
		return decline(why, "out of memory");
	}
	/* the tail, laid out from the base's tail offset */
	const Elf64_Shdr *shs = &b->sh[b->eh->e_shstrndx];
	uint64_t symtab_off = align_up(b->tail, 8);
	uint64_t symtab_size = so.syms.n * sizeof(Elf64_Sym);
	uint64_t strtab_off = symtab_off + symtab_size;
	uint64_t shstr_off = strtab_off + so.strs_len;
	uint64_t shdr_off = align_up(shstr_off + shs->sh_size, 8);
	o->tail_len = shdr_off + (uint64_t)b->nsh * sizeof(Elf64_Shdr) - b->tail;
	o->tail = calloc(1, o->tail_len);
	if (!o->tail) {
		free(so.syms.v);
		free(so.strs);
		return decline(why, "out of memory");
	}
	unsigned char *t = o->tail - b->tail;   /* indexed by file offset */
	memcpy(t + symtab_off, so.syms.v, symtab_size);
	memcpy(t + strtab_off, so.strs, so.strs_len);
	memcpy(t + shstr_off, b->data + shs->sh_offset, shs->sh_size);
	Elf64_Shdr *sh = (Elf64_Shdr *)(t + shdr_off);
	memcpy(sh, b->sh, (size_t)b->nsh * sizeof(Elf64_Shdr));
	sh[b->symtab].sh_offset = symtab_off;
	sh[b->symtab].sh_size = symtab_size;
	sh[b->symtab].sh_info = (uint32_t)first_global;
	sh[b->strtab].sh_offset = strtab_off;
	sh[b->strtab].sh_size = so.strs_len;
	sh[b->eh->e_shstrndx].sh_offset = shstr_off;
	o->eh = *b->eh;
	o->eh.e_shoff = shdr_off;
	free(so.syms.v);
	free(so.strs);
	/* the slots: the sections, the stubs and the GOT */
	o->text_len = u->got_addr + (uint64_t)u->ngot * 8 - b->text_addr;
	o->data_len = u->data_used;
	o->text = calloc(1, o->text_len ? o->text_len : 1);
	o->data = calloc(1, o->data_len ? o->data_len : 1);
	if (!o->text || !o->data)
		return decline(why, "out of memory");
	for (unsigned i = 1; i < u->nsh; i++) {
		const Elf64_Shdr *s = &u->sh[i];
		const struct usec *us = &u->sec[i];
		if (us->place != P_TEXT && us->place != P_DATA)
			continue;
		bool text = us->place == P_TEXT;
		uint64_t at = us->addr - (text ? b->text_addr : b->data_addr);
		/* place_sections kept [at, at + size) inside the used part */
		if (at + s->sh_size > (text ? o->text_len : o->data_len))
			return decline(why, "a section outside the slot");
		memcpy((text ? o->text : o->data) + at, u->data + s->sh_offset, s->sh_size);
	}
	for (size_t i = 1; i < u->nsyms; i++) {
		const struct usym *s = &u->sym[i];
		if (s->stub >= 0) {
			uint64_t at = u->stubs_addr + (uint64_t)s->stub * FL_STUB_SIZE;
			/* jmp *cell(%rip), then two int3 */
			int64_t rel = (int64_t)(s->cell - (at + 6));
			bool ok = rel >= INT32_MIN && rel <= INT32_MAX &&
				  put(o->text, b->text_addr, o->text_len, at, 0x25ff, 2) &&
				  put(o->text, b->text_addr, o->text_len, at + 2, s->cell - (at + 6), 4) &&
				  put(o->text, b->text_addr, o->text_len, at + 6, 0xcccc, 2);
			if (!ok)
				return decline(why, "a stub outside the slot");
		}
		if (s->got >= 0 && !put(o->text, b->text_addr, o->text_len,
					u->got_addr + (uint64_t)s->got * 8, sym_target(u, i), 8))
			return decline(why, "a GOT entry outside the slot");
	}
	/* the harness's judge_solve jumps to the unit's */
	o->solve = u->solve_addr;
	/* the unit's .bss: the last PT_LOAD grows (the memory check reads it) */
	o->last_load = b->ph[b->last_load];
	if (u->bss_end > b->load_end)
		o->last_load.p_memsz = u->bss_end - o->last_load.p_vaddr;
	return 0;
}

int fl_link(const struct fl_base *b, const void *obj, size_t len, struct fl_out **out,
	    char why[FL_WHY_MAX])
{
	struct unit u;
	struct fl_out *o = calloc(1, sizeof *o);
	int rc;
	memset(&u, 0, sizeof u);
	*out = NULL;
	u.data = obj;
	u.len = len;
	if (!o)
		return decline(why, "out of memory");
	if (len > FL_OBJ_MAX) {
		rc = decline(why, "unit.o is larger than %u bytes", FL_OBJ_MAX);
		goto done;
	}
	if ((rc = parse_unit(&u, why)) != 0)
		goto done;
	u.sec = calloc(u.nsh, sizeof *u.sec);
	u.sym = calloc(u.nsyms, sizeof *u.sym);
	if (!u.sec || !u.sym) {
		rc = decline(why, "out of memory");
		goto done;
	}
	if ((rc = place_sections(b, &u, why)) != 0 || (rc = resolve_symbols(b, &u, why)) != 0 ||
	    (rc = scan_relocations(&u, why)) != 0)
		goto done;
	/* gcc puts the unit's .bss before the C library's, whose references
	 * then break past 2 GiB ("relocation truncated to fit": a CE); here it
	 * would come last and link.  Near that size gcc decides. */
	if (u.bss_end > FL_BSS_GCC_DECIDES) {
		rc = decline(why, "the unit's .bss reaches past 2 GiB (gcc decides)");
		goto done;
	}
	/* the stubs, then the GOT, after the unit's read-only sections */
	uint64_t at = align_up(u.text_used, 16);
	uint64_t stubs = (uint64_t)u.nstubs * FL_STUB_SIZE;
	uint64_t got_at = align_up(at + stubs, 8);
	if (got_at > b->text_size || (uint64_t)u.ngot * 8 > b->text_size - got_at) {
		rc = decline(why, "the unit's code does not fit the %llu-byte slot",
			     (unsigned long long)b->text_size);
		goto done;
	}
	u.stubs_addr = b->text_addr + at;
	u.got_addr = b->text_addr + got_at;
	if ((rc = build_output(b, &u, o, why)) != 0 || (rc = apply_relocations(b, &u, o, why)) != 0)
		goto done;
	*out = o;
	o = NULL;
done:
	fl_out_free(o);
	free(u.sec);
	free(u.sym);
	return rc;
}
