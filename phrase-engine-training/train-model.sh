#!/usr/bin/env bash
# Rebuilds the translation model files in src/main/resources/model from ../shared, deterministically:
# lexicon, word alignment, phrase table, truecaser, 4-gram LM (about 8 minutes on 2 cores), then tunes
# the decoder weights on the even lines of news-dev (about 5-10 minutes per pass; the odd lines stay held out).
# Tuning starts from the committed MODEL/weights.properties (else from Weights.defaults()); the committed weights
# came from 2 passes over every 4th line (chrF + 0.5 BLEU), 1 pass over all even lines, then 1 pass over all even
# lines with -Dwarta.tune.bleuWeight=0.1 after adding the LM unknown-word weight, and one more such pass after
# adding the noun-phrase swap weight, and one more after adding the past-tense weight in round 4
# (docs/evaluation/translation.md).
# Usage: translate-service/train-model.sh [--no-tune]
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}"
shared="$(pwd)/../shared"
model="$(pwd)/translate-service/src/main/resources/model"
./mvnw -B -q -pl indonesian-text install -DskipTests
./mvnw -B -pl translate-service -Ptrain compile exec:java
if [[ "${1:-}" != "--no-tune" ]]; then
  ./mvnw -B -pl translate-service -Ptrain process-resources exec:java \
    -Dwarta.tune.bleuWeight=0.1 \
    -Dtrain.main=io.warta.translate.engine.training.TuneWeights -Dtrain.args="$shared $model 1 2 continue"
fi
