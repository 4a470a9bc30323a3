#!/usr/bin/env bash
# Finance throughput and report speed on PostgreSQL, in one run:
#  1. invoices issued per second through the full API (sign-in token, JSON, JPA, ledger posting, VAT rows, audit,
#     outbox email with the PDF attached) with CLIENTS concurrent callers, against inserting the same finance rows
#     with plain JDBC batches into the same database;
#  2. the trial-balance report over LINES journal lines (seeded with SQL) against the equivalent single GROUP BY
#     run in psql (median of 5 each).
# Figures go to benchmarks/results/finance.json.
# Usage: benchmarks/finance/run.sh     (COUNT=2000 CLIENTS=32 LINES=1000000 ATTACH_PDF=true by default)
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT=${COUNT:-2000}
CLIENTS=${CLIENTS:-32}
LINES=${LINES:-1000000}
ATTACH_PDF=${ATTACH_PDF:-true}
HTTP_PORT=8185
PASSWORD=Bench-Finance-2026
DATABASE=doganhub_bench_finance
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
work=benchmarks/work/finance
results=benchmarks/results/finance.json
rm -rf "$work" && mkdir -p "$work/lib" benchmarks/results

ours=$(ls assembly/target/doganhub-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$ours" ]; then
  mvn -q -B install -DskipTests
  ours=$(ls assembly/target/doganhub-assembly-*.tar.gz | head -n 1)
fi
mvn -q -B dependency:copy -Dartifact=org.postgresql:postgresql:42.7.8 -DoutputDirectory="$work/lib"

$PSQL -d postgres -c "drop database if exists $DATABASE" -c "create database $DATABASE"

dir="$work/run"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
tar xzf "$ours" -C "$dir" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$dir/etc/org.ops4j.pax.web.cfg"
echo "sshPort = 8105" >> "$dir/etc/org.apache.karaf.shell.cfg"
[ -f "$dir/etc/org.apache.karaf.management.cfg" ] && sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11096/; s/^rmiServerPort *=.*/rmiServerPort = 44446/' "$dir/etc/org.apache.karaf.management.cfg"
sed -i "s#^url *=.*#url = jdbc:postgresql://127.0.0.1:5432/$DATABASE#; s#^user *=.*#user = postgres#" \
  "$dir/etc/com.doganhub.persistence.cfg"
sed -i "s/^attachPdf *=.*/attachPdf = $ATTACH_PDF/" "$dir/etc/com.doganhub.finance.cfg"

stop_platform() {
  local pid
  pid=$(pgrep -f "karaf.base=$dir" | head -n 1 || true)
  "$dir/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
}
trap stop_platform EXIT

KARAF_DATA="$dir/data" DOGANHUB_BOOTSTRAP_PASSWORD=$PASSWORD "$dir/bin/start" >/dev/null 2>&1
for _ in $(seq 1 1800); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" = 200 ] && break
  sleep 0.1
done
sleep 3 # the JAX-RS application settles after the last resources register

throughput=$(java -cp "$work/lib/*" benchmarks/finance/FinanceBench.java "http://127.0.0.1:$HTTP_PORT" "$PASSWORD" \
  "jdbc:postgresql://127.0.0.1:5432/$DATABASE" "$COUNT" "$CLIENTS")

# Trial balance: LINES balanced lines for the demo tenant, spread over 2020-2026 and the chart's posting accounts.
tenant=$($PSQL -d $DATABASE -c "select id from core_tenant where slug = 'demo'")
token=$(curl -s -H 'Content-Type: application/json' -d "{\"tenant\":\"demo\",\"email\":\"owner@demo.local\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$HTTP_PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
$PSQL -d $DATABASE <<SQL
insert into fin_journal_line (id, tenant_id, entry_id, line_number, account_code, debit, credit, entry_date, posted)
select md5(g::text || 'l'), '$tenant', 'bench-' || (g / 2), g % 2 + 1,
       (array['1110','1120','1410','1510','2410','3110','4120','4210','5110','6110','6120','6130','6140','6150','6170'])[1 + (g / 2) % 15],
       case when g % 2 = 0 then ((g / 2) % 100000) / 100.0 + 1 else 0 end,
       case when g % 2 = 1 then ((g / 2) % 100000) / 100.0 + 1 else 0 end,
       date '2020-01-01' + ((g / 2) % 2500), true
from generate_series(0, $LINES - 1) as g;
analyze fin_journal_line;
SQL
# credit side of each pair goes to another account: swap accounts of odd lines so that each pair moves money
$PSQL -d $DATABASE -c "update fin_journal_line set account_code = case account_code when '1110' then '4120' else '1110' end where entry_id like 'bench-%' and line_number = 2" >/dev/null
$PSQL -d $DATABASE -c "analyze fin_journal_line" >/dev/null

api_ms=()
for _ in 1 2 3 4 5 6; do
  t=$(curl -s -o "$work/trial.json" -w '%{time_total}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$HTTP_PORT/api/v1/finance/reports/trial-balance?from=1900-01-01&to=2030-12-31")
  api_ms+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
done
grep -q '"report":"trial-balance"' "$work/trial.json" || { echo "trial balance failed: $(head -c 300 "$work/trial.json")" >&2; exit 1; }
sql_ms=()
for _ in 1 2 3 4 5 6; do
  t=$(psql -h 127.0.0.1 -U postgres -d $DATABASE -qtA -c '\timing on' -c "select account_code, sum(debit), sum(credit) from fin_journal_line where tenant_id = '$tenant' and posted = true and entry_date between '1900-01-01' and '2030-12-31' group by account_code" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p')
  sql_ms+=("$t")
done
median() { printf '%s\n' "${@:2}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }  # first run dropped
api_median=$(median "${api_ms[@]}")
sql_median=$(median "${sql_ms[@]}")
lines_total=$($PSQL -d $DATABASE -c "select count(*) from fin_journal_line where tenant_id = '$tenant'")

cat > "$results" <<JSON
{
  "benchmark": "finance",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cores": $(nproc), "memoryMb": $(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo), "java": "$(java -version 2>&1 | head -n 1 | sed 's/"/\\"/g')"},
  "database": "PostgreSQL $($PSQL -d postgres -c 'show server_version') on 127.0.0.1",
  "invoiceThroughput": $throughput,
  "invoiceEmailsCarryPdf": $ATTACH_PDF,
  "trialBalance": {"journalLines": $lines_total, "apiMedianMs": $api_median, "psqlGroupByMedianMs": $sql_median,
                   "apiToSqlRatio": $(awk -v a="$api_median" -v s="$sql_median" 'BEGIN { printf "%.2f", a / s }'),
                   "apiRunsMs": [$(IFS=,; echo "${api_ms[*]}")], "psqlRunsMs": [$(IFS=,; echo "${sql_ms[*]}")]}
}
JSON
cat "$results"
