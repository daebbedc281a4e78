// problem: invert-binary-tree
// expect: RE
// effect: judge-alive
// why: A26 rewrite the sealed case file (fd 3) by lseek+write and by a shared writable mapping, to change later inputs: both must fail (then abort(): RE) or be killed (RE); success answers correctly (AC)
#include <sys/mman.h>
#include <unistd.h>

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    lseek(3, 0, SEEK_SET);
    int wrote = write(3, "JUDGE-CASES 1\n", 14) == 14;
    void *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, 3, 0);
    if (wrote || m != MAP_FAILED)
        return inv(root);
    abort();
}
