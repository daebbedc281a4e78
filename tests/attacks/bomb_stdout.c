// problem: invert-binary-tree
// expect: OLE
// effect: judge-alive
// why: A9 print gigabytes to stdout: OLE, output cut, disk safe (Judger/isolate: SIGXFSZ)
struct TreeNode* invertTree(struct TreeNode* root) {
    static char line[4096];
    memset(line, 'y', sizeof line - 1);
    for (long i = 0; i < 1000000; i++)
        fputs(line, stdout);
    return root;
}
