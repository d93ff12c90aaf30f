#!/usr/bin/env bash
# Runs Warta locally: builds the embedded-store ('local') flavor if needed, starts the three
# services in the background (H2 files under ./data, no database server), waits until they are
# ready, sends the example article through the gateway and prints it in English.
#
#   ./run.sh [ARTICLE_FILE]   start (if not running) and translate ARTICLE_FILE (default: the example)
#   ./run.sh stop             stop the services
#
# The services listen on 127.0.0.1 only: nothing here has API keys switched on, and translate-service and
# summary-service are internal by design. WARTA_GATEWAY_HOST=0.0.0.0 ./run.sh opens the gateway (only) to the
# network; the backends stay on loopback whatever is set.
set -euo pipefail
cd "$(dirname "$0")"

SERVICES=(translate-service summary-service gateway)
declare -A PORTS=([translate-service]=8081 [summary-service]=8082 [gateway]=8080)
declare -A HOSTS=([translate-service]=127.0.0.1 [summary-service]=127.0.0.1 [gateway]=${WARTA_GATEWAY_HOST:-127.0.0.1})
RUN_DIR=.run
DATA_DIR=${WARTA_DATA_DIR:-$PWD/data}
ARTICLE=${1:-examples/putin-kim-trump.id.txt}

pid_of() { cat "$RUN_DIR/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

stop() {
  for service in "${SERVICES[@]}"; do
    if alive "$service"; then
      kill "$(pid_of "$service")" && echo "stopped $service"
    fi
    rm -f "$RUN_DIR/$service.pid"
  done
}

if [ "${1:-}" = "stop" ]; then
  stop
  exit 0
fi

command -v java >/dev/null || { echo "Java 17 is required (java not found)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
[ -f "$ARTICLE" ] || { echo "no such article file: $ARTICLE" >&2; exit 1; }

# Build the local flavor when a jar is missing or older than the sources.
needs_build=false
for service in "${SERVICES[@]}"; do
  jar=$service/target/local-app/quarkus-run.jar
  if [ ! -f "$jar" ] || [ -n "$(find "$service/src/main" indonesian-text/src/main http-problems/src/main result-cache/src/main component-digest/src/main phrase-engine/src/main -newer "$jar" -type f -print -quit)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  echo "Building the local flavor (embedded H2 store); the first build downloads dependencies and takes a few minutes..."
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=local -Dquarkus.package.output-directory=local-app \
    -pl translate-service,summary-service,gateway -am
fi

mkdir -p "$RUN_DIR" "$DATA_DIR"
for service in "${SERVICES[@]}"; do
  if alive "$service"; then
    echo "$service is already running (pid $(pid_of "$service"))"
    continue
  fi
  # vertx.disableURIValidation: a malformed request target is answered as a problem by http-problems, not with
  # Quarkus' empty 400
  nohup java -Xmx1g -Dquarkus.profile=local -Dwarta.data-dir="$DATA_DIR" -Dvertx.disableURIValidation=true \
    -Dquarkus.http.host="${HOSTS[$service]}" -Dquarkus.http.port="${PORTS[$service]}" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$(( PORTS[$service] + 1000 ))" \
    -jar "$service/target/local-app/quarkus-run.jar" > "$RUN_DIR/$service.log" 2>&1 &
  echo $! > "$RUN_DIR/$service.pid"
  echo "started $service on ${HOSTS[$service]}:${PORTS[$service]} (log: $RUN_DIR/$service.log)"
done

echo -n "waiting for the services to be ready"
for service in "${SERVICES[@]}"; do
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:${PORTS[$service]}/q/health/ready" >/dev/null 2>&1; then
      break
    fi
    if ! alive "$service"; then
      echo; echo "$service failed to start; its log says:" >&2; tail -n 30 "$RUN_DIR/$service.log" >&2; exit 1
    fi
    echo -n "."; sleep 1
  done
  curl -fs "http://127.0.0.1:${PORTS[$service]}/q/health/ready" >/dev/null || { echo; echo "$service is not ready after 3 minutes" >&2; exit 1; }
done
echo " ready."

echo "Sending $ARTICLE through the gateway..."
response=$(curl -fsS -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$ARTICLE" \
  http://127.0.0.1:8080/api/v1/articles)
id=$(printf '%s' "$response" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
echo
if [ -n "$id" ]; then
  curl -fsS -H 'Accept: text/plain' "http://127.0.0.1:8080/api/v1/articles/$id"
  echo
  echo "(stored as article $id; JSON: curl http://localhost:8080/api/v1/articles/$id)"
else
  echo "$response"
fi
cat <<TXT

Gateway:          http://localhost:8080/api/v1/articles   Swagger UI: http://localhost:8080/q/swagger-ui
translate-service http://localhost:8081/v1/translations   Swagger UI: http://localhost:8081/q/swagger-ui
summary-service   http://localhost:8082/v1/summaries      Swagger UI: http://localhost:8082/q/swagger-ui
The gateway listens on ${HOSTS[gateway]} (WARTA_GATEWAY_HOST=0.0.0.0 opens it to the network, without API keys);
translate-service and summary-service on 127.0.0.1 only; metrics on 127.0.0.1:9080, :9081, :9082 (/q/metrics).
Stop with: ./run.sh stop
TXT
