// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: setsid
// effect: no-process solution
// effect: judge-alive
// why: A13 a daemon leaves the judge's process group with setsid() before forking (DMOJ #318): no setsid, no fork
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    setsid();
    if (fork() == 0)
        for (;;)
            pause();
    return root;
}
