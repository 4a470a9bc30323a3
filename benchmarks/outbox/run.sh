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

ours=$(ls assembly/target/doganhub-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$ours" ]; then
  mvn -q -B install -DskipTests
  ours=$(ls assembly/target/doganhub-assembly-*.tar.gz | head -n 1)
fi
for artifact in com.icegreen:greenmail:2.1.3 org.eclipse.angus:angus-mail:2.0.5 jakarta.mail:jakarta.mail-api:2.1.5 \
    jakarta.activation:jakarta.activation-api:2.1.4 org.eclipse.angus:angus-activation:2.0.3 \
    org.slf4j:slf4j-api:1.7.36 org.slf4j:slf4j-nop:1.7.36 junit:junit:4.13.2; do
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/lib"
done

dir="$work/run"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
tar xzf "$ours" -C "$dir" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$dir/etc/org.ops4j.pax.web.cfg"
echo "sshPort = 8104" >> "$dir/etc/org.apache.karaf.shell.cfg"
[ -f "$dir/etc/org.apache.karaf.management.cfg" ] && sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11097/; s/^rmiServerPort *=.*/rmiServerPort = 44447/' "$dir/etc/org.apache.karaf.management.cfg"
cat > "$dir/etc/com.doganhub.email.smtp.cfg" <<CFG
host = 127.0.0.1
port = $SMTP_PORT
security = none
username = mailer
password = S3cret-Pass
timeoutSeconds = 10
CFG

sed -i "s/^parallelism *=.*/parallelism = $PARALLELISM/" "$dir/etc/com.doganhub.integration.outbox.cfg"

KARAF_DATA="$dir/data" DOGANHUB_BOOTSTRAP_PASSWORD=$PASSWORD "$dir/bin/start" >/dev/null 2>&1
for _ in $(seq 1 1800); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" = 200 ] && break
  sleep 0.1
done
sleep 3 # the JAX-RS application settles after the last resources register

figures=$(java -cp "$work/lib/*" benchmarks/outbox/OutboxBench.java "http://127.0.0.1:$HTTP_PORT" "$PASSWORD" \
  "$SMTP_PORT" "$COUNT" "$CLIENTS") || { "$dir/bin/stop" >/dev/null 2>&1 || true; exit 1; }
pid=$(pgrep -f "karaf.base=$dir" | head -n 1 || true)
"$dir/bin/stop" >/dev/null 2>&1 || true
for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true

cat > "$results" <<JSON
{
  "benchmark": "outbox",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cores": $(nproc), "memoryMb": $(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo), "java": "$(java -version 2>&1 | head -n 1 | sed 's/"/\\"/g')"},
  "database": "embedded H2 (the platform default)",
  "outbox": {"pollMillis": 250, "batchSize": 50, "parallelism": $PARALLELISM},
  "figures": $figures
}
JSON
cat "$results"
