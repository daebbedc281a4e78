/*
 * test_engine.c - unit tests of the engine around the format library:
 * reading solution files as people keep them, making untrusted text safe,
 * loading problem folders (and rejecting broken ones with a position), and
 * the sandbox's own building blocks.
 */
#define _GNU_SOURCE
#include "cu_tests.h"

#include "problem.h"
#include "sandbox.h"
#include "source_prep.h"
#include "text.h"
#include "util.h"
#include "verdict.h"

#include <CUnit/CUnit.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- source_prep ---- */

static void prep(const char *src, struct cmp_source *out)
{
	cmp_source_prepare(src, strlen(src), out);
}

static void test_struct_detection(void)
{
	struct cmp_source s;
	prep("/* struct TreeNode { int val; }; */\nint f(void) { return 0; }\n", &s);
	CU_ASSERT_FALSE(s.defines_treenode);   /* only in a comment, as LeetCode's template has it */
	cmp_source_release(&s);
	prep("typedef struct TreeNode\n{\n int val; struct TreeNode *left, *right;\n} T;\n", &s);
	CU_ASSERT_TRUE(s.defines_treenode);
	CU_ASSERT_FALSE(s.defines_listnode);
	cmp_source_release(&s);
	prep("const char *x = \"struct ListNode {\";\n", &s);
	CU_ASSERT_FALSE(s.defines_listnode);
	cmp_source_release(&s);
	prep("struct ListNode { int val; struct ListNode *next; };\n", &s);
	CU_ASSERT_TRUE(s.defines_listnode);
	cmp_source_release(&s);
}

static void test_main_detection(void)
{
	struct cmp_source s;
	prep("int main(void) { return 0; }\n", &s);
	CU_ASSERT_TRUE(s.has_main);
	cmp_source_release(&s);
	prep("int f(void) { int main = 3; return main; }\n// int main()\n", &s);
	CU_ASSERT_FALSE(s.has_main);
	cmp_source_release(&s);
	prep("void helper(int (*f)(int)) { f(1); }\nint main ( ) { }\n", &s);
	CU_ASSERT_TRUE(s.has_main);
	cmp_source_release(&s);
}

static void test_invisible_spaces(void)
{
	struct cmp_source s;
	/* NBSP indentation, a ZWSP between tokens, a BOM; one NBSP inside a string stays */
	const char src[] = "\xef\xbb\xbfint\xc2\xa0x;\n\xe2\x80\x8bint y;\nchar *s = \"a\xc2\xa0" "b\";\n";
	prep(src, &s);
	CU_ASSERT_EQUAL(s.invisible_spaces, 3);
	CU_ASSERT_EQUAL(s.first_invisible_line, 1);
	CU_ASSERT_STRING_EQUAL(s.text, " int x;\n int y;\nchar *s = \"a\xc2\xa0" "b\";\n");
	cmp_source_release(&s);
	prep("int a;\nint b;\n", &s);
	CU_ASSERT_EQUAL(s.invisible_spaces, 0);
	CU_ASSERT_STRING_EQUAL(s.text, "int a;\nint b;\n");
	cmp_source_release(&s);
}

/* The fallback refusal of file access (where no mount namespace hides
 * files from the compiler) sees through the preprocessor's spellings. */
static void test_include_refusal(void)
{
	static const char *const refused[] = {
		"#include \"/etc/passwd\"\n", "#include <../secret.h>\n", "#include MACRO\n",
		"%:include \"/etc/passwd\"\n", "#inc\\\nlude \"/etc/passwd\"\n",
		"#\finclude \"/etc/passwd\"\n", "  #  include_next \"x/../y\"\n",
		"#pragma GCC dependency \"f\"\n", "char s[] = \".incbin\";\n",
	};
	static const char *const allowed[] = {
		"#include <stdio.h>\n", "#include \"uthash.h\"\n", "#include<sys/types.h>\n",
		"int include = 1;\n",
	};
	struct cmp_source s;
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		prep(refused[i], &s);
		if (!s.file_access_line)
			printf("\n  not refused: %s", refused[i]);
		CU_ASSERT(s.file_access_line == 1);
		cmp_source_release(&s);
	}
	for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
		prep(allowed[i], &s);
		CU_ASSERT_EQUAL(s.file_access_line, 0);
		cmp_source_release(&s);
	}
	prep("int f(void) { __asm__(\"nop\"); return 0; }\n", &s);
	CU_ASSERT_TRUE(s.uses_asm);
	cmp_source_release(&s);
	prep("int f(void) { return 0; } /* asm */\n", &s);
	CU_ASSERT_FALSE(s.uses_asm);
	cmp_source_release(&s);
}

static void test_nul_byte(void)
{
	struct cmp_source s;
	cmp_source_prepare("int\0x", 5, &s);
	CU_ASSERT_TRUE(s.has_nul);
	cmp_source_release(&s);
}

/* ---- text ---- */

static void test_text_safe(void)
{
	bool cut;
	static const char raw[] = "ok\n\tz\x1b[31m\x00\xff\xc3\xa9";
	char *t = ju_text_safe(raw, sizeof raw - 1, 100, &cut);
	CU_ASSERT_STRING_EQUAL(t, "ok\n\tz\\x1b[31m\\x00\\xff\xc3\xa9");
	CU_ASSERT_FALSE(cut);
	free(t);
	t = ju_text_safe("abcdef", 6, 3, &cut);
	CU_ASSERT_STRING_EQUAL(t, "abc");
	CU_ASSERT_TRUE(cut);
	free(t);
	/* overlong '/' and a UTF-16 surrogate are not UTF-8 */
	t = ju_text_safe("\xc0\xaf\xed\xa0\x80", 5, 10, NULL);
	CU_ASSERT_STRING_EQUAL(t, "\\xc0\\xaf\\xed\\xa0\\x80");
	free(t);
}

/* ---- problems ---- */

static char tmp_root[] = "/tmp/judge-test-XXXXXX";

static int make_tmp(void)
{
	return mkdtemp(tmp_root) ? 0 : -1;
}

static int remove_tmp(void)
{
	return ju_rmtree(tmp_root);
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char *path = ju_path_join(dir, name);
	CU_ASSERT_EQUAL_FATAL(ju_write_file_atomic(path, text, strlen(text)), 0);
	free(path);
}

static const char good_ini[] =
	"[problem]\nid = 226\ntitle = Invert\ndifficulty = Easy\ntags = recursion\n"
	"signature = struct TreeNode* invertTree(struct TreeNode* root)\n"
	"params = root:tree\nreturns = tree\n";

/* Redirect stderr to a file while f runs; return what was printed. */
static char *stderr_of(struct problem *(*f)(const char *, const char *), const char *dir,
		       struct problem **out)
{
	char path[] = "/tmp/judge-stderr-XXXXXX";
	int fd = mkstemp(path);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	*out = f(dir, "p");
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	char *text = ju_read_file(path, NULL);
	unlink(path);
	return text;
}

static void test_problem_ini(void)
{
	char *dir = ju_path_join(tmp_root, "p");
	ju_mkdirs(dir, 0700);
	write_file(dir, "problem.ini", good_ini);
	struct problem *p = prob_load(dir, "p");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	CU_ASSERT_EQUAL(p->id, 226);
	CU_ASSERT_EQUAL(p->nparams, 1);
	CU_ASSERT_EQUAL(p->params[0].type, LC_TREE);
	CU_ASSERT_EQUAL(p->nfunctions, 1);
	CU_ASSERT_STRING_EQUAL(p->functions[0], "invertTree");
	CU_ASSERT_EQUAL(p->time_limit_ms, 1000);
	prob_free(p);

	write_file(dir, "problem.ini", "[problem]\nid = 297\ntitle = Codec\ndifficulty = Hard\n"
		   "signature = char* serialize(struct TreeNode* root); struct TreeNode* deserialize(char* data)\n"
		   "params = root:tree\nreturns = tree\njudge = roundtrip\n");
	p = prob_load(dir, "p");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	CU_ASSERT_EQUAL(p->nfunctions, 2);
	CU_ASSERT_STRING_EQUAL(p->functions[1], "deserialize");
	CU_ASSERT_EQUAL(p->judge, PROB_JUDGE_ROUNDTRIP);
	prob_free(p);
	free(dir);
}

static void expect_ini_error(const char *ini, const char *needle)
{
	char *dir = ju_path_join(tmp_root, "p");
	ju_mkdirs(dir, 0700);
	write_file(dir, "problem.ini", ini);
	struct problem *p;
	char *err = stderr_of(prob_load, dir, &p);
	CU_ASSERT_PTR_NULL(p);
	CU_ASSERT_PTR_NOT_NULL_FATAL(err);
	if (!strstr(err, needle))
		fprintf(stdout, "\n  expected '%s' in: %s", needle, err);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, needle));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "problem.ini"));
	free(err);
	prob_free(p);
	free(dir);
}

static void test_problem_ini_errors(void)
{
	expect_ini_error("[problem]\nid = 1\n", "missing key 'title'");
	expect_ini_error("[problem]\nid = x\n", "id = x");
	expect_ini_error("[problem]\nid = 1\ntitle = T\ndifficulty = Trivial\n", "Easy, Medium or Hard");
	expect_ini_error("[problem]\nbogus = 1\n", "unknown key 'bogus'");
	expect_ini_error("[other]\nid = 1\n", "unknown section");
	expect_ini_error("[problem]\nthis line is not ini\n", ":2:");
	char bad_type[600];
	snprintf(bad_type, sizeof bad_type, "%s", good_ini);
	char *at = strstr(bad_type, "root:tree");
	memcpy(at, "root:tre ", 9);
	expect_ini_error(bad_type, "unknown type 'tre'");
	expect_ini_error("[problem]\nid = 1\ntitle = T\ndifficulty = Easy\nsignature = oops\n"
			 "params = x:int\nreturns = int\n", "cannot find a function name");
	expect_ini_error("[problem]\nid = 1\ntitle = T\ndifficulty = Easy\nsignature = int f(int x)\n"
			 "params = x:int\nreturns = int\ntime_limit_ms = 0\n", "time_limit_ms");
}

/* cases.jsonl: each broken line is named with its line number and the fix */
static void expect_case_error(const char *cases, const char *needle)
{
	char *ws_dir = ju_path_join(tmp_root, "ws");
	char *pdir = ju_path_join(ws_dir, "problems/p");
	ju_mkdirs(pdir, 0700);
	write_file(pdir, "problem.ini", good_ini);
	write_file(pdir, "cases.jsonl", cases);
	struct workspace ws = { .root = ws_dir, .problems_dir = NULL, .solutions_dir = NULL,
				.data_dir = ju_path_join(ws_dir, ".judge") };
	struct problem *p = prob_load(pdir, "p");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	char path[] = "/tmp/judge-stderr-XXXXXX";
	int fd = mkstemp(path);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	int rc = prob_load_cases(p, &ws);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	char *err = ju_read_file(path, NULL);
	unlink(path);
	CU_ASSERT_EQUAL(rc, -1);
	CU_ASSERT_EQUAL(p->ncases, 0);
	if (err && !strstr(err, needle))
		fprintf(stdout, "\n  expected '%s' in: %s", needle, err);
	CU_ASSERT_PTR_NOT_NULL(err && strstr(err, needle));
	free(err);
	prob_free(p);
	free(ws.data_dir);
	free(pdir);
	free(ws_dir);
}

static void test_case_errors(void)
{
	expect_case_error("{\"args\": [\"[1]\"], \"expected\": \"[1]\"}\n{\"args\": [\"[1,\"], \"expected\": \"[1]\"}\n",
			  "cases.jsonl:2: argument 1 'root' (tree): position 3:");
	expect_case_error("// comment\n\n{\"args\": [\"[1]\"], \"expected\": \"[x]\"}\n",
			  "cases.jsonl:3: expected (tree): position 1:");
	expect_case_error("{\"args\": [], \"expected\": \"[1]\"}\n", "must be an array of 1 strings");
	expect_case_error("{\"args\": [\"[1]\"]}\n", "\"expected\" must be a string");
	expect_case_error("{\"args\": [\"[1]\"], \"expected\": \"[1]\"\n", "cases.jsonl:1: column");
	expect_case_error("\n// nothing\n", "no cases");
}

static void test_cases_canonical(void)
{
	char *ws_dir = ju_path_join(tmp_root, "ws2");
	char *pdir = ju_path_join(ws_dir, "problems/p");
	ju_mkdirs(pdir, 0700);
	write_file(pdir, "problem.ini", good_ini);
	write_file(pdir, "cases.jsonl", "{\"name\": \"x\", \"args\": [\"[ 1 , 2 , null ]\"], "
		   "\"expected\": \"[1,null,2,null,null]\"}\n");
	struct workspace ws = { .root = ws_dir, .data_dir = ju_path_join(ws_dir, ".judge") };
	struct problem *p = prob_load(pdir, "p");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	CU_ASSERT_EQUAL_FATAL(prob_load_cases(p, &ws), 0);
	CU_ASSERT_EQUAL_FATAL(p->ncases, 1);
	CU_ASSERT_STRING_EQUAL(p->cases[0].args[0], "[1,2]");
	CU_ASSERT_STRING_EQUAL(p->cases[0].expected, "[1,null,2]");
	char *in = prob_case_input_text(p, &p->cases[0], 0);
	CU_ASSERT_STRING_EQUAL(in, "root = [1,2]");
	free(in);
	prob_free(p);
	free(ws.data_dir);
	free(pdir);
	free(ws_dir);
}

/* The validated case set is cached and later mapped in place: the mapped
 * cases must be the ones loaded from the sources, and a damaged cache
 * (cut anywhere) must be ignored, never trusted or read past its end. */
static struct problem *load_p(const char *pdir, const struct workspace *ws)
{
	struct problem *p = prob_load(pdir, "p");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	CU_ASSERT_EQUAL_FATAL(prob_load_cases(p, ws), 0);
	return p;
}

static bool same_cases(const struct problem *a, const struct problem *b)
{
	if (a->ncases != b->ncases)
		return false;
	for (int i = 0; i < a->ncases; i++) {
		const struct prob_case *x = &a->cases[i], *y = &b->cases[i];
		if (strcmp(x->name, y->name) || strcmp(x->origin, y->origin) ||
		    strcmp(x->expected, y->expected))
			return false;
		for (int k = 0; k < a->nparams; k++)
			if (strcmp(x->args[k], y->args[k]))
				return false;
	}
	return true;
}

static void test_caseset_cache(void)
{
	char *ws_dir = ju_path_join(tmp_root, "ws3");
	char *pdir = ju_path_join(ws_dir, "problems/p");
	ju_mkdirs(pdir, 0700);
	write_file(pdir, "problem.ini", good_ini);
	write_file(pdir, "cases.jsonl",
		   "{\"name\": \"first\", \"args\": [\"[1,2,3]\"], \"expected\": \"[1,3,2]\"}\n"
		   "{\"args\": [\"[]\"], \"expected\": \"[]\"}\n"
		   "{\"name\": \"\", \"args\": [\"[-2147483648,null,7]\"], \"expected\": \"[-2147483648,7]\"}\n");
	struct workspace ws = { .root = ws_dir, .data_dir = ju_path_join(ws_dir, ".judge") };
	struct problem *fresh = load_p(pdir, &ws);   /* from the sources; writes the cache */
	CU_ASSERT(fresh->ncases == 3 && !fresh->cases[0].mapped);
	struct problem *cached = load_p(pdir, &ws);
	CU_ASSERT(cached->cases[0].mapped && cached->cases[2].mapped);
	CU_ASSERT(same_cases(fresh, cached));
	prob_free(cached);

	char *cdir = ju_path_join(ws.data_dir, "cache/cases");
	DIR *d = opendir(cdir);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	char *file = NULL;
	for (struct dirent *e; (e = readdir(d));)
		if (!strncmp(e->d_name, "p-", 2))
			file = ju_path_join(cdir, e->d_name);
	closedir(d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(file);
	size_t len = 0;
	char *whole = ju_read_file(file, &len);
	CU_ASSERT_FATAL(whole && len > 0);
	for (size_t cut = 0; cut < len; cut++) {
		FILE *f = fopen(file, "w");
		CU_ASSERT_PTR_NOT_NULL_FATAL(f);
		fwrite(whole, 1, cut, f);
		fclose(f);
		cached = load_p(pdir, &ws);
		CU_ASSERT(!cached->cases[0].mapped && same_cases(fresh, cached));
		prob_free(cached);
	}
	char *again = ju_read_file(file, NULL);   /* the last load wrote it back whole */
	CU_ASSERT(again && !memcmp(again, whole, len));
	free(again);
	free(whole);
	free(file);
	free(cdir);
	prob_free(fresh);
	free(ws.data_dir);
	free(pdir);
	free(ws_dir);
}

/* ---- sandbox building blocks ---- */

static void test_policy_builds(void)
{
	struct sbx_policy *pol = NULL;
	CU_ASSERT_EQUAL_FATAL(sbx_policy_new(&pol), 0);
	CU_ASSERT_PTR_NOT_NULL(pol);
	sbx_policy_free(pol);
	CU_ASSERT_STRING_EQUAL(sbx_syscall_name(41), "socket");   /* x86_64 */
	CU_ASSERT_STRING_EQUAL(sbx_syscall_name(57), "fork");
}

static void test_wait_is_bounded(void)
{
	/* a trusted sleeper under sbx_start: sbx_wait must end it at its deadline */
	char *argv[] = { "sleep", "30", NULL };
	char *envp[] = { NULL };
	struct sbx_spawn s = { .path = "/bin/sleep", .argv = argv, .envp = envp,
			       .fds = { -1, -1, -1, -1, -1 } };
	struct sbx_proc p;
	CU_ASSERT_EQUAL_FATAL(sbx_start(&s, &p), 0);
	uint64_t t0 = ju_now_us();
	struct sbx_exit e;
	CU_ASSERT_EQUAL(sbx_wait(&p, 200, &e), 0);
	uint64_t ms = (ju_now_us() - t0) / 1000;
	CU_ASSERT_TRUE(e.timed_out);
	CU_ASSERT_EQUAL(e.signal, SIGKILL);
	CU_ASSERT_TRUE(ms >= 150 && ms < 5000);
	CU_ASSERT_EQUAL(kill(p.pid, 0), -1);   /* reaped: gone */
}

static void test_start_failure_is_reported(void)
{
	char *argv[] = { "x", NULL };
	char *envp[] = { NULL };
	struct sbx_spawn s = { .path = "/nonexistent/x", .argv = argv, .envp = envp,
			       .fds = { -1, -1, -1, -1, -1 } };
	struct sbx_proc p;
	fflush(stderr);
	int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
	dup2(devnull, 2);
	int rc = sbx_start(&s, &p);
	dup2(saved, 2);
	close(saved);
	close(devnull);
	CU_ASSERT_EQUAL(rc, -1);
	s.path = "/bin/true";
	s.workdir = "/nonexistent-dir";
	dup2(open("/dev/null", O_WRONLY), 2);
	saved = -1;
	rc = sbx_start(&s, &p);
	CU_ASSERT_EQUAL(rc, -1);   /* the chdir step fails in the child and says so */
}

/* Run a trusted command under the sandbox's layers and capture stdout. */
static char *sandboxed_output(struct sbx_spawn *s)
{
	int p[2];
	if (pipe(p) < 0)
		return NULL;
	s->fds[0] = -1;
	s->fds[1] = p[1];
	s->fds[2] = -1;
	s->fds[3] = s->fds[4] = -1;
	struct sbx_proc proc;
	int rc = sbx_start(s, &proc);
	close(p[1]);
	if (rc < 0) {
		close(p[0]);
		return NULL;
	}
	struct ju_buf b = JU_BUF_INIT;
	char chunk[4096];
	ssize_t n;
	while ((n = read(p[0], chunk, sizeof chunk)) > 0)
		ju_buf_add(&b, chunk, (size_t)n);
	close(p[0]);
	struct sbx_exit e;
	sbx_wait(&proc, 5000, &e);
	if (proc.ns_errno) {
		ju_buf_release(&b);
		return ju_strdup("(no namespaces)");
	}
	return ju_buf_detach(&b, NULL);
}

static void test_mount_namespace_hides(void)
{
	char dir[] = "/tmp/judge-hide-XXXXXX";
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	write_file(dir, "secret.txt", "expected answers\n");
	char *cmd = ju_asprintf("cat %s/secret.txt; ls -A %s", dir, dir);
	char *argv[] = { "sh", "-c", cmd, NULL };
	char *envp[] = { "PATH=/usr/bin:/bin", NULL };
	const char *hide[] = { dir, NULL };
	struct sbx_spawn s = { .path = "/bin/sh", .argv = argv, .envp = envp,
			       .namespaces = SBX_NS_MOUNT, .hide = hide };
	char *out = sandboxed_output(&s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	if (strcmp(out, "(no namespaces)")) {
		CU_ASSERT_PTR_NULL(strstr(out, "expected answers"));
		CU_ASSERT_PTR_NULL(strstr(out, "secret.txt"));
	}
	free(out);
	/* the hiding was private to the child: the file is still here */
	char *path = ju_path_join(dir, "secret.txt");
	CU_ASSERT_TRUE(ju_is_file(path));
	free(path);
	free(cmd);
	ju_rmtree(dir);
}

static void test_network_namespace(void)
{
	/* the child's network namespace has only a loopback interface */
	char *argv[] = { "cat", "/proc/self/net/dev", NULL };
	char *envp[] = { NULL };
	struct sbx_spawn s = { .path = "/bin/cat", .argv = argv, .envp = envp,
			       .namespaces = SBX_NS_NET };
	char *out = sandboxed_output(&s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	if (strcmp(out, "(no namespaces)")) {
		int lines = 0;
		for (char *l = out; (l = strchr(l, '\n')); l++)
			lines++;
		CU_ASSERT_EQUAL(lines - 2, 1);   /* two header lines, then lo alone */
		CU_ASSERT_PTR_NOT_NULL(strstr(out, "lo:"));
	}
	free(out);
}

static void test_drop_root_and_limits(void)
{
	char *argv[] = { "sh", "-c", "id -u; ulimit -s; ulimit -n; ls /proc/self/fd | wc -l", NULL };
	char *envp[] = { "PATH=/usr/bin:/bin", NULL };
	struct sbx_spawn s = { .path = "/bin/sh", .argv = argv, .envp = envp, .drop_root = true,
			       .limits = { .stack = 64u << 20, .open_files = 20 } };
	char *out = sandboxed_output(&s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	unsigned uid = 0, stack_kb = 0, nofile = 0, fds = 0;
	CU_ASSERT_EQUAL(sscanf(out, "%u %u %u %u", &uid, &stack_kb, &nofile, &fds), 4);
	CU_ASSERT_EQUAL(uid, getuid() == 0 ? 65534u : getuid());
	CU_ASSERT_EQUAL(stack_kb, 65536u);
	CU_ASSERT_EQUAL(nofile, 20u);
	/* 0, 1, 2 and ls's own directory fd: nothing of the judge's */
	CU_ASSERT_EQUAL(fds, 4u);
	free(out);
}

/* Programs of a run see only their own PID namespace: pid 2 or more
 * (never init), the reaper as pid 1, nothing of the host. */
static void test_pid_namespace(void)
{
	struct sbx_nsgroup *g = NULL;
	CU_ASSERT_EQUAL_FATAL(sbx_nsgroup_new(SBX_NS_PID, &g), 0);
	char *argv[] = { "sh", "-c", "echo $$; ls /proc | grep -c '^[0-9]'", NULL };
	char *envp[] = { "PATH=/usr/bin:/bin", NULL };
	struct sbx_spawn s = { .path = "/bin/sh", .argv = argv, .envp = envp, .join = g };
	char *out = sandboxed_output(&s);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	if (!sbx_nsgroup_errno(g)) {
		int pid = 0;
		CU_ASSERT_EQUAL(sscanf(out, "%d", &pid), 1);
		CU_ASSERT_TRUE(pid >= 2 && pid < 10);
	}
	free(out);
	sbx_nsgroup_free(g);
}

/* One program in a group: its stdout and how it ended. */
static char *group_run(struct sbx_nsgroup *g, const char *cmd, struct sbx_exit *e)
{
	char *argv[] = { "sh", "-c", (char *)cmd, NULL };
	char *envp[] = { "PATH=/usr/bin:/bin", NULL };
	struct sbx_spawn s = { .path = "/bin/sh", .argv = argv, .envp = envp, .join = g };
	int p[2];
	if (pipe(p) < 0)
		return NULL;
	s.fds[0] = s.fds[2] = s.fds[3] = s.fds[4] = -1;
	s.fds[1] = p[1];
	struct sbx_proc proc;
	int rc = sbx_start(&s, &proc);
	close(p[1]);
	struct ju_buf b = JU_BUF_INIT;
	char chunk[4096];
	ssize_t n;
	while (rc == 0 && (n = read(p[0], chunk, sizeof chunk)) > 0)
		ju_buf_add(&b, chunk, (size_t)n);
	close(p[0]);
	if (rc == 0)
		sbx_wait(&proc, 5000, e);
	ju_buf_add(&b, "", 1);
	return ju_buf_detach(&b, NULL);
}

/* The programs of a group run one after another through its spawner:
 * each one's exit status comes back, and whatever one leaves running is
 * gone before the next one starts. */
static void test_group_sequence(void)
{
	struct sbx_nsgroup *g = NULL;
	CU_ASSERT_EQUAL_FATAL(sbx_nsgroup_new(SBX_NS_PID | SBX_NS_NET, &g), 0);
	if (sbx_nsgroup_errno(g)) {   /* no namespaces here: nothing to test */
		sbx_nsgroup_free(g);
		return;
	}
	struct sbx_exit e = { 0 };
	char *out = group_run(g, "sleep 100 </dev/null >/dev/null 2>&1 & echo $!; exit 7", &e);
	int left = 0;
	CU_ASSERT_EQUAL(sscanf(out, "%d", &left), 1);
	CU_ASSERT_EQUAL(e.exit_code, 7);
	CU_ASSERT_EQUAL(e.signal, 0);
	free(out);
	char *cmd = ju_asprintf("kill -0 %d 2>/dev/null && echo alive || echo gone; kill -KILL $$", left);
	out = group_run(g, cmd, &e);
	CU_ASSERT_STRING_EQUAL(out, "gone\n");
	CU_ASSERT_EQUAL(e.signal, SIGKILL);
	free(out);
	free(cmd);
	sbx_nsgroup_free(g);
}

static void test_verdict_names(void)
{
	for (int v = 0; v < VERDICT_COUNT; v++)
		CU_ASSERT_EQUAL(verdict_parse(verdict_code((enum verdict)v)), v);
	CU_ASSERT_STRING_EQUAL(verdict_name(VERDICT_TLE), "Time Limit Exceeded");
	CU_ASSERT_EQUAL(verdict_parse("XX"), -1);
}

void register_engine_tests(void)
{
	CU_pSuite s = CU_add_suite("source_prep", NULL, NULL);
	CU_add_test(s, "struct definitions", test_struct_detection);
	CU_add_test(s, "main detection", test_main_detection);
	CU_add_test(s, "invisible spaces", test_invisible_spaces);
	CU_add_test(s, "nul byte", test_nul_byte);
	CU_add_test(s, "include refusal", test_include_refusal);
	s = CU_add_suite("text", NULL, NULL);
	CU_add_test(s, "safe text", test_text_safe);
	s = CU_add_suite("problem", make_tmp, remove_tmp);
	CU_add_test(s, "problem.ini", test_problem_ini);
	CU_add_test(s, "problem.ini errors", test_problem_ini_errors);
	CU_add_test(s, "case errors", test_case_errors);
	CU_add_test(s, "canonical cases", test_cases_canonical);
	CU_add_test(s, "case set cache", test_caseset_cache);
	s = CU_add_suite("sandbox", NULL, NULL);
	CU_add_test(s, "policy builds", test_policy_builds);
	CU_add_test(s, "wait is bounded", test_wait_is_bounded);
	CU_add_test(s, "start failure", test_start_failure_is_reported);
	CU_add_test(s, "mount namespace hides", test_mount_namespace_hides);
	CU_add_test(s, "network namespace", test_network_namespace);
	CU_add_test(s, "drop root, limits, fds", test_drop_root_and_limits);
	CU_add_test(s, "pid namespace", test_pid_namespace);
	CU_add_test(s, "group: programs in sequence", test_group_sequence);
	CU_add_test(s, "verdict names", test_verdict_names);
}
