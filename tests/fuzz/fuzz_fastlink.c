/*
 * fuzz_fastlink.c - libFuzzer target for the fast link (judge/compile/
 * fastlink.c): unit.o comes from the sandboxed compiler, whose inline
 * assembly can put any bytes, sections and relocations into it, and the
 * fast link reads it in the judge itself, outside every sandbox.  Each
 * input is linked into the real base executable; a linked one is also
 * turned into its output image.  ASan and UBSan catch what the bounds
 * checks miss.
 *
 * The base is runtime/judge_base of the build (JUDGE_RUNTIME_DIR), loaded
 * once.  Seeds: real unit.o files (tests/fuzz/make_fastlink_seeds.sh).
 */
#include "config.h"
#include "fastlink.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct fl_base *base;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char why[FL_WHY_MAX];
	if (fl_base_load(JUDGE_RUNTIME_DIR "/judge_base", &base, why) < 0) {
		fprintf(stderr, "fuzz_fastlink: %s\n", why);
		exit(2);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char why[FL_WHY_MAX];
	struct fl_out *out = NULL;
	if (fl_link(base, data, size, &out, why) == 0) {
		unsigned char *image = NULL;
		size_t len = 0;
		if (fl_out_image(base, out, &image, &len) == 0)
			free(image);
		fl_out_free(out);
	}
	return 0;
}
