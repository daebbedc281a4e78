#!/bin/bash
# tests/attacks/run.sh - run every hostile solution of tests/attacks/ through
# `judge run` and check that it is contained: the expected verdict class, no
# side effect, the judge alive and never held longer than its limits + 1 s.
#
# usage: run.sh [--as-user] [--only GLOB] [--keep DIR] JUDGE ROOT
#   JUDGE        the judge binary (build/judge)
#   ROOT         the project root (its problems/ are copied into a scratch
#                workspace; nothing is written into ROOT)
#   --as-user    run the judge as nobody (65534) instead of root; needs the
#                real root (exit 77, "skipped", otherwise)
#   --only GLOB  only the attacks whose name (without .c) matches GLOB
#   --keep DIR   keep each attack's JSON and stderr in DIR (NAME.json, NAME.err,
#                and times.txt: wall time, budget, exit status, verdict)
#
# It must run in its own PID namespace, as that namespace's init, with its own
# /proc, so that nothing an attack starts can outlive the suite or touch the
# machine's processes:
#     unshare --pid --fork --kill-child --mount-proc bash tests/attacks/run.sh build/judge .
# The check: $$ is 1 (only the first process of a new PID namespace is pid 1,
# and the machine's pid 1 is never this script) and /proc/1/cmdline names
# this script (so /proc was mounted for this namespace and ps/pgrep see only
# it).  Otherwise it refuses to run (exit 2).
#
# Each attack is one .c file whose header says what must happen:
#   // problem: <slug>
#   // expect: RE|TLE|MLE|OLE|CE|WA|AC|NOT_AC     (NOT_AC: any verdict but AC)
#   // detail: <substring of the JSON "detail">   (optional)
#   // effect: none | no-file PATH | no-connection PORT | no-process NAME
#   //         | no-secret | judge-alive          (any number of lines)
#   // why: <one line>
# no-file PATH:        PATH does not exist afterwards (@SCRATCH@ = this run's
#                      scratch folder); /tmp/judge-attack-* is cleaned first.
# no-connection PORT:  the runner's listener (TCP and UDP on 127.0.0.1:PORT,
#                      abstract unix socket @judge-attack-PORT) saw nothing.
# no-process NAME:     no live process whose command line contains NAME.
# no-secret:           the judge's stdout+stderr hold none of: the value of
#                      JUDGE_TEST_SECRET (set in the judge's environment only),
#                      the contents of the secret file on the judge's fd 8,
#                      /etc/passwd lines (root:x:0:0, or any "home:shell"
#                      pair of the machine's passwd), /etc/shadow lines,
#                      test data lines of cases.jsonl.
# judge-alive:         the judge exited with 0 or 1 (not a signal, not hung).
# Checked for EVERY attack whatever its header says: judge-alive, no-secret,
# no /tmp/judge-attack-* file left, nothing written to the judge's fd 9, no
# process left behind, and the time budget: compile limit (30 s) + 1 s for CE,
# otherwise the reference solution's compile+run time + one case's wall limit
# (2 * time limit + 1 s) + 1 s.
# The judge inherits two descriptors it must not pass on: fd 8 reads a file
# holding a secret, fd 9 writes into a sink (anything written there fails the
# attack).  The attacks find the test data at two fixed paths the runner
# links: /tmp/judge-attack-root -> the judged workspace (a scratch copy of
# ROOT's problems/, JUDGE_WORKSPACE) and /tmp/judge-attack-src -> ROOT.  Each
# problem's reference.c must be AC first (the "ordinary C runs" self-test).
#
# Output: one line per attack, `ok NAME expected=X got=Y` or
# `FAIL NAME expected=X got=Y (reasons)`, then exactly `N passed, M failed`.
# Exit status: 0 all passed, 1 some failed, 2 setup error, 77 skipped.

set -u

SECRET='s3cr3t-XYZ'
CANARY='fd-canary-C4N4RY-91'
PORT=47111
NOBODY=65534
COMPILE_LIMIT_MS=30000

usage() {
	sed -n '/^# usage:/,/^#$/p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
}

AS_USER=0
ONLY='*'
KEEP=''
while [ $# -gt 0 ]; do
	case "$1" in
	--as-user) AS_USER=1; shift ;;
	--only) ONLY="${2:-}"; shift 2 || usage ;;
	--keep) KEEP="${2:-}"; shift 2 || usage ;;
	-h|--help) usage ;;
	--*) echo "run.sh: unknown option $1" >&2; usage ;;
	*) break ;;
	esac
done
[ $# -eq 2 ] || usage
JUDGE=$(realpath -e "$1" 2>/dev/null) || { echo "run.sh: no judge binary '$1'" >&2; exit 2; }
ROOT=$(realpath -e "$2" 2>/dev/null) || { echo "run.sh: no project root '$2'" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
[ -x "$JUDGE" ] || { echo "run.sh: '$JUDGE' is not executable" >&2; exit 2; }
[ -d "$ROOT/problems" ] || { echo "run.sh: no problems/ in '$ROOT'" >&2; exit 2; }

# ---- the PID-namespace guard (see the top of this file)
cmdline1=''
if [ -r /proc/1/cmdline ]; then
	mapfile -d '' -t args1 </proc/1/cmdline
	cmdline1="${args1[*]}"
fi
if [ "$$" != 1 ] || [[ "$cmdline1" != *run.sh* ]]; then
	echo "run.sh: refusing to run outside a PID namespace of its own (pid $$; /proc/1 is '${cmdline1:0:60}')." >&2
	echo "run.sh: run it as: unshare --pid --fork --kill-child --mount-proc bash $0 JUDGE ROOT" >&2
	exit 2
fi

# --as-user needs the real root: in a user namespace (unshare --map-root-user)
# uid 65534 is not mapped and setpriv cannot switch to it
if [ "$AS_USER" = 1 ]; then
	read -r uid_in uid_out uid_count </proc/self/uid_map 2>/dev/null
	if [ "$(id -u)" != 0 ] || [ "${uid_in:-}:${uid_out:-}:${uid_count:-}" != 0:0:4294967295 ]; then
		echo "run.sh: --as-user needs root outside any user namespace (it runs the judge as uid $NOBODY): skipped"
		exit 77
	fi
fi
for tool in timeout ps gcc realpath; do
	command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is missing" >&2; exit 2; }
done
[ "$AS_USER" = 0 ] || command -v setpriv >/dev/null || { echo "run.sh: setpriv (util-linux) is missing" >&2; exit 2; }

# ---- scratch: a copy of the workspace, the judge's data folder, the canaries
SCRATCH=$(mktemp -d /tmp/judge-attacks.XXXXXX) || exit 2
LISTENER_PID=''
cleanup() {
	[ -n "$LISTENER_PID" ] && kill "$LISTENER_PID" 2>/dev/null
	[ -L /tmp/judge-attack-root ] && rm -f /tmp/judge-attack-root
	[ -L /tmp/judge-attack-src ] && rm -f /tmp/judge-attack-src
	rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

chmod 755 "$SCRATCH"
WS="$SCRATCH/ws"
JHOME="$WS/.judge"
mkdir -p "$WS/attacks" "$JHOME" "$SCRATCH/out" || exit 2
cp -a "$ROOT/problems" "$WS/problems" || exit 2
cp "$HERE"/*.c "$WS/attacks/" || exit 2
chmod -R a+rX "$WS"
if [ "$AS_USER" = 1 ]; then
	chown -R "$NOBODY:$NOBODY" "$JHOME" || exit 2
fi
# the attacks look for the test data at these fixed absolute paths
for l in /tmp/judge-attack-root /tmp/judge-attack-src; do
	if [ -e "$l" ] && [ ! -L "$l" ]; then
		echo "run.sh: $l exists and is not a symlink; remove it" >&2
		exit 2
	fi
done
ln -sfn "$WS" /tmp/judge-attack-root || exit 2
ln -sfn "$ROOT" /tmp/judge-attack-src || exit 2
# what a leak of /etc/passwd looks like even when only fragments are quoted
# (the assembler quotes the rest of a line): every "home:shell" pair
awk -F: 'NF >= 7 && length($6 ":" $7) >= 10 { print $6 ":" $7 }' /etc/passwd 2>/dev/null |
	sort -u >"$SCRATCH/passwd.pat"
echo 'root:x:0:0' >>"$SCRATCH/passwd.pat"
printf '%s\n' "$CANARY" >"$SCRATCH/fd-canary"
chmod 600 "$SCRATCH/fd-canary"

# ---- the listener: trusted code of this runner, compiled here
cat >"$SCRATCH/listener.c" <<'EOF'
/* Log every TCP connection, UDP datagram and abstract-unix connection on
 * 127.0.0.1:PORT / @judge-attack-PORT, one line each, to LOG. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 4)
		return 2;
	int port = atoi(argv[1]), one = 1;
	FILE *log = fopen(argv[2], "a");
	struct sockaddr_in in = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	int unlen = snprintf(un.sun_path + 1, sizeof un.sun_path - 1, "judge-attack-%d", port) + 1;
	int t = socket(AF_INET, SOCK_STREAM, 0), u = socket(AF_INET, SOCK_DGRAM, 0);
	int x = socket(AF_UNIX, SOCK_STREAM, 0);
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (!log || bind(t, (struct sockaddr *)&in, sizeof in) || listen(t, 16) ||
	    bind(u, (struct sockaddr *)&in, sizeof in) ||
	    bind(x, (struct sockaddr *)&un, (socklen_t)(offsetof(struct sockaddr_un, sun_path) + unlen)) ||
	    listen(x, 16)) {
		perror("listener");
		return 1;
	}
	FILE *ready = fopen(argv[3], "w");
	if (ready)
		fclose(ready);
	for (;;) {
		struct pollfd pf[3] = { { t, POLLIN, 0 }, { u, POLLIN, 0 }, { x, POLLIN, 0 } };
		if (poll(pf, 3, -1) < 0)
			continue;
		char buf[512];
		if (pf[0].revents) {
			int c = accept(t, NULL, NULL);
			fprintf(log, "%d tcp\n", port);
			if (c >= 0)
				close(c);
		}
		if (pf[1].revents) {
			recv(u, buf, sizeof buf, 0);
			fprintf(log, "%d udp\n", port);
		}
		if (pf[2].revents) {
			int c = accept(x, NULL, NULL);
			fprintf(log, "%d unix\n", port);
			if (c >= 0)
				close(c);
		}
		fflush(log);
	}
}
EOF
gcc -O2 -o "$SCRATCH/listener" "$SCRATCH/listener.c" || { echo "run.sh: cannot build the listener" >&2; exit 2; }
: >"$SCRATCH/conn.log"
"$SCRATCH/listener" "$PORT" "$SCRATCH/conn.log" "$SCRATCH/listener.ready" </dev/null &
LISTENER_PID=$!
for _ in $(seq 50); do
	[ -e "$SCRATCH/listener.ready" ] && break
	kill -0 "$LISTENER_PID" 2>/dev/null || break
	sleep 0.1
done
if [ ! -e "$SCRATCH/listener.ready" ]; then
	echo "run.sh: the listener could not bind 127.0.0.1:$PORT (another run of the suite?)" >&2
	exit 2
fi

# ---- running the judge
now_ms() {
	local t=${EPOCHREALTIME//[.,]/}
	echo $((t / 1000))
}

# run_judge PROBLEM FILE OUT ERR TIMEOUT_S -> the judge's exit status
run_judge() {
	local cmd=(timeout -k 5 "$5")
	[ "$AS_USER" = 1 ] && cmd+=(setpriv --reuid="$NOBODY" --regid="$NOBODY" --clear-groups)
	cmd+=(env "JUDGE_TEST_SECRET=$SECRET" "HOME=/home/$SECRET" "JUDGE_WORKSPACE=$WS"
	      "JUDGE_HOME=$JHOME" "$JUDGE" run "$1" --file "$2" --json)
	(cd "$WS" && exec "${cmd[@]}") </dev/null >"$3" 2>"$4"
}

json_verdict() {
	grep -ao '"verdict":"[A-Z]*","verdict_name"' "$1" | head -n1 | sed 's/"verdict":"\([A-Z]*\)".*/\1/'
}

json_detail() {
	# the one unescaped "detail":" (inside JSON strings every quote is escaped)
	grep -ao '"detail":"\([^"\\]\|\\.\)*"' "$1" | head -n1 | sed 's/^"detail":"//; s/"$//'
}

# leaks FILE... -> prints what leaked (by kind, never the content)
leaks() {
	local found=()
	grep -aqF -- "$SECRET" "$@" 2>/dev/null && found+=("the judge's environment secret")
	grep -aqF -- "$CANARY" "$@" 2>/dev/null && found+=("the secret behind the judge's fd 8")
	grep -aqF -f "$SCRATCH/passwd.pat" -- "$@" 2>/dev/null && found+=("/etc/passwd")
	grep -aqE -- 'root:[*!$][^:]*:[0-9]*:|[0-9]{4,5}:[0-9]*:[0-9]{4,5}:[0-9]*:' "$@" 2>/dev/null &&
		found+=("/etc/shadow")
	grep -aqE -- '(args|expected)\\?": \\?["[]' "$@" 2>/dev/null && found+=("test data (cases.jsonl)")
	local IFS=,
	echo "${found[*]}"
}

# processes of this namespace that are neither this script (nor the subshell
# running this function) nor the listener, and still alive (zombies are
# dead); one "pid args" per line
strays() {
	ps -eo pid=,stat=,args= >"$SCRATCH/ps.txt" 2>/dev/null
	local pid stat args
	while read -r pid stat args; do
		[ "$pid" = 1 ] || [ "$pid" = "$BASHPID" ] || [ "$pid" = "$LISTENER_PID" ] && continue
		[[ "$stat" == Z* ]] && continue
		[[ "$args" == "ps -eo pid=,stat=,args=" ]] && continue
		echo "$pid $args"
	done <"$SCRATCH/ps.txt"
}

markers() {
	local f
	for f in /tmp/judge-attack-*; do
		[ -e "$f" ] || [ -L "$f" ] || continue
		case "$f" in /tmp/judge-attack-root|/tmp/judge-attack-src) continue ;; esac
		echo "$f"
	done
}

problem_tl_ms() {
	local tl
	tl=$(sed -n 's/^[[:space:]]*time_limit_ms[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' \
		"$WS/problems/$1/problem.ini" 2>/dev/null | head -n1)
	echo "${tl:-1000}"
}

# ---- calibration: each problem's reference solution must be AC (the
# "ordinary C runs under the allowlist" self-test); its time is the budget base
declare -A CALIB_MS
calibrate() {
	local p=$1 ref="$WS/problems/$1/reference.c"
	[ -f "$ref" ] || { echo "run.sh: no reference.c for problem '$p'" >&2; return 1; }
	local t0 t1 rc v
	t0=$(now_ms)
	run_judge "$p" "problems/$p/reference.c" "$SCRATCH/calib.json" "$SCRATCH/calib.err" 120
	rc=$?
	t1=$(now_ms)
	v=$(json_verdict "$SCRATCH/calib.json")
	if [ "$rc" != 0 ] || [ "$v" != AC ]; then
		echo "run.sh: setup: the reference solution of '$p' is not accepted (exit $rc, verdict '${v:-none}'):" >&2
		head -c 2000 "$SCRATCH/calib.err" >&2
		head -c 2000 "$SCRATCH/calib.json" >&2
		echo >&2
		return 1
	fi
	CALIB_MS[$p]=$((t1 - t0))
}

MODE=root
[ "$AS_USER" = 1 ] && MODE="uid $NOBODY"
[ "$(id -u)" != 0 ] && MODE="uid $(id -u)"
echo "attacks: judge $JUDGE, workspace copy of $ROOT, judge runs as $MODE, kernel $(uname -r)"

# ---- the attacks
passed=0
failed=0
shopt -s nullglob
files=("$WS"/attacks/*.c)
[ ${#files[@]} -gt 0 ] || { echo "run.sh: no attacks in $HERE" >&2; exit 2; }
for f in "${files[@]}"; do
	name=$(basename "$f" .c)
	# shellcheck disable=SC2053
	[[ "$name" == $ONLY ]] || continue

	problem='' expect='' want_detail='' effects=()
	while IFS= read -r line; do
		case "$line" in
		'// problem: '*) problem=${line#// problem: } ;;
		'// expect: '*) expect=${line#// expect: } ;;
		'// detail: '*) want_detail=${line#// detail: } ;;
		'// effect: '*) effects+=("${line#// effect: }") ;;
		esac
	done < <(head -n 20 "$f")
	problem=${problem%%[[:space:]]*}
	expect=${expect%%[[:space:]]*}
	reasons=()
	case "$expect" in
	RE|TLE|MLE|OLE|CE|WA|AC|NOT_AC) ;;
	*) echo "FAIL $name expected=${expect:-?} got=- (bad header: expect)"; failed=$((failed + 1)); continue ;;
	esac
	if [ -z "$problem" ] || [ ! -d "$WS/problems/$problem" ]; then
		echo "FAIL $name expected=$expect got=- (bad header: no problem '$problem')"
		failed=$((failed + 1))
		continue
	fi
	if [ -z "${CALIB_MS[$problem]+x}" ]; then
		calibrate "$problem" || exit 2
	fi

	# before: no markers, the listener's count, the fds the judge must not pass on
	while read -r m; do rm -rf -- "$m"; done < <(markers)
	rm -f "$SCRATCH/fd9.raw" "$SCRATCH/fd9-leaked"
	conn_before=$(wc -l <"$SCRATCH/conn.log")
	tl=$(problem_tl_ms "$problem")
	if [ "$expect" = CE ]; then
		budget=$((COMPILE_LIMIT_MS + 1000))
	else
		budget=$((CALIB_MS[$problem] + 2 * tl + 1000 + 1000))
	fi
	tmo=$((budget / 1000 + 20))
	exec 9> >(exec cat >"$SCRATCH/fd9.raw")
	sink_pid=$!
	exec 8<"$SCRATCH/fd-canary"

	t0=$(now_ms)
	run_judge "$problem" "attacks/$name.c" "$SCRATCH/out/$name.json" "$SCRATCH/out/$name.err" "$tmo"
	rc=$?
	t1=$(now_ms)
	elapsed=$((t1 - t0))

	exec 8<&- 9>&-
	for _ in $(seq 20); do
		kill -0 "$sink_pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$sink_pid" 2>/dev/null; then
		reasons+=("fd 9 is still held open by some process after the judge exited")
		kill "$sink_pid" 2>/dev/null
	fi
	wait "$sink_pid" 2>/dev/null
	if [ -s "$SCRATCH/fd9.raw" ]; then
		mv "$SCRATCH/fd9.raw" "$SCRATCH/fd9-leaked"
		reasons+=("data was written to the judge's inherited fd 9: $(head -c 60 "$SCRATCH/fd9-leaked" | tr -c '[:print:]' '.')")
	fi

	got=$(json_verdict "$SCRATCH/out/$name.json")
	detail=$(json_detail "$SCRATCH/out/$name.json")

	# the verdict class and the detail
	if [ -z "$got" ]; then
		reasons+=("no verdict in the judge's output; stderr: $(head -c 200 "$SCRATCH/out/$name.err" | tr '\n' ' ')")
	elif [ "$expect" = NOT_AC ]; then
		[ "$got" != AC ] || reasons+=("accepted")
	elif [ "$got" != "$expect" ]; then
		reasons+=("verdict")
	fi
	if [ -n "$want_detail" ] && [[ "$detail" != *"$want_detail"* ]]; then
		reasons+=("detail lacks '$want_detail'")
	fi

	# judge-alive (always)
	case "$rc" in
	0|1) ;;
	124|137) reasons+=("the judge hung: killed by timeout after ${tmo} s") ;;
	*) if [ "$rc" -gt 128 ]; then reasons+=("the judge died of signal $((rc - 128))")
	   else reasons+=("the judge exited with status $rc"); fi ;;
	esac
	# the time budget (always)
	if [ "$elapsed" -gt "$budget" ]; then
		reasons+=("held the judge ${elapsed} ms, budget ${budget} ms")
	fi
	# no-secret (always)
	leaked=$(leaks "$SCRATCH/out/$name.json" "$SCRATCH/out/$name.err")
	[ -z "$leaked" ] || reasons+=("output leaks: $leaked")

	# declared effects
	for e in "${effects[@]}"; do
		kind=${e%% *}
		arg=''
		[ "$kind" != "$e" ] && arg=${e#* }
		arg=${arg//@SCRATCH@/$SCRATCH}
		case "$kind" in
		none|no-secret|judge-alive) ;;
		no-file)
			if [ -e "$arg" ] || [ -L "$arg" ]; then
				reasons+=("file $arg was created")
				case "$arg" in /tmp/judge-attack-*|"$SCRATCH"/*) rm -rf -- "$arg" ;; esac
			fi ;;
		no-connection)
			n=$(grep -c "^$arg " "$SCRATCH/conn.log")
			before=$(head -n "$conn_before" "$SCRATCH/conn.log" | grep -c "^$arg ")
			[ "$n" -le "$before" ] || reasons+=("$((n - before)) connection(s) to port $arg: $(tail -n +$((conn_before + 1)) "$SCRATCH/conn.log" | tr '\n' ' ')") ;;
		no-process)
			;;   # below, with the sweep
		*) reasons+=("bad header: unknown effect '$e'") ;;
		esac
	done

	# no process left behind (always), no-process NAME (declared)
	left=''
	for _ in $(seq 10); do
		left=$(strays)
		[ -z "$left" ] && break
		sleep 0.1
	done
	for e in "${effects[@]}"; do
		[ "${e%% *}" = no-process ] || continue
		pname=${e#no-process }
		while read -r pid args; do
			[ -n "$pid" ] && [[ "$args" == *"$pname"* ]] && reasons+=("process '$pname' left running: pid $pid")
		done <<<"$left"
	done
	if [ -n "$left" ]; then
		reasons+=("processes left behind: $(echo "$left" | cut -c1-80 | tr '\n' ';')")
		while read -r pid args; do
			[ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
		done <<<"$left"
	fi
	# no marker file left (always)
	while read -r m; do
		[ -n "$m" ] || continue
		reasons+=("file $m was created")
		rm -rf -- "$m"
	done < <(markers)

	if [ -n "$KEEP" ]; then
		mkdir -p "$KEEP" && cp "$SCRATCH/out/$name.json" "$SCRATCH/out/$name.err" "$KEEP/" 2>/dev/null
		echo "$name ${elapsed}ms budget=${budget}ms exit=$rc verdict=${got:--}" >>"$KEEP/times.txt"
	fi
	if [ ${#reasons[@]} -eq 0 ]; then
		echo "ok $name expected=$expect got=$got"
		passed=$((passed + 1))
	else
		msg=$(IFS=';'; echo "${reasons[*]}")
		echo "FAIL $name expected=$expect got=${got:--} (${msg//;/; }; detail=\"${detail:0:200}\"; ${elapsed} ms)"
		failed=$((failed + 1))
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
