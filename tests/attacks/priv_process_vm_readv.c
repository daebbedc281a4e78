// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: process_vm_readv
// effect: no-secret
// why: A20 process_vm_readv of the judge (its stack holds the environment: CI tokens; its heap the expected outputs), then print
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    static char buf[65536];
    /* somewhere near the top of the judge's stack */
    struct iovec local = { buf, sizeof buf };
    struct iovec remote = { (void *)0x7ffffffde000, sizeof buf };
    long n = syscall(SYS_process_vm_readv, getppid(), &local, 1, &remote, 1, 0);
    if (n > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    (void)root;
    return NULL;
}
