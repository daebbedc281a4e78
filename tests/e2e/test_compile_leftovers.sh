#!/bin/bash
# A judge killed mid-compile leaves judge-compile-* behind in the temporary
# folder: the next compile removes the ones older than an hour and keeps
# fresh ones (another judge may be compiling there right now).
#
#     test_compile_leftovers.sh JUDGE SOURCE_DIR
set -u
JUDGE=$1
cd "$2" || exit 2
T=$(mktemp -d /tmp/judge-leftovers-XXXXXX)
trap 'rm -rf "$T"' EXIT
export TMPDIR=$T/tmp JUDGE_HOME=$T/home
mkdir -p "$TMPDIR"
fails=0
check() {
	local name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
mkdir -p "$TMPDIR/judge-compile-old1/rt" "$TMPDIR/judge-compile-old1.root" "$TMPDIR/judge-compile-new1"
echo x >"$TMPDIR/judge-compile-old1/unit.c"
echo x >"$TMPDIR/judge-compile-old1.bin"
echo keep >"$T/target"
ln -s "$T" "$TMPDIR/judge-compile-oldlink"
touch -h -d '2 hours ago' "$TMPDIR"/judge-compile-old1* "$TMPDIR/judge-compile-oldlink" "$TMPDIR/judge-compile-old1/unit.c"
touch -d '2 hours ago' "$TMPDIR/judge-compile-old1"
printf '// %s\n' "$$" | cat problems/invert-binary-tree/reference.c - >"$T/sol.c"   # never cached
out=$("$JUDGE" run invert-binary-tree --file "$T/sol.c" --no-record)
check "the compile works" grep -q '^Accepted' <<<"$out"
check "an old folder is gone" test ! -e "$TMPDIR/judge-compile-old1"
check "an old .root is gone" test ! -e "$TMPDIR/judge-compile-old1.root"
check "an old .bin is gone" test ! -e "$TMPDIR/judge-compile-old1.bin"
check "a fresh folder stays" test -d "$TMPDIR/judge-compile-new1"
check "a link is not followed" test -f "$T/target"
check "nothing of this compile is left" test -z "$(ls "$TMPDIR" | grep -v -e new1 -e oldlink)"
[ "$fails" = 0 ] && echo "all passed"
exit $((fails > 0))
