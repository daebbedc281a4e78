// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: rename
// effect: no-file /tmp/judge-attack-rename-dst
// why: A16 rename a file (paths that do not exist, so nothing is lost if the filter fails)
struct TreeNode* invertTree(struct TreeNode* root) {
    rename("/tmp/judge-attack-rename-src", "/tmp/judge-attack-rename-dst");
    return root;
}
