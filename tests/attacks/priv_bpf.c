// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: bpf
// effect: judge-alive
// why: A21 bpf(BPF_MAP_CREATE): kernel attack surface
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    unsigned int attr[32] = { 2 /* BPF_MAP_TYPE_ARRAY */, 4, 4, 1 };
    syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, attr, sizeof attr);
    return root;
}
