// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: no-file /tmp/judge-attack-write
// why: A16/A17 write a file into /tmp that a later submission (or its compile step) could read (QingdaoU/OnlineJudge #165)
struct TreeNode* invertTree(struct TreeNode* root) {
    FILE *f = fopen("/tmp/judge-attack-write", "w");
    if (f) {
        fputs("left behind\n", f);
        fclose(f);
    }
    return root;
}
