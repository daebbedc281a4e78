// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 #include of the problem's expected outputs (cases.jsonl) by absolute path (the runner links /tmp/judge-attack-root to the workspace); the errors quote the test data
#if __has_include("/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl")
#include "/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl"
#elif __has_include("/work/main/problems/invert-binary-tree/cases.jsonl")
#include "/work/main/problems/invert-binary-tree/cases.jsonl"
#else
#error "judge-attack: no test data path found (nothing leaked)"
#endif

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return inv(root);
}
