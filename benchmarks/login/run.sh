#!/usr/bin/env bash
# Sign-in and authenticated-request latency of the DoganHub distribution (embedded H2, one node), measured over
# real HTTP with curl, one request at a time. Figures go to benchmarks/results/login.json (median and p95, ms):
#   wrongPassword / unknownEmail / unknownTenant  401 answers; they should take as long as each other (no user
#                                                 enumeration by timing) and as long as a successful login
#   success                                       200 with a token pair (bcrypt cost 12 + token issue)
#   me                                            GET /api/v1/me with a Bearer token (JWT check + tenant, user and
#                                                 role reads on every request)
# Usage: benchmarks/login/run.sh        (ROUNDS=30 ME_REQUESTS=300 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-30}
ME_REQUESTS=${ME_REQUESTS:-300}
HTTP_PORT=8184
SSH_PORT=8104
PASSWORD="Bench-Bootstrap-2026"
work=benchmarks/work/login
results=benchmarks/results/login.json
rm -rf "$work" && mkdir -p "$work" benchmarks/results
. benchmarks/lib/platform.sh

unpack_platform "$(distribution_tarball)" "$work/run" "$HTTP_PORT" "$SSH_PORT"
base=$PLATFORM_URL
# The benchmark fails logins on purpose; the throttle would answer 429 after a few.
set_config com.doganhub.identity.cfg login.max.failures.per.account 100000
set_config com.doganhub.identity.cfg login.max.failures.per.address 100000
start_platform DOGANHUB_BOOTSTRAP_PASSWORD="$PASSWORD"
wait_until_ready "/api/v1/public/branding?tenant=demo" 200

# login TENANT EMAIL PASSWORD EXPECTED_STATUS -> milliseconds
login() {
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}" "$base/api/v1/auth/login")
  [ "${out%% *}" = "$4" ] || { echo "login $1/$2 answered ${out%% *}, expected $4" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f", t * 1000 }'
}

for _ in 1 2 3; do login demo owner@demo.local "$PASSWORD" 200 >/dev/null; done   # warm up JIT and pools
wrong="" unknown_email="" unknown_tenant="" success=""
for _ in $(seq 1 "$ROUNDS"); do   # interleaved, so drift affects every case alike
  wrong="$wrong $(login demo owner@demo.local Wrong-Password-123 401)"
  unknown_email="$unknown_email $(login demo nobody@demo.local Wrong-Password-123 401)"
  unknown_tenant="$unknown_tenant $(login nowhere owner@demo.local Wrong-Password-123 401)"
  success="$success $(login demo owner@demo.local "$PASSWORD" 200)"
done

token=$(sign_in demo owner@demo.local "$PASSWORD")
me=""
for _ in $(seq 1 "$ME_REQUESTS"); do
  me="$me $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/v1/me" \
    | awk '{ printf "%.2f", $1 * 1000 }')"
done

cat > "$results" <<JSON
{
  "benchmark": "login",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": $(machine_json),
  "database": "H2 (embedded default)",
  "bcryptCost": 12,
  "rounds": $ROUNDS,
  "loginMs": {
    "wrongPassword": $(stats "$wrong" 1),
    "unknownEmail": $(stats "$unknown_email" 1),
    "unknownTenant": $(stats "$unknown_tenant" 1),
    "success": $(stats "$success" 1)
  },
  "meRequests": $ME_REQUESTS,
  "authenticatedGetMeMs": $(stats "$me" 1)
}
JSON
cat "$results"
