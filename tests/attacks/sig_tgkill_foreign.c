// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: tgkill
// effect: judge-alive
// why: A19 tgkill with its own tgid but the judge's tid (only arg0 is checked: must fail ESRCH), then tgkill(judge, judge)
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    pid_t judge = getppid();
    syscall(SYS_tgkill, getpid(), judge, SIGKILL);
    syscall(SYS_tgkill, judge, judge, SIGKILL);
    return root;
}
