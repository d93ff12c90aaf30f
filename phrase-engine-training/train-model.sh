#!/usr/bin/env bash
# Rebuilds the phrase engine's model files in phrase-engine/src/main/resources/model from ../shared, deterministically:
# lexicon, word alignment, phrase table, truecaser, 4-gram LM (about 8 minutes on 2 cores), then tunes
# the decoder weights on the even lines of news-dev (about 5-10 minutes per pass; the odd lines stay held out).
# Tuning starts from the committed MODEL/weights.properties (else from Weights.defaults()); the committed weights
# came from 2 passes over every 4th line (chrF + 0.5 BLEU), 1 pass over all even lines, then 1 pass over all even
# lines with -Dwarta.tune.bleuWeight=0.1 after adding the LM unknown-word weight, and one more such pass after
# adding the noun-phrase swap weight, and one more after adding the past-tense weight in round 4
# (docs/evaluation/translation.md).
# Usage: phrase-engine-training/train-model.sh [--no-tune]
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}"
shared="$(pwd)/../shared"
model="$(pwd)/phrase-engine/src/main/resources/model"
# The reactor builds phrase-engine first (-am); nothing is installed into ~/.m2.
./mvnw -B -pl phrase-engine-training -am -Ptrain process-classes -DskipTests
if [[ "${1:-}" != "--no-tune" ]]; then
  # process-classes again copies the new model files onto phrase-engine's classpath before tuning reads them.
  ./mvnw -B -pl phrase-engine-training -am -Ptrain process-classes -DskipTests \
    -Dwarta.tune.bleuWeight=0.1 \
    -Dtrain.main=io.warta.translate.engine.training.TuneWeights -Dtrain.args="$shared $model 1 2 continue"
fi
