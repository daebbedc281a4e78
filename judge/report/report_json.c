/*
 * report_json.c - the machine-readable run report (the CLI contract:
 * problem, id, verdict, passed, total, time_ms, memory_kb, failed_case,
 * detail, compile_log, plus notes and per-case results).
 */
#include "report.h"

#include "text.h"
#include "util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* jansson wants valid UTF-8: everything untrusted is made safe first. */
static json_t *safe_string(const char *s)
{
	if (!s)
		return json_null();
	char *t = ju_text_safe(s, strlen(s), strlen(s) + 1, NULL);
	json_t *j = json_string(t);
	free(t);
	return j ? j : json_string("");
}

/* The first compiler error line: what a script shows in one line. */
static json_t *ce_detail(const char *log)
{
	const char *e = log ? strstr(log, "error:") : NULL;
	if (!e)
		return json_string("compile error");
	const char *start = e;
	while (start > log && start[-1] != '\n')
		start--;
	const char *end = strchr(e, '\n');
	size_t n = end ? (size_t)(end - start) : strlen(start);
	char *line = ju_asprintf("compile error: %.*s", (int)(n > 400 ? 400 : n), start);
	json_t *j = safe_string(line);
	free(line);
	return j;
}

static json_t *failed_case(const struct rep_run *r)
{
	const struct run_report *run = r->run;
	if (!run || run->failed_index < 0)
		return json_null();
	const struct problem *p = r->problem;
	const struct prob_case *c = &p->cases[run->failed_index];
	char *input = prob_case_input_text(p, c, 0);
	json_t *o = json_pack("{s:i, s:o, s:o, s:o, s:o, s:o}",
			      "index", run->failed_index,
			      "name", safe_string(c->name),
			      "input", safe_string(input),
			      "expected", run->verdict == VERDICT_WA ? safe_string(c->expected) : json_null(),
			      "actual", safe_string(run->actual),
			      "stdout", safe_string(run->stdout_text ? run->stdout_text : ""));
	free(input);
	return o;
}

/* The names of the arguments in mask. */
static json_t *arg_names(const struct problem *p, uint32_t mask)
{
	json_t *a = json_array();
	for (int k = 0; k < 32; k++)
		if (mask & (1u << k))
			json_array_append_new(a, safe_string(k < p->nparams ? p->params[k].name : "?"));
	return a;
}

static json_t *case_list(const struct problem *p, const struct run_report *run)
{
	json_t *a = json_array();
	for (int i = 0; run && i < run->total; i++) {
		const struct run_case_result *c = &run->cases[i];
		json_t *o = json_pack("{s:i, s:s, s:f}", "index", i,
			"verdict", c->ran ? verdict_code(c->verdict) : "SKIP",
			"time_ms", (double)c->cpu_us / 1000.0);
		/* memory hygiene: null when not measured (or not counted: --sanitize) */
		bool counted = c->hygiene && c->leaks_counted;
		json_object_set_new(o, "leaked_blocks", counted ? json_integer(c->leaked_blocks) : json_null());
		json_object_set_new(o, "leaked_bytes", counted ? json_integer(c->leaked_bytes) : json_null());
		json_object_set_new(o, "modified_args", c->hygiene ? arg_names(p, c->modified_args) : json_null());
		json_array_append_new(a, o);
	}
	return a;
}

/* The run's memory hygiene in one object, or null when not measured. */
static json_t *hygiene(const struct rep_run *r, const struct run_report *run)
{
	struct rep_hygiene h;
	rep_hygiene_summary(run, &h);
	if (!run || !h.measured)
		return json_null();
	return json_pack("{s:o, s:o, s:o, s:i, s:b}",
		"avg_leaked_blocks", h.counted ? json_real(h.avg_blocks) : json_null(),
		"avg_leaked_bytes", h.counted ? json_real(h.avg_bytes) : json_null(),
		"modified_args", arg_names(r->problem, h.modified),
		"modified_cases", h.modified_cases,
		"mutates_input", r->problem->mutates_input);
}

/* Issue 8's fields; null (or false, []) when not measured. */
static void add_diag(json_t *o, const struct rep_diag *d)
{
	json_t *vars = json_array();
	for (int i = 0; d && i < d->nstate_vars; i++)
		json_array_append_new(vars, safe_string(d->state_vars[i]));
	json_object_set_new(o, "reference_ms", d && d->reference_ms >= 0 ? json_real(d->reference_ms)
								      : json_null());
	json_object_set_new(o, "passes_alone", !d || d->passes_alone < 0 ? json_null()
					      : json_boolean(d->passes_alone == 1));
	json_object_set_new(o, "state_variables", vars);
	json_object_set_new(o, "custom_case", json_boolean(d && d->custom));
	json_object_set_new(o, "saved_as", safe_string(d ? d->saved_as : NULL));
}

char *rep_json(const struct rep_run *r)
{
	const struct run_report *run = r->compile->ok ? r->run : NULL;
	enum verdict v = rep_verdict(r);
	json_t *notes = json_array();
	for (int i = 0; i < r->compile->nnotes; i++)
		json_array_append_new(notes, safe_string(r->compile->notes[i]));
	json_t *o = json_pack("{s:s, s:i, s:s, s:s, s:i, s:i, s:f, s:I, s:o, s:o, s:o, s:o, s:o, s:b, s:o}",
		"problem", r->problem->slug,
		"id", r->problem->id,
		"verdict", verdict_code(v),
		"verdict_name", verdict_name(v),
		"passed", run ? run->passed : 0,
		"total", run ? run->total : r->problem->ncases,
		"time_ms", run ? (double)run->time_us / 1000.0 : 0.0,
		"memory_kb", (json_int_t)(run ? run->memory_kb : 0),
		"failed_case", failed_case(r),
		"detail", run ? safe_string(run->detail) : ce_detail(r->compile->log),
		"compile_log", safe_string(r->compile->log ? r->compile->log : ""),
		"notes", notes,
		"note", safe_string(run ? run->note : NULL),
		"cached", r->compile->cached,
		"cases", case_list(r->problem, run));
	if (!o)
		return NULL;
	json_object_set_new(o, "memory_hygiene", hygiene(r, run));
	add_diag(o, r->diag);
	char *s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return s;
}
