// problem: invert-binary-tree
// expect: AC
// effect: judge-alive
// why: control (QingdaoU/Judger #71): ordinary C - printf, malloc/free, qsort, time, an abort handler - must run under the allowlist on this toolchain
#include <signal.h>
#include <time.h>

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

struct TreeNode* invertTree(struct TreeNode* root) {
    int v[5] = { 5, 3, 1, 4, 2 };
    char *p = malloc(1 << 20);
    qsort(v, 5, sizeof v[0], cmp);
    signal(SIGABRT, SIG_DFL);
    printf("hello %d %ld\n", v[0], (long)(time(NULL) > 0));
    fprintf(stderr, "to stderr\n");
    free(p);
    return inv(root);
}
