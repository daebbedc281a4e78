// problem: invert-binary-tree
// expect: CE
// effect: judge-alive
// why: C6 replace the harness's main (past the judge's "#define main"): it would print fake results and never run the cases; the link must refuse it
#undef main
int main(void) {
    static const char fake[] = "B 47\nD\n";
    fwrite(fake, 1, sizeof fake - 1, stdout);
    return 0;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    return root;
}
