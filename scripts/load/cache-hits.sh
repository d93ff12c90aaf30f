#!/usr/bin/env bash
# What a cache hit costs, against what a static document costs, on one running gateway:
# wrk at 64 connections on the gateway's GET /q/openapi (a static document in the same JVM and HTTP stack),
# POST /api/v1/articles of an article already stored, and GET /api/v1/articles/{id} of it.
#
#   scripts/load/cache-hits.sh [GATEWAY_URL] [LABEL]      e.g. scripts/load/cache-hits.sh http://127.0.0.1:18140 after
#
# Settings (environment): WRK_BODY_FILE (the article, default the example), WRK_CONTENT_TYPE, CONNECTIONS (64),
# THREADS (2), SECONDS_PER_RUN (10), WARMUP_SECONDS (5). Prints one table row per endpoint and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
GATEWAY=${1:-http://127.0.0.1:8080}
LABEL=${2:-run}
export WRK_BODY_FILE=${WRK_BODY_FILE:-examples/putin-kim-trump.id.txt}
export WRK_CONTENT_TYPE=${WRK_CONTENT_TYPE:-text/plain; charset=utf-8}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
SCRIPT=scripts/load/post-example.lua

command -v wrk >/dev/null || { echo "wrk is required (apt-get install -y wrk)" >&2; exit 1; }

# Store the article, then check that it is answered from the cache.
post() { curl -fsS -X POST -H "Content-Type: $WRK_CONTENT_TYPE" --data-binary "@$WRK_BODY_FILE" "$GATEWAY/api/v1/articles"; }
post > /dev/null
answer=$(post)
case "$answer" in
  *'"cached":true'*) ;;
  *) echo "the second POST was not a cache hit: ${answer:0:300}" >&2; exit 1 ;;
esac
id=$(printf '%s' "$answer" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] || { echo "no id in the answer" >&2; exit 1; }

run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" "$@" > /dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@")
  local rps p50 p99 non2xx errors
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
  errors=$(printf '%s\n' "$out" | awk '/Socket errors/ {print $0}')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$LABEL" "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" \
    "$(uptime | sed 's/.*load average: //')"
  [ -z "$errors" ] || echo "   $name: $errors" >&2
}

echo "| build | request | req/s | p50 | p99 | non-2xx | load average (1, 5, 15 min) after |"
echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
run "GET /q/openapi" "$GATEWAY/q/openapi"
run "POST /api/v1/articles (cached)" -s "$SCRIPT" "$GATEWAY/api/v1/articles"
run "GET /api/v1/articles/{id}" "$GATEWAY/api/v1/articles/$id"
