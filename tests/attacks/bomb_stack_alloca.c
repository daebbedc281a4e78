// problem: invert-binary-tree
// expect: RE
// detail: stack
// effect: judge-alive
// why: A8 alloca(1 MiB) in a recursion, touching each block: the stack limit, not the host
#include <alloca.h>

static int grow(int n) {
    volatile char *p = alloca(1u << 20);
    for (unsigned i = 0; i < (1u << 20); i += 4096)
        p[i] = (char)n;
    return grow(n + 1) + p[0];
}

struct TreeNode* invertTree(struct TreeNode* root) {
    grow(0);
    return root;
}
