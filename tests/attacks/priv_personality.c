// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: personality
// effect: judge-alive
// why: A21 personality(READ_IMPLIES_EXEC | ADDR_NO_RANDOMIZE): change the process's execution domain
#include <sys/syscall.h>
#include <unistd.h>

struct TreeNode* invertTree(struct TreeNode* root) {
    syscall(SYS_personality, 0x0400000 | 0x0040000);
    return root;
}
