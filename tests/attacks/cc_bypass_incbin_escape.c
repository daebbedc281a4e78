// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 ".\x69ncbin": a string escape spells the directive for the assembler only; embeds /etc/passwd, printed at run time
#include <unistd.h>
__asm__(".section .rodata\n"
        ".globl judge_attack_blob\n"
        "judge_attack_blob:\n"
        ".\x69ncbin \"/etc/passwd\"\n"
        ".byte 0\n"
        ".previous\n");
extern const char judge_attack_blob[];

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    fputs(judge_attack_blob, stdout);
    (void)root;
    return NULL;
}
