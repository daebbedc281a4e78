/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */

/*
 * Every distinct subtree gets a small id: the id of a node is determined by
 * the triple (value, id of the left subtree, id of the right subtree), with
 * 0 for a missing child.  Equal triples mean equal subtrees, so one hash
 * lookup per node finds duplicates in O(n), with no long string keys.
 */
struct SubtreeKind {
    int key[3];          /* val, left id, right id */
    int id;
    int count;
    UT_hash_handle hh;
};

struct DupSearch {
    struct SubtreeKind *kinds;
    int nextId;
    struct TreeNode **found;
    int size;
    int cap;
};

static int kindOf(struct TreeNode *node, struct DupSearch *s) {
    if (node == NULL) {
        return 0;
    }
    int key[3];
    key[0] = node->val;
    key[1] = kindOf(node->left, s);
    key[2] = kindOf(node->right, s);
    struct SubtreeKind *k = NULL;
    HASH_FIND(hh, s->kinds, key, sizeof key, k);
    if (k == NULL) {
        k = malloc(sizeof *k);
        memcpy(k->key, key, sizeof key);
        k->id = s->nextId++;
        k->count = 0;
        HASH_ADD(hh, s->kinds, key, sizeof key, k);
    }
    k->count++;
    if (k->count == 2) {
        if (s->size == s->cap) {
            s->cap = s->cap ? 2 * s->cap : 16;
            s->found = realloc(s->found, sizeof(struct TreeNode *) * s->cap);
        }
        s->found[s->size++] = node;
    }
    return k->id;
}

struct TreeNode** findDuplicateSubtrees(struct TreeNode* root, int* returnSize) {
    struct DupSearch s = { NULL, 1, NULL, 0, 0 };
    kindOf(root, &s);
    struct SubtreeKind *k, *tmp;
    HASH_ITER(hh, s.kinds, k, tmp) {
        HASH_DEL(s.kinds, k);
        free(k);
    }
    *returnSize = s.size;
    if (s.found == NULL) {
        s.found = malloc(sizeof(struct TreeNode *));
    }
    return s.found;
}
