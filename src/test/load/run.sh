#!/usr/bin/env bash
# Load test of the REST API with wrk: POST /api/v1/assessments with a casebook household, then
# GET /api/v1/rules, against one server started here, signed in with a token (authentication on).
#
#   mvn -B -DskipTests package        # the script builds nothing; it runs target/siao-*.jar
#   src/test/load/run.sh
#
# Settings (environment): PORT=8081 HEAP=192m CONNECTIONS=16 THREADS=2 WARMUP=15s DURATION=30s
#   SURVEY=src/test/resources/grandmother.json  JAVA_OPTS=  SIAO_USER=official SIAO_PASSWORD=siao-official
# Needs java, curl and wrk. Prints req/s, p50 and p99 for each, the ratio, and the heap in use.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
PORT=${PORT:-8081}
HEAP=${HEAP:-192m}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-15s}
DURATION=${DURATION:-30s}
SURVEY=$(cd "$(dirname "${SURVEY:-$repo/src/test/resources/grandmother.json}")" && pwd)/$(basename "${SURVEY:-grandmother.json}")
SIAO_USER=${SIAO_USER:-official}
SIAO_PASSWORD=${SIAO_PASSWORD:-siao-official}
base="http://127.0.0.1:$PORT"

jar=$(ls "$repo"/target/siao-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
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
(cd "$work" && exec java ${JAVA_OPTS:-} -Xms"$HEAP" -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" \
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

load() { # label method duration url [body] -> RESULT label req/s p50 p99 errors requests cpu_ms_per_request
	local before after result
	before=$(cpu)
	result=$(LABEL=$1 METHOD=$2 TOKEN=$token BODY=${5:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency \
		-s "$here/siao.lua" "$4" | grep '^RESULT')
	after=$(cpu)
	echo "$result" | awk -v c=$((after - before)) -v t="$ticks" -v d="${3%s}" \
		'{ printf "%s %.3f\n", $0, c * 1000 / t / ($3 * d) }'
}

echo "warming up ($WARMUP each)"
load warmup POST "$WARMUP" "$base/api/v1/assessments" "$SURVEY" >/dev/null
load warmup GET "$WARMUP" "$base/api/v1/rules" >/dev/null

echo "measuring ($DURATION each, $CONNECTIONS connections, $THREADS wrk threads)"
assess=$(load assessments POST "$DURATION" "$base/api/v1/assessments" "$SURVEY")
rules=$(load rules GET "$DURATION" "$base/api/v1/rules")

heap=$(curl -fs -u "policy:siao-policy" "$base/actuator/metrics/jvm.memory.used?tag=area:heap" \
	| sed -E 's/.*"value":([0-9.E+]+).*/\1/' || echo "?")

printf '%-26s %8s %8s %8s %7s %12s\n' request req/s p50_ms p99_ms errors cpu_ms/req
echo "$assess" | awk '{ printf "%-26s %8s %8s %8s %7s %12s\n", "POST /api/v1/assessments", $3, $4, $5, $6, $7 }'
echo "$rules" | awk '{ printf "%-26s %8s %8s %8s %7s %12s\n", "GET /api/v1/rules", $3, $4, $5, $6, $7 }'
awk -v a="$(echo "$assess" | cut -d' ' -f3)" -v r="$(echo "$rules" | cut -d' ' -f3)" \
	'BEGIN { printf "assessments / rules throughput: %.2f\n", a / r }'
echo "start to first answer: $first_answer_ms ms (health polled every 0.2 s)"
awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { printf "machine: %s cores, load average %s during the run\n", n, l }'
awk -v h="$heap" -v x="$HEAP" 'BEGIN { if (h + 0 > 0) printf "heap in use after the run: %.0f MB of -Xmx%s\n", h / 1048576, x }'
if grep -qE 'OutOfMemoryError|GC overhead' "$work/server.log"; then echo "the server ran out of memory at -Xmx$HEAP" >&2; exit 1; fi
