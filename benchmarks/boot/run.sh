#!/usr/bin/env bash
# Boot-to-ready time and idle memory of the DoganHub distribution against a bare Apache Karaf of the same version
# on the same JVM. Each is unpacked fresh and booted RUNS times, one at a time, then restarted once on the same data;
# figures go to benchmarks/results/boot.json (median, min, max). A first boot of DoganHub creates its schema and the
# first-start accounts; a restart only checks them.
#   ready (DoganHub):   GET /health/ready answers 200 (database migrated, web up)
#   ready (bare Karaf): its SSH port accepts connections (the last of its boot features)
#   idle RSS:           VmRSS of the Karaf JVM SETTLE_SECONDS after ready
# Usage: benchmarks/boot/run.sh            (RUNS=5 SETTLE_SECONDS=20 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
SETTLE_SECONDS=${SETTLE_SECONDS:-20}
KARAF_VERSION=4.4.10
HTTP_PORT=8183
SSH_PORT=8103
work=benchmarks/work/boot
results=benchmarks/results/boot.json
rm -rf "$work" && mkdir -p "$work" benchmarks/results

. benchmarks/lib/platform.sh
ours=$(distribution_tarball)
mvn -q -B dependency:copy -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz -DoutputDirectory="$work" -Dmdep.stripVersion=false
bare="$work/apache-karaf-$KARAF_VERSION.tar.gz"

now() { date +%s.%N; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

doganhub_ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" = 200 ]; }

bare_ready() { port_open "$SSH_PORT"; }

# wait_ready READY_FUNCTION -> succeeds as soon as it answers once (the JAX-RS application is republished a few
# times while the last resources register, so a second probe right after may briefly see a 404)
wait_ready() {
  for _ in $(seq 1 1800); do
    if $1; then return 0; fi
    sleep 0.1
  done
  return 1
}

# boot_once TARBALL READY_FUNCTION -> prints "seconds rss_kb restart_seconds"
boot_once() {
  local tarball=$1 ready=$2 dir="$work/run"
  rm -rf "$dir" && mkdir -p "$dir"
  dir=$(cd "$dir" && pwd) # Karaf resolves a relative KARAF_DATA against its own directory
  tar xzf "$tarball" -C "$dir" --strip-components=1
  # Ports moved so a running instance on the defaults does not interfere (bare Karaf has no HTTP at all).
  if [ -f "$dir/etc/org.ops4j.pax.web.cfg" ]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$dir/etc/org.ops4j.pax.web.cfg"
  fi
  echo "sshPort = $SSH_PORT" >> "$dir/etc/org.apache.karaf.shell.cfg"
  if [ -f "$dir/etc/org.apache.karaf.management.cfg" ]; then
    sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 11098/; s/^rmiServerPort *=.*/rmiServerPort = 44446/' "$dir/etc/org.apache.karaf.management.cfg"
  fi
  local start end pid rss
  start=$(now)
  KARAF_DATA="$dir/data" "$dir/bin/start" >/dev/null 2>&1
  wait_ready "$ready" || { echo "never became ready: see $dir/data/log/karaf.log" >&2; exit 1; }
  end=$(now)
  sleep "$SETTLE_SECONDS"
  pid=$(pgrep -f "karaf.base=$dir" | head -n 1)
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  stop_karaf "$dir" "$pid"
  # Second start on the same data and bundle cache: what an operator sees after a restart.
  local restart_start restart_end
  restart_start=$(now)
  KARAF_DATA="$dir/data" "$dir/bin/start" >/dev/null 2>&1
  wait_ready "$ready" || { echo "never became ready after a restart: see $dir/data/log/karaf.log" >&2; exit 1; }
  restart_end=$(now)
  stop_karaf "$dir" "$(pgrep -f "karaf.base=$dir" | head -n 1)"
  awk -v s="$start" -v e="$end" -v r="$rss" -v rs="$restart_start" -v re="$restart_end" \
    'BEGIN { printf "%.2f %d %.2f\n", e - s, r, re - rs }'
}

stop_karaf() {
  local dir=$1 pid=$2
  "$dir/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}

# range "v1 v2 ..." -> {"median":..,"min":..,"max":..} (few runs: a p95 would be the maximum)
range() {
  echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "{\"median\": %.2f, \"min\": %.2f, \"max\": %.2f}", m, v[1], v[NR] }'
}

measure() {
  local label=$1 tarball=$2 ready=$3 times="" rss="" restarts=""
  for i in $(seq 1 "$RUNS"); do
    read -r seconds kb restart < <(boot_once "$tarball" "$ready")
    echo "$label run $i: ready in ${seconds}s, idle RSS $((kb / 1024)) MB, restart ready in ${restart}s" >&2
    times="$times $seconds"
    restarts="$restarts $restart"
    rss="$rss $(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
  done
  echo "$(range "$times")|$(range "$rss")|$(range "$restarts")"
}

IFS='|' read -r ours_boot ours_rss ours_restart < <(measure doganhub "$ours" doganhub_ready)
IFS='|' read -r bare_boot bare_rss bare_restart < <(measure bare-karaf "$bare" bare_ready)

median() { echo "$1" | sed 's/.*"median": \([0-9.]*\).*/\1/'; }
boot_ratio=$(awk -v a="$(median "$ours_boot")" -v b="$(median "$bare_boot")" 'BEGIN { printf "%.2f", a / b }')
restart_ratio=$(awk -v a="$(median "$ours_restart")" -v b="$(median "$bare_restart")" 'BEGIN { printf "%.2f", a / b }')
rss_ratio=$(awk -v a="$(median "$ours_rss")" -v b="$(median "$bare_rss")" 'BEGIN { printf "%.2f", a / b }')

cat > "$results" <<JSON
{
  "benchmark": "boot",
  "measuredAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": $(machine_json),
  "runs": $RUNS,
  "settleSeconds": $SETTLE_SECONDS,
  "doganhub": {"bootToReadySeconds": $ours_boot, "restartToReadySeconds": $ours_restart, "idleRssMb": $ours_rss, "jvmOptions": "assembly/src/main/karaf/bin/setenv"},
  "bareKaraf": {"version": "$KARAF_VERSION", "bootToReadySeconds": $bare_boot, "restartToReadySeconds": $bare_restart, "idleRssMb": $bare_rss, "jvmOptions": "Karaf defaults"},
  "bootRatio": $boot_ratio,
  "restartRatio": $restart_ratio,
  "rssRatio": $rss_ratio,
  "targets": {"bootRatioAtMost": 2.0, "idleRssMbAtMost": 400}
}
JSON
cat "$results"
