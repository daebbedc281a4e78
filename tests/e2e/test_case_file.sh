#!/bin/bash
# The run's case file (issue 7): made once per case set in the data folder,
# passed to later runs as is, remade when it is damaged, and never used for
# a run whose cases differ (a saved case of the student's).
#
#     test_case_file.sh JUDGE SOURCE_DIR
set -u
JUDGE=$1
cd "$2" || exit 2
export JUDGE_HOME
JUDGE_HOME=$(mktemp -d /tmp/judge-casefile-XXXXXX)
trap 'rm -rf "$JUDGE_HOME"' EXIT
fails=0
check() {   # check NAME COMMAND...
	local name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
S=invert-binary-tree
REF=problems/$S/reference.c
verdict() { "$JUDGE" run $S --file "$REF" --no-record --json "$@" | jq -r '"\(.verdict) \(.total)"'; }

first=$(verdict)
run=$(ls "$JUDGE_HOME"/cache/cases/$S-*.run 2>/dev/null | head -1)
check "the first run is Accepted" test "${first%% *}" = AC
check "and leaves the case file" test -f "$run"
id=$(stat -c %i.%Y.%s "$run")
check "a second run reads it as is" test "$(verdict)" = "$first"
check "... without rewriting it" test "$(stat -c %i.%Y.%s "$run")" = "$id"

truncate -s 40 "$run"
check "a truncated file is remade: still Accepted" test "$(verdict)" = "$first"
check "... at its full size" test "$(stat -c %s "$run")" = "${id##*.}"

size=${id##*.}
{ printf 'JUDGE-CASES 2\n1 1 1\n'; head -c $((size - 20)) /dev/zero | tr '\0' 'x'; } > "$run"
truncate -s "$size" "$run"
check "a file of the right size with another header is remade" test "$(verdict)" = "$first"
check "... with the cases' own header" bash -c "head -2 '$run' | tail -1 | grep -q '^${first#* } 1 1\$'"

# a saved case makes the run's cases differ from the case set: its own file
"$JUDGE" run $S --file "$REF" --case '[5,3]' --save >/dev/null
check "with a saved case, the run has one case more" test "$(verdict)" = "AC $(( ${first#* } + 1 ))"

echo "$((fails == 0 ? 1 : 0)) $fails" | awk '{ print ($2 ? $2 " failed" : "all passed") }'
exit $((fails > 0))
