#!/usr/bin/env bash
# Load and fault run for Warta, on loopback only, bounded in requests and time; it stops by itself.
#
#   scripts/load/run-load.sh            everything: build if needed, start the suite, measure, inject faults
#   PHASES="throughput" scripts/load/run-load.sh    only some of: throughput uncached fault
#
# What it does (figures land in $OUT_DIR/summary.md; docs/benchmarks/load.md explains them):
#  1. packages the three services if a jar is missing or older than the sources, creates a fresh
#     database $LOAD_DB on the local PostgreSQL, starts the packaged JVM services (prod profile) on
#     127.0.0.1:$BASE_PORT.. and a trivial JDK HttpServer endpoint (TrivialServer.java);
#  2. throughput: wrk at $CONNECTIONS connections, alternating (a) the same cached article POSTed to the
#     gateway, (b) the gateway's own /q/health/live (a trivial Quarkus endpoint in the same JVM) and
#     (b') the JDK endpoint, $ROUNDS rounds of $WRK_SECONDS s each;
#  3. uncached: $UNCACHED_COUNT distinct articles (6 sentences of news-dev.id each) at $CONNECTIONS
#     connections with Load.java; their ids are the results "stored before the faults";
#  4. fault: mixed load (half cache hits, half new articles) at $FAULT_CONNECTIONS (8) connections while it
#     kill -9s summary-service, then translate-service, restarts both, then restarts PostgreSQL (only
#     when no surefire/failsafe test JVM is running); then GETs every id stored before: zero lost.
#  5. hostile (only when named: PHASES=hostile): $HOSTILE_SECONDS s of new articles alone at $HOSTILE_CONNECTIONS
#     connections (quiet), then as long with $HOSTILE_SHARE of the requests hostile (issue #16, HostileLoad.java);
#     the normal articles' p50/p99 and errors side by side, and how often a service was not ready.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PHASES=${PHASES:-"throughput uncached fault"}
BASE_PORT=${BASE_PORT:-18080}
GATEWAY_PORT=$BASE_PORT
TRANSLATE_PORT=$((BASE_PORT + 1))
SUMMARY_PORT=$((BASE_PORT + 2))
TRIVIAL_PORT=${TRIVIAL_PORT:-$((BASE_PORT + 10))}
MANAGEMENT_OFFSET=${MANAGEMENT_OFFSET:-3}   # each service's management interface (metrics): its port + 3
LOAD_DB=${LOAD_DB:-warta_load}
PG_HOST=127.0.0.1
SENTENCES=${SENTENCES:-$ROOT/../shared/data/parallel/dev/news-dev.id}
CONNECTIONS=${CONNECTIONS:-64}
WRK_SECONDS=${WRK_SECONDS:-15}
WRK_WARMUP_SECONDS=${WRK_WARMUP_SECONDS:-10}
WRK_MAX_REQUESTS_PER_THREAD=${WRK_MAX_REQUESTS_PER_THREAD:-200000}
ROUNDS=${ROUNDS:-2}
UNCACHED_COUNT=${UNCACHED_COUNT:-64}
# 64 connections of new articles alone saturate translate-service on 2 cores (503s before any fault), so the fault
# run uses fewer by default: its 5xx then come from the faults, not from overload.
FAULT_CONNECTIONS=${FAULT_CONNECTIONS:-8}
HOSTILE_SECONDS=${HOSTILE_SECONDS:-60}
HOSTILE_CONNECTIONS=${HOSTILE_CONNECTIONS:-8}
HOSTILE_SHARE=${HOSTILE_SHARE:-0.75}           # three requests in four are hostile, one in four a normal article
HOSTILE_MAX_REQUESTS=${HOSTILE_MAX_REQUESTS:-20000}
FAULT_SECONDS=${FAULT_SECONDS:-60}          # the load lasts this long, or until the last fault has recovered
FAULT_MAX_SECONDS=${FAULT_MAX_SECONDS:-240} # hard cap on the fault load
PHASE_SECONDS=${PHASE_SECONDS:-10}          # time between faults
READY_TIMEOUT=${READY_TIMEOUT:-240}
MAX_LOAD=${MAX_LOAD:-3}                     # wait (up to LOAD_WAIT_SECONDS) for the 1-minute load average to drop below this
LOAD_WAIT_SECONDS=${LOAD_WAIT_SECONDS:-900}
TEST_WAIT_SECONDS=${TEST_WAIT_SECONDS:-900} # wait this long for other test runs to leave PostgreSQL alone
PG_RESTART=${PG_RESTART:-yes}               # 'no' leaves PostgreSQL alone (the other faults still run)
HEAP=${HEAP:--Xmx1g}
OUT_DIR=${OUT_DIR:-$ROOT/target/load/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT_DIR"
SUMMARY=$OUT_DIR/summary.md
PHASE_FILE=$OUT_DIR/phase
GATEWAY=http://127.0.0.1:$GATEWAY_PORT
ARTICLES_URL=$GATEWAY/api/v1/articles

declare -A PORT=([translate-service]=$TRANSLATE_PORT [summary-service]=$SUMMARY_PORT [gateway]=$GATEWAY_PORT)
declare -A PID=()
TRIVIAL_PID=

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT_DIR/run.log" >&2; }
say() { echo "$*" >> "$SUMMARY"; }
now_ms() { date +%s%3N; }

# Only the processes this script started are stopped, by their pid.
cleanup() {
  for service in "${!PID[@]}"; do
    kill "${PID[$service]}" 2>/dev/null || true
  done
  [ -n "$TRIVIAL_PID" ] && kill "$TRIVIAL_PID" 2>/dev/null || true
}
trap cleanup EXIT

machine_load() {
  local label=$1
  { echo "== $label $(date -u +%H:%M:%S): $(uptime)"; ps -eo pcpu,rss,args --sort=-pcpu | head -8 | cut -c1-200; } \
    >> "$OUT_DIR/machine-load.txt"
}

wait_for_quiet_machine() {
  local waited=0
  while awk -v max="$MAX_LOAD" '{exit !($1 >= max)}' /proc/loadavg && [ "$waited" -lt "$LOAD_WAIT_SECONDS" ]; do
    log "load average $(awk '{print $1}' /proc/loadavg) >= $MAX_LOAD; waiting (${waited}s of ${LOAD_WAIT_SECONDS}s)"
    sleep 30
    waited=$((waited + 30))
  done
}

other_test_runs() { pgrep -f 'surefire|failsafe' || true; }

# True once no other test JVM is running, polling for at most $1 seconds (the load keeps running meanwhile).
wait_for_no_test_runs() {
  local deadline=$((SECONDS + $1))
  while [ -n "$(other_test_runs)" ]; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 2
  done
}

build_if_needed() {
  local stale=false
  for service in translate-service summary-service gateway; do
    local jar=$service/target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ] || [ -n "$(find "$service/src/main" indonesian-text/src/main http-problems/src/main \
        result-cache/src/main component-digest/src/main phrase-engine/src/main -newer "$jar" -type f -print -quit)" ]; then
      stale=true
    fi
  done
  if $stale; then
    log "packaging the services"
    ./mvnw -B -q package -DskipTests -pl translate-service,summary-service,gateway -am
  fi
}

fresh_database() {
  psql -h "$PG_HOST" -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $LOAD_DB WITH (FORCE)" \
    -c "CREATE DATABASE $LOAD_DB" postgres
}

start_service() {
  local service=$1
  local env=(QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="${PORT[$service]}" QUARKUS_MANAGEMENT_HOST=127.0.0.1
    QUARKUS_MANAGEMENT_PORT=$(( PORT[$service] + MANAGEMENT_OFFSET ))
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$LOAD_DB" QUARKUS_DATASOURCE_USERNAME=postgres)
  if [ "$service" = gateway ]; then
    env+=(QUARKUS_REST_CLIENT_TRANSLATE_SERVICE_URL="http://127.0.0.1:$TRANSLATE_PORT"
      QUARKUS_REST_CLIENT_SUMMARY_SERVICE_URL="http://127.0.0.1:$SUMMARY_PORT")
  fi
  # vertx.disableURIValidation as in the images: malformed request targets are answered as problems
  env "${env[@]}" nohup java "$HEAP" -Dvertx.disableURIValidation=true -jar "$service/target/quarkus-app/quarkus-run.jar" \
    >> "$OUT_DIR/$service.log" 2>&1 &
  PID[$service]=$!
  log "started $service (pid ${PID[$service]}) on 127.0.0.1:${PORT[$service]}"
}

wait_ready() {
  local service=$1 deadline=$((SECONDS + READY_TIMEOUT))
  until curl -fs "http://127.0.0.1:${PORT[$service]}/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "${PID[$service]}" 2>/dev/null; then
      log "$service died; its log says:"; tail -n 30 "$OUT_DIR/$service.log" >&2; exit 1
    fi
    [ "$SECONDS" -lt "$deadline" ] || { log "$service not ready after ${READY_TIMEOUT}s"; exit 1; }
    sleep 0.2
  done
}

# wrk_run LABEL URL [BODY_FILE] → one table row: label, requests, req/s, p50, p99, non-2xx, socket errors
wrk_run() {
  local label=$1 url=$2 body=${3:-} out
  out=$OUT_DIR/wrk-$(echo "$label" | tr -c 'a-zA-Z0-9' '-').txt
  WRK_BODY_FILE=$body WRK_MAX_REQUESTS_PER_THREAD=$WRK_MAX_REQUESTS_PER_THREAD \
    wrk -t2 -c"$CONNECTIONS" -d"${WRK_SECONDS}s" --timeout 30s --latency -s scripts/load/post-article.lua "$url" > "$out"
  awk -v label="$label" -v loadavg="$(awk '{print $1}' /proc/loadavg)" '
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /requests in/ {requests=$1}
    /^Requests\/sec/ {rps=$2}
    /Non-2xx/ {non2xx=$NF}
    /Socket errors/ {errors=$0; sub(/.*Socket errors: /, "", errors)}
    END {printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", label, requests, rps, p50, p99,
         (non2xx == "" ? 0 : non2xx), (errors == "" ? "none" : errors), loadavg}' "$out"
}

rps_of() { awk -F'|' -v label="$1" 'index($2, label) {sum += $4; n++} END {printf "%.1f", n ? sum / n : 0}' "$OUT_DIR/throughput-rows.md"; }

throughput() {
  command -v wrk >/dev/null || { log "wrk is required (apt-get install -y wrk)"; exit 1; }
  local body=$OUT_DIR/cached-article.json
  java -cp "$OUT_DIR/classes" Load body "$SENTENCES" 0 > "$body"
  log "warming up: the cached article twice, then ${WRK_WARMUP_SECONDS}s of each endpoint"
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary "@$body" "$ARTICLES_URL"
  local second
  second=$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "@$body" "$ARTICLES_URL")
  case "$second" in
    *'"cached":true}') printf '0\t%s\n' "$(printf '%s' "$second" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')" \
      > "$OUT_DIR/ids-cached-article.tsv" ;;
    *) log "the second POST of the same article was not a cache hit: ${second:0:300}"; return 1 ;;
  esac
  local seconds=$WRK_SECONDS
  WRK_SECONDS=$WRK_WARMUP_SECONDS
  wrk_run warmup-cached "$ARTICLES_URL" "$body" > /dev/null
  wrk_run warmup-quarkus "$GATEWAY/q/health/live" > /dev/null
  wrk_run warmup-jdk "http://127.0.0.1:$TRIVIAL_PORT/ok" > /dev/null
  WRK_SECONDS=$seconds
  : > "$OUT_DIR/throughput-rows.md"
  for round in $(seq 1 "$ROUNDS"); do
    machine_load "throughput round $round" > /dev/null
    wrk_run "(a) cached article POST, round $round" "$ARTICLES_URL" "$body" >> "$OUT_DIR/throughput-rows.md"
    wrk_run "(b) Quarkus /q/health/live, round $round" "$GATEWAY/q/health/live" >> "$OUT_DIR/throughput-rows.md"
    wrk_run "(b') JDK HttpServer /ok, round $round" "http://127.0.0.1:$TRIVIAL_PORT/ok" >> "$OUT_DIR/throughput-rows.md"
  done
  local a b j
  a=$(rps_of '(a)'); b=$(rps_of '(b)'); j=$(rps_of "(b')")
  say "## Throughput at $CONNECTIONS connections (wrk -t2 -c$CONNECTIONS -d${WRK_SECONDS}s --latency)"
  say ""
  say "| run | requests | req/s | p50 | p99 | non-2xx | socket errors | load avg (1 min) at end |"
  say "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
  cat "$OUT_DIR/throughput-rows.md" >> "$SUMMARY"
  say ""
  say "Mean req/s: (a) cached article $a, (b) Quarkus /q/health/live $b, (b') JDK /ok $j."
  say "Ratio (a)/(b) = $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.3f", b ? a / b : 0}'),"\
" (a)/(b') = $(awk -v a="$a" -v b="$j" 'BEGIN{printf "%.3f", b ? a / b : 0}')."
  say ""
}

uncached() {
  machine_load "uncached" > /dev/null
  log "uncached: $UNCACHED_COUNT distinct articles at $CONNECTIONS connections"
  say "## Uncached articles ($UNCACHED_COUNT distinct 6-sentence articles from news-dev.id, each sent once, $CONNECTIONS connections, Load.java)"
  say ""
  say "Load average before: $(awk '{print $1" "$2" "$3}' /proc/loadavg)"
  say ""
  java -cp "$OUT_DIR/classes" Load uncached "$ARTICLES_URL" "$SENTENCES" 1 "$UNCACHED_COUNT" "$CONNECTIONS" \
    "$OUT_DIR/ids-uncached.tsv" | tee -a "$SUMMARY"
  say ""
}

phase() { echo "$1" > "$PHASE_FILE"; log "phase: $1"; echo "| $1 | $(( $(now_ms) - FAULT_T0 )) |" >> "$OUT_DIR/fault-timeline.md"; }

fault() {
  [ -s "$OUT_DIR/ids-uncached.tsv" ] || uncached
  # Everything stored before the faults: the uncached articles (repeated during the load) and the throughput article.
  cat "$OUT_DIR/ids-uncached.tsv" "$OUT_DIR/ids-cached-article.tsv" 2>/dev/null | grep . > "$OUT_DIR/ids-before-faults.tsv"
  local before_count
  before_count=$(grep -c . "$OUT_DIR/ids-uncached.tsv" || true)
  local waited=0
  while [ "$PG_RESTART" = yes ] && [ -n "$(other_test_runs)" ] && [ "$waited" -lt "$TEST_WAIT_SECONDS" ]; do
    log "another test run is using PostgreSQL (pids $(other_test_runs | tr '\n' ' ')); waiting before the fault run"
    sleep 20; waited=$((waited + 20))
  done
  machine_load "fault" > /dev/null
  local load_before
  load_before=$(awk '{print $1" "$2" "$3}' /proc/loadavg)
  : > "$OUT_DIR/fault-timeline.md"
  echo all-up > "$PHASE_FILE"
  FAULT_T0=$(now_ms)
  java -cp "$OUT_DIR/classes" Load fault "$ARTICLES_URL" "$SENTENCES" 1 "$before_count" $((UNCACHED_COUNT + 1)) \
    "$FAULT_MAX_SECONDS" "$FAULT_CONNECTIONS" "$PHASE_FILE" "$OUT_DIR/ids-during-faults.tsv" > "$OUT_DIR/fault-load.txt" &
  local load_pid=$!
  phase all-up
  sleep "$PHASE_SECONDS"
  phase summary-killed
  kill -9 "${PID[summary-service]}"
  sleep "$PHASE_SECONDS"
  phase translate-killed
  kill -9 "${PID[translate-service]}"
  sleep "$PHASE_SECONDS"
  phase services-restarting
  local restart_ms; restart_ms=$(now_ms)
  start_service translate-service
  start_service summary-service
  wait_ready translate-service
  local translate_ready=$(( $(now_ms) - restart_ms ))
  wait_ready summary-service
  local both_ready=$(( $(now_ms) - restart_ms ))
  phase services-back
  sleep "$PHASE_SECONDS"
  local pg_note pg_ms=
  if [ "$PG_RESTART" != yes ]; then
    pg_note="not restarted (PG_RESTART=$PG_RESTART)"
  elif ! wait_for_no_test_runs 90; then
    pg_note="SKIPPED: a surefire/failsafe test JVM was using PostgreSQL ($(other_test_runs | tr '\n' ' '))"
    log "$pg_note"
  else
    phase postgres-restarting
    local pg_start; pg_start=$(now_ms)
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart
    until pg_isready -q -h "$PG_HOST"; do sleep 0.1; done
    pg_ms=$(( $(now_ms) - pg_start ))
    pg_note="restarted in ${pg_ms} ms (pg_ctlcluster restart until pg_isready)"
    phase postgres-back
  fi
  local elapsed=$(( ($(now_ms) - FAULT_T0) / 1000 ))
  sleep $(( FAULT_SECONDS - elapsed > PHASE_SECONDS ? FAULT_SECONDS - elapsed : PHASE_SECONDS ))
  phase done
  wait "$load_pid"
  local load_after
  load_after=$(awk '{print $1" "$2" "$3}' /proc/loadavg)

  say "## Fault run ($FAULT_CONNECTIONS connections, half repeats of the $before_count articles stored above, half new articles)"
  say ""
  say "Load average before: $load_before; after: $load_after. Faults ${PHASE_SECONDS}s apart: kill -9 summary-service,"
  say "kill -9 translate-service, start both again, ${PHASE_SECONDS}s later restart PostgreSQL."
  say ""
  say "- translate-service ready ${translate_ready} ms and summary-service ready ${both_ready} ms after the restart command (JVM start, Flyway, model load)"
  say "- PostgreSQL: $pg_note"
  say ""
  cat "$OUT_DIR/fault-load.txt" >> "$SUMMARY"
  say ""
  say "Phase changes (ms since the load began):"
  say ""
  say "| phase | ms |"
  say "| --- | ---: |"
  cat "$OUT_DIR/fault-timeline.md" >> "$SUMMARY"
  say ""
  say "### Stored results after the faults"
  say ""
  local lost=0
  java -cp "$OUT_DIR/classes" Load verify "$ARTICLES_URL" "$OUT_DIR/ids-before-faults.tsv" | tee -a "$SUMMARY" || lost=1
  say ""
  if [ -s "$OUT_DIR/ids-during-faults.tsv" ]; then
    java -cp "$OUT_DIR/classes" Load verify "$ARTICLES_URL" "$OUT_DIR/ids-during-faults.tsv" | tee -a "$SUMMARY" || lost=1
    say ""
  fi
  local rows
  rows=$(psql -h "$PG_HOST" -U postgres -tA -c "SELECT count(*) FROM gateway.article_result" "$LOAD_DB")
  say "Rows in gateway.article_result: $rows (ids collected by the clients: $(cat "$OUT_DIR/ids-before-faults.tsv" "$OUT_DIR/ids-during-faults.tsv" 2>/dev/null | grep -c .))."
  say ""
  [ "$lost" -eq 0 ] || { log "stored results were lost"; return 1; }
}

# hostile: normal articles alone, then mixed with hostile requests; the second run takes articles the first did
# not send, so both are computed rather than served from the cache.
hostile() {
  local articles half
  articles=$(( $(grep -c . "$SENTENCES") / 6 ))
  half=$((articles / 2))
  say "### Hostile load ($HOSTILE_SECONDS s each, loopback)"
  say ""
  say "| run | connections | hostile % | normal articles | p50 | p99 | non-200 | 5xx | no answer | hostile answers by status | not-ready polls |"
  say "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
  machine_load "hostile: quiet run" > /dev/null
  java -cp "$OUT_DIR/classes" HostileLoad quiet "$GATEWAY_PORT" "$TRANSLATE_PORT" "$SUMMARY_PORT" "$SENTENCES" \
    0 "$half" "$HOSTILE_SECONDS" "$HOSTILE_CONNECTIONS" 0 "$HOSTILE_MAX_REQUESTS" | tee -a "$SUMMARY"
  machine_load "hostile: hostile run" > /dev/null
  java -cp "$OUT_DIR/classes" HostileLoad hostile "$GATEWAY_PORT" "$TRANSLATE_PORT" "$SUMMARY_PORT" "$SENTENCES" \
    "$half" "$half" "$HOSTILE_SECONDS" "$HOSTILE_CONNECTIONS" "$HOSTILE_SHARE" "$HOSTILE_MAX_REQUESTS" | tee -a "$SUMMARY"
  say ""
}

log "output: $OUT_DIR"
wait_for_quiet_machine
build_if_needed
mkdir -p "$OUT_DIR/classes"
javac -d "$OUT_DIR/classes" scripts/load/Load.java scripts/load/TrivialServer.java scripts/load/HostileLoad.java
fresh_database
{
  echo "# Warta load run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo ""
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | head -1);"\
" commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')."
  echo "Services: packaged JVM (target/quarkus-app), prod profile, $HEAP each, PostgreSQL database $LOAD_DB on $PG_HOST."
  echo "Load average at start: $(awk '{print $1" "$2" "$3}' /proc/loadavg) (the machine is shared; see machine-load.txt)."
  echo ""
} > "$SUMMARY"
machine_load "start" > /dev/null
for service in translate-service summary-service gateway; do
  start_service "$service"
done
java -cp "$OUT_DIR/classes" TrivialServer "$TRIVIAL_PORT" >> "$OUT_DIR/trivial.log" 2>&1 &
TRIVIAL_PID=$!
start_ms=$(now_ms)
for service in translate-service summary-service gateway; do
  wait_ready "$service"
done
log "all three services ready after $(( $(now_ms) - start_ms )) ms"
say "All three services ready $(( $(now_ms) - start_ms )) ms after they were started together."
say ""
status=0
for phase_name in $PHASES; do
  "$phase_name" || status=1
done
machine_load "end" > /dev/null
log "done; figures in $SUMMARY"
cat "$SUMMARY"
exit $status
