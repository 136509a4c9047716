-- wrk script for Siao: one request, repeated, with a bearer token.
--   METHOD (GET or POST), BODY (a file sent as JSON with POST), TOKEN, LABEL: from the environment.
-- Prints one line that run.sh reads: RESULT <label> <req/s> <p50 ms> <p99 ms> <errors>

wrk.method = os.getenv("METHOD") or "GET"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "TOKEN is not set")
wrk.headers["Accept-Language"] = "th"

local body = os.getenv("BODY")
if body and body ~= "" then
	local file = assert(io.open(body, "rb"))
	wrk.body = file:read("*a")
	file:close()
	wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
	local seconds = summary.duration / 1e6
	local e = summary.errors
	local errors = e.connect + e.read + e.write + e.status + e.timeout
	io.write(string.format("RESULT %s %.0f %.2f %.2f %d\n", os.getenv("LABEL") or "run",
		summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
