# Sourced by scripts/demo, scripts/test and scripts/benchmark: makes sure the system libraries Orden
# links against (and the tools the tests or the benchmark use) are present. As root it installs them
# with apt; otherwise it prints the command to run.
set -euo pipefail

orden_require_system_packages() {
    local missing=()
    command -v swift >/dev/null 2>&1 || {
        echo "error: swift is not on PATH. Install Swift 6 (https://www.swift.org/install/linux/) and try again." >&2
        exit 1
    }
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then
        missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
    fi
    # ZIPFoundation (XLSX) links against zlib.
    pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
    # The test command checks the published catalogues and JSON with Python tools in a venv.
    if [ "${ORDEN_NEEDS_PYTHON:-0}" = 1 ]; then
        command -v python3 >/dev/null 2>&1 || missing+=(python3)
        python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
    fi
    # The benchmark compares with Hugo and measures CPU time and peak memory with GNU time.
    if [ "${ORDEN_NEEDS_BENCHMARK:-0}" = 1 ]; then
        command -v python3 >/dev/null 2>&1 || missing+=(python3)
        command -v hugo >/dev/null 2>&1 || missing+=(hugo)
        [ -x /usr/bin/time ] || missing+=(time)
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]} with apt-get…"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "error: Orden needs these Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
}

# A Python venv with the validators the tests use: pyshacl (DCAT-AP-NO shapes) and jsonschema.
# Made once under .build/, which is never committed; versions are pinned so runs are repeatable.
orden_test_python() {
    local venv=.build/test-venv
    if [ ! -x "$venv/bin/pyshacl" ] || ! "$venv/bin/python" -c 'import jsonschema' >/dev/null 2>&1; then
        echo "Installing pyshacl and jsonschema into $venv…" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check pyshacl==0.40.1 rdflib==7.6.0 jsonschema==4.26.0 >&2
    fi
    echo "$PWD/$venv/bin/python"
}
