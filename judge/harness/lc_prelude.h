/*
 * lc_prelude.h - what LeetCode puts in front of a C solution: the standard
 * headers (lc_std.h, precompiled) and the node structs, unless the
 * student's file defines its own, which the judge then checks for layout.
 */
#ifndef JUDGE_LC_PRELUDE_H
#define JUDGE_LC_PRELUDE_H

#include "lc_std.h"

#ifndef JUDGE_USER_TREENODE
struct TreeNode {
	int val;
	struct TreeNode *left;
	struct TreeNode *right;
};
#endif

#ifndef JUDGE_USER_LISTNODE
struct ListNode {
	int val;
	struct ListNode *next;
};
#endif

#endif
