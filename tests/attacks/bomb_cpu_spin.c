// problem: invert-binary-tree
// expect: TLE
// detail: CPU
// effect: judge-alive
// why: A1 for(;;): CPU time limit, ended within the limit plus a margin
struct TreeNode* invertTree(struct TreeNode* root) {
    volatile unsigned long n = 0;
    for (;;)
        n++;
    return root;
}
