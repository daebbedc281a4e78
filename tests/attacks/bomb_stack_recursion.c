// problem: invert-binary-tree
// expect: RE
// detail: stack
// effect: judge-alive
// why: A8 unbounded recursion with 1 KiB frames: a stack overflow, named as such
static int deep(int n) {
    volatile char frame[1024];
    frame[0] = (char)n;
    return deep(n + 1) + frame[0];
}

struct TreeNode* invertTree(struct TreeNode* root) {
    deep(0);
    return root;
}
