// problem: invert-binary-tree
// expect: CE
// effect: no-process cc1
// effect: judge-alive
// why: C4 a diagnostic flood: 2^24 warnings (-fmax-errors does not limit warnings), each with macro-expansion notes (DOMjudge stress-test-compile-fill-stderr); CE with a cut log
#define W0 (void)(1 / 0);
#define W1 W0 W0
#define W2 W1 W1
#define W3 W2 W2
#define W4 W3 W3
#define W5 W4 W4
#define W6 W5 W5
#define W7 W6 W6
#define W8 W7 W7
#define W9 W8 W8
#define W10 W9 W9
#define W11 W10 W10
#define W12 W11 W11
#define W13 W12 W12
#define W14 W13 W13
#define W15 W14 W14
#define W16 W15 W15
#define W17 W16 W16
#define W18 W17 W17
#define W19 W18 W18
#define W20 W19 W19
#define W21 W20 W20
#define W22 W21 W21
#define W23 W22 W22
#define W24 W23 W23

static void noisy(void) { W24 }

static struct TreeNode *inv(struct TreeNode *r) {
    if (!r)
        return NULL;
    struct TreeNode *t = r->left;
    r->left = inv(r->right);
    r->right = inv(t);
    return r;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    noisy();
    return inv(root);
}
