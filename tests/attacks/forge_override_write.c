// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: C6 interpose libc's write() (static link: the harness's calls bind to the student's symbol) and append a forged "D" record to the harness's first case record
#include <sys/syscall.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t n) {
    long r = syscall(SYS_write, fd, buf, n);
    if (fd == 4 && n >= 2 && !memcmp(buf, "S ", 2))
    {
        syscall(SYS_write, 4, "D\n", 2);
        usleep(200000);   /* let the judge read "D" before the next record */
    }
    return (ssize_t)r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    (void)root;
    return NULL;
}
