/*
 * verdict.c - names of the verdicts (LeetCode's words, short codes).
 */
#include "verdict.h"

#include <string.h>

static const struct {
	const char *code;
	const char *name;
} names[VERDICT_COUNT] = {
	[VERDICT_AC] = { "AC", "Accepted" },
	[VERDICT_WA] = { "WA", "Wrong Answer" },
	[VERDICT_TLE] = { "TLE", "Time Limit Exceeded" },
	[VERDICT_MLE] = { "MLE", "Memory Limit Exceeded" },
	[VERDICT_RE] = { "RE", "Runtime Error" },
	[VERDICT_OLE] = { "OLE", "Output Limit Exceeded" },
	[VERDICT_CE] = { "CE", "Compile Error" },
	[VERDICT_IE] = { "IE", "Internal Error" },
};

const char *verdict_code(enum verdict v)
{
	return v < VERDICT_COUNT ? names[v].code : "IE";
}

const char *verdict_name(enum verdict v)
{
	return v < VERDICT_COUNT ? names[v].name : "Internal Error";
}

int verdict_parse(const char *code)
{
	for (int v = 0; v < VERDICT_COUNT; v++)
		if (!strcmp(code, names[v].code))
			return v;
	return -1;
}
