// problem: invert-binary-tree
// expect: OLE
// effect: judge-alive
// why: A10 the same flood on stderr (unbuffered: many small writes)
struct TreeNode* invertTree(struct TreeNode* root) {
    static char line[4096];
    memset(line, 'e', sizeof line - 1);
    for (long i = 0; i < 1000000; i++)
        fputs(line, stderr);
    return root;
}
