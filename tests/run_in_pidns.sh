#!/bin/sh
# Run a test command in its own PID namespace (with a fresh /proc), so that
# whatever a hostile fixture might leave running dies with the namespace.
# Root uses the namespace directly; a normal user gets one through an
# unprivileged user namespace.
if [ "$(id -u)" = 0 ]; then
	exec unshare --pid --fork --mount-proc "$@"
fi
exec unshare --user --map-root-user --pid --fork --mount-proc "$@"
