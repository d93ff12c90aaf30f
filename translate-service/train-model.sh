#!/usr/bin/env bash
# Rebuilds the translation model files in src/main/resources/model from ../shared, deterministically:
# lexicon, word alignment, phrase table, truecaser, 4-gram LM (about 8 minutes on 2 cores), then tunes
# the decoder weights on news-dev (about 10-15 minutes). Usage: translate-service/train-model.sh [--no-tune]
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}"
shared="$(pwd)/../shared"
model="$(pwd)/translate-service/src/main/resources/model"
./mvnw -B -q -pl indonesian-text install -DskipTests
./mvnw -B -pl translate-service -Ptrain compile exec:java
if [[ "${1:-}" != "--no-tune" ]]; then
  ./mvnw -B -pl translate-service -Ptrain process-resources exec:java \
    -Dtrain.main=io.warta.translate.engine.training.TuneWeights -Dtrain.args="$shared $model 2 3"
fi
