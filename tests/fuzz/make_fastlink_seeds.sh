#!/bin/bash
# make_fastlink_seeds.sh BUILD_DIR OUT_DIR - real unit.o files to seed
# fuzz_fastlink: every problem's reference compiled as compile.c builds a
# unit (the precompiled standard headers, the prelude, the driver), with
# -fPIE, -fPIC -fno-plt and -fno-pie.
set -eu
BUILD=$(realpath "$1")
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RT=$BUILD/runtime
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in "$ROOT"/problems/*/; do
	slug=$(basename "$dir")
	{
		printf '#include "lc_std.h"\n#include "lc_prelude.h"\n#define main judge__ignored_user_main\n'
		cat "$dir/reference.c"
		printf '\n#undef main\n#include "layout_check.h"\n#include "judge_driver.h"\n'
		cat "$dir/driver.c"
	} >"$work/unit.c"
	for model in "-fPIE" "-fPIC -fno-plt" "-fno-pie"; do
		# shellcheck disable=SC2086
		gcc -std=gnu11 -O2 -ftrivial-auto-var-init=pattern $model -I"$RT/include" \
			-c "$work/unit.c" -o "$OUT/$slug${model// /}.o"
	done
done
ls "$OUT" | wc -l
