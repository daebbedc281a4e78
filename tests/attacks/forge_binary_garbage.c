// problem: invert-binary-tree
// expect: WA
// effect: judge-alive
// why: A30 every byte value on stdout (NULs, invalid UTF-8, ANSI escapes, a fake JSON tail) must not break the judge's JSON or human output
struct TreeNode* invertTree(struct TreeNode* root) {
    for (int i = 0; i < 256; i++)
        putchar(i);
    fputs("\xff\xfe\xc3\x28\xed\xa0\x80\033[2J\033]0;owned\007\"},\"verdict\":\"AC\"}\n", stdout);
    fwrite("\0\0\0", 1, 3, stdout);
    (void)root;
    return NULL;
}
