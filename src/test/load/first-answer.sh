#!/usr/bin/env bash
# Start to first answer: starts target/siao-*.jar in a scratch working directory (rules and casebook
# from the jar, households and releases in ./data there), posts one survey until it is answered,
# and prints the wall time and the server's CPU time (user+system) up to that answer. Then stops
# the server and starts it again on the same ./data (a restart: the release is already stored),
# RUNS times in all.
#
#   mvn -B -DskipTests package
#   src/test/load/first-answer.sh            # RUNS=3 PORT=8082 HEAP=256m JAVA_OPTS=
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
PORT=${PORT:-8082}
HEAP=${HEAP:-256m}
RUNS=${RUNS:-3}
SURVEY=$repo/src/test/resources/grandmother.json
base="http://127.0.0.1:$PORT"
jar=$(ls "$repo"/target/siao-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[ -n "$jar" ] || { echo "no target/siao-*.jar: run 'mvn -B -DskipTests package' first" >&2; exit 2; }

work=$(mktemp -d)
server=""
stop() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	server=""
}
trap 'stop; rm -rf "$work"' EXIT
ticks=$(getconf CLK_TCK)

for run in $(seq 1 "$RUNS"); do
	started=$(date +%s%N)
	(cd "$work" && exec java ${JAVA_OPTS:-} -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" \
		--siao.rules.watch-interval=0 >>"$work/server.log" 2>&1) &
	server=$!
	code=000
	for _ in $(seq 1 3000); do
		code=$(curl -s -o /dev/null -w '%{http_code}' -u official:siao-official -X POST "$base/api/v1/assessments" \
			-H 'Content-Type: application/json' --data-binary @"$SURVEY" 2>/dev/null || true)
		[ "$code" = 200 ] && break
		kill -0 "$server" 2>/dev/null || { tail -50 "$work/server.log" >&2; echo "the server stopped" >&2; exit 1; }
		sleep 0.05
	done
	[ "$code" = 200 ] || { echo "no answer (HTTP $code)" >&2; exit 1; }
	wall=$((($(date +%s%N) - started) / 1000000))
	cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server/stat")
	live=$(grep -o 'Release .* live from .* in [0-9]* ms' "$work/server.log" | tail -1 | grep -o 'in [0-9]* ms' || true)
	echo "run $run ($([ "$run" = 1 ] && echo 'first start, empty store' || echo 'restart')): first answer after ${wall} ms wall, ${cpu} ms CPU; release live $live; load $(cut -d' ' -f1-3 /proc/loadavg)"
	stop
done
