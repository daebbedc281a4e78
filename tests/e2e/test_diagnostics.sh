#!/bin/bash
# test_diagnostics.sh - end-to-end tests of issue 8's learner diagnostics in
# `judge run`: custom cases (--case) against the reference, --save and the
# saved case among the rest, a case outside the constraints, --watch on a
# scripted save, the picture on a WA, colour and NO_COLOR, "passes on its
# own" with the variable named, the time beside the reference.
#
#     test_diagnostics.sh JUDGE SOURCE_DIR
#
# Run it in a PID namespace (tests/run_in_pidns.sh), as ctest does.
# Prints "N passed, N failed" and exits 1 when anything failed.
set -u
JUDGE=$(realpath "$1")
SRC=$(realpath "$2")
FIX=$SRC/tests/fixtures/verdicts
export JUDGE_WORKSPACE=$SRC
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
WORK=$(mktemp -d)
WATCHER=
cleanup() { [ -n "$WATCHER" ] && kill "$WATCHER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
cd "$WORK" || exit 2
unset NO_COLOR

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # check NAME COMMAND...: pass when the command succeeds
	local name=$1; shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}
has() { grep -qF -- "$2" "$1"; }     # has FILE TEXT
hasnt() { ! grep -qF -- "$2" "$1"; }

# every judge call has a deadline: nothing may hang the test
judge() { timeout 300 "$JUDGE" "$@"; }
# judge ... into out.txt (stdout and stderr), its status into $rc
run() { judge "$@" >out.txt 2>&1; rc=$?; }

S226=invert-binary-tree
S105=construct-binary-tree-from-preorder-and-inorder-traversal
S108=convert-sorted-array-to-binary-search-tree
rm -f "$JUDGE_HOME/cases/$S226.jsonl"

# ---- custom cases ------------------------------------------------------------
run run 226 --file "$FIX/ac.c" --case '[4,2,7]'
check "custom case: AC" [ $rc = 0 ]
check "custom case: the reference's answer shown" has out.txt "expected  [4,7,2]"
check "custom case: one case only" has out.txt "1/1 cases passed"

run run 226 --file "$FIX/wa_no_swap.c" --case 'root = [4,2,7]'
check "custom case: WA against the reference" [ $rc = 1 ]
check "custom case: WA shows expected and actual" \
	bash -c 'grep -q "expected  \[4,7,2\]" out.txt && grep -q "actual    \[4,2,7\]" out.txt'

# LeetCode's ways of writing two arguments all mean the same case
for args in $'[3,9,20,15,7]\n[9,3,15,20,7]' '[3,9,20,15,7]\n[9,3,15,20,7]' \
	'preorder = [3,9,20,15,7], inorder = [9,3,15,20,7]' \
	'inorder = [9,3,15,20,7], preorder = [3,9,20,15,7]'; do
	run run 105 --file "$SRC/problems/$S105/reference.c" --case "$args" --json
	check "custom case 105 as '${args//$'\n'/⏎}'" \
		bash -c "[ $rc = 0 ] && grep -q '\"custom_case\":true' out.txt && grep -q '\"passed\":1' out.txt"
done

# a checker problem: the reference's answer is one valid answer
cat >"$WORK/chain108.c" <<'EOF'
struct TreeNode* sortedArrayToBST(int* nums, int numsSize) {
    struct TreeNode *root = NULL, **slot = &root;
    for (int i = 0; i < numsSize; i++) {
        *slot = calloc(1, sizeof **slot);
        (*slot)->val = nums[i];
        slot = &(*slot)->right;
    }
    return root;
}
EOF
run run 108 --file "$WORK/chain108.c" --case 'nums = [1,2,3,4,5]'
check "custom case on a checker problem: judged by the checker" \
	bash -c "[ $rc = 1 ] && grep -q 'one valid answer' out.txt && grep -q 'height-balanced' out.txt"
run run 108 --file "$SRC/problems/$S108/reference.c" --case '[1,2,3]'
check "custom case on a checker problem: AC" [ $rc = 0 ]

# ---- invalid custom cases: exit 2 with a reason -----------------------------
run run 226 --file "$FIX/ac.c" --case '[1,2,300]'
check "outside the constraints: exit 2" [ $rc = 2 ]
check "outside the constraints: says which" has out.txt "outside the problem's constraints: root.values"
run run 105 --file "$FIX/ac.c" --case '[1,2]'
check "too few arguments: exit 2" bash -c "[ $rc = 2 ] && grep -q 'wants 2' out.txt"
run run 105 --file "$FIX/ac.c" --case 'preorder = [1], nums = [1]'
check "unknown argument name: exit 2" bash -c "[ $rc = 2 ] && grep -q \"no argument named 'nums'\" out.txt"
run run 226 --file "$FIX/ac.c" --case '[1,2'
check "unclosed bracket: exit 2" [ $rc = 2 ]
run run 226 --file "$FIX/ac.c" --save
check "--save without --case: exit 2" [ $rc = 2 ]

# ---- --save: the case runs with the problem's cases from then on -------------
TRAP=$WORK/trap226.c
cat >"$TRAP" <<'EOF'
// wrong on one input only: the tree [-100,-99,null,-98] comes back unchanged
struct TreeNode* invertTree(struct TreeNode* root) {
    if (!root) return NULL;
    struct TreeNode* l = root->left;
    if (root->val == -100 && l && l->val == -99 && !root->right && l->left && l->left->val == -98 && !l->right)
        return root;
    struct TreeNode* t = root->left;
    root->left = invertTree(root->right);
    root->right = invertTree(t);
    return root;
}
EOF
run run 226 --file "$TRAP" --json --no-record
base=$(python3 -c 'import json,sys; print(json.load(open("out.txt"))["total"])' 2>/dev/null)
check "before --save: the trap passes every case" [ $rc = 0 ]
run run 226 --file "$TRAP" --case '[-100,-99,null,-98]' --save
check "--save: the custom case fails" [ $rc = 1 ]
check "--save: saved as my case 1" has out.txt 'saved as "my case 1"'
check "--save: stored with its expected answer" \
	has "$JUDGE_HOME/cases/$S226.jsonl" '"name":"my case 1","args":["[-100,-99,null,-98]"],"expected":"[-100,null,-99,null,-98]"'
run run 226 --file "$FIX/ac.c" --case '[-100,-99,null,-98]' --save
check "--save twice: the same case is not stored again" \
	bash -c "has() { grep -qF -- \"\$2\" \"\$1\"; }; has out.txt 'saved as \"my case 1\"' && [ \$(wc -l <'$JUDGE_HOME/cases/$S226.jsonl') = 1 ]"
run run 226 --file "$TRAP" --no-record
check "saved case runs with the rest and fails the trap" \
	bash -c "[ $rc = 1 ] && grep -q '(my case 1)' out.txt && grep -q \"/$((base + 1)) cases passed\" out.txt"
run run 226 --file "$FIX/ac.c" --json --no-record
check "saved case: a right solution passes all $((base + 1))" \
	bash -c "[ $rc = 0 ] && grep -q '\"total\":$((base + 1))' out.txt"

# ---- the picture on a WA -----------------------------------------------------
LANG=C LC_ALL= run run 226 --file "$FIX/wa_no_swap.c" --no-record
check "picture: ASCII outline in the C locale" has out.txt '|- 7 <--'
check "picture: first difference named" has out.txt "first difference (level order): root.left: expected 7, actual 2"
LANG=C.UTF-8 LC_ALL= run run 226 --file "$FIX/wa_no_swap.c" --no-record
check "picture: box-drawing in a UTF-8 locale" has out.txt '├─ 7 ◀'
cat >"$WORK/rev.c" <<'EOF'
struct ListNode* reverseList(struct ListNode* head) { return head; }
EOF
run run 206 --file "$WORK/rev.c" --no-record
check "picture: a linked list with the difference marked" \
	bash -c "grep -q 'first difference: node 0' out.txt && grep -Eq '(->|→)' out.txt"

# ---- colour: on a terminal only, never with NO_COLOR --------------------------
check "colour: none into a pipe" hasnt out.txt $'\033['
if command -v script >/dev/null; then
	script -qc "'$JUDGE' run 226 --file '$FIX/wa_no_swap.c' --no-record" /dev/null >tty.txt 2>&1 </dev/null
	check "colour: on a terminal, the marks are coloured" has tty.txt $'\033[1;31m2'
	NO_COLOR=1 script -qc "'$JUDGE' run 226 --file '$FIX/wa_no_swap.c' --no-record" /dev/null >tty.txt 2>&1 </dev/null
	check "colour: NO_COLOR on a terminal gives plain text" \
		bash -c "grep -q 'first difference' tty.txt && ! grep -q \$'\\033\\[' tty.txt"
else
	echo "skip colour on a terminal: no 'script' (util-linux)"
fi

# ---- state kept between calls ------------------------------------------------
run run 226 --file "$FIX/wa_state_between_calls.c" --no-record
check "passes on its own: said" has out.txt "passes on its own: your solution keeps global or static state between calls; LeetCode runs all cases in one process too"
check "passes on its own: the variable named" has out.txt "kept between calls: solved"
run run 226 --file "$FIX/wa_state_between_calls.c" --no-record --json
check "passes on its own: JSON" bash -c "grep -q '\"passes_alone\":true' out.txt && grep -q '\"state_variables\":\\[\"solved\"\\]' out.txt"
run run 226 --file "$FIX/wa_no_swap.c" --no-record --json
check "a first-case failure is not rerun: passes_alone null" has out.txt '"passes_alone":null'
run run 226 --file "$FIX/wa_state_between_calls.c" --no-record --isolate
check "--isolate: the state hint is not needed" bash -c "[ $rc = 0 ] && ! grep -q 'passes on its own' out.txt"

# ---- time beside the reference -----------------------------------------------
run run 105 --file "$FIX/ac_105_quadratic.c" --no-record
check "AC: time beside the reference" bash -c "[ $rc = 0 ] && grep -Eq 'ms \([0-9]+\.[0-9]x reference\)' out.txt"
run run 105 --file "$FIX/ac_105_quadratic.c" --no-record --json
check "AC: reference_ms in JSON" bash -c "grep -Eq '\"reference_ms\":[0-9.]+' out.txt"

# ---- --watch: a scripted save triggers a new verdict ---------------------------
mkdir -p "$WORK/w"
cp "$FIX/ac.c" "$WORK/w/sol.c"
"$JUDGE" run 226 --file "$WORK/w/sol.c" --watch --no-record >watch.txt 2>&1 &
WATCHER=$!
# wait_for COUNT TEXT: until watch.txt holds TEXT COUNT times (30 s at most)
wait_for() {
	for _ in $(seq 300); do
		[ "$(grep -cF -- "$2" watch.txt)" -ge "$1" ] && return 0
		sleep 0.1
	done
	return 1
}
check "watch: the first verdict" wait_for 1 "Accepted"
cp "$FIX/wa_no_swap.c" "$WORK/w/.sol.c.new"            # an editor's save: new file, rename
t0=$(date +%s%N)
mv "$WORK/w/.sol.c.new" "$WORK/w/sol.c"
check "watch: a save by rename gives a new verdict" wait_for 1 "Wrong Answer"
echo "     (save to verdict: $((($(date +%s%N) - t0) / 1000000)) ms, polled every 100 ms)"
cat "$FIX/ac.c" >"$WORK/w/sol.c"                        # a save in place
check "watch: a save in place gives a new verdict" wait_for 2 "Accepted"
touch "$WORK/w/other.c"; sleep 0.5
check "watch: another file's save changes nothing" [ "$(grep -c 'Accepted' watch.txt)" = 2 ]
kill -INT "$WATCHER"
wait "$WATCHER"; wrc=$?
WATCHER=
check "watch: SIGINT ends it with status 0" [ $wrc = 0 ]

# ---- help ------------------------------------------------------------------------
run run --help
check "help names --case, --save, --watch" \
	bash -c "grep -q -- '--case ARGS' out.txt && grep -q -- '--save' out.txt && grep -q -- '--watch' out.txt"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
