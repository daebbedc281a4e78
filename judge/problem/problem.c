/*
 * problem.c - load problem folders: problem.ini, cases.jsonl, gen.c.
 *
 * Bad problem files are the problem author's fault, so every message names
 * the file and line and says what to write instead.
 */
#define _GNU_SOURCE
#include "problem.h"

#include "config.h"
#include "proc.h"
#include "util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <ini.h>
#include <jansson.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* problem.ini                                                         */

struct ini_ctx {
	struct problem *p;
	const char *path;
	char *params_text;
	char *returns_text;
	char *judge_text;
	int bad_line;
};

static int parse_uint(const char *v, unsigned lo, unsigned hi, unsigned *out)
{
	char *end;
	errno = 0;
	unsigned long x = strtoul(v, &end, 10);
	if (errno || end == v || *end || x < lo || x > hi)
		return -1;
	*out = (unsigned)x;
	return 0;
}

static int on_ini_entry(void *user, const char *section, const char *name, const char *value)
{
	struct ini_ctx *ctx = user;
	struct problem *p = ctx->p;
	if (!strcmp(section, "constraints"))
		return prob_constraint_add(p, ctx->path, name, value) == 0;
	if (strcmp(section, "problem")) {
		ju_error("%s: unknown section [%s]; [problem] and [constraints] are read", ctx->path, section);
		return 0;
	}
	if (!strcmp(name, "id")) {
		unsigned id;
		if (parse_uint(value, 1, 100000, &id) < 0) {
			ju_error("%s: id = %s: expected LeetCode's problem number", ctx->path, value);
			return 0;
		}
		p->id = (int)id;
	} else if (!strcmp(name, "title")) {
		free(p->title);
		p->title = ju_strdup(value);
	} else if (!strcmp(name, "difficulty")) {
		if (strcmp(value, "Easy") && strcmp(value, "Medium") && strcmp(value, "Hard")) {
			ju_error("%s: difficulty = %s: expected Easy, Medium or Hard", ctx->path, value);
			return 0;
		}
		free(p->difficulty);
		p->difficulty = ju_strdup(value);
	} else if (!strcmp(name, "tags")) {
		free(p->tags);
		p->tags = ju_strdup(value);
	} else if (!strcmp(name, "signature")) {
		free(p->signature);
		p->signature = ju_strdup(value);
	} else if (!strcmp(name, "params")) {
		free(ctx->params_text);
		ctx->params_text = ju_strdup(value);
	} else if (!strcmp(name, "returns")) {
		free(ctx->returns_text);
		ctx->returns_text = ju_strdup(value);
	} else if (!strcmp(name, "judge")) {
		free(ctx->judge_text);
		ctx->judge_text = ju_strdup(value);
	} else if (!strcmp(name, "time_limit_ms")) {
		if (parse_uint(value, 10, 60000, &p->time_limit_ms) < 0) {
			ju_error("%s: time_limit_ms = %s: expected 10..60000", ctx->path, value);
			return 0;
		}
	} else if (!strcmp(name, "mutates_input")) {
		if (strcmp(value, "true") && strcmp(value, "false")) {
			ju_error("%s: mutates_input = %s: expected true or false", ctx->path, value);
			return 0;
		}
		p->mutates_input = !strcmp(value, "true");
	} else if (!strcmp(name, "memory_limit_mb")) {
		if (parse_uint(value, 16, 4096, &p->memory_limit_mb) < 0) {
			ju_error("%s: memory_limit_mb = %s: expected 16..4096", ctx->path, value);
			return 0;
		}
	} else {
		ju_error("%s: unknown key '%s' (known: id, title, difficulty, tags, signature, "
			 "params, returns, judge, time_limit_ms, memory_limit_mb, mutates_input)", ctx->path, name);
		return 0;
	}
	return 1;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static int parse_params(struct problem *p, const char *path, const char *text)
{
	char *copy = ju_strdup(text);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *colon = strchr(tok, ':');
		if (!colon) {
			ju_error("%s: params: '%s' should be name:type, e.g. root:tree", path, trim(tok));
			free(copy);
			return -1;
		}
		*colon = '\0';
		enum lc_type t;
		if (lc_type_parse(trim(colon + 1), &t) < 0) {
			ju_error("%s: params: unknown type '%s' (int, bool, string, int[], int[][], "
				 "string[], tree, list, tree[])", path, trim(colon + 1));
			free(copy);
			return -1;
		}
		p->params = ju_realloc(p->params, sizeof *p->params * (size_t)(p->nparams + 1));
		p->params[p->nparams].name = ju_strdup(trim(tok));
		p->params[p->nparams].type = t;
		p->nparams++;
	}
	free(copy);
	return 0;
}

/* "char* serialize(struct TreeNode* root); struct TreeNode* deserialize(char* data)" */
static int parse_functions(struct problem *p, const char *path)
{
	char *copy = ju_strdup(p->signature);
	char *save = NULL;
	for (char *decl = strtok_r(copy, ";", &save); decl; decl = strtok_r(NULL, ";", &save)) {
		char *paren = strchr(decl, '(');
		char *end = paren;
		while (end && end > decl && isspace((unsigned char)end[-1]))
			end--;
		char *start = end;
		while (start && start > decl && (isalnum((unsigned char)start[-1]) || start[-1] == '_'))
			start--;
		if (!paren || start == end) {
			ju_error("%s: signature: cannot find a function name in '%s'", path, trim(decl));
			free(copy);
			return -1;
		}
		p->functions = ju_realloc(p->functions, sizeof(char *) * (size_t)(p->nfunctions + 1));
		p->functions[p->nfunctions++] = ju_strndup(start, (size_t)(end - start));
	}
	free(copy);
	return 0;
}

static int finish_ini(struct ini_ctx *ctx)
{
	struct problem *p = ctx->p;
	const char *missing = !p->id ? "id" : !p->title ? "title" : !p->difficulty ? "difficulty"
		: !p->signature ? "signature" : !ctx->params_text ? "params"
		: !ctx->returns_text ? "returns" : NULL;
	if (missing)
		return ju_error("%s: missing key '%s' in [problem]", ctx->path, missing);
	if (!p->tags)
		p->tags = ju_strdup("");
	if (parse_params(p, ctx->path, ctx->params_text) < 0 || parse_functions(p, ctx->path) < 0)
		return -1;
	if (lc_type_parse(trim(ctx->returns_text), &p->returns) < 0)
		return ju_error("%s: returns: unknown type '%s'", ctx->path, ctx->returns_text);
	const char *j = ctx->judge_text ? trim(ctx->judge_text) : "exact";
	if (!strcmp(j, "exact")) {
		p->judge = PROB_JUDGE_EXACT;
	} else if (!strcmp(j, "roundtrip")) {
		p->judge = PROB_JUDGE_ROUNDTRIP;
		if (p->nparams < 1 || p->params[0].type != p->returns)
			return ju_error("%s: judge = roundtrip needs argument 1 of the answer's type", ctx->path);
	} else if (!strcmp(j, "unordered")) {
		p->judge = PROB_JUDGE_UNORDERED;
		if (p->returns != LC_INT_ARRAY && p->returns != LC_INT_MATRIX &&
		    p->returns != LC_STRING_ARRAY && p->returns != LC_TREE_ARRAY)
			return ju_error("%s: judge = unordered needs a list answer (int[], int[][], "
					"string[], tree[])", ctx->path);
	} else if (!strcmp(j, "balanced-bst")) {
		p->judge = PROB_JUDGE_BALANCED_BST;
		if (p->returns != LC_TREE || p->nparams < 1 ||
		    (p->params[0].type != LC_INT_ARRAY && p->params[0].type != LC_LIST))
			return ju_error("%s: judge = balanced-bst needs a tree answer and an int[] or "
					"list argument 1", ctx->path);
	} else if (!strcmp(j, "pre-post")) {
		p->judge = PROB_JUDGE_PRE_POST;
		if (p->returns != LC_TREE || p->nparams < 2 || p->params[0].type != LC_INT_ARRAY ||
		    p->params[1].type != LC_INT_ARRAY)
			return ju_error("%s: judge = pre-post needs a tree answer and two int[] arguments",
					ctx->path);
	} else {
		return ju_error("%s: judge = %s: expected exact, roundtrip, unordered, balanced-bst "
				"or pre-post", ctx->path, j);
	}
	return prob_constraints_resolve(p, ctx->path);
}

struct problem *prob_load(const char *dir, const char *slug)
{
	struct problem *p = ju_calloc(1, sizeof *p);
	struct ini_ctx ctx = { .p = p };
	p->slug = ju_strdup(slug);
	p->dir = ju_strdup(dir);
	p->time_limit_ms = 1000;
	p->memory_limit_mb = 256;
	char *path = ju_path_join(dir, "problem.ini");
	ctx.path = path;
	int rc = ini_parse(path, on_ini_entry, &ctx);
	if (rc < 0)
		ju_error("cannot read '%s':", path);
	else if (rc > 0)
		ju_error("%s:%d: malformed line (expected key = value under [problem])", path, rc);
	else
		rc = finish_ini(&ctx);
	free(ctx.params_text);
	free(ctx.returns_text);
	free(ctx.judge_text);
	free(path);
	if (rc != 0) {
		prob_free(p);
		return NULL;
	}
	return p;
}

/* The cases' texts, except those in the case map, which goes as a whole
 * (release_case_map): cases of other origins may follow mapped ones. */
static void free_cases(struct problem *p)
{
	for (int i = 0; i < p->ncases; i++) {
		struct prob_case *c = &p->cases[i];
		if (!c->mapped) {
			for (int a = 0; a < p->nparams; a++)
				free(c->args[a]);
			free(c->name);
			free(c->expected);
			free(c->origin);
		}
		free(c->args);
	}
	free(p->cases);
	p->cases = NULL;
	p->ncases = 0;
}

static void release_case_map(struct problem *p)
{
	if (p->case_map)
		munmap(p->case_map, p->case_map_len);
	p->case_map = NULL;
	p->case_map_len = 0;
}

void prob_free(struct problem *p)
{
	if (!p)
		return;
	free_cases(p);
	release_case_map(p);
	free(p->run_input);
	prob_constraints_free(p);
	for (int i = 0; i < p->nparams; i++)
		free(p->params[i].name);
	free(p->params);
	for (int i = 0; i < p->nfunctions; i++)
		free(p->functions[i]);
	free(p->functions);
	free(p->slug);
	free(p->dir);
	free(p->title);
	free(p->difficulty);
	free(p->tags);
	free(p->signature);
	free(p);
}

/* ------------------------------------------------------------------ */
/* the problem list                                                    */

static int by_id(const void *a, const void *b)
{
	const struct problem *x = *(struct problem *const *)a, *y = *(struct problem *const *)b;
	return (x->id > y->id) - (x->id < y->id);
}

int prob_load_all(const struct workspace *ws, struct problem ***out, int *n)
{
	DIR *d = opendir(ws->problems_dir);
	if (!d)
		return ju_error("cannot open '%s':", ws->problems_dir);
	struct problem **ps = NULL;
	int count = 0, rc = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *dir = ju_path_join(ws->problems_dir, e->d_name);
		char *ini = ju_path_join(dir, "problem.ini");
		if (ju_is_file(ini)) {
			struct problem *p = prob_load(dir, e->d_name);
			if (!p) {
				rc = -1;
			} else {
				ps = ju_realloc(ps, sizeof *ps * (size_t)(count + 1));
				ps[count++] = p;
			}
		}
		free(ini);
		free(dir);
	}
	closedir(d);
	if (rc < 0) {
		prob_free_all(ps, count);
		return -1;
	}
	qsort(ps, (size_t)count, sizeof *ps, by_id);
	*out = ps;
	*n = count;
	return 0;
}

void prob_free_all(struct problem **ps, int n)
{
	for (int i = 0; i < n; i++)
		prob_free(ps[i]);
	free(ps);
}

struct problem *prob_resolve(const struct workspace *ws, const char *query)
{
	struct problem **ps;
	int n;
	/* an exact slug is a folder: no need to read every problem.ini */
	if (!strchr(query, '/') && query[0] != '.') {
		char *dir = ju_path_join(ws->problems_dir, query);
		char *ini = ju_path_join(dir, "problem.ini");
		struct problem *p = ju_is_file(ini) ? prob_load(dir, query) : NULL;
		free(ini);
		free(dir);
		if (p)
			return p;
	}
	if (prob_load_all(ws, &ps, &n) < 0)
		return NULL;
	char *endp;
	long num = strtol(query, &endp, 10);
	bool numeric = *query && !*endp;
	int hit = -1, hits = 0;
	struct ju_buf cands = JU_BUF_INIT;
	for (int i = 0; i < n; i++) {
		bool exact = numeric ? ps[i]->id == num : !strcmp(ps[i]->slug, query);
		if (exact) {
			hit = i;
			hits = 1;
			break;
		}
		if (!numeric && !strncmp(ps[i]->slug, query, strlen(query))) {
			hit = i;
			hits++;
			ju_buf_addf(&cands, "%s%s", cands.len ? ", " : "", ps[i]->slug);
		}
	}
	struct problem *found = NULL;
	if (hits == 1) {
		found = ps[hit];
		ps[hit] = NULL;
	} else if (hits > 1) {
		ju_error("'%s' matches several problems: %s; type more of the name", query, cands.data);
	} else {
		ju_error("no problem '%s' in %s; 'judge list' shows them", query, ws->problems_dir);
	}
	ju_buf_release(&cands);
	prob_free_all(ps, n);
	return found;
}

/* ------------------------------------------------------------------ */
/* cases                                                               */

static int bad_case(const char *origin, const char *what)
{
	return ju_error("%s: %s", origin, what);
}

static int canonical_into(enum lc_type t, const char *text, char **out, const char *origin,
			  const char *what)
{
	struct lc_error err;
	*out = lc_canonical(t, text, &err);
	if (*out)
		return 0;
	return ju_error("%s: %s (%s): position %zu: %s", origin, what, lc_type_name(t), err.pos, err.msg);
}

static int add_case(struct problem *p, json_t *obj, const char *origin)
{
	if (!json_is_object(obj))
		return bad_case(origin, "expected a JSON object {\"name\":..., \"args\":[...], \"expected\":...}");
	json_t *args = json_object_get(obj, "args");
	json_t *exp = json_object_get(obj, "expected");
	json_t *name = json_object_get(obj, "name");
	if (!json_is_array(args) || (int)json_array_size(args) != p->nparams)
		return ju_error("%s: \"args\" must be an array of %d strings (%s)", origin, p->nparams,
				p->params[0].name);
	if (!json_is_string(exp))
		return bad_case(origin, "\"expected\" must be a string in LeetCode's format");
	struct prob_case c = { 0 };
	c.args = ju_calloc((size_t)p->nparams, sizeof(char *));
	c.origin = ju_strdup(origin);
	c.name = ju_strdup(json_is_string(name) ? json_string_value(name) : "");
	int rc = 0;
	for (int a = 0; a < p->nparams && rc == 0; a++) {
		json_t *v = json_array_get(args, (size_t)a);
		if (!json_is_string(v)) {
			rc = ju_error("%s: argument %d (%s) must be a string", origin, a + 1, p->params[a].name);
			break;
		}
		char *what = ju_asprintf("argument %d '%s'", a + 1, p->params[a].name);
		rc = canonical_into(p->params[a].type, json_string_value(v), &c.args[a], origin, what);
		free(what);
	}
	if (rc == 0)
		rc = canonical_into(p->returns, json_string_value(exp), &c.expected, origin, "expected");
	if (rc == 0 && p->judge == PROB_JUDGE_ROUNDTRIP && strcmp(c.expected, c.args[0]))
		rc = ju_error("%s: a round-trip case must expect its own argument 1", origin);
	char *why = NULL;
	if (rc == 0 && prob_case_check(p, &c, &why) < 0)
		rc = ju_error("%s: breaks the problem's constraints: %s", origin, why);
	free(why);
	p->cases = ju_realloc(p->cases, sizeof *p->cases * (size_t)(p->ncases + 1));
	p->cases[p->ncases++] = c;   /* kept even on error so free_cases releases it */
	return rc;
}

/* Lines of JSON; blank lines and // comments skipped.  label is what errors
 * name ("problems/x/cases.jsonl" or "generator output"). */
static int add_cases_from_text(struct problem *p, char *text, const char *label, bool per_line)
{
	int line = 0, index = 0;
	char *next = text;
	while (next && *next) {
		char *l = next;
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		next = nl ? nl + 1 : NULL;
		line++;   /* blank lines count: the message must name the right line */
		char *s = trim(l);
		if (!*s || !strncmp(s, "//", 2))
			continue;
		index++;
		char *origin = per_line ? ju_asprintf("%s:%d", label, line)
					: ju_asprintf("%s, case %d", label, index);
		json_error_t jerr;
		json_t *obj = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
		int rc;
		if (!obj)
			rc = ju_error("%s: column %d: %s", origin, jerr.column, jerr.text);
		else
			rc = add_case(p, obj, origin);
		json_decref(obj);
		free(origin);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The generator's identity: its source and the helper header it includes. */
static int gen_key(const char *gen_path, char hex[17])
{
	char *src = ju_read_file(gen_path, NULL);
	char *helper_path = ju_path_join(JUDGE_RUNTIME_DIR, "include/judge_gen.h");
	char *helper = ju_read_file(helper_path, NULL);
	int rc = src && helper ? 0 : -1;
	if (rc == 0) {
		struct ju_hash h;
		ju_hash_init(&h);
		ju_hash_adds(&h, src);
		ju_hash_adds(&h, helper);
		ju_hash_hex(&h, hex);
	}
	free(src);
	free(helper);
	free(helper_path);
	return rc;
}

/* Compile gen.c into bin; 0 or -1 (message printed). */
static int compile_generator(const char *gen_path, const char *bin)
{
	char *inc = ju_asprintf("-I%s/include", JUDGE_RUNTIME_DIR);
	char *cc_argv[] = { JUDGE_CC, "-std=gnu11", "-O2", inc, "-o", (char *)bin, (char *)gen_path, NULL };
	struct ju_proc_result r;
	int rc = ju_proc_run(cc_argv, NULL, 60000, 65536, &r);
	if (rc == 0 && (r.exit_code != 0 || r.timed_out))
		rc = ju_error("%s: the generator does not compile:\n%s", gen_path, r.output);
	free(r.output);
	free(inc);
	return rc;
}

/* Run the compiled generator with its stdout into out_path; 0 or -1. */
static int run_generator(const char *gen_path, const char *bin, const char *out_path)
{
	char *run_argv[] = { (char *)bin, NULL };
	struct ju_proc_result r;
	int rc = ju_proc_run(run_argv, out_path, 60000, 65536, &r);
	if (rc == 0 && (r.exit_code != 0 || r.timed_out))
		rc = ju_error("%s: the generator failed (%s):\n%s", gen_path,
			      r.timed_out ? "took over 60 s" : "non-zero exit", r.output);
	free(r.output);
	return rc;
}

static char *gen_output(struct problem *p, const struct workspace *ws, const char *gen_path,
			const char *hex)
{
	char *dir = ws_data_subdir(ws, "cache/gen");
	char *out = NULL, *bin = NULL, *cases = NULL, *tmp = NULL;
	if (!dir)
		goto cleanup;
	cases = ju_asprintf("%s/%s-%s.jsonl", dir, p->slug, hex);
	if (ju_is_file(cases)) {
		out = ju_read_file(cases, NULL);
		goto cleanup;
	}
	bin = ju_asprintf("%s/%s-%s.%d.bin", dir, p->slug, hex, (int)getpid());
	tmp = ju_asprintf("%s.tmp.%d", cases, (int)getpid());
	/* the output becomes the cache only once complete (rename) */
	if (compile_generator(gen_path, bin) == 0 && run_generator(gen_path, bin, tmp) == 0 &&
	    rename(tmp, cases) == 0)
		out = ju_read_file(cases, NULL);
	unlink(tmp);
	unlink(bin);
cleanup:
	free(dir);
	free(bin);
	free(tmp);
	free(cases);
	return out;
}

int prob_check_generator(const struct problem *p, const struct workspace *ws, char **why)
{
	char *gen = ju_path_join(p->dir, "gen.c");
	char *dir = ws_data_subdir(ws, "tmp");
	char *bin = NULL, *out1 = NULL, *out2 = NULL, *a = NULL, *b = NULL;
	size_t la = 0, lb = 0;
	int rc = -1;
	*why = NULL;
	if (!ju_is_file(gen)) {
		rc = 0;
		goto cleanup;
	}
	if (!dir)
		goto cleanup;
	bin = ju_asprintf("%s/gen-check-%d.bin", dir, (int)getpid());
	out1 = ju_asprintf("%s/gen-check-%d.1", dir, (int)getpid());
	out2 = ju_asprintf("%s/gen-check-%d.2", dir, (int)getpid());
	if (compile_generator(gen, bin) < 0 || run_generator(gen, bin, out1) < 0 ||
	    run_generator(gen, bin, out2) < 0)
		goto cleanup;
	a = ju_read_file(out1, &la);
	b = ju_read_file(out2, &lb);
	if (!a || !b)
		goto cleanup;
	if (la != lb || memcmp(a, b, la))
		*why = ju_asprintf("gen.c is not deterministic: two runs printed different cases "
				   "(%zu and %zu bytes)", la, lb);
	rc = 0;
cleanup:
	if (bin) {
		unlink(bin);
		unlink(out1);
		unlink(out2);
	}
	free(gen);
	free(dir);
	free(bin);
	free(out1);
	free(out2);
	free(a);
	free(b);
	return rc;
}

/* ------------------------------------------------------------------ */
/* the validated case set, cached: parsing and checking 10^4-node trees is
 * the slow part of loading, and it only changes with the problem's files */

/* Each field is "<length>\n<text>\0": with its NUL, a field is a C
 * string where it lies, so loading maps the file and points the cases
 * into it instead of reading and copying megabytes of trees. */
#define CASESET_MAGIC "JUDGE-CASESET 3\n"

static void put_field(struct ju_buf *b, const char *s)
{
	size_t n = strlen(s);
	ju_buf_addf(b, "%zu\n", n);
	ju_buf_add(b, s, n + 1);
}

static void save_caseset(const struct problem *p, const char *path)
{
	struct ju_buf b = JU_BUF_INIT;
	ju_buf_adds(&b, CASESET_MAGIC);
	ju_buf_addf(&b, "%d %d\n", p->ncases, p->nparams);
	for (int i = 0; i < p->ncases; i++) {
		put_field(&b, p->cases[i].name);
		put_field(&b, p->cases[i].origin);
		put_field(&b, p->cases[i].expected);
		for (int a = 0; a < p->nparams; a++)
			put_field(&b, p->cases[i].args[a]);
	}
	ju_write_file_atomic(path, b.data, b.len);   /* a cache: failing to write is harmless */
	ju_buf_release(&b);
}

/* A decimal number followed by the byte stop, read without passing end
 * (the mapped file has no NUL after it, and may be damaged). */
static bool get_number(const char **pos, const char *end, char stop, size_t *out)
{
	const char *s = *pos;
	size_t v = 0;
	if (s >= end || *s < '0' || *s > '9')
		return false;
	while (s < end && *s >= '0' && *s <= '9') {
		if (v > (SIZE_MAX - 9) / 10)
			return false;
		v = v * 10 + (size_t)(*s++ - '0');
	}
	if (s >= end || *s != stop)
		return false;
	*pos = s + 1;
	*out = v;
	return true;
}

/* The field at *pos, in place; NULL when the file is damaged. */
static char *get_field(const char **pos, const char *end)
{
	size_t n;
	if (!get_number(pos, end, '\n', &n) || n >= (size_t)(end - *pos) || (*pos)[n] != '\0')
		return NULL;
	char *s = (char *)*pos;
	*pos += n + 1;
	return s;
}

/* The file mapped privately: pages come from the page cache as they are
 * read, and a write (nobody writes case texts) would copy only its page. */
static char *map_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	void *m = MAP_FAILED;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		m = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return NULL;
	*len = (size_t)st.st_size;
	return m;
}

/* 0 loaded; -1 missing or damaged (the caller loads from the sources). */
static int load_caseset(struct problem *p, const char *path)
{
	size_t len = 0, n = 0, np = 0;
	char *data = map_file(path, &len);
	size_t magic = strlen(CASESET_MAGIC);
	if (!data)
		return -1;
	const char *pos = data + magic, *end = data + len;
	int rc = 0;
	if (len < magic || memcmp(data, CASESET_MAGIC, magic) || !get_number(&pos, end, ' ', &n) ||
	    !get_number(&pos, end, '\n', &np) || np != (size_t)p->nparams || n == 0 || n > INT_MAX)
		rc = -1;
	if (rc == 0)
		p->cases = ju_calloc(n, sizeof *p->cases);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		struct prob_case *c = &p->cases[p->ncases++];
		c->mapped = true;
		c->args = ju_calloc(np ? np : 1, sizeof(char *));
		c->name = get_field(&pos, end);
		c->origin = c->name ? get_field(&pos, end) : NULL;
		c->expected = c->origin ? get_field(&pos, end) : NULL;
		for (size_t a = 0; c->expected && a < np && (a == 0 || c->args[a - 1]); a++)
			c->args[a] = get_field(&pos, end);
		if (!c->expected || (np && !c->args[np - 1]))
			rc = -1;
	}
	p->case_map = data;
	p->case_map_len = len;
	if (rc < 0) {
		free_cases(p);
		release_case_map(p);
	}
	return rc;
}

static char *caseset_path(const struct problem *p, const struct workspace *ws, const char *cases_text,
			  const char *gen_hex)
{
	char *ini_path = ju_path_join(p->dir, "problem.ini");
	char *ini = ju_read_file(ini_path, NULL);
	char *dir = ws_data_subdir(ws, "cache/cases");
	char *path = NULL;
	if (ini && dir) {
		struct ju_hash h;
		char hex[17];
		ju_hash_init(&h);
		ju_hash_adds(&h, CASESET_MAGIC);
		ju_hash_adds(&h, ini);
		ju_hash_adds(&h, cases_text);
		ju_hash_adds(&h, gen_hex);
		ju_hash_hex(&h, hex);
		path = ju_asprintf("%s/%s-%s", dir, p->slug, hex);
	}
	free(ini);
	free(ini_path);
	free(dir);
	return path;
}

int prob_load_cases(struct problem *p, const struct workspace *ws)
{
	if (p->cases)
		return 0;
	char *path = ju_path_join(p->dir, "cases.jsonl");
	char *gen = ju_path_join(p->dir, "gen.c");
	char *shown = ws_display_path(path);
	char *cache = NULL;
	char gen_hex[17] = "";
	bool has_gen = ju_is_file(gen);
	int rc = -1;
	char *text = ju_read_file(path, NULL);
	if (!text || (has_gen && gen_key(gen, gen_hex) < 0))
		goto cleanup;
	cache = caseset_path(p, ws, text, gen_hex);
	if (cache && load_caseset(p, cache) == 0) {
		rc = 0;
		goto cleanup;
	}
	if (add_cases_from_text(p, text, shown, true) < 0)
		goto cleanup;
	if (has_gen) {
		char *out = gen_output(p, ws, gen, gen_hex);
		if (!out)
			goto cleanup;
		char *label = ju_asprintf("%s output", gen);
		int grc = add_cases_from_text(p, out, label, false);
		free(label);
		free(out);
		if (grc < 0)
			goto cleanup;
	}
	if (p->ncases == 0) {
		ju_error("%s: no cases", shown);
		goto cleanup;
	}
	if (cache)
		save_caseset(p, cache);
	rc = 0;
cleanup:
	if (rc == 0 && cache) {
		p->run_input = ju_asprintf("%s.run", cache);
		p->run_cases = p->cases;
		p->run_ncases = p->ncases;
	}
	if (rc < 0) {
		free_cases(p);
		release_case_map(p);
	}
	free(cache);
	free(text);
	free(path);
	free(gen);
	free(shown);
	return rc;
}

char *prob_case_input_text(const struct problem *p, const struct prob_case *c, size_t max_value_len)
{
	struct ju_buf b = JU_BUF_INIT;
	for (int a = 0; a < p->nparams; a++) {
		const char *v = c->args[a];
		size_t n = strlen(v);
		ju_buf_addf(&b, "%s%s = ", a ? ", " : "", p->params[a].name);
		if (max_value_len && n > max_value_len) {
			ju_buf_add(&b, v, max_value_len);
			ju_buf_addf(&b, "... (%zu characters)", n);
		} else {
			ju_buf_add(&b, v, n);
		}
	}
	return ju_buf_detach(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* generated cases of one size (judge run --complexity)                */

void prob_cases_free(const struct problem *p, struct prob_case *cases, int n)
{
	struct problem tmp = *p;
	tmp.cases = cases;
	tmp.ncases = n;
	free_cases(&tmp);
}

int prob_generate_sized(const struct problem *p, const struct workspace *ws, int size, const char *shape,
			int count, struct prob_case **cases, int *ncases)
{
	char *gen = ju_path_join(p->dir, "gen.c");
	char *src = ju_is_file(gen) ? ju_read_file(gen, NULL) : NULL;
	char *dir = NULL, *bin = NULL, *tmp_bin = NULL, *out_path = NULL, *text = NULL, *label = NULL;
	char hex[17];
	int rc = -1;
	*cases = NULL;
	*ncases = 0;
	/* a generator without a size mode prints its usual cases whatever
	 * the arguments: it must say it has one */
	if (!src || !strstr(src, "--size")) {
		rc = 1;
		goto cleanup;
	}
	if (gen_key(gen, hex) < 0 || !(dir = ws_data_subdir(ws, "cache/gen")))
		goto cleanup;
	/* compiled once per generator version, kept beside its cached output */
	bin = ju_asprintf("%s/%s-%s.sized.bin", dir, p->slug, hex);
	if (!ju_is_file(bin)) {
		tmp_bin = ju_asprintf("%s.tmp.%d", bin, (int)getpid());
		if (compile_generator(gen, tmp_bin) < 0 || rename(tmp_bin, bin) < 0) {
			unlink(tmp_bin);
			goto cleanup;
		}
	}
	char nbuf[16], kbuf[16];
	snprintf(nbuf, sizeof nbuf, "%d", size);
	snprintf(kbuf, sizeof kbuf, "%d", count);
	char *argv[] = { bin, "--size", nbuf, "--shape", (char *)shape, "--count", kbuf, NULL };
	out_path = ju_asprintf("%s/%s-%s.sized.%d.out", dir, p->slug, hex, (int)getpid());
	struct ju_proc_result r;
	if (ju_proc_run(argv, out_path, 60000, 65536, &r) < 0)
		goto cleanup;
	if (r.exit_code != 0 || r.timed_out) {
		ju_error("%s --size %d --shape %s --count %d failed (%s):\n%s", gen, size, shape, count,
			 r.timed_out ? "took over 60 s" : "non-zero exit", r.output);
		free(r.output);
		goto cleanup;
	}
	free(r.output);
	text = ju_read_file(out_path, NULL);
	if (!text)
		goto cleanup;
	/* the cases are checked like the problem's: types and constraints */
	struct problem tmp = *p;
	tmp.cases = NULL;
	tmp.ncases = 0;
	label = ju_asprintf("%s --size %d --shape %s output", gen, size, shape);
	if (add_cases_from_text(&tmp, text, label, false) < 0) {
		free_cases(&tmp);
		goto cleanup;
	}
	*cases = tmp.cases;
	*ncases = tmp.ncases;
	rc = 0;
cleanup:
	if (out_path)
		unlink(out_path);
	free(out_path);
	free(text);
	free(label);
	free(tmp_bin);
	free(bin);
	free(dir);
	free(src);
	free(gen);
	return rc;
}
