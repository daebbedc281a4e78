#!/usr/bin/env bash
# history_flow.sh - the practice history as a student uses it, end to end:
# fail, fix, get AC, see the automatic flag, see the problem on this week's
# redo list, 'redo start', solve it again, see it move to the next box;
# then a failed redo, hand flags, stats, and a damaged database.
#
#     tests/e2e/history_flow.sh [JUDGE_BINARY] [SOURCE_DIR]
#
# Defaults: build/judge and the checkout this script is in.  Everything
# happens in a temporary workspace with JUDGE_HOME in a temporary folder;
# JUDGE_NOW fixes the clock (Monday 2026-11-23 is in ISO week 2026-W48).
# Prints 'N passed, N failed' and exits 1 when any check failed.
set -u

SRC=$(cd "${2:-$(dirname "$0")/../..}" && pwd) || exit 2
JUDGE=${1:-$SRC/build/judge}
case $JUDGE in /*) ;; *) JUDGE=$PWD/$JUDGE ;; esac
if [ ! -x "$JUDGE" ]; then
	echo "history_flow: no judge binary at $JUDGE" >&2
	exit 2
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/judge-history-flow.XXXXXX")
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/ws/problems" "$T/ws/solutions" "$T/home"
cp -r "$SRC/problems/invert-binary-tree" "$T/ws/problems/"
export JUDGE_WORKSPACE=$T/ws JUDGE_HOME=$T/home NO_COLOR=1
unset JUDGE_FLAG_FAILED JUDGE_FLAG_SLOW_MINUTES JUDGE_FLAG_HARD
cd "$T/ws" || exit 2
SLUG=invert-binary-tree
SOL=solutions/$SLUG.c
FIX=$SRC/tests/fixtures/verdicts

passed=0
failed=0
OUT=$T/out
ERR=$T/err
RC=0

# j NOW ARGS...: run the judge at time NOW; stdout in $OUT, stderr in $ERR, status in $RC
j() {
	local now=$1
	shift
	JUDGE_NOW=$now "$JUDGE" "$@" >"$OUT" 2>"$ERR"
	RC=$?
}

ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() {
	failed=$((failed + 1))
	echo "FAIL $1"
	echo "     status $RC; stdout:"; sed 's/^/       /' "$OUT" | head -20
	echo "     stderr:"; sed 's/^/       /' "$ERR" | head -10
}
# check NAME CONDITION...: evaluate the condition (a command) and count it
check() {
	local name=$1
	shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}
status_is() { [ "$RC" = "$1" ]; }
out_has() { grep -qF -- "$1" "$OUT"; }
err_has() { grep -qF -- "$1" "$ERR"; }
out_lacks() { ! grep -qF -- "$1" "$OUT"; }
# the line of the redo list (or list) naming the problem contains TEXT
line_has() { grep -F -- "$SLUG" "$OUT" | grep -qF -- "$1"; }

# ---- a solve: new, two wrong answers, then Accepted
j 2026-11-23T09:00 new $SLUG
check "judge new writes the template" status_is 0
j 2026-11-23T09:01 history
check "history starts empty" out_has "no attempts recorded yet"

cp "$FIX/wa_no_swap.c" "$SOL"
j 2026-11-23T09:05 run $SLUG
check "first attempt: Wrong Answer, exit 1" status_is 1
check "first attempt: no flag note" eval '! err_has "history:"'
j 2026-11-23T09:10 run $SLUG
check "second attempt: Wrong Answer, exit 1" status_is 1
j 2026-11-23T09:12 run $SLUG --no-record
check "--no-record still judges" status_is 1
j 2026-11-23T09:13 history $SLUG --json
check "two attempts recorded, --no-record skipped" test "$(grep -c '"verdict"' "$OUT")" = 2
check "failing case index recorded" out_has '"failed_case": 0'

cp "$FIX/ac.c" "$SOL"
j 2026-11-23T09:20 run $SLUG
check "the fix is Accepted, exit 0" status_is 0
check "automatic flag announced" err_has "flagged for redo: accepted after 2 failed attempts"
check "due date announced" err_has "due 2026-11-24"

j 2026-11-23T09:21 history $SLUG
check "history lists three attempts" test "$(grep -cE ' (WA|AC) ' "$OUT")" = 3
check "history shows the flag" out_has "solved, redo box 1 due 2026-11-24"
j 2026-11-23T09:21 list
check "list shows status and flag" line_has "solved, redo box 1 due 2026-11-24"

# ---- this week's redo list
j 2026-11-23T09:30 redo
check "redo list is this week's (2026-W48)" out_has "Redo list 2026-W48 (2026-11-23 .. 2026-11-29): 1 problem"
check "redo list names the problem with reason" line_has "accepted after 2 failed attempts"
check "redo list shows box, last verdict, attempts" line_has "1/5  $SLUG"
j 2026-11-23T09:30 redo --markdown
check "markdown checklist with [[slug]] link" out_has "- [ ] [[$SLUG]] - due 2026-11-24, box 1/5"
j 2026-11-23T09:30 redo --json
check "json redo list" out_has '"box": 1'
j 2026-11-23T09:30 redo --week 2026-W49
check "not on next week's list yet" out_has ": 0 problems"

# ---- redo it the next day: box 1 -> 2
j 2026-11-24T08:00 redo start $SLUG
check "redo start succeeds" status_is 0
check "redo start keeps the old solution" out_has "previous solution is kept in the history"
check "redo start writes a fresh template" grep -q 'invertTree(struct TreeNode\* root) {' "$SOL"
check "the template has no old code" eval '! grep -q "root->left" "$SOL"'
j 2026-11-24T08:01 history --source 3
check "the old solution is in the history" cmp -s "$OUT" "$FIX/ac.c"
j 2026-11-24T08:01 list
check "list shows the redo in progress" line_has "(redo started)"

cp "$FIX/ac.c" "$SOL"
j 2026-11-24T08:30 run $SLUG
check "redo solved: exit 0" status_is 0
check "moved to the next box" err_has "box 1 -> 2 of 5, due again 2026-11-27"
j 2026-11-24T08:31 redo --json
check "box 2 in the redo list" out_has '"box": 2'
check "due in three days" out_has '"due": "2026-11-27"'
j 2026-11-24T08:40 run $SLUG
check "a second AC in the same redo changes nothing" eval '! err_has "history:"'

# ---- due next week: box 2 -> 3 on Friday puts it 7 days on, in W49
j 2026-11-27T18:00 redo start $SLUG
cp "$FIX/ac.c" "$SOL"
j 2026-11-27T18:10 run $SLUG
check "box 2 -> 3" err_has "box 2 -> 3 of 5, due again 2026-12-04"
j 2026-11-27T18:11 redo
check "not on this week's list any more" out_has ": 0 problems"
j 2026-11-27T18:11 redo --week 2026-W49
check "on next week's list" line_has "2026-12-04"

# ---- a failed redo goes back to box 1
j 2026-12-04T09:00 redo start $SLUG
cp "$FIX/wa_no_swap.c" "$SOL"
j 2026-12-04T09:05 run $SLUG
check "failed redo: exit 1" status_is 1
check "failed redo: back to box 1" err_has "back to box 1 of 5, due again 2026-12-05"
j 2026-12-04T09:06 redo
check "back on this week's list (2026-W49)" line_has "1/5"

# ---- hand flags
j 2026-12-04T09:10 flag $SLUG --note "try it iteratively"
check "flag on a flagged problem keeps its box" out_has "already flagged (box 1"
j 2026-12-04T09:10 redo
check "the note is on the list" out_has "note: try it iteratively"
j 2026-12-04T09:11 unflag $SLUG
check "unflag" out_has "unflagged $SLUG"
j 2026-12-04T09:11 redo
check "the list is empty after unflag" out_has ": 0 problems"

# ---- stats
j 2026-12-04T09:20 stats
check "stats runs" status_is 0
check "stats counts the solve" out_has "solved 1 of 1 problems, attempted 1"
check "stats draws the calendar" out_has "last 12 weeks:"
j 2026-12-04T09:20 stats --json
check "stats json: streak" out_has '"streak_days": 1'

# ---- year boundary: 2027-01-01 is in 2026-W53
j 2027-01-01T10:00 flag $SLUG
check "flag on 2027-01-01: due 2027-01-02" out_has "due 2027-01-02"
j 2027-01-01T10:00 redo
check "2027-01-01 is in 2026-W53" out_has "Redo list 2026-W53 (2026-12-28 .. 2027-01-03): 1 problem"
j 2027-01-01T10:00 redo --week 2027-W53
check "2027 has no week 53" status_is 2

# ---- a damaged database: clear one-line error, exit 2, file untouched
mkdir -p "$T/bad"
head -c 8192 /dev/urandom >"$T/bad/history.db"
cp "$T/bad/history.db" "$T/bad.orig"
cp "$FIX/ac.c" "$SOL"
JUDGE_HOME=$T/bad j 2026-12-05T09:00 run $SLUG
check "damaged database: exit 2" status_is 2
check "damaged database: clear message" err_has "is damaged or not a database"
check "damaged database: one line" test "$(wc -l <"$ERR")" = 1
check "damaged database: untouched" cmp -s "$T/bad/history.db" "$T/bad.orig"
JUDGE_HOME=$T/bad j 2026-12-05T09:00 run $SLUG --no-record
check "--no-record does not touch a damaged database" status_is 0
JUDGE_HOME=$T/bad j 2026-12-05T09:00 redo
check "redo on a damaged database: exit 2" status_is 2
check "damaged database still untouched" cmp -s "$T/bad/history.db" "$T/bad.orig"

j 2026-12-05T09:00 redo --bogus
check "unknown option: exit 2" status_is 2
j 2026-12-05T09:00 redo --help
check "redo --help" out_has "usage: judge redo"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
