// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: rt_sigqueueinfo
// effect: judge-alive
// why: A19 rt_sigqueueinfo to the judge: a signal sender that is not kill/tgkill
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_code = -1;   /* SI_QUEUE */
    syscall(SYS_rt_sigqueueinfo, getppid(), SIGKILL, &si);
    return root;
}
