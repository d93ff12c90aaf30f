#!/usr/bin/env bash
# Downloads the OPUS-MT Indonesian→English model (Helsinki-NLP/opus-mt-id-en, ONNX export published as
# Xenova/opus-mt-id-en) for translate-service's opus-mt engine, checks the files, and prints the setting to use.
#
#   scripts/fetch-opus-mt.sh [--full] [--revision REV] [--force] [DIR]
#
#   DIR         where to put the model (default ./models/opus-mt-id-en)
#   --full      full-precision ONNX files (~300 MB) instead of the 8-bit quantized ones (~100 MB)
#   --revision  a branch or commit of the model repository (default main; pin a commit for reproducible output)
#   --force     download again even if a file is already there
#
# Environment: HF_ENDPOINT (default https://huggingface.co, e.g. a mirror), HF_TOKEN (optional bearer token),
# OPUS_MT_REPO (default Xenova/opus-mt-id-en).
set -euo pipefail

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
}

variant=_quantized
revision=main
force=0
dir=./models/opus-mt-id-en
while [ $# -gt 0 ]; do
  case "$1" in
    --full) variant=""; shift ;;
    --quantized) variant=_quantized; shift ;;
    --revision)
      [ $# -ge 2 ] || { echo "--revision needs a value" >&2; exit 2; }
      revision="$2"; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    *) dir="$1"; shift ;;
  esac
done

command -v curl >/dev/null 2>&1 || { echo "curl is required" >&2; exit 1; }

repo="${OPUS_MT_REPO:-Xenova/opus-mt-id-en}"
base="${HF_ENDPOINT:-https://huggingface.co}/${repo}/resolve/${revision}"
files=(config.json generation_config.json vocab.json source.spm target.spm
       "onnx/encoder_model${variant}.onnx" "onnx/decoder_model_merged${variant}.onnx")
auth=()
if [ -n "${HF_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer ${HF_TOKEN}")
fi

mkdir -p "${dir}/onnx"
for file in "${files[@]}"; do
  target="${dir}/${file}"
  if [ -s "${target}" ] && [ "${force}" -eq 0 ]; then
    echo "have     ${file}"
    continue
  fi
  echo "fetching ${file}"
  if ! curl -fL --progress-bar --retry 5 --retry-delay 3 "${auth[@]}" -o "${target}.part" "${base}/${file}"; then
    rm -f "${target}.part"
    echo "could not download ${base}/${file}" >&2
    exit 1
  fi
  mv "${target}.part" "${target}"
done

# Checks: every file present and non-empty, the JSON files are what the engine expects, the ONNX files are
# model-sized (an HTML error page or a Git LFS pointer would be a few hundred bytes).
fail() { echo "check failed: $*" >&2; exit 1; }
for file in "${files[@]}"; do
  [ -s "${dir}/${file}" ] || fail "${file} is missing or empty"
done
grep -q '"model_type": *"marian"' "${dir}/config.json" || fail "config.json is not a Marian model config"
grep -q '"decoder_start_token_id"' "${dir}/config.json" || fail "config.json has no decoder_start_token_id"
grep -q '"</s>"' "${dir}/vocab.json" || fail "vocab.json has no </s>"
for file in "onnx/encoder_model${variant}.onnx" "onnx/decoder_model_merged${variant}.onnx"; do
  size=$(wc -c < "${dir}/${file}")
  [ "${size}" -gt 1000000 ] || fail "${file} is only ${size} bytes"
done

absolute=$(cd "${dir}" && pwd)
echo
echo "OPUS-MT model ready in ${absolute}. Start translate-service with:"
echo "  export WARTA_ENGINES_OPUS_MT_MODEL_DIR=${absolute}"
if [ -z "${variant}" ]; then
  echo "  export WARTA_ENGINES_OPUS_MT_QUANTIZED=false   # prefer these full-precision files"
fi
echo "  export WARTA_ENGINES_ORDER=opus-mt,builtin"
