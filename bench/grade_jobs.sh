#!/bin/bash
# grade_jobs.sh - how much faster `judge grade --jobs 2` is than `--jobs 1`
# on the same class (a benchmark, not a test: docs/grading.md has figures).
#
#     bench/grade_jobs.sh [JUDGE] [SUBMITTERS] [ROUNDS]
#
# The class: SUBMITTERS folders, each with the reference solutions of 105
# and 297 and, for 226, the accepted or the wrong-answer fixture (half and
# half), every file made unique (as students' files are) so each one is
# compiled.  Cases generated
# by the problems' generators are made once beforehand; the compiled
# solutions are thrown away before every timed run, so each run pays what a
# CI run pays: compile + judge every submission.  Prints the best of ROUNDS.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JUDGE=$(realpath "${1:-$here/build/judge}")
N=${2:-8}
ROUNDS=${3:-2}
export JUDGE_WORKSPACE=$here
export JUDGE_HOME=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$work" "$JUDGE_HOME"' EXIT

fix=$here/tests/fixtures/verdicts
for i in $(seq -w 1 "$N"); do
	d=$work/class/student$i
	mkdir -p "$d"
	for s in construct-binary-tree-from-preorder-and-inorder-traversal serialize-and-deserialize-binary-tree; do
		{ cat "$here/problems/$s/reference.c"; echo "// student $i"; } >"$d/$s.c"
	done
	# half the class gets 226 right, half wrong
	if [ $((10#$i % 2)) = 0 ]; then f=$fix/ac.c; else f=$fix/wa_no_swap.c; fi
	{ cat "$f"; echo "// student $i"; } >"$d/invert-binary-tree.c"
done
units=$((N * 3))

"$JUDGE" grade "$work/class" --jobs 2 >/dev/null 2>&1 || true   # cases generated and cached

best() { # best JOBS: the fastest of ROUNDS cold-compile runs, in seconds
	local b=
	for _ in $(seq "$ROUNDS"); do
		rm -rf "$JUDGE_HOME/cache/bin"
		local t0 t1
		t0=$(date +%s.%N)
		"$JUDGE" grade "$work/class" --jobs "$1" >/dev/null 2>&1 || true
		t1=$(date +%s.%N)
		b=$(echo "$t0 $t1 ${b:-}" | awk '{ t = $2 - $1; if ($3 != "" && $3 < t) t = $3; printf "%.3f", t }')
	done
	echo "$b"
}

t1=$(best 1)
t2=$(best 2)
echo "cpus: $(nproc), class: $N submitters x 3 problems = $units submissions, best of $ROUNDS"
echo "--jobs 1: ${t1} s ($(awk -v t="$t1" -v n="$units" 'BEGIN { printf "%.0f", t * 1000 / n }') ms per submission)"
echo "--jobs 2: ${t2} s ($(awk -v t="$t2" -v n="$units" 'BEGIN { printf "%.0f", t * 1000 / n }') ms per submission)"
echo "speed-up: $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", a / b }')x (target >= 1.7x on 2 cores)"
