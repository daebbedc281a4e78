/*
 * test_fastlink.c - the fast link (judge/compile/fastlink.c) on real
 * objects made by gcc -c here: every problem's reference links, a unit
 * exercising what solutions use (IFUNCs, libm, libgcc, .data, .bss, jump
 * tables, function pointers, --wrap) behaves exactly as when gcc links the
 * same unit.o, in its -fPIE, -fPIC -fno-plt and -fno-pie forms; the state
 * diagnostic still finds the unit's globals; and what the fast link does
 * not handle, or a malformed unit.o, declines (never crashes).
 */
#define _GNU_SOURCE
#include "cu_tests.h"

#include "config.h"
#include "custom.h"
#include "fastlink.h"
#include "util.h"

#include <CUnit/CUnit.h>
#include <elf.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static struct fl_base *base;
static char *tmp;   /* a scratch folder */

static int suite_init(void)
{
	char why[FL_WHY_MAX];
	char *path = ju_asprintf("%s/judge_base", JUDGE_RUNTIME_DIR);
	int rc = fl_base_load(path, &base, why);
	if (rc < 0)
		fprintf(stderr, "fastlink tests: %s\n", why);
	free(path);
	tmp = ju_strdup("/tmp/judge-fltest-XXXXXX");
	if (!mkdtemp(tmp))
		return -1;
	return rc;
}

static int suite_clean(void)
{
	fl_base_free(base);
	ju_rmtree(tmp);
	free(tmp);
	return 0;
}

/* unit.c (as compile.c builds it) of a source and a driver, compiled with
 * gcc -c and the solutions' flags plus extra; the object's bytes, or NULL */
static unsigned char *compile_unit(const char *src, const char *driver, const char *extra,
				   size_t *len)
{
	char *unit = ju_path_join(tmp, "unit.c"), *obj = ju_path_join(tmp, "unit.o");
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_adds(&b, "#include \"lc_std.h\"\n#include \"lc_prelude.h\"\n"
			"#define main judge__ignored_user_main\n");
	ju_buf_adds(&b, src);
	ju_buf_adds(&b, "\n#undef main\n#include \"layout_check.h\"\n#include \"judge_driver.h\"\n");
	ju_buf_adds(&b, driver);
	ju_write_file_atomic(unit, b.data, b.len);
	ju_buf_release(&b);
	unlink(obj);
	char *cmd = ju_asprintf("cd %s && %s -std=gnu11 -O2 -ftrivial-auto-var-init=pattern %s "
				"-I%s/include -c unit.c -o unit.o", tmp, JUDGE_CC, extra,
				JUDGE_RUNTIME_DIR);
	int rc = system(cmd);
	unsigned char *data = rc == 0 ? fl_read_object(obj, len) : NULL;
	free(cmd);
	free(unit);
	free(obj);
	return data;
}

static int link_unit(const unsigned char *obj, size_t len, const char *out_path, char *why)
{
	struct fl_out *o = NULL;
	int rc = fl_link(base, obj, len, &o, why);
	if (rc == 0 && out_path) {
		unsigned char *img;
		size_t n;
		CU_ASSERT_FATAL(fl_out_image(base, o, &img, &n) == 0);
		CU_ASSERT_FATAL(fl_write_image(out_path, img, n) == 0);
		free(img);
	}
	fl_out_free(o);
	return rc;
}

/* ---- every reference solution links ---- */

static void test_references_link(void)
{
	const char *srcdir = getenv("JUDGE_TEST_SOURCE_DIR");
	CU_ASSERT_PTR_NOT_NULL_FATAL(srcdir);
	char *cmd = ju_asprintf("ls %s/problems", srcdir);
	FILE *ls = popen(cmd, "r");
	char slug[256];
	int linked = 0, total = 0;
	while (ls && fgets(slug, sizeof slug, ls)) {
		slug[strcspn(slug, "\n")] = 0;
		char *dir = ju_asprintf("%s/problems/%s", srcdir, slug);
		char *ref = ju_path_join(dir, "reference.c"), *drv = ju_path_join(dir, "driver.c");
		char *src = ju_read_file(ref, NULL), *driver = ju_read_file(drv, NULL);
		if (src && driver) {
			size_t len;
			unsigned char *obj = compile_unit(src, driver, "", &len);
			char why[FL_WHY_MAX] = "";
			total++;
			if (obj && link_unit(obj, len, NULL, why) == 0)
				linked++;
			else
				fprintf(stderr, "\n%s: %s\n", slug, obj ? why : "did not compile");
			free(obj);
		}
		free(src);
		free(driver);
		free(ref);
		free(drv);
		free(dir);
	}
	if (ls)
		pclose(ls);
	free(cmd);
	CU_ASSERT(total >= 18);
	CU_ASSERT_EQUAL(linked, total);
}

/* ---- the same unit.o linked by gcc and by the fast link behaves the same ---- */

static const char exercise[] =
	"static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }\n"
	"int counter = 7;\n"
	"static int calls;\n"
	"int big[100000];\n"
	"const char *names[] = { \"alpha\", \"beta\", \"gamma\" };\n"
	"static int (*const fns[])(const void *, const void *) = { cmp };\n"
	"__attribute__((noinline)) int sw(int x) {\n"
	"	switch (x) { case 0: return 3; case 1: return 9; case 2: return 27; case 3: return 81;\n"
	"	case 4: return 243; case 5: return 1; case 6: return 77; default: return -1; }\n"
	"}\n"
	"volatile unsigned long long bits = 0xF0F0F0F0F0F0ull;\n"
	"volatile double half = 2.5;\n";
static const char exercise_driver[] =
	"void judge_solve(struct judge_case *c)\n"
	"{\n"
	"	char buf[128];\n"
	"	int a[8] = { 5, 3, 9, 1, 7, 2, 8, 6 };\n"
	"	qsort(a, 8, sizeof a[0], fns[0]);\n"
	"	memcpy(big, a, sizeof a);\n"
	"	size_t n = strlen(names[calls % 3]);\n"
	"	double f = floor(half + counter) + sqrt(half * 10) + pow(half, 3.0);\n"
	"	int pc = __builtin_popcountll(bits + (unsigned)calls);\n"
	"	snprintf(buf, sizeof buf, \"%d %zu %.6f %d %d %d\", a[0] * 100 + a[7], n, f, pc,\n"
	"		 sw(counter % 7 + calls), big[99999]);\n"
	"	printf(\"%s|\", buf);\n"
	"	fputs(names[1], stdout);\n"
	"	putchar('\\n');\n"
	"	fflush(stdout);\n"
	"	calls++;\n"
	"	big[99999] = calls * 11;\n"
	"	char *d = strdup(buf);\n"
	"	judge_ret_int(c, (int)strlen(d) + big[99999]);\n"
	"	free(d);\n"
	"}\n";

/* run a solution binary on n cases without arguments; its stdout, malloc'd */
static char *run_binary(const char *bin)
{
	char *cases = ju_path_join(tmp, "cases"), *go = ju_path_join(tmp, "go");
	char *out = ju_path_join(tmp, "stdout"), *res = ju_path_join(tmp, "result");
	ju_write_file_atomic(cases, "JUDGE-CASES 1\n3 0\n", 18);
	ju_write_file_atomic(go, "ggg", 3);
	pid_t pid = fork();
	if (pid == 0) {
		int c = open(cases, O_RDONLY), g = open(go, O_RDONLY);
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int r = open(res, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(g, 0);
		dup2(o, 1);
		dup2(c, 3);
		dup2(r, 4);
		execl(bin, bin, (char *)NULL);
		_exit(127);
	}
	int status = -1;
	waitpid(pid, &status, 0);
	char *text = WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ju_read_file(out, NULL) : NULL;
	free(cases);
	free(go);
	free(out);
	free(res);
	return text;
}

static void differential(const char *extra)
{
	size_t len;
	unsigned char *obj = compile_unit(exercise, exercise_driver, extra, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(obj);
	char why[FL_WHY_MAX] = "";
	char *fast = ju_path_join(tmp, "fast"), *slow = ju_path_join(tmp, "slow");
	int rc = link_unit(obj, len, fast, why);
	if (rc)
		fprintf(stderr, "\n%s: declined: %s\n", extra, why);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	char *cmd = ju_asprintf("cd %s && %s -static %s "
				"-Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,"
				"--wrap=strndup,--wrap=free,--wrap=posix_spawn,--wrap=posix_spawnp,"
				"--wrap=system,--wrap=popen,--wrap=pthread_create -o slow "
				"%s/judge_harness.o unit.o -lm", tmp, JUDGE_CC, JUDGE_FAST_LD,
				JUDGE_RUNTIME_DIR);
	CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
	char *a = run_binary(fast), *b = run_binary(slow);
	CU_ASSERT_PTR_NOT_NULL(a);
	CU_ASSERT_PTR_NOT_NULL(b);
	if (a && b) {
		CU_ASSERT_STRING_EQUAL(a, b);
		CU_ASSERT(strstr(a, "|beta\n") != NULL);
		CU_ASSERT(strncmp(a, "109 5 ", 6) == 0);   /* sorted: 1*100 + 9; strlen("alpha") */
	}
	if (a && b && strcmp(a, b))
		fprintf(stderr, "\nfast:\n%s\ngcc:\n%s\n", a, b);
	free(a);
	free(b);
	free(cmd);
	free(fast);
	free(slow);
	free(obj);
}

static void test_same_as_gcc_pie(void)
{
	differential("");
}

static void test_same_as_gcc_pic_noplt(void)
{
	differential("-fPIC -fno-plt");   /* every external through the GOT */
}

static void test_same_as_gcc_nopie(void)
{
	differential("-fno-pie");   /* absolute R_X86_64_32 / 32S */
}

/* ---- the output: p_memsz over the unit's .bss, the unit's symbols ---- */

static uint64_t load_memsz(const char *path)
{
	size_t len;
	char *d = ju_read_file(path, &len);
	uint64_t total = 0;
	if (!d)
		return 0;
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)d;
	for (int i = 0; i < eh->e_phnum; i++) {
		const Elf64_Phdr *ph = (const Elf64_Phdr *)(d + eh->e_phoff) + i;
		if (ph->p_type == PT_LOAD)
			total += ph->p_memsz;
	}
	free(d);
	return total;
}

static void test_bss_and_symbols(void)
{
	static const char src[] =
		"int counter = 3;\nstatic long total;\nchar huge[64 << 20];\n"
		"int bump(void) { static int inside; huge[inside] = 1; total += counter; return ++inside; }\n";
	static const char drv[] = "void judge_solve(struct judge_case *c) { judge_ret_int(c, bump()); }\n";
	size_t len;
	unsigned char *obj = compile_unit(src, drv, "", &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(obj);
	char why[FL_WHY_MAX] = "";
	char *bin = ju_path_join(tmp, "state"), *srcpath = ju_path_join(tmp, "state.c");
	CU_ASSERT_EQUAL_FATAL(link_unit(obj, len, bin, why), 0);
	char *basepath = ju_asprintf("%s/judge_base", JUDGE_RUNTIME_DIR);
	/* the judge's "static data larger than the memory limit" reads this */
	CU_ASSERT(load_memsz(bin) >= load_memsz(basepath) + (64u << 20));
	ju_write_file_atomic(srcpath, src, strlen(src));
	char **names = NULL;
	int n = 0;
	CU_ASSERT_EQUAL(cust_state_vars(bin, srcpath, &names, &n), 0);
	bool counter = false, total = false, huge = false, inside = false;
	for (int i = 0; i < n; i++) {
		counter |= !strcmp(names[i], "counter");
		total |= !strcmp(names[i], "total");
		huge |= !strcmp(names[i], "huge");
		inside |= !strcmp(names[i], "inside");
		free(names[i]);
	}
	free(names);
	CU_ASSERT(counter && total && huge && inside);
	free(basepath);
	free(bin);
	free(srcpath);
	free(obj);
}

/* ---- what the fast link leaves to gcc ---- */

static void expect_decline(const char *src, const char *drv, const char *extra, const char *why_has)
{
	size_t len;
	unsigned char *obj = compile_unit(src, drv, extra, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(obj);
	char why[FL_WHY_MAX] = "";
	CU_ASSERT_EQUAL(link_unit(obj, len, NULL, why), 1);
	CU_ASSERT(strstr(why, why_has) != NULL);
	if (!strstr(why, why_has))
		fprintf(stderr, "\nwanted '%s' in '%s'\n", why_has, why);
	free(obj);
}

static const char ret0[] = "void judge_solve(struct judge_case *c) { judge_ret_int(c, f()); }\n";

static void test_declines(void)
{
	expect_decline("__thread int t;\nint f(void) { return ++t; }\n", ret0, "", "t");
	expect_decline("static int v;\n__attribute__((constructor)) static void init(void) { v = 1; }\n"
		       "int f(void) { return v; }\n", ret0, "", ".init_array");
	expect_decline("int foo(void);\nint f(void) { return foo(); }\n", ret0, "",
		       "undefined reference to foo");
	expect_decline("int f(void) { return 1; }\n#undef main\nint main(void) { return 0; }\n", ret0, "",
		       "defines main");
	expect_decline("extern char judge_fl_solve[];\nint f(void) { return judge_fl_solve[0]; }\n", ret0,
		       "", "judge_fl_solve");
	expect_decline("extern char _end[];\nint f(void) { return _end[0]; }\n", ret0, "", "_end");
	expect_decline("int table[64 << 10] = { 1 };\nint f(void) { return table[3]; }\n", ret0, "",
		       "does not fit");
	expect_decline("char huge[3ull << 30];\nint f(void) { return huge[(3ull << 30) - 1]; }\n",
		       ret0, "", "2 GiB");
	expect_decline("int f(void) { return 1; }\n", "void judge_solve_other(void) {}\n", "",
		       "no judge_solve");
	expect_decline("__attribute__((aligned(8192))) int page[4] = { 1 };\n"
		       "int f(void) { return page[1]; }\n", ret0, "", "aligned");
	expect_decline("__attribute__((weak)) int maybe(void);\n"
		       "int f(void) { return maybe ? maybe() : 0; }\n", ret0, "", "weak");
}

/* ---- a hostile unit.o: declined, never a crash ---- */

static void mutate_and_link(const unsigned char *obj, size_t len, size_t off, const void *v, size_t n)
{
	unsigned char *copy = malloc(len);
	memcpy(copy, obj, len);
	if (off + n <= len)
		memcpy(copy + off, v, n);
	char why[FL_WHY_MAX] = "";
	int rc = link_unit(copy, len, NULL, why);
	CU_ASSERT_EQUAL(rc, 1);
	if (rc != 1)
		fprintf(stderr, "\nlinked with %zu bytes changed at %zu\n", n, off);
	free(copy);
}

static void test_malformed(void)
{
	size_t len;
	unsigned char *obj = compile_unit(exercise, exercise_driver, "", &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(obj);
	char why[FL_WHY_MAX];
	/* every truncation */
	int linked = 0;
	for (size_t n = 0; n < len; n += (n < 256 ? 1 : 61))
		linked += link_unit(obj, n, NULL, why) == 0;
	CU_ASSERT_EQUAL(linked, 0);
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)obj;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(obj + eh->e_shoff);
	const char *names = (const char *)obj + sh[eh->e_shstrndx].sh_offset;
	uint64_t huge = ~0ull / 2;
	uint16_t big16 = 0xfff0;
	uint32_t type_rel = SHT_REL;
	mutate_and_link(obj, len, offsetof(Elf64_Ehdr, e_shoff), &huge, 8);
	mutate_and_link(obj, len, offsetof(Elf64_Ehdr, e_shnum), &big16, 2);
	mutate_and_link(obj, len, offsetof(Elf64_Ehdr, e_shstrndx), &big16, 2);
	for (int i = 1; i < eh->e_shnum; i++) {
		size_t at = eh->e_shoff + (size_t)i * sizeof(Elf64_Shdr);
		/* .eh_frame and its relocations are left out: damage there is harmless */
		bool eh_frame = !strcmp(names + sh[i].sh_name, ".eh_frame") ||
				(sh[i].sh_type == SHT_RELA && sh[i].sh_info < eh->e_shnum &&
				 !strcmp(names + sh[sh[i].sh_info].sh_name, ".eh_frame"));
		if (eh_frame)
			continue;
		if (sh[i].sh_type == SHT_RELA) {
			uint32_t bad = 0xffff;
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_info), &bad, 4);
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_link), &bad, 4);
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_type), &type_rel, 4);
			/* a relocation far past its section, and against no symbol */
			Elf64_Rela r;
			memcpy(&r, obj + sh[i].sh_offset, sizeof r);
			r.r_offset = 1u << 30;
			mutate_and_link(obj, len, sh[i].sh_offset, &r, sizeof r);
			memcpy(&r, obj + sh[i].sh_offset, sizeof r);
			r.r_info = ELF64_R_INFO(0xffffff, ELF64_R_TYPE(r.r_info));
			mutate_and_link(obj, len, sh[i].sh_offset, &r, sizeof r);
			memcpy(&r, obj + sh[i].sh_offset, sizeof r);
			r.r_info = ELF64_R_INFO(ELF64_R_SYM(r.r_info), R_X86_64_TPOFF32);
			mutate_and_link(obj, len, sh[i].sh_offset, &r, sizeof r);
		}
		if (sh[i].sh_type == SHT_SYMTAB) {
			/* the last symbol (a global): a section index past the table,
			 * a name past the strings */
			size_t last = sh[i].sh_offset + sh[i].sh_size - sizeof(Elf64_Sym);
			uint16_t shndx = (uint16_t)(eh->e_shnum + 3);
			uint32_t name = 0x7fffffff;
			mutate_and_link(obj, len, last + offsetof(Elf64_Sym, st_shndx), &shndx, 2);
			mutate_and_link(obj, len, last + offsetof(Elf64_Sym, st_name), &name, 4);
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_size), &huge, 8);
		}
		if ((sh[i].sh_flags & SHF_ALLOC) && sh[i].sh_type == SHT_PROGBITS) {
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_offset), &huge, 8);
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_size), &huge, 8);
			uint64_t align = 3;
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_addralign), &align, 8);
			uint64_t tls = sh[i].sh_flags | SHF_TLS;
			mutate_and_link(obj, len, at + offsetof(Elf64_Shdr, sh_flags), &tls, 8);
		}
	}
	/* random damage: whatever happens, no crash, and an output only when
	 * the object still made sense */
	srand(7);
	unsigned char *copy = malloc(len);
	for (int k = 0; k < 3000; k++) {
		memcpy(copy, obj, len);
		for (int j = 0; j < 1 + k % 8; j++)
			copy[(size_t)rand() % len] = (unsigned char)rand();
		int rc = link_unit(copy, len, NULL, why);
		CU_ASSERT(rc == 0 || rc == 1);
	}
	free(copy);
	free(obj);
}

static void test_base_rejects_garbage(void)
{
	static unsigned char junk[4096];
	struct fl_base *b = NULL;
	char why[FL_WHY_MAX];
	memset(junk, 0x41, sizeof junk);
	CU_ASSERT_EQUAL(fl_base_open(junk, sizeof junk, &b, why), -1);
	CU_ASSERT_PTR_NULL(b);
}

void register_fastlink_tests(void)
{
	CU_pSuite s = CU_add_suite("fastlink", suite_init, suite_clean);
	CU_add_test(s, "every reference links", test_references_link);
	CU_add_test(s, "same as gcc (-fPIE)", test_same_as_gcc_pie);
	CU_add_test(s, "same as gcc (-fPIC -fno-plt)", test_same_as_gcc_pic_noplt);
	CU_add_test(s, "same as gcc (-fno-pie)", test_same_as_gcc_nopie);
	CU_add_test(s, ".bss and symbols", test_bss_and_symbols);
	CU_add_test(s, "declines", test_declines);
	CU_add_test(s, "malformed unit.o", test_malformed);
	CU_add_test(s, "base rejects garbage", test_base_rejects_garbage);
}
