// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: C6 a *static* judge_ret_tree before the driver (same translation unit) captures the driver's call: it forges "ok" answer records and marks the case answered by guessing struct judge_case's layout
#include <stdbool.h>
#include <unistd.h>

struct judge_case;
static void judge_ret_tree(struct judge_case *c, const void *root) {
    char rec[64];
    int index = *(int *)c;
    int n = snprintf(rec, sizeof rec, "R %d 0 ok 3\n[1]", index);
    write(4, rec, (size_t)n);
    *(bool *)((char *)c + 24) = true;   /* c->answered, by layout */
    (void)root;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
