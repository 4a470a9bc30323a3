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

tarball=$(ls assembly/target/doganhub-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$tarball" ]; then
  mvn -q -B install -DskipTests -pl assembly -am
  tarball=$(ls assembly/target/doganhub-assembly-*.tar.gz | head -n 1)
fi
dir="$work/run"
mkdir -p "$dir" && tar xzf "$tarball" -C "$dir" --strip-components=1
dir=$(cd "$dir" && pwd) # Karaf resolves a relative KARAF_DATA against its own directory
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$dir/etc/org.ops4j.pax.web.cfg"
echo "sshPort = $SSH_PORT" >> "$dir/etc/org.apache.karaf.shell.cfg"
# The benchmark fails logins on purpose; the throttle would answer 429 after a few.
sed -i 's/^login.max.failures.per.account *=.*/login.max.failures.per.account = 100000/;
        s/^login.max.failures.per.address *=.*/login.max.failures.per.address = 100000/' "$dir/etc/com.doganhub.identity.cfg"

base="http://127.0.0.1:$HTTP_PORT"
DOGANHUB_BOOTSTRAP_PASSWORD="$PASSWORD" KARAF_DATA="$dir/data" "$dir/bin/start" >/dev/null 2>&1
stop() {
  local pid
  pid=$(pgrep -f "karaf.base=$dir" | head -n 1 || true)
  "$dir/bin/stop" >/dev/null 2>&1 || true
  [ -n "$pid" ] && for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 1800); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/public/branding?tenant=demo")" = 200 ] && break
  sleep 0.1
done

# login TENANT EMAIL PASSWORD EXPECTED_STATUS -> milliseconds
login() {
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}" "$base/api/v1/auth/login")
  [ "${out%% *}" = "$4" ] || { echo "login $1/$2 answered ${out%% *}, expected $4" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f", t * 1000 }'
}

# stats "v1 v2 ..." -> {"median":..,"p95":..}
stats() {
  echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = v[int(NR * 0.95 + 0.999)]
    printf "{\"median\": %.1f, \"p95\": %.1f}", m, p }'
}

for _ in 1 2 3; do login demo owner@demo.local "$PASSWORD" 200 >/dev/null; done   # warm up JIT and pools
wrong="" unknown_email="" unknown_tenant="" success=""
for _ in $(seq 1 "$ROUNDS"); do   # interleaved, so drift affects every case alike
  wrong="$wrong $(login demo owner@demo.local Wrong-Password-123 401)"
  unknown_email="$unknown_email $(login demo nobody@demo.local Wrong-Password-123 401)"
  unknown_tenant="$unknown_tenant $(login nowhere owner@demo.local Wrong-Password-123 401)"
  success="$success $(login demo owner@demo.local "$PASSWORD" 200)"
done

token=$(curl -s -H 'Content-Type: application/json' -d "{\"tenant\":\"demo\",\"email\":\"owner@demo.local\",\"password\":\"$PASSWORD\"}" \
  "$base/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
me=""
for _ in $(seq 1 "$ME_REQUESTS"); do
  me="$me $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/v1/me" \
    | awk '{ printf "%.2f", $1 * 1000 }')"
done

cat > "$results" <<JSON
{
  "benchmark": "login",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cores": $(nproc), "memoryMb": $(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo), "java": "$(java -version 2>&1 | head -n 1 | sed 's/"/\\"/g')"},
  "database": "H2 (embedded default)",
  "bcryptCost": 12,
  "rounds": $ROUNDS,
  "loginMs": {
    "wrongPassword": $(stats "$wrong"),
    "unknownEmail": $(stats "$unknown_email"),
    "unknownTenant": $(stats "$unknown_tenant"),
    "success": $(stats "$success")
  },
  "meRequests": $ME_REQUESTS,
  "authenticatedGetMeMs": $(stats "$me")
}
JSON
cat "$results"
