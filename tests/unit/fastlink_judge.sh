#!/bin/bash
# fastlink_judge.sh JUDGE SOURCE_DIR - the fast link through the judge
# (issue 7): every reference solution is Accepted with the fast link taken
# (JUDGE_TRACE says "linked (fast)"), the verdict and compat fixtures keep
# their verdicts whichever link they take (the fraction taking the fast one
# is printed), JUDGE_FASTLINK=0 links with gcc, and what the fast link
# declines still gets gcc's own message ("undefined reference").
set -u
JUDGE=$1
SRC=$2
WORK=$(mktemp -d /tmp/judge-fl-e2e-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export JUDGE_HOME=$WORK/home
export JUDGE_TRACE=1
fail=0
bad() { echo "FAIL: $*"; fail=1; }

fast=0 total=0
for dir in "$SRC"/problems/*/; do
	slug=$(basename "$dir")
	cp "$dir/reference.c" "$WORK/sol.c"
	echo "// fastlink_judge $slug" >> "$WORK/sol.c"   # never a cache hit
	"$JUDGE" run "$slug" --file "$WORK/sol.c" --no-record >"$WORK/out" 2>"$WORK/trace"
	rc=$?
	total=$((total + 1))
	[ $rc -eq 0 ] || bad "$slug: reference not accepted (exit $rc)"
	if grep -q 'linked (fast)' "$WORK/trace"; then
		fast=$((fast + 1))
	else
		bad "$slug: not linked fast: $(grep -o 'fast link declined.*' "$WORK/trace")"
	fi
done
echo "references: $fast of $total linked fast"

# the fixtures: the expected verdict whatever the link; count the fast ones
ffast=0 ftotal=0
for f in "$SRC"/tests/fixtures/verdicts/*.c "$SRC"/tests/fixtures/compat/*.c; do
	slug=$(sed -n 's|^// problem: *||p' "$f" | head -1)
	[ -n "$slug" ] || continue
	ftotal=$((ftotal + 1))
	"$JUDGE" run "$slug" --file "$f" --no-record >/dev/null 2>"$WORK/trace"
	grep -q 'linked (fast)' "$WORK/trace" && ffast=$((ffast + 1))
	grep -q 'linked (gcc)' "$WORK/trace" &&
		echo "  gcc link: $(basename "$f"): $(grep -o 'fast link declined.*' "$WORK/trace" | cut -c1-100)"
done
echo "fixtures: $ffast of $ftotal linked fast (the others are compile errors or declined)"

# JUDGE_FASTLINK=0: gcc links, same verdict
slug=invert-binary-tree
cp "$SRC/problems/$slug/reference.c" "$WORK/sol.c"
JUDGE_FASTLINK=0 "$JUDGE" run $slug --file "$WORK/sol.c" --no-record >/dev/null 2>"$WORK/trace" ||
	bad "JUDGE_FASTLINK=0: not accepted"
grep -q 'linked (gcc)' "$WORK/trace" || bad "JUDGE_FASTLINK=0 did not link with gcc"
# ... and the other method never reuses its binary (the cache key differs)
"$JUDGE" run $slug --file "$WORK/sol.c" --no-record >/dev/null 2>"$WORK/trace"
grep -q 'linked (fast)' "$WORK/trace" || bad "the gcc-linked binary was reused for the fast link"

# declined: an undefined function gets gcc's message
cat > "$WORK/undef.c" <<'SOL'
int helper(int);
struct TreeNode* invertTree(struct TreeNode* root) { if (root) root->val = helper(root->val); return root; }
SOL
"$JUDGE" run $slug --file "$WORK/undef.c" --no-record >"$WORK/out" 2>"$WORK/trace"
grep -q 'fast link declined: undefined reference to helper' "$WORK/trace" || bad "undefined helper not declined"
grep -q "undefined reference to .helper'" "$WORK/out" || bad "no gcc message for the undefined helper"

# the unit's state: the "state between calls" hint still names the global
if [ -f "$SRC/tests/fixtures/verdicts/wa_state_between_calls.c" ]; then
	cp "$SRC/tests/fixtures/verdicts/wa_state_between_calls.c" "$WORK/state.c"
	echo "// not a cache hit" >> "$WORK/state.c"
	"$JUDGE" run $slug --file "$WORK/state.c" --no-record >"$WORK/out" 2>"$WORK/trace"
	grep -q 'linked (fast)' "$WORK/trace" || bad "wa_state_between_calls not linked fast"
	grep -q 'kept between calls: solved' "$WORK/out" ||
		bad "the state hint does not name 'solved' (the unit's symbols)"
fi
[ $fail -eq 0 ] && echo "fastlink_judge: all passed"
exit $fail
