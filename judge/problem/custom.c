/*
 * custom.c - runs beyond a problem's own case list (custom.h): the
 * student's own cases, one case alone, the reference's answer and time,
 * and the variables that carry state between calls.
 */
#define _GNU_SOURCE
#include "custom.h"

#include "compile.h"
#include "util.h"

#include <ctype.h>
#include <elf.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* LeetCode's input text -> arguments                                  */

struct pieces {
	char **v;
	int n;
};

static void pieces_add(struct pieces *ps, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n)
		return;   /* "a = 1,\n b = 2": nothing between ',' and the newline */
	ps->v = ju_realloc(ps->v, sizeof *ps->v * (size_t)(ps->n + 1));
	ps->v[ps->n++] = ju_strndup(s, n);
}

static void pieces_free(struct pieces *ps)
{
	for (int i = 0; i < ps->n; i++)
		free(ps->v[i]);
	free(ps->v);
}

/* Split at ',' and newlines (also "\n" typed as two characters) outside
 * brackets and strings. */
static int split_top(const char *text, struct pieces *out)
{
	int depth = 0;
	bool in_str = false;
	const char *start = text, *s = text;
	for (; *s; s++) {
		if (in_str) {
			if (*s == '\\' && s[1])
				s++;
			else if (*s == '"')
				in_str = false;
			continue;
		}
		if (*s == '"')
			in_str = true;
		else if (*s == '[')
			depth++;
		else if (*s == ']' && depth > 0)
			depth--;
		else if (depth == 0 && (*s == ',' || *s == '\n' || (*s == '\\' && s[1] == 'n'))) {
			pieces_add(out, start, (size_t)(s - start));
			if (*s == '\\')
				s++;
			start = s + 1;
		}
	}
	pieces_add(out, start, (size_t)(s - start));
	if (in_str)
		return ju_error("--case: the input ends inside a string (a '\"' is missing)");
	if (depth)
		return ju_error("--case: %d '[' %s not closed", depth, depth == 1 ? "is" : "are");
	return 0;
}

/* "preorder = [1,2]" -> name "preorder", value "[1,2]"; no name -> NULL. */
static char *take_name(char *piece, char **value)
{
	char *s = piece;
	*value = piece;
	if (!isalpha((unsigned char)*s) && *s != '_')
		return NULL;
	while (isalnum((unsigned char)*s) || *s == '_')
		s++;
	char *end = s;
	while (isspace((unsigned char)*s))
		s++;
	if (*s != '=')
		return NULL;   /* true, false: a value, not a name */
	*end = '\0';
	for (s++; isspace((unsigned char)*s); s++)
		;
	*value = s;
	return piece;
}

static int param_index(const struct problem *p, const char *name)
{
	for (int i = 0; i < p->nparams; i++)
		if (!strcmp(p->params[i].name, name))
			return i;
	return -1;
}

static char *param_list(const struct problem *p)
{
	struct ju_buf b = JU_BUF_INIT;
	for (int i = 0; i < p->nparams; i++)
		ju_buf_addf(&b, "%s%s (%s)", i ? ", " : "", p->params[i].name,
			    lc_type_name(p->params[i].type));
	return ju_buf_detach(&b, NULL);
}

/* The pieces in parameter order: values[i] points into ps. */
static int order_pieces(const struct problem *p, struct pieces *ps, const char **values)
{
	char *list = param_list(p);
	int rc = 0, named = 0;
	if (ps->n != p->nparams)
		rc = ju_error("--case: %d argument%s given; %s wants %d: %s", ps->n, ps->n == 1 ? "" : "s",
			      p->slug, p->nparams, list);
	for (int i = 0; rc == 0 && i < ps->n; i++) {
		char *value;
		char *name = take_name(ps->v[i], &value);
		named += name != NULL;
		int k = name ? param_index(p, name) : i;
		if (k < 0)
			rc = ju_error("--case: no argument named '%s'; the arguments are %s", name, list);
		else if (values[k])
			rc = ju_error("--case: argument '%s' is given twice", p->params[k].name);
		else
			values[k] = value;
	}
	if (rc == 0 && named && named != ps->n)
		rc = ju_error("--case: name every argument (%s) or none", list);
	free(list);
	return rc;
}

void cust_case_release(const struct problem *p, struct prob_case *c)
{
	for (int a = 0; c->args && a < p->nparams; a++)
		free(c->args[a]);
	free(c->args);
	free(c->name);
	free(c->expected);
	free(c->origin);
	memset(c, 0, sizeof *c);
}

int cust_parse_case(const struct problem *p, const char *text, struct prob_case *out)
{
	struct pieces ps = { 0 };
	const char **values = ju_calloc((size_t)p->nparams + 1, sizeof *values);
	char *why = NULL;
	int rc = split_top(text, &ps);
	if (rc == 0)
		rc = order_pieces(p, &ps, values);
	memset(out, 0, sizeof *out);
	out->args = ju_calloc((size_t)p->nparams, sizeof(char *));
	out->name = ju_strdup("custom case");
	out->origin = ju_strdup("--case");
	for (int a = 0; rc == 0 && a < p->nparams; a++) {
		struct lc_error err;
		out->args[a] = lc_canonical(p->params[a].type, values[a], &err);
		if (!out->args[a])
			rc = ju_error("--case: argument %d '%s' is not a %s: position %zu: %s", a + 1,
				      p->params[a].name, lc_type_name(p->params[a].type), err.pos, err.msg);
	}
	if (rc == 0 && prob_case_check(p, out, &why) < 0)
		rc = ju_error("--case: outside the problem's constraints: %s ('judge show %d' lists them)",
			      why, p->id);
	if (rc < 0)
		cust_case_release(p, out);
	free(why);
	free(values);
	pieces_free(&ps);
	return rc;
}

struct problem cust_one_case(const struct problem *p, const struct prob_case *c)
{
	struct problem one = *p;
	one.cases = (struct prob_case *)c;
	one.ncases = 1;
	return one;
}

/* ------------------------------------------------------------------ */
/* the reference solution                                              */

static int build_reference(const struct workspace *ws, const struct problem *p, struct cmp_result *cr)
{
	char *path = ju_path_join(p->dir, "reference.c");
	char *shown = ju_asprintf("problems/%s/reference.c", p->slug);
	int rc = cmp_build(ws, p, path, shown, cr);
	if (rc == 0 && !cr->ok)
		rc = ju_error("%s does not compile (the problem's fault):\n%s", shown, cr->log);
	free(path);
	free(shown);
	return rc;
}

int cust_reference_answer(const struct workspace *ws, const struct problem *p,
			  const struct sbx_policy *policy, const struct prob_case *c, char **answer)
{
	struct cmp_result cr = { 0 };
	struct run_report rr = { 0 };
	struct run_options o = { 0 };
	/* "" is no answer's canonical text: the reference "fails" the probe and
	 * the runner keeps its answer, whatever the problem's judging kind */
	struct prob_case probe = *c;
	probe.expected = "";
	struct problem one = cust_one_case(p, &probe);
	one.judge = PROB_JUDGE_EXACT;
	int rc = -1;
	*answer = NULL;
	if (build_reference(ws, p, &cr) < 0 || run_solution(ws, &one, cr.binary, policy, &o, &rr) < 0)
		goto cleanup;
	if (rr.verdict != VERDICT_WA || !rr.actual) {
		ju_error("the reference solution has no answer for this case: %s (%s)",
			 verdict_name(rr.verdict), rr.detail ? rr.detail : "");
		goto cleanup;
	}
	*answer = rr.actual;
	rr.actual = NULL;
	rc = 0;
cleanup:
	run_report_release(&rr);
	cmp_result_release(&cr);
	return rc;
}

/* The key of the reference's time: every file its run depends on. */
static void hash_file(struct ju_hash *h, const char *dir, const char *name)
{
	char *path = name ? ju_path_join(dir, name) : ju_strdup(dir);
	if (ju_is_file(path)) {
		char *text = ju_read_file(path, NULL);
		ju_hash_adds(h, name ? name : "saved");
		ju_hash_adds(h, text ? text : "");
		free(text);
	}
	free(path);
}

static char *saved_path(const struct workspace *ws, const struct problem *p)
{
	char *dir = ws_data_subdir(ws, "cases");
	char *path = dir ? ju_asprintf("%s/%s.jsonl", dir, p->slug) : NULL;
	free(dir);
	return path;
}

static char *reftime_path(const struct workspace *ws, const struct problem *p)
{
	static const char *files[] = { "problem.ini", "cases.jsonl", "gen.c", "driver.c", "reference.c" };
	struct ju_hash h;
	char hex[17];
	ju_hash_init(&h);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		hash_file(&h, p->dir, files[i]);
	char *saved = saved_path(ws, p);
	if (saved)
		hash_file(&h, saved, NULL);
	ju_hash_hex(&h, hex);
	char *dir = ws_data_subdir(ws, "cache/reftime");
	char *path = dir ? ju_asprintf("%s/%s-%s", dir, p->slug, hex) : NULL;
	free(saved);
	free(dir);
	return path;
}

static double measure_reference(const struct workspace *ws, const struct problem *p,
				const struct sbx_policy *policy)
{
	struct cmp_result cr = { 0 };
	struct run_report rr = { 0 };
	struct run_options o = { 0 };
	double ms = -1;
	if (build_reference(ws, p, &cr) == 0 && run_solution(ws, p, cr.binary, policy, &o, &rr) == 0 &&
	    rr.verdict == VERDICT_AC)
		ms = (double)rr.time_us / 1000.0;
	run_report_release(&rr);
	cmp_result_release(&cr);
	return ms;
}

double cust_reference_ms(const struct workspace *ws, const struct problem *p,
			 const struct sbx_policy *policy)
{
	char *path = reftime_path(ws, p);
	double ms = -1;
	if (!path)
		return -1;
	char *text = ju_is_file(path) ? ju_read_file(path, NULL) : NULL;
	if (!text || sscanf(text, "%lf", &ms) != 1) {
		ms = measure_reference(ws, p, policy);
		if (ms >= 0) {
			char *line = ju_asprintf("%.3f\n", ms);
			ju_write_file_atomic(path, line, strlen(line));   /* a cache: failing is harmless */
			free(line);
		}
	}
	free(text);
	free(path);
	return ms;
}

int cust_passes_alone(const struct workspace *ws, const struct problem *p, const char *binary,
		      const struct sbx_policy *policy, int index)
{
	struct problem one = cust_one_case(p, &p->cases[index]);
	struct run_options o = { 0 };
	struct run_report rr = { 0 };
	if (run_solution(ws, &one, binary, policy, &o, &rr) < 0)
		return -1;
	int passed = rr.verdict == VERDICT_AC;
	run_report_release(&rr);
	return passed;
}

/* ------------------------------------------------------------------ */
/* the student's saved cases: <data_dir>/cases/<slug>.jsonl            */

/* One saved line as a case; -1 with *why malloc'd when p no longer takes it. */
static int saved_case(const struct problem *p, const char *line, struct prob_case *c, char **why)
{
	json_error_t jerr;
	json_t *o = json_loads(line, 0, &jerr);
	json_t *args = json_object_get(o, "args");
	json_t *exp = json_object_get(o, "expected");
	json_t *name = json_object_get(o, "name");
	int rc = 0;
	memset(c, 0, sizeof *c);
	c->args = ju_calloc((size_t)p->nparams, sizeof(char *));
	c->name = ju_strdup(json_is_string(name) ? json_string_value(name) : "my case");
	if (!json_is_array(args) || (int)json_array_size(args) != p->nparams || !json_is_string(exp)) {
		*why = ju_strdup(o ? "not a case of this problem" : jerr.text);
		rc = -1;
	}
	for (int a = 0; rc == 0 && a < p->nparams; a++) {
		struct lc_error err;
		const char *v = json_string_value(json_array_get(args, (size_t)a));
		c->args[a] = v ? lc_canonical(p->params[a].type, v, &err) : NULL;
		if (!c->args[a]) {
			*why = ju_asprintf("argument %d is not a %s", a + 1, lc_type_name(p->params[a].type));
			rc = -1;
		}
	}
	if (rc == 0) {
		struct lc_error err;
		c->expected = lc_canonical(p->returns, json_string_value(exp), &err);
		if (!c->expected) {
			*why = ju_asprintf("the expected answer is not a %s", lc_type_name(p->returns));
			rc = -1;
		}
	}
	if (rc == 0)
		rc = prob_case_check(p, c, why);
	json_decref(o);
	if (rc < 0)
		cust_case_release(p, c);
	return rc;
}

/* Every saved case p takes; *nlines counts the file's case lines. */
static int read_saved(const struct workspace *ws, const struct problem *p, struct prob_case **out,
		      int *n, int *nlines, bool notes)
{
	char *path = saved_path(ws, p);
	*out = NULL;
	*n = *nlines = 0;
	if (!path)
		return -1;
	char *text = ju_is_file(path) ? ju_read_file(path, NULL) : NULL;
	int lineno = 0;
	for (char *save = NULL, *l = text ? strtok_r(text, "\n", &save) : NULL; l;
	     l = strtok_r(NULL, "\n", &save)) {
		lineno++;   /* strtok_r skips empty lines: only ever written by us, none */
		if (!*l || !strncmp(l, "//", 2))
			continue;
		(*nlines)++;
		struct prob_case c;
		char *why = NULL;
		if (saved_case(p, l, &c, &why) < 0) {
			if (notes)
				ju_note("%s:%d: your saved case is skipped: %s", path, lineno, why);
			free(why);
			continue;
		}
		c.origin = ju_asprintf("%s:%d", path, lineno);
		*out = ju_realloc(*out, sizeof **out * (size_t)(*n + 1));
		(*out)[(*n)++] = c;
	}
	free(text);
	free(path);
	return 0;
}

int cust_load_saved(struct problem *p, const struct workspace *ws)
{
	struct prob_case *cs;
	int n, nlines;
	if (read_saved(ws, p, &cs, &n, &nlines, true) < 0)
		return -1;
	if (n > 0) {
		p->cases = ju_realloc(p->cases, sizeof *p->cases * (size_t)(p->ncases + n));
		memcpy(p->cases + p->ncases, cs, sizeof *cs * (size_t)n);
		p->ncases += n;
	}
	free(cs);
	return 0;
}

static bool same_args(const struct problem *p, const struct prob_case *a, const struct prob_case *b)
{
	for (int i = 0; i < p->nparams; i++)
		if (strcmp(a->args[i], b->args[i]))
			return false;
	return true;
}

static int append_saved(const struct workspace *ws, const struct problem *p,
			const struct prob_case *c, const char *name)
{
	char *path = saved_path(ws, p);
	if (!path)
		return -1;
	json_t *args = json_array();
	for (int a = 0; a < p->nparams; a++)
		json_array_append_new(args, json_string(c->args[a]));
	json_t *o = json_pack("{s:s, s:o, s:s}", "name", name, "args", args, "expected", c->expected);
	char *line = o ? json_dumps(o, JSON_COMPACT) : NULL;
	char *old = ju_is_file(path) ? ju_read_file(path, NULL) : ju_strdup("");
	int rc = -1;
	if (line && old) {
		char *all = ju_asprintf("%s%s%s\n", old, *old && old[strlen(old) - 1] != '\n' ? "\n" : "", line);
		rc = ju_write_file_atomic(path, all, strlen(all));
		free(all);
	}
	json_decref(o);
	free(line);
	free(old);
	free(path);
	return rc;
}

int cust_save_case(const struct workspace *ws, const struct problem *p, const struct prob_case *c,
		   char **saved_as)
{
	struct prob_case *cs;
	int n, nlines, rc = 0;
	*saved_as = NULL;
	if (read_saved(ws, p, &cs, &n, &nlines, false) < 0)
		return -1;
	for (int i = 0; i < n && !*saved_as; i++)
		if (same_args(p, &cs[i], c))
			*saved_as = ju_strdup(cs[i].name);
	if (!*saved_as) {
		*saved_as = ju_asprintf("my case %d", nlines + 1);
		rc = append_saved(ws, p, c, *saved_as);
	}
	for (int i = 0; i < n; i++)
		cust_case_release(p, &cs[i]);
	free(cs);
	if (rc < 0) {
		free(*saved_as);
		*saved_as = NULL;
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* state between calls: the solution's global and static variables     */

struct names {
	char **v;
	int n;
};

static bool names_has(const struct names *ns, const char *s, size_t len)
{
	for (int i = 0; i < ns->n; i++)
		if (strlen(ns->v[i]) == len && !strncmp(ns->v[i], s, len))
			return true;
	return false;
}

static void names_add(struct names *ns, const char *s, size_t len)
{
	if (names_has(ns, s, len))
		return;
	ns->v = ju_realloc(ns->v, sizeof *ns->v * (size_t)(ns->n + 1));
	ns->v[ns->n++] = ju_strndup(s, len);
}

static void names_free(struct names *ns)
{
	for (int i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
}

/* Skip a comment, string, character constant or preprocessor line at s. */
static const char *skip_noise(const char *s, bool line_start)
{
	if (s[0] == '/' && s[1] == '/')
		return s + strcspn(s, "\n");
	if (s[0] == '/' && s[1] == '*') {
		const char *e = strstr(s + 2, "*/");
		return e ? e + 2 : s + strlen(s);
	}
	if (*s == '"' || *s == '\'') {
		char q = *s++;
		while (*s && *s != q && *s != '\n')
			s += s[0] == '\\' && s[1] ? 2 : 1;
		return *s ? s + 1 : s;
	}
	if (*s == '#' && line_start) {
		while (*s && !(*s == '\n' && s[-1] != '\\'))
			s++;
		return s;
	}
	return NULL;
}

/* Identifiers a variable may be declared by: at file scope (outside braces
 * and parentheses), and after "static" up to the next ';' anywhere. */
static void declared_names(const char *src, struct names *out)
{
	int braces = 0, parens = 0;
	bool in_static = false, line_start = true;
	for (const char *s = src; *s;) {
		const char *e = skip_noise(s, line_start);
		if (e) {
			s = e;
			continue;
		}
		if (isalpha((unsigned char)*s) || *s == '_') {
			const char *w = s;
			while (isalnum((unsigned char)*s) || *s == '_')
				s++;
			if ((size_t)(s - w) == 6 && !strncmp(w, "static", 6))
				in_static = true;
			else if (in_static || (braces == 0 && parens == 0))
				names_add(out, w, (size_t)(s - w));
			line_start = false;
			continue;
		}
		braces += (*s == '{') - (*s == '}');
		parens += (*s == '(') - (*s == ')');
		if (*s == ';')
			in_static = false;
		if (*s == '\n')
			line_start = true;
		else if (!isspace((unsigned char)*s))
			line_start = false;
		s++;
	}
}

/* Data objects of the symbol table; locals only from the solution's unit. */
struct elf_view {
	const char *data;
	size_t size;
	const Elf64_Shdr *sh;
	int nsh;
};

static const char *section_name(const struct elf_view *ev, const Elf64_Ehdr *eh, int index)
{
	if (index <= 0 || index >= ev->nsh || eh->e_shstrndx >= ev->nsh)
		return "";
	const Elf64_Shdr *strs = &ev->sh[eh->e_shstrndx];
	if (strs->sh_offset + strs->sh_size > ev->size || ev->sh[index].sh_name >= strs->sh_size)
		return "";
	return ev->data + strs->sh_offset + ev->sh[index].sh_name;
}

static void symbol_names(const struct elf_view *ev, const Elf64_Ehdr *eh, const struct names *decl,
			 struct names *out)
{
	for (int k = 0; k < ev->nsh; k++) {
		const Elf64_Shdr *st = &ev->sh[k];
		if (st->sh_type != SHT_SYMTAB || st->sh_link >= (unsigned)ev->nsh ||
		    st->sh_offset + st->sh_size > ev->size || st->sh_entsize != sizeof(Elf64_Sym))
			continue;
		const Elf64_Shdr *str = &ev->sh[st->sh_link];
		if (str->sh_offset + str->sh_size > ev->size || str->sh_size == 0)
			continue;
		const char *strs = ev->data + str->sh_offset;
		const Elf64_Sym *sym = (const Elf64_Sym *)(ev->data + st->sh_offset);
		bool in_unit = false;
		for (size_t i = 0; i < st->sh_size / sizeof *sym; i++) {
			if (sym[i].st_name >= str->sh_size || !memchr(strs + sym[i].st_name, 0,
								      str->sh_size - sym[i].st_name))
				continue;
			const char *name = strs + sym[i].st_name;
			if (ELF64_ST_TYPE(sym[i].st_info) == STT_FILE)
				in_unit = !strcmp(name, "unit.c");   /* compile.c's one translation unit */
			if (ELF64_ST_TYPE(sym[i].st_info) != STT_OBJECT ||
			    (ELF64_ST_BIND(sym[i].st_info) == STB_LOCAL && !in_unit))
				continue;
			const char *sec = section_name(ev, eh, sym[i].st_shndx);
			if (strcmp(sec, ".data") && strcmp(sec, ".bss"))
				continue;
			size_t len = strcspn(name, ".");   /* "count.0": a static inside a function */
			if (names_has(decl, name, len))
				names_add(out, name, len);
		}
	}
}

int cust_state_vars(const char *binary, const char *source_path, char ***names, int *n)
{
	size_t size = 0;
	char *data = ju_is_file(binary) ? ju_read_file(binary, &size) : NULL;
	char *src = ju_is_file(source_path) ? ju_read_file(source_path, NULL) : NULL;
	struct names decl = { 0 }, out = { 0 };
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)data;
	int rc = -1;
	*names = NULL;
	*n = 0;
	if (!data || !src || size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_shentsize != sizeof(Elf64_Shdr) ||
	    eh->e_shoff > size || (size - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum)
		goto cleanup;
	struct elf_view ev = { data, size, (const Elf64_Shdr *)(data + eh->e_shoff), eh->e_shnum };
	declared_names(src, &decl);
	symbol_names(&ev, eh, &decl, &out);
	*names = out.v;
	*n = out.n;
	rc = 0;
cleanup:
	names_free(&decl);
	free(data);
	free(src);
	return rc;
}
