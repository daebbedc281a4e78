// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A29 exit(0) in the middle of the first case, after printing a plausible answer: exiting early is not success
struct TreeNode* invertTree(struct TreeNode* root) {
    printf("[4,7,2,9,6,3,1]\n");
    (void)root;
    exit(0);
}
