// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: openat
// effect: no-secret
// why: A15 openat with a directory fd: open /etc as a directory, then "passwd" relative to it
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    char buf[4096];
    int dir = (int)syscall(SYS_openat, AT_FDCWD, "/etc", O_RDONLY | O_DIRECTORY);
    int fd = (int)syscall(SYS_openat, dir, "passwd", O_RDONLY);
    ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
        write(1, buf, (size_t)n);
    (void)root;
    return NULL;
}
