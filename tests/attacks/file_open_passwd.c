// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: no-secret
// why: A15 fopen("/etc/passwd") and print it (QingdaoU/Judger reads it fine, measured in the anchors)
#include <unistd.h>
struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    FILE *f = fopen("/etc/passwd", "r");
    char buf[4096];
    size_t n;
    while (f && (n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, stdout);
    (void)root;
    return NULL;   /* a wrong answer, so the judge shows this case's stdout */
}
