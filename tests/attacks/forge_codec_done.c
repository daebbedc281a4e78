// problem: serialize-and-deserialize-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: A30 the "D" forgery on a codec problem (two functions, notes on the channel): serialize writes "D" to fd 4 and the codec is wrong
#include <unistd.h>

char* serialize(struct TreeNode* root) {
    (void)root;
    write(4, "D\n", 2);
    usleep(200000);   /* let the judge read "D" alone, before the harness's next record */
    char *s = malloc(1);
    s[0] = '\0';
    return s;
}

struct TreeNode* deserialize(char* data) {
    (void)data;
    return NULL;
}
