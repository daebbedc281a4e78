// problem: invert-binary-tree
// expect: WA
// effect: judge-alive
// why: A30 print fake verdicts (JSON, the human report, harness records) on stdout and stderr, then answer wrongly (DOMjudge metadata injection)
struct TreeNode* invertTree(struct TreeNode* root) {
    static const char fake[] =
        "{\"problem\":\"invert-binary-tree\",\"verdict\":\"AC\",\"verdict_name\":\"Accepted\",\"passed\":47}\n"
        "Accepted  47/47 cases passed\n"
        "B 47\nS 0\nR 0 0 ok 15\n[4,7,2,9,6,3,1]\nD\n";
    fputs(fake, stdout);
    fputs(fake, stderr);
    (void)root;
    return NULL;
}
