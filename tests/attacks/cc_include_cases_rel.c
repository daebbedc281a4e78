// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2/A17 #include of cases.jsonl by a path relative to the compile folder (<workspace>/.judge/tmp/compile-XXXXXX: QingdaoU/OnlineJudge #165)
#if __has_include("../../../problems/invert-binary-tree/cases.jsonl")
#include "../../../problems/invert-binary-tree/cases.jsonl"
#elif __has_include("../../problems/invert-binary-tree/cases.jsonl")
#include "../../problems/invert-binary-tree/cases.jsonl"
#elif __has_include("../problems/invert-binary-tree/cases.jsonl")
#include "../problems/invert-binary-tree/cases.jsonl"
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
