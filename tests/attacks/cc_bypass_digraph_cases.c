// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 %:include of test data outside the judged workspace (the runner links /tmp/judge-attack-src to the project root, a second copy of problems/): hiding only the workspace leaves other copies readable
%:include "/tmp/judge-attack-src/problems/invert-binary-tree/cases.jsonl"

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
