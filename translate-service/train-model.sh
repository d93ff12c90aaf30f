#!/usr/bin/env bash
# Rebuilds the translation model files in src/main/resources/model from ../shared (deterministic).
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}"
./mvnw -B -q -pl translate-service -am install -DskipTests
./mvnw -B -pl translate-service -Ptrain compile exec:java "$@"
