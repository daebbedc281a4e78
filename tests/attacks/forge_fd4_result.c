// problem: invert-binary-tree
// expect: NOT_AC
// effect: judge-alive
// why: A30 forge the harness's answer record on the result channel: before each case's real (wrong) answer, write "R <i> 0 ok <len>" with an answer of its own
#include <unistd.h>

static int printed(struct TreeNode *r, char *out) {
    /* LeetCode level order of the inverted tree, computed by hand */
    struct TreeNode *q[4096];
    int head = 0, tail = 0, n = 0, last = 0;
    char *p = out;
    p += sprintf(p, "[");
    if (r)
        q[tail++] = r;
    while (head < tail && tail < 4000) {
        struct TreeNode *x = q[head++];
        if (n++)
            p += sprintf(p, ",");
        if (!x) {
            p += sprintf(p, "null");
            continue;
        }
        p += sprintf(p, "%d", x->val);
        last = (int)(p - out);
        q[tail++] = x->right;
        q[tail++] = x->left;
    }
    out[last] = ']';
    out[last + 1] = '\0';
    if (!r)
        strcpy(out, "[]");
    return (int)strlen(out);
}

struct TreeNode* invertTree(struct TreeNode* root) {
    static int index;
    static char text[65536], rec[128];
    int len = printed(root, text);
    int n = snprintf(rec, sizeof rec, "R %d 0 ok %d\n", index++, len);
    write(4, rec, (size_t)n);
    write(4, text, (size_t)len);
    return NULL;
}
