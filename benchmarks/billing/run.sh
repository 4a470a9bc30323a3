#!/usr/bin/env bash
# What licensing costs a request, and how fast verified Stripe webhooks are applied, on the DoganHub distribution
# (embedded H2, one node) over real HTTP with curl, one request at a time. Figures go to
# benchmarks/results/billing.json (median and p95, ms):
#   unlicensedListMs / licensedListMs  GET /api/v1/crm/contacts?limit=1 for a tenant without a license and for the
#                                      demo tenant with one (read-only and module checks against the cached license
#                                      on every request), interleaved: the difference is what enforcement costs
#   licensedWriteMs                    POST /api/v1/crm/contacts with a license (the read-only check of a change)
#   webhookMs                          a signed customer.subscription.updated event: signature check over the raw
#                                      body, stored once by id, applied in order, license re-signed (Ed25519)
#   replayMs                           the same event again: verified, found, acknowledged
# Usage: benchmarks/billing/run.sh        (REQUESTS=300 EVENTS=200 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS=${REQUESTS:-300}
EVENTS=${EVENTS:-200}
HTTP_PORT=8185
SSH_PORT=8105
PASSWORD="Bench-Bootstrap-2026"
WEBHOOK_SECRET="whsec_benchmarkSigningSecret0123456789"
work=benchmarks/work/billing
results=benchmarks/results/billing.json
rm -rf "$work" && mkdir -p "$work" benchmarks/results
. benchmarks/lib/platform.sh

unpack_platform "$(distribution_tarball)" "$work/run" "$HTTP_PORT" "$SSH_PORT"
base=$PLATFORM_URL
# No Stripe API call is made: webhooks only need the signing secret (the secret key just turns payments on).
start_platform DOGANHUB_BOOTSTRAP_PASSWORD="$PASSWORD" STRIPE_SECRET_KEY="sk_test_benchmarkNotUsedForCalls000000" \
  STRIPE_WEBHOOK_SECRET="$WEBHOOK_SECRET" LICENSE_ENCRYPTION_KEY="benchmark-license-secret-0123456789"
wait_until_ready /api/v1/billing/plans 401

token_of() { sign_in "$1" "$2" "$PASSWORD"; }
owner=$(token_of demo owner@demo.local)
operator=$(token_of platform operator@doganhub.local)
tenant=$(curl -s -H "Authorization: Bearer $owner" "$base/api/v1/me" | sed 's/.*"tenant":{"id":"\([^"]*\)".*/\1/')

# time TOKEN METHOD PATH [BODY] -> milliseconds (fails on anything but 2xx)
timed() {
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X "$2" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' ${4:+-d "$4"} "$base$3")
  case "${out%% *}" in 2*) ;; *) echo "$2 $3 answered ${out%% *}" >&2; exit 1 ;; esac
  awk -v t="${out#* }" 'BEGIN { printf "%.2f", t * 1000 }'
}

# a second tenant that stays without a license
curl -s -H "Authorization: Bearer $operator" -H 'Content-Type: application/json' \
  -d "{\"slug\":\"unlicensed\",\"nameAr\":\"بلا ترخيص\",\"nameEn\":\"Unlicensed\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\",\"locale\":\"en\",\"address\":{\"buildingNumber\":\"8228\",\"street\":\"Al Urubah Rd\",\"district\":\"Al Wurud\",\"city\":\"Riyadh\",\"postalCode\":\"12643\"},\"owner\":{\"email\":\"owner@unlicensed.sa\",\"name\":\"Owner\",\"password\":\"$PASSWORD\"}}" \
  "$base/api/v1/platform/tenants" >/dev/null
other=$(token_of unlicensed owner@unlicensed.sa)

curl -s -o /dev/null -X PUT -H "Authorization: Bearer $operator" -H 'Content-Type: application/json' \
  -d '{"nameAr":"المهنية","nameEn":"Professional","monthlyPrice":"299","yearlyPrice":"2990","seats":50,"modules":["finance","crm","zatca"],"stripePriceMonthly":"price_benchPro"}' \
  "$base/api/v1/admin/billing/plans/pro"
granted=$(curl -s -w ' %{http_code}' -H "Authorization: Bearer $operator" -H 'Content-Type: application/json' \
  -d '{"plan":"pro","months":12,"note":"benchmark"}' "$base/api/v1/admin/billing/licenses/demo/grant")
[ "${granted##* }" = 200 ] || { echo "no license granted: $granted" >&2; exit 1; }

for _ in $(seq 1 200); do   # warm up both paths
  timed "$other" GET "/api/v1/crm/contacts?limit=1" >/dev/null
  timed "$owner" GET "/api/v1/crm/contacts?limit=1" >/dev/null
done
unlicensed=""
licensed=""
for _ in $(seq 1 "$REQUESTS"); do   # interleaved, so drift affects both alike
  unlicensed="$unlicensed $(timed "$other" GET "/api/v1/crm/contacts?limit=1")"
  licensed="$licensed $(timed "$owner" GET "/api/v1/crm/contacts?limit=1")"
done
writes=""
for i in $(seq 1 "$((REQUESTS / 3))"); do
  writes="$writes $(timed "$owner" POST /api/v1/crm/contacts "{\"nameAr\":\"عميل $i\",\"nameEn\":\"Customer $i\"}")"
done

# signed EVENT_JSON -> milliseconds of the POST (Stripe's scheme: HMAC-SHA256 of "<t>.<body>" with the whsec_ secret)
signed() {
  local t sig out
  t=$(date +%s)
  sig=$(printf '%s' "$t.$1" | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" -hex | sed 's/.*= //')
  out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    -H "Stripe-Signature: t=$t,v1=$sig" --data-binary "$1" "$base/api/v1/billing/webhooks")
  [ "${out%% *}" = 200 ] || { echo "webhook answered ${out%% *}: $(cat "$work/answer.json")" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.2f", t * 1000 }'
}
event() {   # id created period_end
  printf '{"id":"%s","object":"event","created":%s,"type":"customer.subscription.updated","data":{"object":{"id":"sub_bench","object":"subscription","customer":"cus_bench","status":"active","cancel_at_period_end":false,"metadata":{"tenant_id":"%s","plan_id":"pro"},"items":{"data":[{"current_period_end":%s,"price":{"id":"price_benchPro"}}]}}}}' \
    "$1" "$2" "$tenant" "$3"
}
now=$(date +%s)
webhook=""
replay=""
for i in $(seq 1 "$EVENTS"); do
  body=$(event "evt_bench_$i" "$((now + i))" "$((now + 2592000 + i))")
  webhook="$webhook $(signed "$body")"
  replay="$replay $(signed "$body")"
done
grep -q '"outcome":"duplicate"' "$work/answer.json" || { echo "the replay was not recognised" >&2; exit 1; }

cat > "$results" <<JSON
{
  "benchmark": "billing",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": $(machine_json),
  "database": "H2 (embedded default)",
  "requests": $REQUESTS,
  "unlicensedListMs": $(stats "$unlicensed"),
  "licensedListMs": $(stats "$licensed"),
  "licensedWriteMs": $(stats "$writes"),
  "events": $EVENTS,
  "webhookMs": $(stats "$webhook"),
  "replayMs": $(stats "$replay")
}
JSON
cat "$results"
