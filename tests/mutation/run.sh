#!/usr/bin/env bash
# Mutation testing of the problem set (issue 4, "Test strength, measured").
#
#   tests/mutation/run.sh [options] [PROBLEM...]      (no PROBLEM: every problem)
#
# For each problem, every single-mutation variant of problems/<slug>/reference.c
# (made by the `mutate` tool) is judged by `judge run --json --no-record`, two
# at a time, each under a timeout. A mutant that is AC there is judged a second
# time with `--sanitize` (ASan + UBSan, as LeetCode runs C), and classified:
#   CE          does not compile                   (not counted)
#   killed      any verdict but AC                 (the cases reject it)
#   killed-san  AC, but not AC with --sanitize     (the cases reject it under
#               ASan/UBSan, as on LeetCode; TLE/MLE there do not count: the
#               sanitizers' own overhead can cause them)
#   survived    AC in both runs                    (the cases miss it)
#   equiv       AC in both runs and listed in tests/mutation/equivalent/<slug>.txt
#   error       the judge failed (setup error, timeout): reported, not counted
# score = (killed + killed-san) / (compiling - equivalent)
#
# options:
#   --max N         judge only mutants 1..N of each problem (smoke tests)
#   --jobs N        mutants judged in parallel (default 2)
#   --timeout S     wall-clock limit of one `judge run` (default 300)
#   --results DIR   where results go (default build/mutation-results)
#   --fail-under P  exit 1 when a problem scores below P percent
#   --no-sanitize   no second run: AC mutants are survivors (or equivalent)
# environment: JUDGE (the judge binary), MUTATE (the mutate binary),
#   JUDGE_HOME (the judge's data: use a private one).
#
# Results: DIR/<slug>/results.tsv (index, outcome, verdict, line, mutation;
# verdict is "AC/RE" for plain AC, sanitized RE), DIR/<slug>/m<N>.c, m<N>.json
# and m<N>.san.json (each mutant and its verdicts), and
# DIR/summary.tsv / summary.md (the table printed at the end).
# Mutants are run only through the judge (which sandboxes them); run this
# script itself inside a PID namespace, e.g. `unshare --pid --fork --mount-proc`.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
JUDGE="${JUDGE:-$root/build/judge}"
MUTATE="${MUTATE:-$root/build/tests/mutate}"
max=0
jobs=2
tmo=300
results="$root/build/mutation-results"
fail_under=""
sanitize=1

while [ $# -gt 0 ]; do
	case "$1" in
	--max) max="$2"; shift 2 ;;
	--jobs) jobs="$2"; shift 2 ;;
	--timeout) tmo="$2"; shift 2 ;;
	--results) results="$2"; shift 2 ;;
	--fail-under) fail_under="$2"; shift 2 ;;
	--no-sanitize) sanitize=0; shift ;;
	-h|--help) sed -n '2,35p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	--) shift; break ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done

for bin in "$JUDGE" "$MUTATE"; do
	if [ ! -x "$bin" ]; then
		echo "run.sh: $bin not built (cmake --build build)" >&2
		exit 2
	fi
done
command -v jq >/dev/null || { echo "run.sh: jq is needed" >&2; exit 2; }

if [ $# -eq 0 ]; then
	set -- $(cd "$root/problems" && ls -d */ | tr -d /)
fi
mkdir -p "$results"
results="$(cd "$results" && pwd)"

# One judge run of FILE: judge_file SLUG FILE OUT [--sanitize]; OUT.json gets
# the verdict, OUT.err the judge's stderr; prints "<verdict>\t<exit>".
judge_file() {
	local slug="$1" file="$2" out="$3"
	shift 3
	# A judge that fails (exit not 0/1: setup error, a signal, the timeout)
	# is tried again, up to 3 times; the attempts are kept in OUT.err.
	local rc verdict attempt
	for attempt in 1 2 3; do
		(cd "$root" && timeout -k 10 "$tmo" "$JUDGE" run "$slug" --file "$file" --json --no-record "$@") \
			>"$out.json" 2>>"$out.err"
		rc=$?
		# a CE that is not the mutant's fault (the judge's harness missing
		# while the build tree is being rebuilt) is a judge failure too
		if [ "$rc" = 1 ] && grep -q "cannot find judge_harness" "$out.json" 2>/dev/null; then
			rc=3
		fi
		[ "$rc" -le 1 ] && break
		echo "attempt $attempt: judge exit $rc" >>"$out.err"
	done
	verdict="$(jq -r '.verdict // empty' "$out.json" 2>/dev/null)"
	[ -n "$verdict" ] || verdict="NONE"
	printf '%s\t%s\n' "$verdict" "$rc"
}

# One mutant: emit, judge (and, if AC, judge again with --sanitize), write
# m<N>.res = "<N>\t<verdict>\t<exit>\t<sanitized verdict>\t<sanitized exit>"
# (the last two "-" when there was no second run)
judge_one() {
	local slug="$1" dir="$2" n="$3"
	local ref="$root/problems/$slug/reference.c"
	"$MUTATE" "$ref" --emit "$n" >"$dir/m$n.c" || { printf '%s\tMUTATE\t2\t-\t-\n' "$n" >"$dir/m$n.res"; return 0; }
	local plain san="-\t-"
	plain="$(judge_file "$slug" "$dir/m$n.c" "$dir/m$n")"
	if [ "$sanitize" = 1 ] && [ "$plain" = "AC"$'\t'"0" ]; then
		san="$(judge_file "$slug" "$dir/m$n.c" "$dir/m$n.san" --sanitize)"
	fi
	printf '%s\t%s\t%s\n' "$n" "$plain" "$san" >"$dir/m$n.res"
}
export -f judge_file judge_one
export root JUDGE MUTATE tmo sanitize

summary_tsv="$results/summary.tsv"
printf 'problem\tmutants\tcompiling\tkilled\tkilled_sanitize\tequivalent\tsurvived\terrors\tscore\n' >"$summary_tsv"
status=0

for slug in "$@"; do
	ref="$root/problems/$slug/reference.c"
	if [ ! -f "$ref" ]; then
		echo "run.sh: no problem $slug" >&2
		status=2
		continue
	fi
	dir="$results/$slug"
	rm -rf "$dir"
	mkdir -p "$dir"
	total="$("$MUTATE" "$ref" --count)" || { status=2; continue; }
	"$MUTATE" "$ref" --list >"$dir/list.tsv"
	n="$total"
	if [ "$max" -gt 0 ] && [ "$max" -lt "$n" ]; then n="$max"; fi

	# the equivalent mutants: the first number on each line
	equiv_file="$here/equivalent/$slug.txt"
	declare -A equiv=()
	if [ -f "$equiv_file" ]; then
		while read -r idx _; do
			case "$idx" in ''|\#*) continue ;; esac
			idx="${idx%%[!0-9]*}"
			[ -n "$idx" ] && equiv[$idx]=1
		done <"$equiv_file"
	fi

	echo "== $slug: $n of $total mutants" >&2
	# the sanitized run means something only if the reference passes it
	if [ "$sanitize" = 1 ]; then
		IFS=$'\t' read -r rv rrc < <(judge_file "$slug" "$ref" "$dir/reference.san" --sanitize)
		if [ "$rv" != AC ] || [ "$rrc" != 0 ]; then
			echo "run.sh: $slug: the reference is not AC with --sanitize ($rv, exit $rrc); see $dir/reference.san.json" >&2
			status=2
			continue
		fi
	fi
	seq 1 "$n" | xargs -P "$jobs" -I{} bash -c 'judge_one "$@"' _ "$slug" "$dir" {}

	mutants=0 compiling=0 killed=0 skilled=0 eq=0 survived=0 errors=0
	: >"$dir/results.tsv"
	for i in $(seq 1 "$n"); do
		IFS=$'\t' read -r _ verdict rc sverdict src <"$dir/m$i.res"
		desc="$(awk -F'\t' -v i="$i" '$1 == i { print $2 "\t" $3 }' "$dir/list.tsv")"
		mutants=$((mutants + 1))
		if [ "$verdict" = CE ]; then
			outcome=CE
		elif [ "$rc" = 0 ] && [ "$verdict" = AC ] && [ "$sanitize" = 1 ] &&
			! { [ "$src" = 0 ] && [ "$sverdict" = AC ]; } &&
			! { [ "$src" = 1 ] && [ "$sverdict" != NONE ] && [ "$sverdict" != IE ] && [ "$sverdict" != CE ]; }; then
			# AC, but the sanitized run failed as a judge (not a verdict)
			outcome=error
			errors=$((errors + 1))
			verdict="AC/$sverdict"
			echo "run.sh: $slug mutant $i: sanitized judge error (exit $src, verdict $sverdict): $(head -c 300 "$dir/m$i.san.err")" >&2
		elif [ "$rc" = 0 ] && [ "$verdict" = AC ] && [ "$sanitize" = 1 ] && [ "$src" = 1 ] &&
			[ "$sverdict" != TLE ] && [ "$sverdict" != MLE ]; then
			compiling=$((compiling + 1))
			outcome=killed-san
			skilled=$((skilled + 1))
			verdict="AC/$sverdict"
			if [ -n "${equiv[$i]:-}" ]; then
				echo "run.sh: $slug mutant $i is listed as equivalent but was killed by --sanitize ($sverdict)" >&2
			fi
		elif [ "$rc" = 0 ] && [ "$verdict" = AC ]; then
			compiling=$((compiling + 1))
			[ "$sanitize" = 1 ] && verdict="AC/$sverdict"
			if [ -n "${equiv[$i]:-}" ]; then
				outcome=equivalent
				eq=$((eq + 1))
			else
				outcome=survived
				survived=$((survived + 1))
			fi
		elif [ "$rc" = 1 ] && [ "$verdict" != NONE ] && [ "$verdict" != IE ]; then
			compiling=$((compiling + 1))
			outcome=killed
			killed=$((killed + 1))
			if [ -n "${equiv[$i]:-}" ]; then
				echo "run.sh: $slug mutant $i is listed as equivalent but was killed ($verdict)" >&2
			fi
		else
			outcome=error
			errors=$((errors + 1))
			echo "run.sh: $slug mutant $i: judge error (exit $rc, verdict $verdict): $(head -c 300 "$dir/m$i.err")" >&2
		fi
		printf '%s\t%s\t%s\t%s\n' "$i" "$outcome" "$verdict" "$desc" >>"$dir/results.tsv"
	done
	unset equiv
	denom=$((compiling - eq))
	allkilled=$((killed + skilled))
	if [ "$denom" -gt 0 ]; then
		score="$(awk -v k="$allkilled" -v d="$denom" 'BEGIN { printf "%.1f%%", 100 * k / d }')"
		if [ -n "$fail_under" ] && awk -v k="$allkilled" -v d="$denom" -v p="$fail_under" \
			'BEGIN { exit !(100 * k / d < p) }'; then
			status=1
		fi
	else
		score="-"
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$slug" "$mutants" "$compiling" "$killed" "$skilled" "$eq" \
		"$survived" "$errors" "$score" >>"$summary_tsv"
	if [ "$survived" -gt 0 ]; then
		echo "   survivors of $slug:" >&2
		awk -F'\t' '$2 == "survived" { printf "     %s (line %s) %s\n", $1, $4, $5 }' "$dir/results.tsv" >&2
	fi
	[ "$errors" -eq 0 ] || [ "$status" -ne 0 ] || status=1
done

# the table, as text and as Markdown
column -t -s $'\t' "$summary_tsv"
{
	echo "| problem | mutants | compiling | killed | killed (sanitize) | equivalent | survived | errors | score |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	tail -n +2 "$summary_tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
} >"$results/summary.md"
exit "$status"
