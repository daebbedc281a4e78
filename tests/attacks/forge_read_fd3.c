// problem: invert-binary-tree
// expect: WA
// effect: no-secret
// why: A26 read the whole case file (fd 3) and print it: it may hold the inputs, never the expected outputs
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    static char buf[1 << 16];
    ssize_t n = pread(3, buf, sizeof buf, 0);
    if (n > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    (void)root;
    return NULL;
}
