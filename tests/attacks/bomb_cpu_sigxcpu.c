// problem: invert-binary-tree
// expect: TLE
// effect: judge-alive
// why: A1 CPU burn that ignores and blocks SIGXCPU, so RLIMIT_CPU's soft signal cannot end it
#include <signal.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    sigset_t set;
    signal(SIGXCPU, SIG_IGN);
    sigemptyset(&set);
    sigaddset(&set, SIGXCPU);
    sigprocmask(SIG_BLOCK, &set, NULL);
    volatile unsigned long n = 0;
    for (;;)
        n++;
    return root;
}
