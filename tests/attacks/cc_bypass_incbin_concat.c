// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 ".inc" "bin" as two adjacent string literals: the compiler joins them into the assembler directive that embeds a file (inc-bin), here the test data; printed at run time
#include <unistd.h>
__asm__(".section .rodata\n"
        ".globl judge_attack_blob\n"
        "judge_attack_blob:\n"
        ".inc" "bin \"/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl\"\n"
        ".byte 0\n"
        ".previous\n");
extern const char judge_attack_blob[];

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    fputs(judge_attack_blob, stdout);
    (void)root;
    return NULL;   /* a wrong answer, so the judge shows the stdout */
}
