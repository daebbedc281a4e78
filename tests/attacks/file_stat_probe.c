// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A15 existence oracle: stat() a secret path and a missing one; a difference leaks which files exist. Killed (RE) or harmless (then abort(): RE); an oracle answers correctly (AC)
#include <errno.h>
#include <sys/stat.h>

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    struct stat st;
    int a = stat("/etc/shadow", &st) == 0 ? 0 : errno;
    int b = stat("/judge-attack-does-not-exist", &st) == 0 ? 0 : errno;
    int c = stat("/tmp/judge-attack-root/problems/invert-binary-tree/cases.jsonl", &st) == 0 ? 0 : errno;
    if (a != b || c != b)
        return inv(root);   /* the oracle works: the hole shows as AC */
    abort();
}
