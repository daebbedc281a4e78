// problem: invert-binary-tree
// expect: RE
// effect: no-process solution
// effect: judge-alive
// why: A23 fork through the i386 ABI (int $0x80, number 2): x86-64's 2 is open, so a filter that ignores the arch would allow it
struct TreeNode* invertTree(struct TreeNode* root) {
    long ret = 2;    /* __NR_fork on i386 */
    __asm__ volatile("int $0x80" : "+a"(ret) : : "memory");
    if (ret == 0)
        for (;;)
            __asm__ volatile("pause");
    return root;
}
