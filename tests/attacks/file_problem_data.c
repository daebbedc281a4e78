// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: no-secret
// why: A15 read the problem's expected outputs (problems/<slug>/cases.jsonl) at run time, by the paths a student can guess, and print them
#include <fcntl.h>
#include <unistd.h>

static const char *const paths[] = {
    "../../../problems/invert-binary-tree/cases.jsonl",   /* from <workspace>/.judge/tmp/run-XXXXXX */
    "../../problems/invert-binary-tree/cases.jsonl",
    "/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl",
    "/work/main/problems/invert-binary-tree/cases.jsonl",
    NULL,
};

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    char buf[4096];
    for (int i = 0; paths[i]; i++) {
        int fd = open(paths[i], O_RDONLY);
        ssize_t n;
        while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
            write(1, buf, (size_t)n);
    }
    (void)root;
    return NULL;
}
