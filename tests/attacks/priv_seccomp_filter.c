// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: judge-alive
// why: A24 seccomp(SECCOMP_SET_MODE_FILTER) with an allow-all program, hoping to loosen the judge's filter (filters only stack)
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    struct sock_filter f[] = { BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
    struct sock_fprog prog = { 1, f };
    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
    return root;
}
