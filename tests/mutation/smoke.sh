#!/usr/bin/env bash
# Smoke test of the mutation tool (CI: ctest -R mutation_smoke).
#   smoke.sh MUTATE JUDGE SOURCE_DIR
# Checks that --count, --list, --emit and --all agree and are deterministic,
# that comments and strings are never mutated, and that run.sh judges up to
# 20 mutants of invert-binary-tree and kills at least one.
# Prints "N passed, N failed"; exits 1 on any failure.
set -u
MUTATE="$1"
JUDGE="$2"
SRC="$3"
export JUDGE_HOME="${JUDGE_HOME:-$(mktemp -d)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { # check NAME COMMAND...
	local name="$1"
	shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}

ref="$SRC/problems/invert-binary-tree/reference.c"

# --count, --list, --emit, --all agree
n="$("$MUTATE" "$ref" --count)"
check "--count is a positive number ($n)" test "$n" -gt 0 2>/dev/null
"$MUTATE" "$ref" --list >"$tmp/list"
check "--list has --count lines" test "$(wc -l <"$tmp/list")" -eq "$n"
check "--list numbers the mutants 1..N" test "$(cut -f1 "$tmp/list" | tr '\n' ' ')" = "$(seq 1 "$n" | tr '\n' ' ')"
"$MUTATE" "$ref" --all "$tmp/all"
emit_ok=1 determ_ok=1 differ_ok=1
for i in $(seq 1 "$n"); do
	"$MUTATE" "$ref" --emit "$i" >"$tmp/e1.c" || emit_ok=0
	"$MUTATE" "$ref" --emit "$i" >"$tmp/e2.c" || emit_ok=0
	cmp -s "$tmp/e1.c" "$tmp/e2.c" || determ_ok=0
	cmp -s "$tmp/e1.c" "$tmp/all/mutant-$i.c" || emit_ok=0
	cmp -s "$tmp/e1.c" "$ref" && differ_ok=0
done
check "--emit N equals --all's mutant-N.c for every N" test "$emit_ok" = 1
check "--emit is deterministic" test "$determ_ok" = 1
check "every mutant differs from the original" test "$differ_ok" = 1
check "--emit 0 is refused" bash -c "! '$MUTATE' '$ref' --emit 0 >/dev/null 2>&1"
check "--emit N+1 is refused" bash -c "! '$MUTATE' '$ref' --emit $((n + 1)) >/dev/null 2>&1"
"$MUTATE" "$ref" --list >"$tmp/list2"
check "--list is deterministic" cmp -s "$tmp/list" "$tmp/list2"

# comments and strings are left alone
cat >"$tmp/cs.c" <<'EOF'
/* a < b && left - 1 */
int f(int a) {
    // x == y || right + 1
    const char *s = "p <= q && left";
    return a < 1;
}
EOF
m="$("$MUTATE" "$tmp/cs.c" --count)"
# a < 1: 5 relational, 1 -> 2 and 1 -> 0, return -> return 0: 8
check "only code is mutated (8 mutants, got $m)" test "$m" = 8
cs_ok=1
for i in $(seq 1 "$m"); do
	"$MUTATE" "$tmp/cs.c" --emit "$i" >"$tmp/cs-m.c"
	grep -qF '/* a < b && left - 1 */' "$tmp/cs-m.c" || cs_ok=0
	grep -qF '// x == y || right + 1' "$tmp/cs-m.c" || cs_ok=0
	grep -qF '"p <= q && left"' "$tmp/cs-m.c" || cs_ok=0
done
check "no mutant touches a comment or a string" test "$cs_ok" = 1

# the driver: at most 20 mutants of invert-binary-tree, at least one killed
JUDGE="$JUDGE" MUTATE="$MUTATE" bash "$SRC/tests/mutation/run.sh" --max 20 \
	--results "$tmp/results" invert-binary-tree >"$tmp/run.out" 2>"$tmp/run.err"
rc=$?
cat "$tmp/run.out"
check "run.sh ran (exit $rc)" test "$rc" -le 1
row="$(awk -F'\t' '$1 == "invert-binary-tree"' "$tmp/results/summary.tsv" 2>/dev/null)"
judged="$(echo "$row" | cut -f2)"
killed="$(echo "$row" | cut -f4)"
errors="$(echo "$row" | cut -f7)"
want=$((n < 20 ? n : 20))
check "run.sh judged min(N, 20) = $want mutants (got ${judged:-none})" test "${judged:-0}" = "$want"
check "at least one mutant killed (got ${killed:-none})" test "${killed:-0}" -ge 1
check "no judge errors (got ${errors:-none})" test "${errors:-1}" = 0
check "results.tsv has one line per mutant" \
	test "$(wc -l <"$tmp/results/invert-binary-tree/results.tsv" 2>/dev/null || echo 0)" = "$want"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
