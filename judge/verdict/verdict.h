/*
 * verdict.h - the verdicts, their names, and the order of precedence.
 */
#ifndef VERDICT_H
#define VERDICT_H

enum verdict {
	VERDICT_AC,   /* Accepted */
	VERDICT_WA,   /* Wrong Answer */
	VERDICT_TLE,  /* Time Limit Exceeded */
	VERDICT_MLE,  /* Memory Limit Exceeded */
	VERDICT_RE,   /* Runtime Error */
	VERDICT_OLE,  /* Output Limit Exceeded */
	VERDICT_CE,   /* Compile Error */
	VERDICT_IE,   /* Internal Error: the judge's or the problem's fault */
	VERDICT_COUNT
};

/* "AC", "WA", ... */
const char *verdict_code(enum verdict v);
/* "Accepted", "Wrong Answer", ... */
const char *verdict_name(enum verdict v);
/* -1 if unknown. */
int verdict_parse(const char *code);

#endif
