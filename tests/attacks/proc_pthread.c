// problem: invert-binary-tree
// expect: RE
// detail: forbidden system call: clone
// effect: judge-alive
// why: A12 pthread_create of threads that burn CPU outside the case's accounting: no threads
#include <pthread.h>

static void *spin(void *arg) {
    volatile unsigned long n = 0;
    (void)arg;
    for (;;)
        n++;
    return NULL;
}

struct TreeNode* invertTree(struct TreeNode* root) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, spin, NULL);
    return root;
}
