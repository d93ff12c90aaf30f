#!/usr/bin/env bash
# CI step for the container images on a machine without a Docker daemon: installs buildah, podman and runc from
# Debian's packages when missing, builds the JVM images of the packaged services (target/quarkus-app must exist,
# e.g. after ./mvnw -B verify) and smoke-tests them with podman (k8s/smoke-test-images.sh).
# Exit status 0 when every image built and answered /q/health/ready. (No "N passed" line on purpose: in .ci/run it
# follows Maven, whose Surefire summary should stay the closing test count.)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

missing=()
for tool in buildah podman runc; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends buildah podman runc >/dev/null || {
    echo "could not install ${missing[*]}" >&2; exit 1; }
fi

services=()
for service in translate-service summary-service gateway; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] && services+=("$service")
done
if [ ${#services[@]} -eq 0 ]; then
  echo "no packaged service (target/quarkus-app): run ./mvnw -B package first" >&2; exit 1
fi

bash k8s/build-images.sh "${services[@]}" || { echo "image build failed" >&2; exit 1; }
bash k8s/smoke-test-images.sh "${services[@]}" || { echo "image smoke test failed" >&2; exit 1; }
echo "images: ${services[*]} built and answered /q/health/ready under podman"
