#!/bin/bash
# test_grade.sh - end-to-end tests of `judge grade` on a class folder built
# from the fixtures: exit statuses, the JUnit (well-formed XML, the right
# counts per submitter), the JSON, shards merged == the unsharded run, a
# hostile submission changes no other verdict, unknown files are reported.
#
#     test_grade.sh JUDGE SOURCE_DIR
#
# Run it in a PID namespace (tests/run_in_pidns.sh), as ctest does: the
# hostile fixtures are meant to be contained, and this makes sure a
# regression cannot reach the machine.  Prints "N passed, N failed".
set -u
JUDGE=$(realpath "$1")
SRC=$(realpath "$2")
FIX=$SRC/tests/fixtures/verdicts
PROB=$SRC/problems
export JUDGE_WORKSPACE=$SRC
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # check NAME COMMAND...: pass when the command succeeds
	local name=$1; shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}

# every judge call has a deadline: nothing may hang the test
judge() { timeout 600 "$JUDGE" "$@"; }

# ---- the class: one folder per submitter ----------------------------------
S105=construct-binary-tree-from-preorder-and-inorder-traversal
S226=invert-binary-tree
S297=serialize-and-deserialize-binary-tree
C=class
mkdir -p $C/alice $C/bob $C/carol $C/dave $C/mallory $C/trent
for s in $S105 $S226 $S297; do cp "$PROB/$s/reference.c" "$C/alice/$s.c"; done
cp "$FIX/wa_no_swap.c" "$C/bob/$S226.c"
cp "$PROB/$S297/reference.c" "$C/bob/$S297.c"
cp "$FIX/ce_syntax.c" "$C/carol/$S226.c"
echo "my notes" >"$C/carol/notes.txt"                   # unknown: not C
cp "$FIX/ac.c" "$C/carol/226.c"                          # unknown: not a slug
cp "$FIX/ac.c" "$C/dave/$S226.c"
cp "$FIX/wa_297_fixed_buffer.c" "$C/dave/$S297.c"
cp "$FIX/re_forbidden_fork.c" "$C/mallory/$S226.c"       # hostile: fork
cp "$FIX/tle_loop.c" "$C/trent/$S226.c"                  # hostile: burns CPU
cp "$FIX/ac_105_quadratic.c" "$C/trent/$S105.c"
ln -s /etc/passwd "$C/dave/$S105.c"                      # unknown: a link, never read
echo "read me" >"$C/README"                              # unknown: beside the submitters

# expected: submitter -> "tests failures errors skipped"
declare -A COUNTS=(
	[alice]="3 0 0 0" [bob]="2 1 0 0" [carol]="1 1 0 0"
	[dave]="2 1 0 0" [mallory]="1 1 0 0" [trent]="2 1 0 0")

# ---- helpers ---------------------------------------------------------------

# A small XML well-formedness check (xmllint is not on a fresh Debian): one
# root, tags nested and closed, attributes quoted, only the five entities and
# character references, no raw < or & in text, no control bytes, UTF-8.
xml_ok() {
	local f=$1
	if command -v xmllint >/dev/null; then
		xmllint --noout "$f" || return 1
	fi
	LC_ALL=C grep -q -P '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' "$f" && { echo "control byte in $f"; return 1; }
	iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || { echo "not UTF-8: $f"; return 1; }
	LC_ALL=C awk '
	function fail(m) { print "not well-formed: " m; bad = 1; exit 1 }
	function text_ok(t) {
		gsub(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/, "", t)
		return t !~ /[<&]/
	}
	{ doc = doc $0 "\n" }
	END {
		if (bad) exit 1
		pos = 1; depth = 0; roots = 0
		if (substr(doc, 1, 6) != "<?xml ") fail("no XML declaration")
		while (1) {
			rest = substr(doc, pos)
			i = index(rest, "<")
			t = i ? substr(rest, 1, i - 1) : rest
			if (!text_ok(t)) fail("raw < or & in text")
			if (depth == 0 && t !~ /^[ \t\r\n]*$/) fail("text outside the root")
			if (!i) break
			rest = substr(rest, i)
			j = index(rest, ">")
			if (!j) fail("unclosed tag")
			tag = substr(rest, 2, j - 2)
			pos += i - 1 + j
			if (tag ~ /^\?xml .*\?$/) continue
			if (tag ~ /^\//) {
				if (!depth || stack[depth] != substr(tag, 2)) fail("mismatched <" tag ">")
				depth--
				continue
			}
			self = tag ~ /\/$/
			if (self) tag = substr(tag, 1, length(tag) - 1)
			if (!match(tag, /^[A-Za-z_][A-Za-z0-9_.-]*/)) fail("bad tag name: " tag)
			name = substr(tag, 1, RLENGTH); attrs = substr(tag, RLENGTH + 1)
			while (attrs !~ /^[ \t\r\n]*$/) {
				if (!match(attrs, /^[ \t\r\n]+[A-Za-z_][A-Za-z0-9_.-]*="[^"<]*"/)) fail("bad attribute in <" name ">")
				v = substr(attrs, 1, RLENGTH); attrs = substr(attrs, RLENGTH + 1)
				sub(/^[^"]*"/, "", v)
				if (!text_ok(v)) fail("raw & in an attribute of <" name ">")
			}
			if (depth == 0 && roots++) fail("two root elements")
			if (!self) stack[++depth] = name
		}
		if (depth) fail("<" stack[depth] "> is not closed")
		if (!roots) fail("no root element")
	}' "$f"
}

# "tests failures errors skipped" of a submitter's testsuite
suite_counts() {
	sed -n "s/^  <testsuite name=\"$2\" tests=\"\([0-9]*\)\" failures=\"\([0-9]*\)\" errors=\"\([0-9]*\)\" skipped=\"\([0-9]*\)\".*/\1 \2 \3 \4/p" "$1"
}

# the verdict cell of a table row: verdict TABLE SUBMITTER PROBLEM_ID
verdict() {
	awk -v who="$2" -v id="$3" '
		NR == 1 { for (i = 2; i <= NF; i++) if ($i == id) col = i; next }
		$1 == who && col { print $col; exit }' "$1"
}

# timings, peak memory and compile-cache hits differ from run to run
normalize_json() { sed -E '/"(time_ms|wall_ms|memory_kb|cached|reference_ms)":/d' "$1"; }
normalize_xml() { sed -E 's/ time="[0-9.]+"/ time=""/g' "$1"; }

# ---- usage errors: exit 2 ---------------------------------------------------
judge grade --shard 0/2 $C >/dev/null 2>&1; check "--shard 0/2 is a usage error" test $? = 2
judge grade --shard 3/2 $C >/dev/null 2>&1; check "--shard 3/2 is a usage error" test $? = 2
judge grade --shard 1-2 $C >/dev/null 2>&1; check "--shard 1-2 is a usage error" test $? = 2
judge grade --jobs 0 $C >/dev/null 2>&1; check "--jobs 0 is a usage error" test $? = 2
judge grade --bogus $C >/dev/null 2>&1; check "an unknown option is a usage error" test $? = 2
judge grade no-such-folder >/dev/null 2>&1; check "a missing PATH is a usage error" test $? = 2
judge grade --problems no-such-problem $C >/dev/null 2>&1; check "an unknown problem is a usage error" test $? = 2
judge grade --merge >/dev/null 2>&1; check "--merge without reports is a usage error" test $? = 2

# ---- the whole class ---------------------------------------------------------
judge grade $C --jobs 2 --json full.json --junit full.xml >full.txt 2>full.err
check "the class run exits 1 (not everything is accepted)" test $? = 1
check "the JUnit is well-formed XML" xml_ok full.xml
for who in "${!COUNTS[@]}"; do
	got=$(suite_counts full.xml "$who")
	check "JUnit counts of $who: ${COUNTS[$who]} (got '$got')" test "$got" = "${COUNTS[$who]}"
done
check "JUnit root counts: 11 tests, 5 failures" grep -q '^<testsuites name="judge grade" tests="11" failures="5" errors="0" skipped="0"' full.xml
check "a failure carries the verdict and the case" grep -q '<failure message="WA: wrong answer" type="WA">passed 0 of' full.xml
check "a CE carries the compile log" grep -q "error: expected &apos;;&apos; before" full.xml
judge grade --merge full.json >reread.txt 2>/dev/null   # loads it with jansson
check "the JSON report is valid JSON (it reads back)" test $? = 1
check "the JSON report read back gives the same table" cmp -s full.txt reread.txt
check "the JSON report keeps every case's result" grep -q '"cases": \[' full.json
declare -A EXPECT=(
	[alice/105]=AC [alice/226]=AC [alice/297]=AC [bob/226]=WA [bob/297]=AC [carol/226]=CE
	[dave/226]=AC [dave/297]=WA [mallory/226]=RE [trent/226]=TLE [trent/105]=AC)
for k in "${!EXPECT[@]}"; do
	got=$(verdict full.txt "${k%/*}" "${k#*/}")
	check "table: $k is ${EXPECT[$k]} (got '$got')" test "$got" = "${EXPECT[$k]}"
done
check "the table has no row for README" bash -c "! grep -q '^README ' full.txt"

# ---- unknown files: on stderr and in every report -----------------------------
for f in README carol/notes.txt carol/226.c dave/$S105.c; do
	check "unknown $f on stderr" grep -q "$C/$f: " full.err
	check "unknown $f in the JSON" grep -q "\"file\": \"$C/$f\"" full.json
	check "unknown $f in the JUnit" grep -q "unknown file $C/$f: " full.xml
	check "unknown $f in the table" grep -q "unknown file: $C/$f " full.txt
done
check "a symbolic link is never followed" bash -c "! grep -q 'root:x:0' full.json full.xml"
check "no progress bar when stderr is not a terminal" bash -c "! grep -q \$'\\r' full.err"

# ---- a hostile submission affects no other -----------------------------------
mkdir -p quiet && cp -r $C/alice $C/bob $C/carol $C/dave quiet/
judge grade quiet --jobs 2 >quiet.txt 2>/dev/null
for k in alice/105 alice/226 alice/297 bob/226 bob/297 carol/226 dave/226 dave/297; do
	check "$k is ${EXPECT[$k]} without the hostile ones too" test "$(verdict quiet.txt "${k%/*}" "${k#*/}")" = "${EXPECT[$k]}"
done
left=$(for p in /proc/[0-9]*; do readlink "$p/exe"; done 2>/dev/null | grep -c 'cache/bin')
check "no judged process outlives the runs (found $left)" test "$left" = 0

# ---- shards, merged, equal the unsharded run -----------------------------------
for k in 1 2 3; do
	judge grade $C --shard $k/3 --json shard$k.json >/dev/null 2>&1
	rc=$?
	check "shard $k/3 runs (exit $rc)" test $rc = 0 -o $rc = 1
done
judge grade --merge shard1.json shard2.json shard3.json --json merged.json --junit merged.xml >merged.txt 2>/dev/null
check "the merge exits 1 like the unsharded run" test $? = 1
check "merged JSON == unsharded JSON (but timings)" cmp -s <(normalize_json full.json) <(normalize_json merged.json)
check "merged JUnit == unsharded JUnit (but timings)" cmp -s <(normalize_xml full.xml) <(normalize_xml merged.xml)
check "merged table == unsharded table" cmp -s full.txt merged.txt
judge grade --merge shard3.json shard1.json shard2.json --json merged2.json >/dev/null 2>&1
check "the order of the shards does not matter" cmp -s <(normalize_json merged.json) <(normalize_json merged2.json)
judge grade --merge shard1.json shard2.json >/dev/null 2>&1
check "a missing shard is refused (exit 2)" test $? = 2
judge grade --merge shard1.json shard1.json shard2.json >/dev/null 2>&1
check "a repeated shard is refused (exit 2)" test $? = 2
n1=$(grep -c '"unit":' shard1.json); n2=$(grep -c '"unit":' shard2.json); n3=$(grep -c '"unit":' shard3.json)
check "the shards split the 11 submissions 4+4+3 (got $n1+$n2+$n3)" test "$n1 $n2 $n3" = "4 4 3"

# ---- one submitter's folder; --problems ------------------------------------------
judge grade $C/alice --junit alice.xml >alice.txt 2>&1
check "a folder of accepted solutions exits 0" test $? = 0
check "a flat folder is one submitter named after it" grep -q '<testsuite name="alice" tests="3" failures="0"' alice.xml
judge grade $C --problems 105,invert-binary-tree --junit some.xml >some.txt 2>/dev/null
check "--problems: exit 1" test $? = 1
check "--problems: bob's missing 105 is skipped" test "$(suite_counts some.xml bob)" = "2 1 0 1"
check "--problems: 297 is not graded" bash -c "! grep -q '297\\. ' some.xml"
check "--problems: the JUnit is well-formed" xml_ok some.xml
judge grade $C/bob --problems 297 >/dev/null 2>&1
check "--problems 297 on bob's folder: accepted, exit 0" test $? = 0

echo "$passed passed, $failed failed"
test "$failed" = 0
