#!/usr/bin/env bash
# Outbox throughput: messages per second from enqueue to delivered in GreenMail through the platform (REST test
# endpoint → int_outbox on the embedded H2 → dispatcher → smtp provider through camel-mail) against a plain Angus
# Mail send loop to the same GreenMail in the same run. Figures go to benchmarks/results/outbox.json.
# Usage: benchmarks/outbox/run.sh        (COUNT=1000 CLIENTS=4 PARALLELISM=8 by default; PARALLELISM is the
#                                        dispatcher's parallel sends, etc/com.doganhub.integration.outbox.cfg)
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT=${COUNT:-1000}
CLIENTS=${CLIENTS:-4}
PARALLELISM=${PARALLELISM:-8}
HTTP_PORT=8184
SMTP_PORT=3926
PASSWORD=Bench-Outbox-2026
work=benchmarks/work/outbox
results=benchmarks/results/outbox.json
rm -rf "$work" && mkdir -p "$work/lib" benchmarks/results

. benchmarks/lib/platform.sh
ours=$(distribution_tarball)
for artifact in com.icegreen:greenmail:2.1.3 org.eclipse.angus:angus-mail:2.0.5 jakarta.mail:jakarta.mail-api:2.1.5 \
    jakarta.activation:jakarta.activation-api:2.1.4 org.eclipse.angus:angus-activation:2.0.3 \
    org.slf4j:slf4j-api:1.7.36 org.slf4j:slf4j-nop:1.7.36 junit:junit:4.13.2; do
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/lib"
done

unpack_platform "$ours" "$work/run" "$HTTP_PORT" 8104
cat > "$PLATFORM_DIR/etc/com.doganhub.email.smtp.cfg" <<CFG
host = 127.0.0.1
port = $SMTP_PORT
security = none
username = mailer
password = S3cret-Pass
timeoutSeconds = 10
CFG

set_config com.doganhub.integration.outbox.cfg parallelism "$PARALLELISM"
start_platform DOGANHUB_BOOTSTRAP_PASSWORD=$PASSWORD
wait_until_ready
sleep 3 # the JAX-RS application settles after the last resources register

figures=$(java -cp "$work/lib/*" benchmarks/outbox/OutboxBench.java "$PLATFORM_URL" "$PASSWORD" \
  "$SMTP_PORT" "$COUNT" "$CLIENTS")
stop_platform

cat > "$results" <<JSON
{
  "benchmark": "outbox",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": $(machine_json),
  "database": "embedded H2 (the platform default)",
  "outbox": {"pollMillis": 250, "batchSize": 50, "parallelism": $PARALLELISM},
  "figures": $figures
}
JSON
cat "$results"
