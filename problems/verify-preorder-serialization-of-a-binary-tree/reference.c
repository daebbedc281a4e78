/*
 * Counts open slots instead of building the tree.  The empty string before
 * the root has one open slot.  Every token fills one slot; a number then
 * opens two new ones (its children), a '#' opens none.  The string is valid
 * when no token arrives after the slots ran out and none are left at the end.
 * Numbers may have several digits: a token runs up to the next comma.
 */
bool isValidSerialization(char* preorder) {
    int slots = 1;
    const char *p = preorder;
    while (*p != '\0') {
        if (slots == 0) {
            return false;            /* the tree was already complete */
        }
        if (*p == '#') {
            slots--;
            p++;
        } else {
            while (*p != '\0' && *p != ',') {
                p++;
            }
            slots++;                 /* fills one slot, opens two */
        }
        if (*p == ',') {
            p++;
        }
    }
    return slots == 0;
}
