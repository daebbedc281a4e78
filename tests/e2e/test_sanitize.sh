#!/bin/bash
# test_sanitize.sh - end-to-end tests of `judge run --sanitize` (issue 8):
# each sanitizer finding of tests/fixtures/sanitize/ is named in the verdict
# with the student's file and line (the "/* BUG */" line of the fixture), a
# correct solution stays Accepted, a hostile solution still cannot read the
# workspace, the data or other files, nor write one, --sanitize is refused
# without namespaces, and a plain RE offers the sanitized rerun.
#
#     test_sanitize.sh JUDGE SOURCE_DIR
#
# Run it in a PID namespace (tests/run_in_pidns.sh), as ctest does.
# Prints "N passed, N failed" and exits 1 when anything failed.
set -u
JUDGE=$(realpath "$1")
SRC=$(realpath "$2")
FIX=$SRC/tests/fixtures/sanitize
export JUDGE_WORKSPACE=$SRC
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
mkdir -p "$JUDGE_HOME"
JUDGE_HOME=$(realpath "$JUDGE_HOME")
WORK=$(mktemp -d)
SECRET=/tmp/judge-secret
cleanup() { rm -rf "$WORK"; rm -f "$SECRET" /tmp/judge-sanitize-pwned; }
trap cleanup EXIT
cd "$WORK" || exit 2

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -f out.txt ] && sed -n 1,12p out.txt | cut -c1-300 | sed 's/^/     /'; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
has() { grep -qF -- "$2" "$1"; }
hasnt() { ! grep -qF -- "$2" "$1"; }
judge() { timeout 300 "$JUDGE" "$@"; }
run() { judge "$@" >out.txt 2>&1; rc=$?; }
header() { sed -n "s|^// $2: *||p" "$1" | head -1; }

# 1. every finding kind: the verdict, the kind, the student's file:line
for f in heap_overflow use_after_free null_deref signed_overflow stack_overflow; do
	src=$FIX/$f.c
	problem=$(header "$src" problem)
	kind=$(header "$src" expect | sed -n 's/^RE detail: //p')
	line=$(grep -n '/\* BUG \*/' "$src" | cut -d: -f1)
	run run "$problem" --file "$src" --sanitize --no-record
	why=$(sed -n 's/^  why *//p' out.txt)
	check "$f: exit 1" test "$rc" = 1
	check "$f: Runtime Error" has out.txt "Runtime Error"
	check "$f: kind '$kind'" test "${why%% *}" = "$kind"
	check "$f: at $f.c:$line" has <(echo "$why") "$src:$line"
	check "$f: the full report is shown" grep -qE "(ERROR: AddressSanitizer|runtime error:)" out.txt
	run run "$problem" --file "$src" --sanitize --no-record --json
	check "$f: JSON detail" grep -qF "\"$kind at $src:$line" out.txt
done

# 2. a correct solution is accepted under the sanitizers
run run invert-binary-tree --file "$FIX/ac_invert.c" --sanitize --no-record
check "sanitized correct solution: AC" test "$rc" = 0
check "sanitized correct solution: Accepted" has out.txt "Accepted"
run run construct-binary-tree-from-preorder-and-inorder-traversal --sanitize --no-record \
	--file "$SRC/problems/construct-binary-tree-from-preorder-and-inorder-traversal/reference.c"
check "sanitized 105 reference: AC" test "$rc" = 0

# 3. hostile: read-only open is allowed, but nothing of the workspace, the
# data, /etc, /tmp or other processes is there; writing is refused
echo "secret-in-tmp-$$" >"$SECRET"
sed -e "s|@SRC@|$SRC|" -e "s|@HOME@|$JUDGE_HOME|" "$FIX/hostile_read_cases.c" >hostile.c
run run invert-binary-tree --file "$WORK/hostile.c" --sanitize --no-record
check "hostile: RE" test "$rc" = 1
check "hostile: writing is a forbidden openat" has out.txt "forbidden system call: openat"
check "hostile: read nothing" hasnt out.txt "READ "
check "hostile: no expected answers" hasnt out.txt '"expected"'
check "hostile: not /etc/passwd" hasnt out.txt "root:x:0"
check "hostile: not /tmp" hasnt out.txt "secret-in-tmp-$$"
check "hostile: no file written" test ! -e /tmp/judge-sanitize-pwned
check "hostile: tried the cases file" has out.txt "cannot open $SRC/problems/invert-binary-tree/cases.jsonl"

# 3b. the same as a normal user: the spawner already runs in a user namespace
# of the judge's, and each sanitized program must still get its own root
# (a regression let it see the whole file system)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
	! grep -qv '^ *0 *0 *4294967295$' /proc/self/uid_map; then
	UWS=$(mktemp -d)
	mkdir -p "$UWS/problems" "$UWS/home"
	cp -r "$SRC/problems/invert-binary-tree" "$UWS/problems/"
	sed -e "s|@SRC@|$UWS|" -e "s|@HOME@|$UWS/home|" "$FIX/hostile_read_cases.c" >"$UWS/hostile.c"
	chmod -R a+rwX "$UWS"
	(cd "$UWS" && JUDGE_WORKSPACE=$UWS JUDGE_HOME=$UWS/home HOME=$UWS/home timeout 300 \
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$JUDGE" run invert-binary-tree --file "$UWS/hostile.c" --sanitize --no-record) >out.txt 2>&1
	check "as a user, hostile: RE (forbidden openat)" has out.txt "forbidden system call: openat"
	check "as a user, hostile: read nothing" hasnt out.txt "READ "
	check "as a user, hostile: not /etc/passwd" hasnt out.txt "root:x:0"
	check "as a user, hostile: tried the cases file" has out.txt "cannot open $UWS/problems/invert-binary-tree/cases.jsonl"
	rm -rf "$UWS"
else
	echo "skip as a user: needs root outside any user namespace, and setpriv"
fi

# 4. without namespaces --sanitize is refused (exit 2, one line), never run exposed
JUDGE_NAMESPACES=off judge run invert-binary-tree --file "$FIX/ac_invert.c" --sanitize --no-record >out.txt 2>&1
rc=$?
check "no namespaces: exit 2" test "$rc" = 2
check "no namespaces: says why" has out.txt "--sanitize needs namespaces"
check "no namespaces: one line" test "$(wc -l <out.txt)" = 1

# 5. a plain run that ends in RE offers the sanitized rerun
run run invert-binary-tree --file "$FIX/null_deref.c" --no-record
check "plain RE: exit 1" test "$rc" = 1
check "plain RE: offers --sanitize" has out.txt "rerun with --sanitize to find the cause"
run run invert-binary-tree --file "$FIX/ac_invert.c" --no-record
check "plain AC: no offer" hasnt out.txt "rerun with --sanitize"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
