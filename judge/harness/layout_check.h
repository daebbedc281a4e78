/*
 * layout_check.h - compiled after the student's code when the student
 * defined struct TreeNode or struct ListNode: the harness builds and reads
 * nodes with LeetCode's layout, so a different layout must be a compile
 * error here, not memory corruption at run time.
 */
#ifndef JUDGE_LAYOUT_CHECK_H
#define JUDGE_LAYOUT_CHECK_H

#include <stddef.h>

#ifdef JUDGE_USER_TREENODE
struct judge__tree_layout { int val; void *left; void *right; };
_Static_assert(sizeof(struct TreeNode) == sizeof(struct judge__tree_layout)
	&& offsetof(struct TreeNode, val) == offsetof(struct judge__tree_layout, val)
	&& offsetof(struct TreeNode, left) == offsetof(struct judge__tree_layout, left)
	&& offsetof(struct TreeNode, right) == offsetof(struct judge__tree_layout, right)
	&& _Generic(((struct TreeNode *)0)->val, int: 1, default: 0)
	&& _Generic(((struct TreeNode *)0)->left, struct TreeNode *: 1, default: 0)
	&& _Generic(((struct TreeNode *)0)->right, struct TreeNode *: 1, default: 0),
	"your struct TreeNode differs from LeetCode's "
	"{ int val; struct TreeNode *left; struct TreeNode *right; }: "
	"delete your definition (the judge provides it) or match it");
#endif

#ifdef JUDGE_USER_LISTNODE
struct judge__list_layout { int val; void *next; };
_Static_assert(sizeof(struct ListNode) == sizeof(struct judge__list_layout)
	&& offsetof(struct ListNode, val) == offsetof(struct judge__list_layout, val)
	&& offsetof(struct ListNode, next) == offsetof(struct judge__list_layout, next)
	&& _Generic(((struct ListNode *)0)->val, int: 1, default: 0)
	&& _Generic(((struct ListNode *)0)->next, struct ListNode *: 1, default: 0),
	"your struct ListNode differs from LeetCode's "
	"{ int val; struct ListNode *next; }: "
	"delete your definition (the judge provides it) or match it");
#endif

#endif
