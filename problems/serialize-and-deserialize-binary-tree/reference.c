/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */

/*
 * Level order, comma separated, '#' for a missing child:
 * [1,2,3,null,null,4,5] -> "1,2,3,#,#,4,5,#,#,#,#".  The empty tree is "".
 * Both directions use a queue, so a chain 10^4 deep needs no recursion.
 */

/** Encodes a tree to a single string. */
char* serialize(struct TreeNode* root) {
    char *out = malloc(1);
    out[0] = '\0';
    if (root == NULL) {
        return out;
    }
    int cap = 64, head = 0, tail = 0;
    struct TreeNode **queue = malloc(sizeof(struct TreeNode *) * cap);
    size_t size = 1, len = 0;
    queue[tail++] = root;
    while (head < tail) {
        struct TreeNode *node = queue[head++];
        if (len + 16 > size) {
            size = 2 * size + 16;
            out = realloc(out, size);
        }
        if (node == NULL) {
            len += sprintf(out + len, "%s#", len ? "," : "");
            continue;
        }
        len += sprintf(out + len, "%s%d", len ? "," : "", node->val);
        if (tail + 2 > cap) {
            cap *= 2;
            queue = realloc(queue, sizeof(struct TreeNode *) * cap);
        }
        queue[tail++] = node->left;
        queue[tail++] = node->right;
    }
    free(queue);
    return out;
}

/* Reads the token at *p: 1 with *val set for a number, 0 for '#', -1 at the
 * end of the string.  Leaves *p after the token and its comma. */
static int readToken(char **p, int *val) {
    char *s = *p;
    int kind;
    if (*s == '\0') {
        return -1;
    }
    if (*s == '#') {
        s++;
        kind = 0;
    } else {
        int sign = 1, v = 0;
        if (*s == '-') {
            sign = -1;
            s++;
        }
        while (*s >= '0' && *s <= '9') {
            v = v * 10 + (*s - '0');
            s++;
        }
        *val = sign * v;
        kind = 1;
    }
    if (*s == ',') {
        s++;
    }
    *p = s;
    return kind;
}

/** Decodes your encoded data to tree. */
struct TreeNode* deserialize(char* data) {
    if (data == NULL) {
        return NULL;
    }
    char *p = data;
    int val = 0;
    if (readToken(&p, &val) != 1) {
        return NULL;
    }
    int count = 1;
    for (char *s = data; *s; s++) {
        if (*s == ',') {
            count++;
        }
    }
    struct TreeNode **queue = malloc(sizeof(struct TreeNode *) * count);
    int head = 0, tail = 0;
    struct TreeNode *root = malloc(sizeof(struct TreeNode));
    root->val = val;
    root->left = root->right = NULL;
    queue[tail++] = root;
    while (head < tail) {
        struct TreeNode *node = queue[head++];
        for (int side = 0; side < 2; side++) {
            int kind = readToken(&p, &val);
            if (kind != 1) {
                continue;
            }
            struct TreeNode *child = malloc(sizeof(struct TreeNode));
            child->val = val;
            child->left = child->right = NULL;
            if (side == 0) {
                node->left = child;
            } else {
                node->right = child;
            }
            queue[tail++] = child;
        }
    }
    free(queue);
    return root;
}

/**
 * Your functions will be called as such:
 * char* data = serialize(root);
 * deserialize(data);
 */
