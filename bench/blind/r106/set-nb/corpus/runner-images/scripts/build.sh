#!/usr/bin/env bash
#
# build.sh -- build (and optionally push) the GF runner images.
#
# Usage:
#   ./scripts/build.sh <nix|docker|all> [flags]
#
# Flags:
#   --tag <t>         image tag (default: date-based, e.g. 2026.04.3)
#   --target <stage>  Dockerfile stage (e.g. `debug` for runner-nix)
#   --platform <p>    passed through to buildx (default linux/amd64)
#   --no-push         build + load locally only
#   --seed-attic      after building, push the tool closures we smoke-tested
#                     into the in-cluster Attic cache. That's the channel we
#                     ship them to downstream repos through -- tenants pull
#                     their pinned toolchain from attic, not from the image.
#   --flakehub        also push the smoke-test closure to FlakeHub Cache so the
#                     honey runners can substitute it on their next job
#
# Where this runs:
#   - locally, for anyone on the platform team
#   - in .github/workflows/build-images.yml on a GitHub-hosted runner. Image
#     builds are one of the named hosted exceptions (no nested docker on our
#     lanes for this, and we don't want the image that builds the lanes to
#     depend on the lanes). Everything else is expected on self-hosted.
#
# What this script does NOT do:
#   - install Nix into runner-nix. See the Dockerfile header; workflows own it.
#   - touch the arc-runners stack. Envelopes/placement are in tfvars there.
#   - resize anything. If you came here because a job OOM'd on tinyland-nix,
#     the fix is `runs-on: tinyland-nix-heavy`, not a bigger image.
#
set -euo pipefail

REGISTRY="${REGISTRY:-ghcr.io/tinyland-inc}"
TAG="${TAG:-$(date +%Y.%m).local}"
PLATFORM="linux/amd64"
TARGET=""
PUSH=1
SEED_ATTIC=0
FLAKEHUB=0

# In-cluster endpoints, only used by the smoke tests below. Overridable so you
# can port-forward from a laptop.
ATTIC_SERVER="${ATTIC_SERVER:-http://attic.nix-cache.svc.cluster.local}"
BAZEL_REMOTE_CACHE="${BAZEL_REMOTE_CACHE:-grpc://bazel-cache.nix-cache.svc.cluster.local:9092}"

die() { echo "build.sh: $*" >&2; exit 1; }

[[ $# -ge 1 ]] || die "need an image: nix | docker | all"
WHAT="$1"; shift

while [[ $# -gt 0 ]]; do
  case "$1" in
    --tag)        TAG="$2"; shift 2 ;;
    --target)     TARGET="$2"; shift 2 ;;
    --platform)   PLATFORM="$2"; shift 2 ;;
    --no-push)    PUSH=0; shift ;;
    --seed-attic) SEED_ATTIC=1; shift ;;
    --flakehub)   FLAKEHUB=1; shift ;;
    *) die "unknown flag: $1" ;;
  esac
done

build_one() {
  local name="$1" ctx="images/$1"
  local ref="${REGISTRY}/runner-${name}:${TAG}"
  local args=(--platform "$PLATFORM" -t "$ref" -f "$ctx/Dockerfile")
  [[ -n "$TARGET" ]] && args+=(--target "$TARGET")
  if [[ $PUSH -eq 1 ]]; then args+=(--push); else args+=(--load); fi

  echo ">> building $ref"
  docker buildx build "${args[@]}" "$ctx"
}

smoke_nix() {
  # The smoke test has to bootstrap Nix first, exactly like a tenant workflow
  # would. If this ever "just works" without the install step, somebody has
  # baked Nix into the image and we want to know.
  local ref="${REGISTRY}/runner-nix:${TAG}"
  docker run --rm -e ATTIC_SERVER="$ATTIC_SERVER" "$ref" bash -euo pipefail -c '
    if command -v nix >/dev/null; then echo "nix present in image -- not allowed" >&2; exit 1; fi
    curl -fsSL https://install.determinate.systems/nix | sh -s -- install linux --no-confirm --init none
    . /nix/var/nix/profiles/default/etc/profile.d/nix-daemon.sh
    nix --version
    nix build --no-link nixpkgs#hello
  '
}

smoke_docker() {
  local ref="${REGISTRY}/runner-docker:${TAG}"
  docker run --rm -e BAZEL_REMOTE_CACHE="$BAZEL_REMOTE_CACHE" "$ref" bash -euo pipefail -c '
    docker --version; bazel --version; node --version
    test -z "$(command -v chromium || true)" || { echo "browser baked in?" >&2; exit 1; }
  '
}

case "$WHAT" in
  nix)    build_one nix;    [[ $PUSH -eq 1 && -z "$TARGET" ]] && smoke_nix ;;
  docker) build_one docker; [[ $PUSH -eq 1 ]] && smoke_docker ;;
  all)    build_one nix; build_one docker ;;
  *)      die "unknown image: $WHAT" ;;
esac

if [[ $SEED_ATTIC -eq 1 ]]; then
  echo ">> seeding attic ($ATTIC_SERVER) with smoke-test closures"
  ./scripts/attic-push-closures.sh "$ATTIC_SERVER" tinyland
fi

if [[ $FLAKEHUB -eq 1 ]]; then
  echo ">> pushing smoke closure to FlakeHub Cache"
  ./scripts/flakehub-push-closure.sh
fi

echo ">> done: ${REGISTRY}/runner-${WHAT}:${TAG}"
