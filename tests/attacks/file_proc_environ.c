// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: no-secret
// why: A15/A27 read the judge's environment (CI tokens) through /proc/<ppid>/environ and its command line, and print them
#include <fcntl.h>
#include <unistd.h>

static void dump(const char *path) {
    char buf[4096];
    int fd = open(path, O_RDONLY);
    ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
        write(1, buf, (size_t)n);
}

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/environ", (int)getppid());
    dump(path);
    snprintf(path, sizeof path, "/proc/%d/cmdline", (int)getppid());
    dump(path);
    dump("/proc/self/environ");
    (void)root;
    return NULL;
}
