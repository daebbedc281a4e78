// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A29 exit(137), the status a shell shows for SIGKILL/OOM: an RE, never confused with a memory or time limit
struct TreeNode* invertTree(struct TreeNode* root) {
    (void)root;
    exit(137);
}
