#!/usr/bin/env bash
# Makes sure `kubectl` (with its built-in `kubectl kustomize`) is on the PATH, for the manifest policy test.
#
# Order of preference:
#   1. a kubectl already on the PATH (any version >= 1.14 renders our overlays; they avoid newer kustomize fields);
#   2. Debian's `kubernetes-client` package (kubectl 1.20 with kustomize v2.0.3; tested with it);
#   3. Debian's `kubectl` package where a configured apt source provides one.
# Only package registries are used: no binaries are downloaded from other hosts.
set -euo pipefail

if command -v kubectl >/dev/null 2>&1; then
  echo "kubectl present: $(command -v kubectl) ($(kubectl version --client 2>/dev/null | head -1))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "kubectl is missing and apt-get is not available: install kubectl >= 1.14 and put it on the PATH" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
for package in kubernetes-client kubectl; do
  if apt-cache show "$package" >/dev/null 2>&1; then
    echo "installing kubectl from Debian package $package"
    $SUDO apt-get install -y -q --no-install-recommends "$package" >/dev/null
    break
  fi
done

if ! command -v kubectl >/dev/null 2>&1; then
  echo "no apt source provides kubectl (tried kubernetes-client, kubectl)" >&2
  exit 1
fi
echo "kubectl installed: $(command -v kubectl) ($(kubectl version --client 2>/dev/null | head -1))"
