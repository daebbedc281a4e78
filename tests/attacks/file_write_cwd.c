// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: judge-alive
// why: A16 create a file in the working directory (the judge's private run folder): no file may be created at all
struct TreeNode* invertTree(struct TreeNode* root) {
    FILE *f = fopen("judge-attack-cwd", "w");
    if (f) {
        fputs("left behind\n", f);
        fclose(f);
    }
    return root;
}
