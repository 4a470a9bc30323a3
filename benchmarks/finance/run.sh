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

. benchmarks/lib/platform.sh
ours=$(distribution_tarball)
mvn -q -B dependency:copy -Dartifact=org.postgresql:postgresql:42.7.8 -DoutputDirectory="$work/lib"

$PSQL -d postgres -c "drop database if exists $DATABASE" -c "create database $DATABASE"

unpack_platform "$ours" "$work/run" "$HTTP_PORT" 8105
set_config com.doganhub.persistence.cfg url "jdbc:postgresql://127.0.0.1:5432/$DATABASE"
set_config com.doganhub.persistence.cfg user postgres
set_config com.doganhub.finance.cfg attachPdf "$ATTACH_PDF"
start_platform DOGANHUB_BOOTSTRAP_PASSWORD=$PASSWORD
wait_until_ready
sleep 3 # the JAX-RS application settles after the last resources register

throughput=$(java -cp "$work/lib/*" benchmarks/finance/FinanceBench.java "$PLATFORM_URL" "$PASSWORD" \
  "jdbc:postgresql://127.0.0.1:5432/$DATABASE" "$COUNT" "$CLIENTS")

# Trial balance: LINES balanced lines for the demo tenant, spread over 2020-2026 and the chart's posting accounts.
tenant=$($PSQL -d $DATABASE -c "select id from core_tenant where slug = 'demo'")
token=$(sign_in demo owner@demo.local "$PASSWORD")
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
    "$PLATFORM_URL/api/v1/finance/reports/trial-balance?from=1900-01-01&to=2030-12-31")
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
  "machine": $(machine_json),
  "database": "PostgreSQL $($PSQL -d postgres -c 'show server_version') on 127.0.0.1",
  "invoiceThroughput": $throughput,
  "invoiceEmailsCarryPdf": $ATTACH_PDF,
  "trialBalance": {"journalLines": $lines_total, "apiMedianMs": $api_median, "psqlGroupByMedianMs": $sql_median,
                   "apiToSqlRatio": $(awk -v a="$api_median" -v s="$sql_median" 'BEGIN { printf "%.2f", a / s }'),
                   "apiRunsMs": [$(IFS=,; echo "${api_ms[*]}")], "psqlRunsMs": [$(IFS=,; echo "${sql_ms[*]}")]}
}
JSON
cat "$results"
