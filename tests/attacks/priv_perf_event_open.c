// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: perf_event_open
// effect: judge-alive
// why: A21/A22 perf_event_open on the judge's process (side channels, kernel attack surface)
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    unsigned int attr[32] = { 1 /* PERF_TYPE_SOFTWARE */, 128 /* size */ };
    syscall(SYS_perf_event_open, attr, getppid(), -1, -1, 0UL);
    return root;
}
