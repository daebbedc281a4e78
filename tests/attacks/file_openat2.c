// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: openat2
// effect: no-secret
// why: A15 openat2 (2020, number 437), which an allowlist written for open/openat may forget
#include <fcntl.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    struct { uint64_t flags, mode, resolve; } how = { O_RDONLY, 0, 0 };
    char buf[4096];
    int fd = (int)syscall(437 /* openat2 */, AT_FDCWD, "/etc/passwd", &how, sizeof how);
    ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
        write(1, buf, (size_t)n);
    (void)root;
    return NULL;
}
