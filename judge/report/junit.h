/*
 * junit.h - a grade report as JUnit XML (what GitHub Actions, GitLab and
 * Jenkins read), and the XML escaping it needs.
 *
 * The XML is made from the grade report JSON (`judge grade --json`), never
 * from the grading run itself, so a report merged from shards gives exactly
 * the XML the unsharded run gives.  The report's members used here:
 *
 *   submitters   ["alice", ...]                       sorted
 *   submissions  [{submitter, problem, id, file, verdict, wall_ms, stderr,
 *                  result: <the `judge run --json` object>}, ...]
 *   missing      [{submitter, problem, id}, ...]       only with --problems
 *   unknown      [{submitter (null: beside the submitters), file, reason}, ...]
 *
 * One <testsuite> per submitter, one <testcase classname=SUBMITTER
 * name="ID. SLUG"> per submission or missing solution: a verdict other than
 * AC and IE is a <failure type=VERDICT>, IE is an <error>, a missing
 * solution is <skipped/>.  Unknown files go to the suite's <system-out>.
 */
#ifndef REP_JUNIT_H
#define REP_JUNIT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* A malloc'd copy of len bytes that is valid XML 1.0 character data:
 * & < > " ' become entities; tab, newline and CR are kept in text and
 * become character references in an attribute (attr), so a parser keeps
 * them; every other control byte, every byte of malformed UTF-8 and the
 * non-characters U+FFFE/U+FFFF (not allowed in XML) become the visible
 * text "\xNN" (or "\uFFFE"), so nothing is silently lost. */
char *rep_junit_escape(const char *s, size_t len, bool attr);

/* The whole JUnit document for a grade report; malloc'd, NULL (message
 * printed) when the report lacks a member listed above. */
char *rep_junit_xml(const json_t *report);

#endif
