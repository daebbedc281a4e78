#!/bin/bash
# bench/run.sh - the speed targets of the judge, measured side by side in one
# run on this machine and printed as ratios (docs/benchmarks.md explains).
#
#     bench/run.sh [BUILD_DIR]      (default: build)
#
# Nothing here is a test: the figures depend on the machine and its load.
# Ratios against the bare fork+exec+wait floor, measured in the same run,
# carry over between machines far better than milliseconds.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
JUDGE=$BUILD/judge
N=${BENCH_RUNS:-30}
WORK=$(mktemp -d /tmp/judge-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export JUDGE_HOME=$WORK/home
cd "$ROOT" || exit 2

gcc -O2 -o "$WORK/spawn" bench/spawn.c || exit 2
printf '#include <stdio.h>\nint main(void){puts("hello");return 0;}\n' > "$WORK/hello.c"
gcc -O2 -static -o "$WORK/hello_static" "$WORK/hello.c" || exit 2
gcc -O2 -o "$WORK/hello_dynamic" "$WORK/hello.c" || exit 2

# median microseconds of N fork+exec+wait of a command (the median: one
# stall of a shared machine moves a mean by more than a whole judge run)
mean() { "$WORK/spawn" "$N" "$@" | cut -d' ' -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { printf '%-58s %10s %8s   %s\n' "$1" "$2" "$3" "$4"; }

echo "machine: $(nproc) cores, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per figure: $N"
echo
row "figure" "median us" "ratio" "target"

bare=$(mean "$WORK/hello_static")
dyn=$(mean "$WORK/hello_dynamic")
row "bare fork+exec+wait, static hello (the floor)" "$bare" "1.00" ""
row "bare fork+exec+wait, dynamic hello" "$dyn" "$(ratio "$dyn" "$bare")" ""

# solution CPU of a judged run: the sum of its cases' CPU times, in us
solution_cpu_us() {
	"$JUDGE" run "$1" --file "$2" --json --no-record 2>/dev/null |
		grep -o '"time_ms":[0-9.e+-]*' | tail -n +2 | cut -d: -f2 |
		awk '{ s += $1 } END { printf "%.0f", s * 1000 }'
}

for slug in invert-binary-tree construct-binary-tree-from-preorder-and-inorder-traversal \
	serialize-and-deserialize-binary-tree; do
	ref=problems/$slug/reference.c
	"$JUDGE" run "$slug" --file "$ref" --no-record >/dev/null 2>&1   # warm the caches
	# the floor and the judge alternately: both under the same drift
	pair=$("$WORK/spawn" "$N" "$WORK/hello_static" --vs "$JUDGE" run "$slug" --file "$ref" --no-record)
	fl=$(echo "$pair" | cut -d' ' -f2)
	warm=$(echo "$pair" | cut -d' ' -f4)
	cpu=$(solution_cpu_us "$slug" "$ref")
	over=$((warm - cpu))
	row "warm judge run $slug (minus solution CPU ${cpu} us)" "$over" "$(ratio "$over" "$fl")" "<= 4.00 (floor alongside: $fl us)"
done

# --isolate: the cost per case over the one-process run, against a bare
# fork+exec+wait of the same solution binary given no cases
slug=invert-binary-tree
ref=problems/$slug/reference.c
cases=$("$JUDGE" run $slug --file $ref --json --no-record | grep -o '"total":[0-9]*' | cut -d: -f2)
one=$(mean "$JUDGE" run $slug --file $ref --no-record)
iso=$(mean "$JUDGE" run $slug --file $ref --no-record --isolate)
bin=$(ls -t "$JUDGE_HOME"/cache/bin/*/solution | head -1)
printf 'JUDGE-CASES 1\n0 1\n' > "$WORK/nocases"
solo=$(CASES=$WORK/nocases mean "$bin")
per_case=$(( (iso - one) / cases ))
row "--isolate, per case ($cases cases)" "$per_case" "$(ratio "$per_case" "$solo")" "<= 1.30 x bare same binary ($solo us)"

# an edited solution: only the solution is compiled (harness and headers are
# prebuilt); against gcc -O2 on the solution alone plus the warm run
cp "$ref" "$WORK/sol.c"
printf 'struct TreeNode { int val; struct TreeNode *left, *right; };\n#include <stddef.h>\n#include "sol.c"\n' > "$WORK/alone.c"
gcc_alone=$(mean /usr/bin/gcc -std=gnu11 -O2 -c -o "$WORK/alone.o" "$WORK/alone.c")
cat > "$WORK/edit_and_run.sh" <<EOF
#!/bin/sh
printf '// edit %s\n' "\$\$" >> "$WORK/sol.c"
exec "$JUDGE" run $slug --file "$WORK/sol.c" --no-record >/dev/null
EOF
chmod +x "$WORK/edit_and_run.sh"
edited=$(BENCH_RUNS=10 N=10 "$WORK/spawn" 10 "$WORK/edit_and_run.sh" | cut -d' ' -f1)
warm=$(mean "$JUDGE" run $slug --file $ref --no-record)
base=$((gcc_alone + warm))
row "edit + judge run (compile only the solution)" "$edited" "$(ratio "$edited" "$base")" "<= 1.25 x (gcc alone $gcc_alone + warm run $warm)"

# an unchanged solution compiles nothing
"$JUDGE" run $slug --file $ref --json --no-record | grep -q '"cached":true' &&
	row "unchanged solution: compile cache hit" "yes" "" "nothing compiled" ||
	row "unchanged solution: compile cache hit" "NO" "" "nothing compiled"

# the judge's own peak memory while judging 10^4-node cases (297)
peak=$(JUDGE_TRACE=1 "$JUDGE" run serialize-and-deserialize-binary-tree \
	--file problems/serialize-and-deserialize-binary-tree/reference.c --no-record 2>&1 >/dev/null |
	tail -1 | grep -o 'judge peak [0-9]*' | grep -o '[0-9]*')
row "judge's own peak memory, 297 (10^4-node cases), KiB" "$peak" "" "<= 16384"

echo
if [ -x bench/grade_jobs.sh ] && [ "${BENCH_GRADE:-1}" = 1 ]; then
	echo "judge grade --jobs 2 vs --jobs 1 (target >= 1.7x on 2 cores):"
	bash bench/grade_jobs.sh "$JUDGE" 8 3 2>&1 | tail -4
fi
