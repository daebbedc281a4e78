// problem: invert-binary-tree
// expect: CE
// effect: no-secret
// why: C2 .incbin of the problem's cases.jsonl (expected outputs) into the binary, printed at run time: the test data must not reach the assembler
#include <unistd.h>
__asm__(".section .rodata\n"
        ".globl judge_attack_blob\n"
        "judge_attack_blob:\n"
        ".incbin \"/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl\"\n"
        ".byte 0\n"
        ".previous\n");
extern const char judge_attack_blob[];

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    fputs(judge_attack_blob, stdout);
    (void)root;
    return NULL;
}
