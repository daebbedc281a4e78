// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call
// effect: no-file /tmp/judge-attack-popen
// effect: no-process sleep 31337
// why: A14 popen() of a shell command (pipe2 + spawn), reading its output
struct TreeNode* invertTree(struct TreeNode* root) {
    FILE *p = popen("touch /tmp/judge-attack-popen; id; exec sleep 31337", "r");
    char line[256];
    if (p && fgets(line, sizeof line, p))
        fputs(line, stdout);
    return root;
}
