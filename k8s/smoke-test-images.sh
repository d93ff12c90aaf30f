#!/usr/bin/env bash
# Starts each image built by k8s/build-images.sh with podman, under the same restrictions as the Kubernetes pods
# (uid 1001, read-only root filesystem with a tmpfs /tmp, no capabilities, no privilege escalation), and checks that
# it answers /q/health/ready. When the gateway is among them, it also checks the API keys (as the prod overlay
# configures them: 401 without, 403 for a revoked key) and posts the example article through it.
#
#   k8s/smoke-test-images.sh [--tag 1.0.0-jvm] [--port-base 18080] [SERVICE...]
#   SMOKE_TIMEOUT_S (default 150): how long each service may take to become ready.
#
# Needs: podman (+ runc), curl, and PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth). The services use a
# database of their own (SMOKE_DB, default warta_smoke; created with psql when missing) so that nothing here touches
# the `test` database the Maven tests clean. Ports are port-base + 0/1/2 (gateway/translate/summary), not 8080-8082,
# so that a running ./run.sh is left alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TAG=1.0.0-jvm
PORT_BASE=18080
SERVICES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) TAG="$2"; shift ;;
    --port-base) PORT_BASE="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) SERVICES+=("$1") ;;
  esac
  shift
done
if [ ${#SERVICES[@]} -eq 0 ]; then
  for service in translate-service summary-service gateway; do
    podman image exists "localhost/warta/$service:$TAG" && SERVICES+=("$service")
  done
fi
[ ${#SERVICES[@]} -gt 0 ] || { echo "no localhost/warta/*:$TAG image: run k8s/build-images.sh first" >&2; exit 1; }

declare -A PORT=([gateway]=$PORT_BASE [translate-service]=$((PORT_BASE + 1)) [summary-service]=$((PORT_BASE + 2)))
DB="${SMOKE_DB:-warta_smoke}"
DB_HOST="${SMOKE_DB_HOST:-127.0.0.1}"
DB_USER="${SMOKE_DB_USER:-postgres}"

if command -v psql >/dev/null && ! psql -h "$DB_HOST" -U "$DB_USER" -d postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1; then
  psql -h "$DB_HOST" -U "$DB_USER" -d postgres -qc "create database $DB" >/dev/null
fi

# The restrictions of the Kubernetes pod spec, plus what this machine needs: cgroupfs (no systemd), runc, host network
# (no CNI here), and explicit ulimits within this sandbox's hard limits (podman's default of 1048576 open files is refused).
# A container may not raise a hard limit above its parent's, so ask for at most what this shell has.
NOFILE=$(ulimit -Hn); [ "$NOFILE" = unlimited ] && NOFILE=65536; [ "$NOFILE" -gt 65536 ] && NOFILE=65536
NPROC=$(ulimit -Hu); [ "$NPROC" = unlimited ] && NPROC=8192; [ "$NPROC" -gt 8192 ] && NPROC=8192
PODMAN_RUN=(podman --cgroup-manager=cgroupfs --runtime=runc run -d --network=host
  --ulimit "nofile=$NOFILE:$NOFILE" --ulimit "nproc=$NPROC:$NPROC"
  --user 1001:1001 --read-only --tmpfs /tmp:rw,size=64m,mode=1777 --cap-drop ALL --security-opt no-new-privileges
  --memory 1g)

STARTED=()
declare -A STARTED_AT=()
cleanup() {
  for name in "${STARTED[@]}"; do
    podman --cgroup-manager=cgroupfs --runtime=runc rm -f "$name" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

failures=0
for service in "${SERVICES[@]}"; do
  name="warta-smoke-$service"
  podman --cgroup-manager=cgroupfs --runtime=runc rm -f "$name" >/dev/null 2>&1 || true
  env=(-e "QUARKUS_HTTP_PORT=${PORT[$service]}"
       -e "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$DB_HOST:5432/$DB"
       -e "QUARKUS_DATASOURCE_USERNAME=$DB_USER"
       -e "QUARKUS_DATASOURCE_PASSWORD=${SMOKE_DB_PASSWORD:-}")
  if [ "$service" = gateway ]; then
    # API keys as the prod overlay sets them (the Secret's keys and revoked become these variables).
    env+=(-e "QUARKUS_REST_CLIENT_TRANSLATE_SERVICE_URL=http://127.0.0.1:${PORT[translate-service]}"
          -e "QUARKUS_REST_CLIENT_SUMMARY_SERVICE_URL=http://127.0.0.1:${PORT[summary-service]}"
          -e WARTA_GATEWAY_API_KEYS_ENABLED=true
          -e WARTA_GATEWAY_API_KEYS_KEYS=smoke-key
          -e WARTA_GATEWAY_API_KEYS_REVOKED=smoke-old-key)
  fi
  echo "==> $service: localhost/warta/$service:$TAG on port ${PORT[$service]}"
  STARTED_AT[$service]=$(date +%s.%N)
  "${PODMAN_RUN[@]}" --name "$name" "${env[@]}" "localhost/warta/$service:$TAG" >/dev/null
  STARTED+=("$name")
done

for service in "${SERVICES[@]}"; do
  name="warta-smoke-$service"
  url="http://127.0.0.1:${PORT[$service]}/q/health/ready"
  start=${STARTED_AT[$service]}
  ready=false
  for _ in $(seq 1 $((${SMOKE_TIMEOUT_S:-150} * 2))); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      ready=true
      break
    fi
    if [ "$(podman inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      break
    fi
    sleep 0.5
  done
  if [ "$ready" = true ]; then
    printf '    %-18s ready %.1f s after podman run: %s\n' "$service" "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" "$(curl -fsS "$url" | tr -d ' \n')"
    user=$(podman exec "$name" /opt/jre/bin/java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *user.name = //p')
    echo "    $service runs as: ${user:-?} (image user $(podman inspect -f '{{.Config.User}}' "$name"))"
  else
    # Tell "the process is up but reports DOWN" (an application matter) from "the container does not run".
    for probe in started live ready; do
      echo "    $service /q/health/$probe: $(curl -sS "http://127.0.0.1:${PORT[$service]}/q/health/$probe" 2>&1 | tr -d ' \n' | cut -c1-200)" >&2
    done
    echo "    $service NOT ready; last log lines:" >&2
    podman logs --tail 15 "$name" >&2 || true
    failures=$((failures + 1))
  fi
done

if [ "$failures" -eq 0 ] && [[ " ${SERVICES[*]} " == *" gateway "* ]]; then
  articles="http://127.0.0.1:${PORT[gateway]}/api/v1/articles"
  for case in ":401" "smoke-old-key:403"; do
    key="${case%%:*}"
    expected="${case##*:}"
    status=$(curl -s -o /dev/null -w '%{http_code}' ${key:+-H "X-API-Key: $key"} -H 'Content-Type: text/plain' \
      --data-binary 'Presiden bertemu menteri.' "$articles")
    echo "    POST without a valid key (${key:-none}): $status (expected $expected)"
    [ "$status" = "$expected" ] || failures=$((failures + 1))
  done
  echo "==> POST /api/v1/articles (examples/putin-kim-trump.id.txt) through the gateway, with the API key"
  response=$(curl -fsS -H 'X-API-Key: smoke-key' -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary @examples/putin-kim-trump.id.txt "$articles") \
    || { echo "    article request failed" >&2; failures=$((failures + 1)); }
  [ -n "${response:-}" ] && echo "    ${response:0:300}..."
fi

if [ "$failures" -ne 0 ]; then
  echo "smoke test: $failures failure(s)" >&2
  exit 1
fi
echo "smoke test: all ${#SERVICES[@]} image(s) answered /q/health/ready"
