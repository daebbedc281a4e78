// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: tkill
// effect: judge-alive
// why: A19 tkill of the judge's thread id
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_tkill, getppid(), SIGKILL);
    return root;
}
