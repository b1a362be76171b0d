#!/bin/sh
# Bygger Orden fra kildekoden til .orden/bin/orden. CI-oppsettet (GitHub Actions og GitLab CI)
# kjører dette før hver jobb, og ci/publish-folder.sh bruker det på en egen server.
#
# ORDEN_REPO er adressen til Orden-kildekoden, ORDEN_REF grenen, taggen eller commiten.
# Bygget ligger i .orden/ og gjenbrukes (CI tar vare på mappen mellom kjøringene).
set -eu

ORDEN_REPO="${ORDEN_REPO:-@ORDEN_REPO@}"
ORDEN_REF="${ORDEN_REF:-@ORDEN_REF@}"

case "$ORDEN_REPO" in
  *example.invalid*)
    echo "ORDEN_REPO er ikke satt: skriv adressen til Orden-kildekoden i CI-oppsettet eller som variabel (se README.md)." >&2
    exit 1 ;;
esac

# Bibliotekene Orden trenger (i Swift-bildet i CI kjører vi som root).
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git pkg-config zlib1g-dev \
    libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null
fi

if [ -d .orden/src/.git ]; then
  git -C .orden/src remote set-url origin "$ORDEN_REPO"
else
  rm -rf .orden/src
  mkdir -p .orden
  git init -q .orden/src
  git -C .orden/src remote add origin "$ORDEN_REPO"
fi
git -C .orden/src fetch -q --depth 1 origin "$ORDEN_REF"
git -C .orden/src checkout -q --force FETCH_HEAD

swift build -c release --package-path .orden/src
mkdir -p .orden/bin
cp .orden/src/.build/release/orden .orden/bin/orden
.orden/bin/orden --version
