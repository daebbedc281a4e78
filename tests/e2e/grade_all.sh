#!/bin/bash
# grade_all.sh - the project's own grading run (issue 6): `judge grade` over
# every problem's reference solution (all must be Accepted, exit 0), and over
# the verdict fixtures, one submitter per fixture, each with its expected
# verdict (from its "// expect:" header).
#
#     grade_all.sh JUDGE SOURCE_DIR
#
# Run it in a PID namespace (tests/run_in_pidns.sh): the fixtures are hostile.
set -u
JUDGE=$1
SRC=$2
WORK=$(mktemp -d /tmp/judge-grade-all-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
pass=0
fail=0
check() {   # check NAME COMMAND...
	local name=$1
	shift
	if "$@"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name"
	fi
}

# ---- every reference, one submitter -----------------------------------------
mkdir -p "$WORK/refs/references"
for dir in "$SRC"/problems/*/; do
	slug=$(basename "$dir")
	cp "$dir/reference.c" "$WORK/refs/references/$slug.c"
done
nrefs=$(ls "$WORK/refs/references" | wc -l)
"$JUDGE" grade "$WORK/refs" --json "$WORK/refs.json" >"$WORK/refs.txt" 2>&1
check "grade over the $nrefs references exits 0" test $? = 0
check "every reference is AC" grep -q "$nrefs accepted, 0 failed" "$WORK/refs.txt"

# ---- every verdict fixture, a submitter each --------------------------------
declare -A expect
for f in "$SRC"/tests/fixtures/verdicts/*.c; do
	name=$(basename "$f" .c)
	problem=$(sed -n 's|^// problem: *\([a-z0-9-]*\).*|\1|p' "$f" | head -1)
	verdict=$(sed -n 's|^// expect: *\([A-Z_]*\).*|\1|p' "$f" | head -1)
	[ -n "$problem" ] && [ -n "$verdict" ] || continue
	mkdir -p "$WORK/fix/$name"
	cp "$f" "$WORK/fix/$name/$problem.c"
	expect[$name]=$verdict
done
"$JUDGE" grade "$WORK/fix" >"$WORK/fix.txt" 2>/dev/null
check "grade over the fixtures exits 1 (not all are accepted)" test $? = 1
# each table row: the submitter, then "-" for every problem but its own
for name in "${!expect[@]}"; do
	got=$(awk -v n="$name" '$1 == n { for (i = 2; i <= NF; i++) if ($i != "-") print $i }' "$WORK/fix.txt")
	want=${expect[$name]}
	if [ "$want" = NOT_AC ]; then
		check "$name: not AC (got $got)" test -n "$got" -a "$got" != AC
	else
		check "$name: $want (got $got)" test "$got" = "$want"
	fi
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
