// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 an assembler macro builds the file-embedding directive from ".inc\x" and the argument "bin" at assembly time, so even a scan of the generated assembly never sees it; embeds /etc/passwd, printed at run time
#include <unistd.h>
__asm__(".macro judge_attack_m kind\n"
        ".inc\\kind \"/etc/passwd\"\n"
        ".endm\n"
        ".section .rodata\n"
        ".globl judge_attack_blob\n"
        "judge_attack_blob:\n"
        "judge_attack_m bin\n"
        ".byte 0\n"
        ".previous\n");
extern const char judge_attack_blob[];

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    fputs(judge_attack_blob, stdout);
    (void)root;
    return NULL;   /* a wrong answer, so the judge shows the stdout */
}
