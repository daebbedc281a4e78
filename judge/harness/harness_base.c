/*
 * harness_base.c - what turns the harness into the prebuilt "base"
 * executable of the fast link (judge/compile/fastlink.c, docs/fastlink.md).
 *
 * runtime/judge_base is linked once at build time from judge_harness.o,
 * this file, the generated cell table (fl_cells.s: one pointer per libc,
 * libm and libgcc symbol a solution can reach through lc_std.h, which is
 * also what pulls them in) and static glibc, with the solutions' flags.
 * The judge then only compiles unit.c with -c and copies its sections into
 * the slots below, resolving its references against the base's symbols.
 *
 * - judge_solve: the harness calls it once per case; here it jumps through
 *   judge_fl_solve, which the fast link points at the unit's judge_solve.
 * - judge_fl_text: the slot for the unit's read-only sections (code,
 *   constants), in .text, so mapped readable and executable.
 * - judge_fl_data: the slot for the unit's writable sections, in .data.
 * - the unit's .bss goes past the end of the last PT_LOAD, whose p_memsz
 *   the fast link raises.
 *
 * Never linked into a solution by gcc (the fallback links judge_harness.o
 * alone), and nothing of it is a symbol a solution could clash with in the
 * fast link: the judge declines a unit defining any of the base's names.
 */
struct judge_case;

#ifndef JUDGE_FL_TEXT_SLOT
#define JUDGE_FL_TEXT_SLOT (512 * 1024)
#endif
#ifndef JUDGE_FL_DATA_SLOT
#define JUDGE_FL_DATA_SLOT (128 * 1024)
#endif
#define FL_STR2(x) #x
#define FL_STR(x) FL_STR2(x)

void judge_solve(struct judge_case *c);

/* A base whose cell was never set (run by hand) stops at once. */
static void judge_fl_unlinked(struct judge_case *c)
{
	(void)c;
	__builtin_trap();
}

/* Initialised, so it lives in .data (file-backed) and the fast link can
 * write the unit's judge_solve into it. */
void (*judge_fl_solve)(struct judge_case *c) = judge_fl_unlinked;

void judge_solve(struct judge_case *c)
{
	judge_fl_solve(c);
}

/* The slots: page-aligned, .text.* and .data.* so that the linker merges
 * them into .text and .data (what the unit's symbols then point at: the
 * "state between calls" diagnostic looks for .data and .bss objects).
 * Zero-filled: the fast link writes what it leaves unused as holes. */
__asm__(".pushsection .text.judge_fl_slot,\"ax\",@progbits\n"
	".p2align 12\n"
	".globl judge_fl_text\n.type judge_fl_text,@object\n"
	"judge_fl_text:\n"
	".fill " FL_STR(JUDGE_FL_TEXT_SLOT) ",1,0\n"
	".size judge_fl_text," FL_STR(JUDGE_FL_TEXT_SLOT) "\n"
	".popsection\n"
	".pushsection .data.judge_fl_slot,\"aw\",@progbits\n"
	".p2align 12\n"
	".globl judge_fl_data\n.type judge_fl_data,@object\n"
	"judge_fl_data:\n"
	".fill " FL_STR(JUDGE_FL_DATA_SLOT) ",1,0\n"
	".size judge_fl_data," FL_STR(JUDGE_FL_DATA_SLOT) "\n"
	".popsection\n");
