// problem: invert-binary-tree
// expect: WA
// effect: no-secret
// why: A27 print environ, getenv of the runner's JUDGE_TEST_SECRET and of HOME: the solution gets a fixed minimal environment, never the judge's (CI tokens)
#include <unistd.h>
extern char **environ;

struct TreeNode* invertTree(struct TreeNode* root) {
    usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    for (char **e = environ; e && *e; e++)
        printf("env: %s\n", *e);
    const char *s = getenv("JUDGE_TEST_SECRET");
    const char *h = getenv("HOME");
    printf("JUDGE_TEST_SECRET=%s HOME=%s\n", s ? s : "(unset)", h ? h : "(unset)");
    (void)root;
    return NULL;   /* a wrong answer, so the judge shows the stdout */
}
