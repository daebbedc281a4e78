// problem: invert-binary-tree
// expect: TLE
// detail: wall-clock
// effect: judge-alive
// why: A2 a futex wait that nobody wakes: a wall-clock TLE
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    static int word;
    for (;;)
        syscall(SYS_futex, &word, 128 /* FUTEX_WAIT_PRIVATE */, 0, NULL, NULL, 0);
    return root;
}
