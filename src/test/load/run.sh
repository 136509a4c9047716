#!/usr/bin/env bash
# Load test of the REST API with wrk: POST /api/v1/assessments with a casebook household, then
# GET /api/v1/rules, against one server started here, signed in with a token (authentication on).
#
#   mvn -B -DskipTests package        # the script builds nothing; it runs target/siao-*.jar
#   src/test/load/run.sh
#
# Settings (environment): PORT=8081 HEAP=192m CONNECTIONS=16 THREADS=2 WARMUP=15s WARMUP_ROUNDS=6 DURATION=30s
#   SURVEY=src/test/resources/grandmother.json  JAVA_OPTS=  SIAO_USER=official SIAO_PASSWORD=siao-official
#   JAR=target/siao-*.jar (another build to compare)  PROFILE=/some/dir/name  (optional: a JFR of each measured phase, name-assessments.jfr and name-rules.jfr)
# Needs java, curl and wrk. Prints req/s, p50 and p99 for each, the errors, the server's CPU time per
# request (all of it, then split: request threads, garbage collector, JIT compiler, the rest), the
# ratio, and the heap in use after a full collection. To find the smallest heap that holds, lower
# HEAP until the figures suffer or the script reports that the server ran out of memory.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
PORT=${PORT:-8081}
HEAP=${HEAP:-192m}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-15s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-6}
DURATION=${DURATION:-30s}
SURVEY=$(cd "$(dirname "${SURVEY:-$repo/src/test/resources/grandmother.json}")" && pwd)/$(basename "${SURVEY:-grandmother.json}")
SIAO_USER=${SIAO_USER:-official}
SIAO_PASSWORD=${SIAO_PASSWORD:-siao-official}
base="http://127.0.0.1:$PORT"
# the server runs in a scratch folder: a profile's name is made absolute here (its folder must exist)
[ -z "${PROFILE:-}" ] || PROFILE=$(cd "$(dirname "$PROFILE")" && pwd)/$(basename "$PROFILE")

jar=${JAR:-$(ls "$repo"/target/siao-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
[ -n "$jar" ] || { echo "no target/siao-*.jar: run 'mvn -B -DskipTests package' first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }

# a scratch working directory: the server uses the rules bundled in the jar and keeps its history there
work=$(mktemp -d)
server=""
stop() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap stop EXIT

echo "starting $(basename "$jar") on port $PORT with -Xmx$HEAP"
started=$(date +%s%N)
recording=""
[ -z "${PROFILE:-}" ] || recording="-XX:StartFlightRecording:name=siao,settings=profile,maxage=10m"
(cd "$work" && exec java ${JAVA_OPTS:-} $recording -Xms"$HEAP" -Xmx"$HEAP" -Xlog:gc:file="$work/gc.log" -jar "$jar" --server.port="$PORT" \
	--siao.rules.watch-interval=0 >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 1 900); do
	if curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
	kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server stopped" >&2; exit 1; }
	sleep 0.2
done
curl -fs "$base/actuator/health" | grep -q '"UP"' || { echo "the server did not come up" >&2; exit 1; }

token=$(curl -fs -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
	-d "{\"user\":\"$SIAO_USER\",\"password\":\"$SIAO_PASSWORD\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/v1/assessments" -H "Authorization: Bearer $token" \
	-H 'Content-Type: application/json' --data-binary @"$SURVEY")
[ "$code" = 200 ] || { echo "the survey was answered with HTTP $code, not 200" >&2; exit 1; }
# start to first answer: JVM, Spring, loading and checking the rules, signing in, one assessment
first_answer_ms=$((($(date +%s%N) - started) / 1000000))

ticks=$(getconf CLK_TCK)
cpu() { # the server's CPU time so far, in clock ticks (Linux): what a request costs, however busy the machine
	awk '{ print $14 + $15 }' "/proc/$server/stat"
}

threads() { # the same, by group of threads: requests gc jit other, then the requests' kernel share (a name may hold spaces)
	cat /proc/"$server"/task/*/stat 2>/dev/null | awk '{
		name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
		split(substr($0, index($0, ")") + 2), f, " "); t = f[12] + f[13]
		if (name ~ /^http-nio/) { r += t; k += f[13] } else if (name ~ /^(GC Thread|G1 )/) g += t
		else if (name ~ /Compiler/) j += t; else o += t
	} END { printf "%d %d %d %d %d\n", r, g, j, o, k }'
}

profile() { # label duration: the JFR of the phase just measured, when PROFILE is set
	# (the recording runs from the start: starting one at run time makes the JIT recompile much of
	# the service, which would show in the very phase being measured). The file holds whole
	# recording chunks, so it may start earlier: the phase is its last DURATION.
	[ -n "${PROFILE:-}" ] || return 0
	jcmd "$server" JFR.dump name=siao begin=-"$2" filename="$PROFILE-$1.jfr" >/dev/null
}

load() { # label method duration url [body] -> RESULT label req/s p50 p99 errors requests cpu_ms/req, then by group
	local before after split_before split_after result
	before=$(cpu); split_before=$(threads)
	result=$(LABEL=$1 METHOD=$2 TOKEN=$token BODY=${5:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency \
		-s "$here/siao.lua" "$4" | grep '^RESULT')
	after=$(cpu); split_after=$(threads)
	[ "$1" = warmup ] || profile "$1" "$3"
	echo "$result $split_before $split_after" | awk -v c=$((after - before)) -v t="$ticks" -v d="${3%s}" \
		'{ n = $3 * d; ms = 1000 / t / (n > 0 ? n : 1)
		   printf "%s %s %s %s %s %s %.3f %.3f %.3f %.3f %.3f %.3f\n", $1, $2, $3, $4, $5, $6, c * ms,
		       ($12 - $7) * ms, ($13 - $8) * ms, ($14 - $9) * ms, ($15 - $10) * ms, ($16 - $11) * ms }'
}

warm() { # method url [body]: rounds of WARMUP until the JIT compiler is quiet (under 5% of the CPU), at most WARMUP_ROUNDS
	local round result
	for round in $(seq 1 "$WARMUP_ROUNDS"); do
		result=$(load warmup "$1" "$WARMUP" "$2" "${3:-}")
		echo "  $1 ${2#$base} round $round: $(echo "$result" | awk '{ printf "%s req/s, %s ms CPU a request of which the JIT compiler %s", $3, $7, $10 }')"
		echo "$result" | awk '{ exit !($10 < 0.05 * $7) }' && return 0
	done
	echo "  (the JIT compiler was still busy after $WARMUP_ROUNDS rounds: the figures below include some of its work)"
}

echo "warming up (rounds of $WARMUP until the JIT compiler is quiet, at most $WARMUP_ROUNDS)"
warm POST "$base/api/v1/assessments" "$SURVEY"
warm GET "$base/api/v1/rules"

echo "measuring ($DURATION each, $CONNECTIONS connections, $THREADS wrk threads)"
assess=$(load assessments POST "$DURATION" "$base/api/v1/assessments" "$SURVEY")
rules=$(load rules GET "$DURATION" "$base/api/v1/rules")

heap=$(curl -fs -u "policy:siao-policy" "$base/actuator/metrics/jvm.memory.used?tag=area:heap" \
	| sed -E 's/.*"value":([0-9.E+]+).*/\1/' || echo "?")
gcs=$(grep 'Pause Full' "$work/gc.log" 2>/dev/null | grep -vc 'System.gc' || true)
# what the heap holds once the garbage is gone: the live set, what -Xmx must hold with room to spare
jcmd "$server" GC.run >/dev/null 2>&1 || true
live=$(curl -fs -u "policy:siao-policy" "$base/actuator/metrics/jvm.memory.used?tag=area:heap" \
	| sed -E 's/.*"value":([0-9.E+]+).*/\1/' || echo "?")

printf '%-26s %8s %8s %8s %7s %10s   %s\n' request req/s p50_ms p99_ms errors cpu_ms/req \
	'cpu_ms/req: requests (kernel) gc jit other'
echo "$assess" | awk '{ printf "%-26s %8s %8s %8s %7s %10s   %s %s %s %s\n", "POST /api/v1/assessments", $3, $4, $5, $6, $7, $8 " (" $12 ")", $9, $10, $11 }'
echo "$rules" | awk '{ printf "%-26s %8s %8s %8s %7s %10s   %s %s %s %s\n", "GET /api/v1/rules", $3, $4, $5, $6, $7, $8 " (" $12 ")", $9, $10, $11 }'
awk -v a="$(echo "$assess" | cut -d' ' -f3)" -v r="$(echo "$rules" | cut -d' ' -f3)" \
	'BEGIN { printf "assessments / rules throughput: %.2f\n", a / r }'
echo "start to first answer: $first_answer_ms ms (health polled every 0.2 s)"
awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { printf "machine: %s cores, load average %s during the run\n", n, l }'
awk -v h="$heap" -v l="$live" -v x="$HEAP" 'BEGIN { if (h + 0 > 0) printf "heap in use after the run: %.0f MB of -Xmx%s (%.0f MB live after a full collection)\n", h / 1048576, x, l / 1048576 }'
[ "${gcs:-0}" = 0 ] || echo "full collections during the run: $gcs (the heap is too small for this load)"
if grep -qE 'OutOfMemoryError|GC overhead' "$work/server.log"; then echo "the server ran out of memory at -Xmx$HEAP" >&2; exit 1; fi
