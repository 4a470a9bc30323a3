# Sourced by the benchmarks' run.sh scripts (from the repository root): one way to find the distribution, unpack
# it on ports of its own, start it, wait for it, sign in, stop it, and summarise timings. Not a script to run.

# distribution_tarball -> the assembled distribution, built first when there is none
distribution_tarball() {
  local tarball
  tarball=$(ls assembly/target/doganhub-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
  if [ -z "$tarball" ]; then
    mvn -q -B install -DskipTests -pl assembly -am >&2
    tarball=$(ls assembly/target/doganhub-assembly-*.tar.gz | head -n 1)
  fi
  echo "$tarball"
}

# unpack_platform TARBALL DIR HTTP_PORT SSH_PORT -> sets PLATFORM_DIR (absolute) and PLATFORM_URL. The ports are
# moved so an instance running on the defaults does not interfere.
unpack_platform() {
  local tarball=$1 dir=$2 http_port=$3 ssh_port=$4
  rm -rf "$dir" && mkdir -p "$dir"
  PLATFORM_DIR=$(cd "$dir" && pwd) # Karaf resolves a relative KARAF_DATA against its own directory
  tar xzf "$tarball" -C "$PLATFORM_DIR" --strip-components=1
  if [ -f "$PLATFORM_DIR/etc/org.ops4j.pax.web.cfg" ]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $http_port/" \
      "$PLATFORM_DIR/etc/org.ops4j.pax.web.cfg"
  fi
  echo "sshPort = $ssh_port" >> "$PLATFORM_DIR/etc/org.apache.karaf.shell.cfg"
  if [ -f "$PLATFORM_DIR/etc/org.apache.karaf.management.cfg" ]; then
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((ssh_port + 3000))/; s/^rmiServerPort *=.*/rmiServerPort = $((ssh_port + 36000))/" \
      "$PLATFORM_DIR/etc/org.apache.karaf.management.cfg"
  fi
  PLATFORM_URL="http://127.0.0.1:$http_port"
}

# set_config FILE KEY VALUE -> sets KEY in etc/FILE of the unpacked platform (replaced when present, else appended);
# the value is taken literally
set_config() {
  local file="$PLATFORM_DIR/etc/$1"
  touch "$file"
  KEY="$2" VALUE="$3" awk '
    BEGIN { key = ENVIRON["KEY"]; line = key " = " ENVIRON["VALUE"] }
    { candidate = $0; sub(/^[ \t]+/, "", candidate); sub(/[ \t]*[=:].*$/, "", candidate) }
    !done && candidate == key && $0 !~ /^[ \t]*[#!]/ { print line; done = 1; next }
    { print }
    END { if (!done) print line }' "$file" > "$file.new" && mv "$file.new" "$file"
}

# start_platform [NAME=VALUE ...] -> starts the unpacked platform with those environment variables; it is stopped
# when the script exits, however it exits
start_platform() {
  env "$@" KARAF_DATA="$PLATFORM_DIR/data" "$PLATFORM_DIR/bin/start" >/dev/null 2>&1
  trap stop_platform EXIT
}

stop_platform() {
  [ -n "${PLATFORM_DIR:-}" ] || return 0
  local pid
  pid=$(pgrep -f "karaf.base=$PLATFORM_DIR" | head -n 1 || true)
  "$PLATFORM_DIR/bin/stop" >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# answers PATH STATUS -> whether the platform answers PATH with STATUS now
answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$PLATFORM_URL$1")" = "$2" ]
}

# wait_until_ready [PATH STATUS ...] -> /health/ready answers 200 and each PATH its STATUS (a protected path
# answering 401 shows its resource is published); gives up after 180 s
wait_until_ready() {
  for _ in $(seq 1 1800); do
    if answers /health/ready 200; then
      local all=true
      local checks=("$@")
      for ((i = 0; i < ${#checks[@]}; i += 2)); do
        answers "${checks[i]}" "${checks[i + 1]}" || { all=false; break; }
      done
      $all && return 0
    fi
    sleep 0.1
  done
  echo "the platform never became ready: see $PLATFORM_DIR/data/log/karaf.log" >&2
  exit 1
}

# sign_in TENANT EMAIL PASSWORD -> an access token; an answer without one stops the run rather than being sent on
sign_in() {
  local answer
  answer=$(curl -s -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}" "$PLATFORM_URL/api/v1/auth/login")
  case "$answer" in *'"accessToken":"'*) ;; *) echo "sign-in as $2 failed: $answer" >&2; exit 1 ;; esac
  echo "$answer" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

# stats "v1 v2 ..." [DECIMALS] -> {"median": .., "p95": ..}
stats() {
  echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk -v d="${2:-2}" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = v[int(NR * 0.95 + 0.999)]
    f = "%." d "f"
    printf "{\"median\": " f ", \"p95\": " f "}", m, p }'
}

# machine_json -> {"cores": .., "memoryMb": .., "java": ".."}
machine_json() {
  printf '{"cores": %s, "memoryMb": %s, "java": "%s"}' "$(nproc)" \
    "$(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo)" \
    "$(java -version 2>&1 | head -n 1 | sed 's/"/\\"/g')"
}
