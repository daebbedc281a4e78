#!/bin/bash
# test_hygiene.sh - end-to-end tests of issue 8's memory hygiene and
# `judge run --complexity`: unfreed blocks per call (a leaking 105 solution,
# the reference's one pool per call), an argument modified when it should not
# be (a 105 solution that sorts inorder; 226's solution with mutates_input
# taken away), nothing said for a problem that declares mutates_input (226,
# 206), the failing case's memory line, the JSON fields, and the growth of an
# O(n) and an O(n^2) solution of 105 on chains.
#
#     test_hygiene.sh JUDGE SOURCE_DIR
#
# Run it in a PID namespace (tests/run_in_pidns.sh), as ctest does.
# Prints "N passed, N failed" and exits 1 when anything failed.
set -u
JUDGE=$(realpath "$1")
SRC=$(realpath "$2")
HYG=$SRC/tests/fixtures/hygiene
CX=$SRC/tests/fixtures/complexity
FIX=$SRC/tests/fixtures/verdicts
export JUDGE_WORKSPACE=$SRC
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
export NO_COLOR=1

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # check NAME COMMAND...: pass when the command succeeds
	local name=$1; shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}
has() { grep -qF -- "$2" "$1"; }     # has FILE TEXT
hasnt() { ! grep -qF -- "$2" "$1"; }
judge() { timeout 300 "$JUDGE" "$@"; }
run() { judge "$@" --no-record >out.txt 2>&1; rc=$?; }
# py FILE EXPR: evaluate EXPR on the JSON object d of FILE; true when truthy
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }

S105=construct-binary-tree-from-preorder-and-inorder-traversal
REF105=$SRC/problems/$S105/reference.c

# ---- unfreed blocks ----------------------------------------------------------
run run 105 --file "$HYG/leak_105.c"
check "leak: still Accepted (information, not a verdict)" [ $rc = 0 ]
check "leak: the summary line on AC" has out.txt "memory: your solution leaves"
check "leak: said mildly" has out.txt "LeetCode frees nothing either"
run run 105 --file "$HYG/leak_105.c" --json
cp out.txt leak.json
check "leak: every case has unfreed blocks > 0" py leak.json "all(c['leaked_blocks'] > 0 and c['leaked_bytes'] > 0 for c in d['cases'])"
check "leak: the summary in JSON" py leak.json "d['memory_hygiene']['avg_leaked_blocks'] > 1"

# the reference allocates one pool per call and frees nothing: 1 block a case
run run 105 --file "$REF105" --json
cp out.txt ref.json
check "reference: exactly 1 unfreed block per case" py ref.json "all(c['leaked_blocks'] == 1 for c in d['cases'])"
check "reference: the pool's bytes: at least 24 per node" \
	py ref.json "all(c['leaked_bytes'] >= 24 for c in d['cases'])"
check "reference: the same count on a second run" \
	bash -c "timeout 300 '$JUDGE' run 105 --file '$REF105' --json --no-record | python3 -c 'import json,sys; a=json.load(open(\"ref.json\")); b=json.load(sys.stdin); sys.exit(0 if [c[\"leaked_blocks\"] for c in a[\"cases\"]] == [c[\"leaked_blocks\"] for c in b[\"cases\"]] else 1)'"
check "leak fixture: one block more than its nodes (the table)" \
	python3 -c "
import json; a=json.load(open('leak.json')); r=json.load(open('ref.json'))
# leak_105 mallocs one node per value plus a table; the reference one pool
import sys; sys.exit(0 if all(x['leaked_blocks'] >= 2 for x in a['cases']) else 1)"
check "reference: nothing modified" py ref.json "d['memory_hygiene']['modified_args'] == []"

# ---- modified arguments ------------------------------------------------------
run run 105 --file "$HYG/sorts_input_105.c"
check "sorts inorder: Accepted" [ $rc = 0 ]
check "sorts inorder: named" has out.txt "modified argument 'inorder' (it should not)"
check "sorts inorder: preorder not named" hasnt out.txt "'preorder'"
run run 105 --file "$HYG/sorts_input_105.c" --json
check "sorts inorder: JSON per case" py out.txt "d['cases'][0]['modified_args'] == ['inorder']"
check "sorts inorder: JSON summary" py out.txt "d['memory_hygiene']['modified_args'] == ['inorder']"

# 226 inverts in place and says so (mutates_input = true): nothing said
run run 226 --file "$FIX/ac.c"
check "226 (mutates_input): Accepted" [ $rc = 0 ]
check "226 (mutates_input): no modification reported" hasnt out.txt "modified"
run run 226 --file "$FIX/ac.c" --json
check "226 (mutates_input): JSON has none" \
	py out.txt "d['memory_hygiene']['mutates_input'] and all(c['modified_args'] == [] for c in d['cases'])"
run run 206 --file "$SRC/problems/reverse-linked-list/reference.c"
check "206 (mutates_input): no modification reported" hasnt out.txt "modified"

# the same solution on a copy of 226 without mutates_input: the tree was changed
mkdir -p ws/problems ws/solutions
cp -r "$SRC/problems/invert-binary-tree" "$SRC/problems/reverse-linked-list" ws/problems/
sed -i '/mutates_input/d' ws/problems/*/problem.ini
(cd ws && JUDGE_WORKSPACE=$PWD timeout 300 "$JUDGE" run 226 --file "$FIX/ac.c" --no-record) >out.txt 2>&1
check "226 without mutates_input: the tree's change is seen" has out.txt "modified argument 'root' (it should not)"
(cd ws && JUDGE_WORKSPACE=$PWD timeout 300 "$JUDGE" run 206 --file "$SRC/problems/reverse-linked-list/reference.c" --no-record) >out.txt 2>&1
check "206 without mutates_input: the list's change is seen" has out.txt "modified argument 'head' (it should not)"

# 297 destroys its tree in the driver: neither a modification nor frees that count
run run 297 --file "$SRC/problems/serialize-and-deserialize-binary-tree/reference.c" --json
check "297: the driver's destroy is not a modification" py out.txt "d['verdict'] == 'AC' and d['memory_hygiene']['modified_args'] == []"
check "297: the driver's frees do not count" py out.txt "all(c['leaked_blocks'] >= 0 for c in d['cases'])"

# a failing case shows its own memory line after the verdict's
cat >wa_leak.c <<'C'
int *volatile kept;   /* gcc drops a malloc nobody reads: this one is kept */
struct TreeNode* buildTree(int* preorder, int preorderSize, int* inorder, int inorderSize) {
    (void)inorder; (void)inorderSize;
    int *t = malloc(1000 * sizeof *t);   /* never freed */
    kept = t;
    struct TreeNode *n = malloc(sizeof *n);
    n->val = preorder[0] + (preorderSize > 1);
    n->left = n->right = NULL;
    inorder[0] = 12345;                 /* and the argument changed */
    return n;
}
C
run run 105 --file wa_leak.c
check "WA: the failing case's memory line" has out.txt "memory    2 blocks"
check "WA: ... with the modified argument" has out.txt "it modified argument 'inorder' (it should not)"

# ---- --complexity ------------------------------------------------------------
run run 105 --file "$CX/quadratic_105.c" --complexity --json
cp out.txt q.json
run run 105 --file "$CX/linear_105.c" --complexity --json
cp out.txt l.json
slope() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['complexity']['shapes'][sys.argv[2]][sys.argv[3]]['slope'])" "$@"; }
growth() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['complexity']['shapes'][sys.argv[2]][sys.argv[3]]['growth'])" "$@"; }
echo "     quadratic on chains: $(growth q.json chain yours) (slope $(slope q.json chain yours)); linear: $(growth l.json chain yours) (slope $(slope l.json chain yours))"
check "complexity: O(n^2) on chains is ~n^2" [ "$(growth q.json chain yours)" = "~n^2" ]
# timings on a shared machine: the linear fixture's slope is only asserted
# to be far from quadratic, and far below the quadratic one's
check "complexity: O(n) on chains is not ~n^2" [ "$(growth l.json chain yours)" != "~n^2" ]
check "complexity: the slopes differ by more than 0.5" \
	python3 -c "import sys; sys.exit(0 if $(slope q.json chain yours) - $(slope l.json chain yours) > 0.5 else 1)"
check "complexity: the reference is ~n on chains" [ "$(growth q.json chain reference)" = "~n" ]
check "complexity: sizes 64 .. 3000" py q.json "d['complexity']['sizes'] == [64,128,256,512,1024,2048,3000]"
run run 105 --file "$CX/quadratic_105.c" --complexity
check "complexity: the human summary" has out.txt "your solution: ~n^2 on chains (slope"
check "complexity: beside the reference's" has out.txt "; reference: ~n, ~n"
run run 226 --file "$FIX/ac.c" --complexity
check "complexity: not available for 226" has out.txt "complexity: not available for this problem"
run run 105 --file "$CX/linear_105.c" --complexity --case '[1,2]\n[2,1]'
check "complexity: not with --case (usage error)" [ $rc = 2 ]

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
