// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: open
// effect: no-secret
// why: A15 the legacy open system call (not openat), made directly, then read and print
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    char buf[4096];
    int fd = (int)syscall(SYS_open, "/etc/passwd", O_RDONLY);
    ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
        write(1, buf, (size_t)n);
    (void)root;
    return NULL;
}
