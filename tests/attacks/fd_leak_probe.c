// problem: invert-binary-tree
// expect: AC
// effect: no-secret
// effect: no-file @SCRATCH@/fd9-leaked
// why: A26 write to and read from every fd 5..1023 (the runner gives the judge fd 8 on a secret file and fd 9 into a sink); none may be open. An open one is printed and answered wrongly
#include <errno.h>
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
    static int done;
    if (!done)
        usleep(100000);   /* printed text is kept only once the judge has seen the case start */
    int open_fds = 0;
    char buf[256];
    for (int fd = 5; !done && fd < 1024; fd++) {
        ssize_t w = write(fd, "judge-attack fd leak\n", 21);
        ssize_t r = read(fd, buf, sizeof buf - 1);
        if (w >= 0 || errno != EBADF || r >= 0) {
            open_fds++;
            printf("fd %d is open", fd);
            if (r > 0) {
                buf[r] = '\0';
                printf(": %s", buf);
            }
            printf("\n");
        }
    }
    done = 1;
    return open_fds ? NULL : inv(root);
}
