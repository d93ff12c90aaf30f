#!/usr/bin/env bash
# Builds Warta's OCI images without a Docker daemon.
#
#   k8s/build-images.sh [--package] [--tag 1.0.0-jvm] [--save DIR] [SERVICE...]
#       JVM images FROM scratch: a jlink'ed runtime of the local JDK, the shared libraries it links against, and the
#       service's target/quarkus-app. Needs only buildah (Debian package) and a JDK with jmods; no registry access.
#       Images are tagged localhost/warta/<service>:<tag> (what k8s/overlays/dev deploys).
#       --package   build the Quarkus apps first (./mvnw -B -pl <services> -am package -DskipTests)
#       --save DIR  also write DIR/<service>.tar (docker-archive: `kind load image-archive`, `podman load`, `docker load`)
#
#   k8s/build-images.sh --native [--registry quay.io/warta] [--tag 1.0.0] [--push] [SERVICE...]
#       Native images with <service>/src/main/docker/Dockerfile.native (Mandrel builder stage + quarkus-micro runtime).
#       Needs podman, buildah or docker, and access to quay.io and Maven Central: run it on a CI runner or a workstation.
#
# SERVICE defaults to every service whose sources exist: translate-service summary-service gateway.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

declare -A PORT=([translate-service]=8081 [summary-service]=8082 [gateway]=8080)
MODE=jvm
TAG=""
REGISTRY="quay.io/warta"
PUSH=false
PACKAGE=false
SAVE_DIR=""
SERVICES=()

while [ $# -gt 0 ]; do
  case "$1" in
    --native) MODE=native ;;
    --tag) TAG="$2"; shift ;;
    --registry) REGISTRY="$2"; shift ;;
    --push) PUSH=true ;;
    --package) PACKAGE=true ;;
    --save) SAVE_DIR="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) SERVICES+=("$1") ;;
  esac
  shift
done

if [ ${#SERVICES[@]} -eq 0 ]; then
  for service in translate-service summary-service gateway; do
    [ -d "$service/src/main/java" ] && SERVICES+=("$service")
  done
fi
for service in "${SERVICES[@]}"; do
  [ -n "${PORT[$service]:-}" ] || { echo "unknown service $service" >&2; exit 2; }
done

# ------------------------------------------------------------------------------------------------ native (CI, internet)
if [ "$MODE" = native ]; then
  TAG="${TAG:-1.0.0}"
  ENGINE="${CONTAINER_ENGINE:-$(command -v podman || command -v docker || command -v buildah || true)}"
  [ -n "$ENGINE" ] || { echo "no podman, docker or buildah on the PATH" >&2; exit 1; }
  for service in "${SERVICES[@]}"; do
    image="$REGISTRY/$service:$TAG"
    echo "==> $image (native, $ENGINE)"
    # The build context is the repository root: the builder stage compiles the module with its siblings.
    if [[ "$ENGINE" == *buildah ]]; then
      "$ENGINE" bud --layers -f "$service/src/main/docker/Dockerfile.native" -t "$image" .
    else
      "$ENGINE" build -f "$service/src/main/docker/Dockerfile.native" -t "$image" .
    fi
    if [ "$PUSH" = true ]; then
      "$ENGINE" push "$image"
    fi
  done
  exit 0
fi

# ------------------------------------------------------------------------------------------------ JVM, from scratch
TAG="${TAG:-1.0.0-jvm}"
command -v buildah >/dev/null || { echo "buildah is missing: apt-get install -y buildah" >&2; exit 1; }
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
[ -d "$JAVA_HOME/jmods" ] || { echo "$JAVA_HOME has no jmods/: jlink needs a full JDK (Debian: openjdk-17-jdk)" >&2; exit 1; }

if [ "$PACKAGE" = true ]; then
  modules=$(IFS=,; echo "${SERVICES[*]}")
  ./mvnw -B -q -pl "$modules" -am package -DskipTests
fi
for service in "${SERVICES[@]}"; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || {
    echo "$service/target/quarkus-app is missing: run with --package, or ./mvnw -B -pl $service -am package -DskipTests" >&2
    exit 1
  }
done

WORK="$ROOT/k8s/target/images"
CONTEXT="$WORK/context"
mkdir -p "$WORK"

# Modules a Quarkus REST + Hibernate + PostgreSQL app uses (java.desktop: java.beans for Hibernate/Jackson;
# jdk.unsupported: Netty's Unsafe; java.naming, java.rmi, java.transaction.xa: Agroal/Narayana; jdk.crypto.ec: TLS).
JAVA_MODULES="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,\
jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs"
# translate-service's opus-mt engine loads ONNX Runtime's native library, which links glibc parts the JRE does not
# (libdl, librt, libpthread): its dependencies go into the root filesystem too.
ORT_LIB_DIR="$WORK/onnxruntime"
rm -rf "$ORT_LIB_DIR"
scan=("$CONTEXT/jre")
for jar in translate-service/target/quarkus-app/lib/main/com.microsoft.onnxruntime.onnxruntime-*.jar; do
  [ -f "$jar" ] || continue
  case "$(uname -m)" in aarch64|arm64) ort_arch=linux-aarch64 ;; *) ort_arch=linux-x64 ;; esac
  mkdir -p "$ORT_LIB_DIR"
  (cd "$ORT_LIB_DIR" && "$JAVA_HOME/bin/jar" xf "$ROOT/$jar" "ai/onnxruntime/native/$ort_arch/libonnxruntime.so")
  scan+=("$ORT_LIB_DIR")
done
stamp="$JAVA_HOME|$JAVA_MODULES|${#scan[@]}"
if [ ! -x "$CONTEXT/jre/bin/java" ] || [ "$(cat "$WORK/jre.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "==> jlink runtime from $JAVA_HOME"
  rm -rf "$CONTEXT"
  mkdir -p "$CONTEXT"
  "$JAVA_HOME/bin/jlink" --add-modules "$JAVA_MODULES" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$CONTEXT/jre"
  # Debian's JDK links lib/security/cacerts to /etc/ssl/certs/java/cacerts; take the file itself.
  if [ -L "$JAVA_HOME/lib/security/cacerts" ] || [ ! -s "$CONTEXT/jre/lib/security/cacerts" ]; then
    cp -L "$JAVA_HOME/lib/security/cacerts" "$CONTEXT/jre/lib/security/cacerts" 2>/dev/null || true
  fi

  echo "==> root filesystem: the shared libraries the runtime links against, users, name service"
  rootfs="$CONTEXT/rootfs"
  mkdir -p "$rootfs"/{etc,tmp,deployments}
  chmod 1777 "$rootfs/tmp"
  # GUI and sound libraries (AWT on X11, splash screen, javax.sound) never load in a headless server; leaving them out
  # keeps X11, ALSA and friends out of the image.
  find "${scan[@]}" -type f \( -name '*.so' -o -path '*/bin/*' \) \
      ! -name libawt_xawt.so ! -name libsplashscreen.so ! -name libjsound.so -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '/=> \// { print $3 } /^\s*\/[^ ]+ \(0x/ { print $1 }' \
    | grep -v "^$CONTEXT/" | grep -v "^$ORT_LIB_DIR/" | sort -u \
    | while read -r library; do
        # Copied under the name the loader looks up (e.g. /lib64/ld-linux-x86-64.so.2), dereferenced.
        cp -L --parents "$library" "$rootfs/"
      done
  printf 'root:x:0:0:root:/root:/sbin/nologin\nwarta:x:1001:1001:warta:/deployments:/sbin/nologin\n' > "$rootfs/etc/passwd"
  printf 'root:x:0:\nwarta:x:1001:\n' > "$rootfs/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
  echo "$stamp" > "$WORK/jre.stamp"
fi

cat > "$CONTEXT/Containerfile" <<'EOF'
# Generated by k8s/build-images.sh: a JVM image without a base image (no distribution, no shell).
FROM scratch
ARG SERVICE
ARG PORT
ARG VERSION
LABEL org.opencontainers.image.title="warta-${SERVICE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.description="Warta ${SERVICE} (JVM, jlink runtime)" \
      org.opencontainers.image.source="https://github.com/warta/warta"
COPY rootfs/ /
COPY jre/ /opt/jre/
# Same layering as Quarkus' Dockerfile.jvm: dependencies change least, the application most.
COPY apps/${SERVICE}/lib/ /deployments/lib/
COPY apps/${SERVICE}/quarkus-run.jar /deployments/
COPY apps/${SERVICE}/app/ /deployments/app/
COPY apps/${SERVICE}/quarkus/ /deployments/quarkus/
ENV JAVA_HOME=/opt/jre PATH=/opt/jre/bin LANG=C.UTF-8
WORKDIR /deployments
EXPOSE ${PORT}
USER 1001:1001
# Heap follows the container's memory limit; JAVA_TOOL_OPTIONS adds to this at run time.
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dquarkus.http.host=0.0.0.0", \
            "-jar", "/deployments/quarkus-run.jar"]
EOF

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)"
for service in "${SERVICES[@]}"; do
  image="localhost/warta/$service:$TAG"
  echo "==> $image"
  rm -rf "$CONTEXT/apps/$service"
  mkdir -p "$CONTEXT/apps"
  cp -r "$service/target/quarkus-app" "$CONTEXT/apps/$service"
  # Readable by any uid (Kubernetes may run the pod as another non-root user), writable by none.
  chmod -R a+rX,go-w "$CONTEXT/apps/$service" "$CONTEXT/jre" "$CONTEXT/rootfs/etc"
  buildah bud --quiet --layers \
    --build-arg SERVICE="$service" --build-arg PORT="${PORT[$service]}" --build-arg VERSION="$version" \
    -f "$CONTEXT/Containerfile" -t "$image" "$CONTEXT" >/dev/null
  buildah images --format '{{.Name}}:{{.Tag}} {{.Size}}' "$image"
  if [ -n "$SAVE_DIR" ]; then
    mkdir -p "$SAVE_DIR"
    rm -f "$SAVE_DIR/$service.tar"
    buildah push --quiet "$image" "docker-archive:$SAVE_DIR/$service.tar:$image"
    echo "    saved $SAVE_DIR/$service.tar"
  fi
done
