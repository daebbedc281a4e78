// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: no-file /tmp/judge-attack-system
// effect: no-process sleep 31337
// why: A14 system() of a shell command that leaves a file and a background process
struct TreeNode* invertTree(struct TreeNode* root) {
    system("touch /tmp/judge-attack-system; sleep 31337 &");
    return root;
}
