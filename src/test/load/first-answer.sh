#!/usr/bin/env bash
# Start to first answer: starts target/siao-*.jar in a scratch working directory (rules and casebook
# from the jar, households and releases in ./data there), posts one survey until it is answered,
# and prints the wall time and the server's CPU time (user+system) up to that answer. Then stops
# the server and starts it again on the same ./data (a restart: the release is already stored),
# RUNS times in all. Run 1 is cold (empty store: the rules are checked whole); run 2 is a restart
# that compiles the plan rules and keeps them in ./data/compiled-plans; from run 3 on, a warm
# restart loads them.
#
# CDS=1 first extracts the jar and makes a class data sharing archive of the classes a start
# loads (one start to list them, one JVM to write the archive; a few minutes, not counted), then
# every run starts the extracted jar with that archive. The list leaves out lambda classes:
# Java 17 crashes writing an archive that has them (-XX:ArchiveClassesAtExit does too).
#
#   mvn -B -DskipTests package
#   src/test/load/first-answer.sh            # RUNS=3 PORT=8082 HEAP=256m JAVA_OPTS= CDS=
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

if [ -n "${CDS:-}" ]; then
	java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
	jar=$work/app/$(basename "$jar")
	# the list of a start on a scratch database and store of its own, up to the context's refresh
	mkdir -p "$work/training"
	(cd "$work/training" && java -XX:DumpLoadedClassList="$work/classes.lst" -Dspring.context.exit=onRefresh -jar "$jar" \
		--server.port="$PORT" --siao.rules.watch-interval=0 >"$work/training.log" 2>&1)
	grep -v -e '^@lambda' "$work/classes.lst" >"$work/classes-nolambda.lst"
	java -Xshare:dump -XX:SharedClassListFile="$work/classes-nolambda.lst" -XX:SharedArchiveFile="$work/app.jsa" \
		-cp "$jar" >"$work/dump.log" 2>&1
	rm -rf "$work/training"
	JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$work/app.jsa"
	echo "class data sharing archive: $(du -m "$work/app.jsa" | cut -f1) MB"
fi

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
	echo "run $run ($(case $run in 1) echo 'first start, empty store' ;; 2) echo 'restart, plan compiled' ;; *) echo 'restart, plan loaded' ;; esac)): first answer after ${wall} ms wall, ${cpu} ms CPU; release live $live; load $(cut -d' ' -f1-3 /proc/loadavg)"
	stop
done
