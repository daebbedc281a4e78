// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: judge-alive
// why: A24 prctl: PR_SET_DUMPABLE and PR_SET_PDEATHSIG games (the harness's own filter kills any prctl)
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_prctl, 4 /* PR_SET_DUMPABLE */, 1, 0, 0, 0);
    return root;
}
