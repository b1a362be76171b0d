#!/usr/bin/env python3
"""Benchmarks Orden on generated corpora at national proportions, against Hugo.

For each size (a number of municipalities) it generates a corpus with `orden generate` (or reuses
the one generated before for the same size and seed), then measures `orden check`, a full
`orden build` and Hugo rendering the same Markdown files with a minimal single-page template:
wall time, CPU time (user + system), peak resident memory (GNU time), pages and pages per
second. At the largest size it then measures `orden serve`'s incremental rebuilds with
scripts/serve-latency.py, on a copy of the corpus. The Markdown report goes to stdout (and to
--output), the raw figures to WORK/results.json, progress to stderr.

    scripts/benchmark [--sizes 10,50,150,357] [--output report.md]   (installs, compiles, then runs this)
    python3 scripts/benchmark.py --binary .build/release/orden [options]

Standard library only; needs /usr/bin/time (Debian package time) and hugo on PATH.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GNU_TIME = "/usr/bin/time"
NATIONAL = 357

# The targets of the issue, on a two-core machine.
BUILD_RATIO_TARGET = 1 / 3   # Orden's full build against Hugo's, for wall time and for peak memory
CHECK_TARGET_S = 2.0         # orden check of the national corpus
SERVE_TARGETS_MS = {"system": 100, "product": 1000}

HUGO_CONFIG = """\
# Hugo's side of the Orden benchmark: one plain page per Markdown file, nothing else.
baseURL = "https://nasjonal.orden.example/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_PAGE = """\
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""


def progress(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,50,150,357",
                        help="numbers of municipalities to measure, comma-separated (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="orden generate's seed (default: %(default)s)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "orden-benchmark"),
                        help="where corpora, sites and results go; corpora are reused (default: %(default)s)")
    parser.add_argument("--rounds", type=int,
                        help="timed runs of each command, the median reported (default: 1 for builds, 3 for check)")
    parser.add_argument("--skip-serve", action="store_true", help="do not measure orden serve")
    parser.add_argument("--serve-rounds", type=int, default=3,
                        help="edits of each kind in the serve measurement (default: %(default)s)")
    parser.add_argument("--serve-timeout", type=float, default=900,
                        help="seconds to wait for orden serve's first build, and for each edit (default: %(default)s)")
    parser.add_argument("--binary", default=".build/release/orden", help="the orden binary (default: %(default)s)")
    parser.add_argument("--output", help="also write the Markdown report to this file")
    args = parser.parse_args()
    try:
        args.sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 10,50,150,357")
    if not args.sizes or not all(1 <= size <= NATIONAL for size in args.sizes):
        parser.error(f"--sizes must be between 1 and {NATIONAL}")
    if args.rounds is not None and args.rounds < 1:
        parser.error("--rounds must be at least 1")
    args.binary = os.path.abspath(args.binary)
    args.work = os.path.abspath(args.work)
    if not os.access(args.binary, os.X_OK):
        parser.error(f"{args.binary} is not an executable; compile it with swift build -c release --product orden")
    if not os.access(GNU_TIME, os.X_OK):
        parser.error(f"{GNU_TIME} is missing: install the Debian package time")
    if not shutil.which("hugo"):
        parser.error("hugo is not on PATH: install the Debian package hugo")
    return args


# MARK: Running and measuring

def run(command, **options):
    """Runs a command and returns its stdout; raises with its output if it fails."""
    result = subprocess.run(command, capture_output=True, text=True, **options)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result.stdout


def timed(command):
    """Runs a command under GNU time: wall seconds, CPU seconds (user + system), peak resident
    memory in MB, and the command's stdout."""
    # Write out what earlier steps left in the page cache (a removed site, a copy), so that the
    # disk's work for them is not counted here.
    os.sync()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run([GNU_TIME, "-v", "-o", report.name] + command, capture_output=True, text=True)
        # Measured here rather than taken from GNU time, which rounds to a hundredth of a second.
        wall = time.perf_counter() - start
        text = report.read()
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")

    def field(name):
        match = re.search(rf"^\s*{re.escape(name)}: (.*)$", text, re.MULTILINE)
        if not match:
            raise RuntimeError(f"GNU time did not report '{name}':\n{text}")
        return match.group(1).strip()

    return {
        "wall_s": wall,
        "cpu_s": float(field("User time (seconds)")) + float(field("System time (seconds)")),
        "peak_mb": int(field("Maximum resident set size (kbytes)")) / 1024,
        "stdout": result.stdout,
    }


def measure(command, rounds, before=None):
    """The median of each figure over a number of timed runs; `before` runs (untimed) before each."""
    runs = []
    for _ in range(rounds):
        if before:
            before()
        runs.append(timed(command))
    figures = {key: statistics.median(run[key] for run in runs) for key in ("wall_s", "cpu_s", "peak_mb")}
    figures["runs"] = [{key: run[key] for key in ("wall_s", "cpu_s", "peak_mb")} for run in runs]
    figures["stdout"] = runs[-1]["stdout"]
    return figures


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def count_files(folder):
    """HTML files, all files and their total bytes below a folder."""
    html = files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            html += name.endswith(".html")
            size += os.path.getsize(os.path.join(root, name))
    return {"pages": html, "files": files, "bytes": size}


# MARK: The corpus and Hugo's copy of it

def corpus(args, size):
    """WORK/N/source, generated unless the marker says it already holds this size and seed."""
    folder = os.path.join(args.work, str(size))
    source = os.path.join(folder, "source")
    marker = os.path.join(folder, "corpus.json")
    wanted = {"municipalities": size, "seed": args.seed}
    if os.path.exists(marker) and os.path.isdir(os.path.join(source, "content")):
        with open(marker, encoding="utf-8") as f:
            known = json.load(f)
        if {key: known.get(key) for key in wanted} == wanted:
            progress(f"{size}: reusing the corpus in {source}")
            return source, known
    progress(f"{size}: generating {size} municipalities (seed {args.seed}) into {source}")
    remove(marker)
    os.makedirs(folder, exist_ok=True)
    output = run([args.binary, "generate", "--municipalities", str(size), "--seed", str(args.seed),
                  "--out", source, "--force"])
    files = count_files(os.path.join(source, "content"))
    # "generated R records in F files into DIR in T s", then a line of counts by kind.
    summary = output.strip().splitlines()
    match = re.match(r"generated (\d+) records", summary[0]) if summary else None
    info = dict(wanted, records=int(match.group(1)) if match else None,
                summary=summary[-1].strip() if summary else "",
                source_files=files["files"], source_bytes=files["bytes"])
    with open(marker, "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2)
    return source, info


def strip_url_lines(path):
    """Removes `url:` lines from a file's front matter; returns how many."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].strip() != "---":
        return 0
    kept, removed, in_front_matter = [lines[0]], 0, True
    for line in lines[1:]:
        if in_front_matter and line.strip() == "---":
            in_front_matter = False
        elif in_front_matter and re.match(r"url\s*:", line):
            removed += 1
            continue
        kept.append(line)
    if removed:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(kept))
    return removed


def hugo_site(args, size, source, info):
    """WORK/N/hugo: a minimal Hugo site whose content/ is a copy of the corpus's (made again
    only when the corpus changed). Returns its folder and how many url: lines it removed."""
    folder = os.path.join(args.work, str(size), "hugo")
    marker = os.path.join(folder, "prepared.json")
    if os.path.exists(marker):
        with open(marker, encoding="utf-8") as f:
            prepared = json.load(f)
        if prepared.get("corpus") == info:
            return folder, prepared["url_lines_removed"]
    progress(f"{size}: copying the corpus's content/ for Hugo into {folder}")
    remove(folder)
    os.makedirs(os.path.join(folder, "layouts", "_default"))
    with open(os.path.join(folder, "config.toml"), "w", encoding="utf-8") as f:
        f.write(HUGO_CONFIG)
    for layout in ("single.html", "list.html"):
        with open(os.path.join(folder, "layouts", "_default", layout), "w", encoding="utf-8") as f:
            f.write(HUGO_PAGE)
    shutil.copytree(os.path.join(source, "content"), os.path.join(folder, "content"))
    # Hugo takes a page's front matter `url:` as the page's address and refuses the standards'
    # `url: https://…`, so its copy goes without them.
    standards = os.path.join(folder, "content", "catalogue", "standards")
    removed = sum(strip_url_lines(os.path.join(standards, name))
                  for name in sorted(os.listdir(standards)) if name.endswith(".md")) if os.path.isdir(standards) else 0
    with open(marker, "w", encoding="utf-8") as f:
        json.dump({"corpus": info, "url_lines_removed": removed}, f, indent=2)
    return folder, removed


# MARK: One size

def measure_size(args, size):
    check_rounds = args.rounds or 3
    build_rounds = args.rounds or 1
    source, info = corpus(args, size)
    folder = os.path.join(args.work, str(size))
    result = {"municipalities": size, "corpus": info}

    progress(f"{size}: orden check ×{check_rounds}")
    check = measure([args.binary, "check", "--source", source], check_rounds)
    match = re.search(r"in (\d+) records", check["stdout"])
    result["records"] = int(match.group(1)) if match else None
    result["check"] = check

    site = os.path.join(folder, "site")
    progress(f"{size}: orden build ×{build_rounds}")
    build = measure([args.binary, "build", "--source", source, "--output", site, "--no-history", "--quiet"],
                    build_rounds, before=lambda: remove(site))
    build.update(count_files(site))
    result["build"] = build

    hugo_source, removed = hugo_site(args, size, source, info)
    hugo_output = os.path.join(folder, "hugo-site")
    progress(f"{size}: hugo ×{build_rounds}")
    hugo = measure(["hugo", "--quiet", "-s", hugo_source, "-d", hugo_output], build_rounds,
                   before=lambda: remove(hugo_output))
    hugo.update(count_files(hugo_output))
    hugo["url_lines_removed"] = removed
    result["hugo"] = hugo
    for row in (check, build, hugo):
        del row["stdout"]
    progress(f"{size}: check {check['wall_s']:.2f} s, build {build['wall_s']:.2f} s ({build['pages']} pages, "
             f"{build['peak_mb']:.0f} MB), hugo {hugo['wall_s']:.2f} s ({hugo['pages']} pages, {hugo['peak_mb']:.0f} MB)")
    return result


# MARK: Serve

def front_matter(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    match = re.match(r"---\r?\n(.*?)\r?\n---", text, re.DOTALL)
    return match.group(1) if match else ""


def system_page(site, municipality, system):
    """The address of a system's page, checked against the site that was built."""
    path = f"/kommuner/{municipality}/systemer/{system}/"
    if not os.path.exists(os.path.join(site, path.strip("/"), "index.html")):
        raise RuntimeError(f"the built site has no page {path} for system {municipality}/{system}")
    return path


def measure_serve(args, size):
    """Runs serve-latency.py on a copy of the corpus at this size. The edited system is the first
    with an owner in the first municipality; the product is the one most systems name."""
    folder = os.path.join(args.work, str(size))
    source = os.path.join(folder, "source")
    site = os.path.join(folder, "site")
    municipalities = os.path.join(source, "content", "municipalities")
    users, first_system = {}, None
    for municipality in sorted(os.listdir(municipalities)):
        systems = os.path.join(municipalities, municipality, "systems")
        for name in sorted(os.listdir(systems)) if os.path.isdir(systems) else []:
            if not name.endswith(".md"):
                continue
            fields = front_matter(os.path.join(systems, name))
            if first_system is None and re.search(r"(?m)^owner:", fields):
                first_system = (municipality, name[:-3])
            match = re.search(r"(?m)^product:\s*[\"']?([a-z0-9-]+)", fields)
            if match:
                users.setdefault(match.group(1), []).append((municipality, name[:-3]))
    if first_system is None or not users:
        raise RuntimeError("the corpus has no system with an owner, or none that names a product")
    # The most systems; among equals, the first id.
    product, product_systems = min(users.items(), key=lambda item: (-len(item[1]), item[0]))
    municipality, system = first_system
    product_system = product_systems[0]
    command = [sys.executable, os.path.join(REPOSITORY, "scripts", "serve-latency.py"),
               "--binary", args.binary, "--source", source, "--no-history", "--json",
               "--rounds", str(args.serve_rounds), "--timeout", str(args.serve_timeout),
               "--system", f"content/municipalities/{municipality}/systems/{system}.md",
               "--open-page", system_page(site, municipality, system),
               "--product", f"content/catalogue/products/{product}.md",
               "--product-open-page", system_page(site, *product_system),
               "--template", "system", "--not-open"]
    progress(f"{size}: orden serve on a copy of the corpus (the first build in memory may take a while; "
             f"timeout {args.serve_timeout:.0f} s); product {product}, named by {len(product_systems)} systems")
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    serve = {"municipalities": size, "product": product, "product_systems": len(product_systems),
             "product_municipalities": len({m for m, _ in product_systems}),
             "system": f"{municipality}/{system}", "product_system": "/".join(product_system),
             "duration_s": time.perf_counter() - start}
    if result.returncode != 0:
        serve["error"] = (result.stderr.strip() or result.stdout.strip())[-2000:]
        progress(f"{size}: serve measurement failed: {serve['error'].splitlines()[0] if serve['error'] else '?'}")
        return serve
    serve.update(json.loads(result.stdout))
    progress(f"{size}: serve done in {serve['duration_s']:.0f} s")
    return serve


# MARK: The report

def machine():
    facts = {"cpus": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
             "cpu_model": None, "memory_gb": None, "kernel": platform.release(), "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            match = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.MULTILINE)
            facts["cpu_model"] = match.group(1).strip() if match else None
        with open("/proc/meminfo", encoding="ascii") as f:
            match = re.search(r"^MemTotal:\s*(\d+) kB", f.read(), re.MULTILINE)
            facts["memory_gb"] = int(match.group(1)) / 1024 / 1024 if match else None
    except OSError:
        pass
    return facts


def git_commit():
    try:
        commit = run(["git", "-C", REPOSITORY, "rev-parse", "--short", "HEAD"]).strip()
        dirty = run(["git", "-C", REPOSITORY, "status", "--porcelain", "--", "Sources", "Package.swift", "Package.resolved"]).strip()
        return commit + (" (with uncommitted changes to Sources/ or the package)" if dirty else "")
    except (RuntimeError, OSError):
        return "unknown"


def number(value, decimals=0):
    if value is None:
        return "—"
    return f"{value:,.{decimals}f}".replace(",", " ")


def met(value, target):
    return "—" if value is None else ("yes" if value <= target else "**no**")


def report(args, facts, sizes, serve):
    lines = ["# Orden benchmark", ""]
    load = facts["load"]
    lines += [
        f"- date: {facts['date']}",
        f"- machine: {facts['cpus']} CPUs ({facts['usable_cpus']} usable), {facts['cpu_model'] or 'unknown model'}, "
        f"{number(facts['memory_gb'], 1)} GB memory; Linux {facts['kernel']}",
        f"- load average (1 min) before and after: {load[0]:.2f}, {load[1]:.2f}",
        f"- orden: {facts['orden_version']} ({args.binary}); this repository at {facts['commit']}",
        f"- hugo: {facts['hugo_version']}",
        f"- corpora: `orden generate --seed {args.seed}` in {args.work}; "
        f"medians of {args.rounds or 3} runs of check and {args.rounds or 1} of each build; "
        f"whole run {facts['duration_s'] / 60:.1f} min",
        "- `orden build --no-history --quiet` into an emptied folder; Hugo `hugo --quiet` into an emptied folder, with a "
        "minimal config (no taxonomies, terms, RSS, sitemap, robots.txt or 404) and one minimal HTML5 page template "
        "for single and list pages; Hugo renders only the Markdown, Orden also writes JSON, CSV, schemas, "
        "catalogues, charts and reports",
        "- Hugo reserves the front matter key `url:` for a page's address and refuses the standards' `url: https://…`, "
        f"so the `url:` lines are removed from `content/catalogue/standards/*.md` in Hugo's copy "
        f"({sizes[-1]['hugo']['url_lines_removed']} lines)",
        "- wall time measured around the process; CPU time (user + system) and peak resident memory from "
        "`/usr/bin/time -v`",
        "",
    ]

    for result in sizes:
        corpus = result["corpus"]
        lines += [f"## {result['municipalities']} municipalities", "",
                  f"`orden generate`: {number(corpus.get('records'))} records in {number(corpus['source_files'])} files, "
                  f"{number(corpus['source_bytes'] / 1e6, 1)} MB of Markdown: {corpus['summary']}. "
                  f"`orden check` counts {number(result['records'])} records.", "",
                  "| | wall s | CPU s | peak MB | pages | pages/s | files | MB written |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        check, build, hugo = result["check"], result["build"], result["hugo"]
        lines.append(f"| orden check | {check['wall_s']:.2f} | {check['cpu_s']:.2f} | {check['peak_mb']:.0f} | — | — | — | — |")
        for name, row in (("orden build", build), ("Hugo", hugo)):
            lines.append(f"| {name} | {row['wall_s']:.2f} | {row['cpu_s']:.2f} | {row['peak_mb']:.0f} | {number(row['pages'])} | "
                         f"{number(row['pages'] / row['wall_s'])} | {number(row['files'])} | {number(row['bytes'] / 1e6, 1)} |")
        lines.append("")

    lines += ["## Orden build / Hugo", "",
              f"Target: a full national build takes at most a third of Hugo's wall time and of its peak memory.", "",
              "| municipalities | wall time ratio | met (≤ 0.33) | peak memory ratio | met (≤ 0.33) | CPU time ratio |",
              "|---:|---:|---|---:|---|---:|"]
    for result in sizes:
        build, hugo = result["build"], result["hugo"]
        wall, peak = build["wall_s"] / hugo["wall_s"], build["peak_mb"] / hugo["peak_mb"]
        lines.append(f"| {result['municipalities']} | {wall:.2f} | {met(wall, BUILD_RATIO_TARGET)} | {peak:.2f} | "
                     f"{met(peak, BUILD_RATIO_TARGET)} | {build['cpu_s'] / hugo['cpu_s']:.2f} |")
    national = next((result for result in sizes if result["municipalities"] == NATIONAL), None)
    lines.append("")
    if national:
        wall = national["check"]["wall_s"]
        lines.append(f"`orden check` of the national corpus: {wall:.2f} s (target < {CHECK_TARGET_S:.0f} s): "
                     f"{'met' if wall < CHECK_TARGET_S else '**not met**'}.")
    else:
        lines.append(f"`orden check` of the national corpus: not measured ({NATIONAL} is not among the sizes).")
    lines.append("")

    if len(sizes) > 1:
        lines += growth(sizes)
    lines += serve_report(serve)
    return "\n".join(lines).rstrip() + "\n"


def growth(sizes):
    """A row per measure, a column per size; then what each added municipality costs and the
    exponent between the two largest sizes (1: linear, 2: quadratic)."""
    measures = [
        ("records", lambda r: r["records"], 0),
        ("check wall s", lambda r: r["check"]["wall_s"], 2),
        ("check peak MB", lambda r: r["check"]["peak_mb"], 0),
        ("build wall s", lambda r: r["build"]["wall_s"], 2),
        ("build CPU s", lambda r: r["build"]["cpu_s"], 2),
        ("build peak MB", lambda r: r["build"]["peak_mb"], 0),
        ("build pages", lambda r: r["build"]["pages"], 0),
        ("build MB written", lambda r: r["build"]["bytes"] / 1e6, 0),
        ("Hugo wall s", lambda r: r["hugo"]["wall_s"], 2),
        ("Hugo CPU s", lambda r: r["hugo"]["cpu_s"], 2),
        ("Hugo peak MB", lambda r: r["hugo"]["peak_mb"], 0),
        ("Hugo pages", lambda r: r["hugo"]["pages"], 0),
    ]
    counts = [r["municipalities"] for r in sizes]
    lines = ["## Growth with the number of municipalities", "",
             "The shared catalogue (products, vendors, service areas, standards) is the same at every size, so each "
             "measure starts from a floor; *per municipality* is what each added municipality costs between the "
             f"smallest and the largest size, and *exponent* is the growth between the two largest sizes "
             f"(value ∝ N^exponent: 1 is linear).", "",
             "| measure | " + " | ".join(f"N={n}" for n in counts) + " | per municipality | exponent |",
             "|---|" + "---:|" * (len(counts) + 2)]
    for name, value, decimals in measures:
        values = [value(r) for r in sizes]
        per = (values[-1] - values[0]) / (counts[-1] - counts[0])
        exponent = (math.log(values[-1] / values[-2]) / math.log(counts[-1] / counts[-2])
                    if values[-1] and values[-2] and values[-1] > 0 and values[-2] > 0 else None)
        lines.append(f"| {name} | " + " | ".join(number(v, decimals) for v in values) +
                     f" | {number(per, max(decimals, 2) if abs(per) < 10 else 0)} | {number(exponent, 2)} |")
    lines.append("")
    return lines


def serve_report(serve):
    if serve is None:
        return []
    lines = [f"## orden serve at {serve['municipalities']} municipalities", ""]
    if "error" in serve:
        return lines + ["The measurement failed:", "", "```", serve["error"], "```", ""]
    lines += [
        f"On a copy of the corpus, `orden serve --no-history`: first build in memory and serving after "
        f"{serve['first_build_s']:.1f} s ({number(serve['pages'])} pages), "
        f"{number(serve['memory_after_first_build_mb'])} MB resident after it, {number(serve['memory_at_end_mb'])} MB "
        f"after the edits, peak {number(serve['peak_memory_mb'])} MB. Edits were noticed "
        f"{serve['watching_after_s']:.1f} s after it served (a warm-up edit, written {serve['writes_until_noticed']} "
        f"time(s): an edit made before the watcher's first look at the files goes unnoticed). "
        f"Median of {serve['rounds']} edits of each kind; times from writing the file. *Reload sent*: the browser "
        f"showing the open page gets the reload event; *page served*: that page, fetched after the event, has arrived; "
        f"*site complete*: the page rendered last ({serve['edits'][0]['last_page']}) has arrived up to date; "
        f"*pages rendered*: from the server's log.", "",
        f"- system: `{serve['system']}`, its own page open; its `owner` edited",
        f"- product: `{serve['product']}`, the one most systems name: {serve['product_systems']} systems in "
        f"{serve['product_municipalities']} municipalities; the page of `{serve['product_system']}` open; its `name` edited",
        "- template: an override of the built-in `themes/default/templates/system.mustache` in the served copy, a "
        "comment appended",
        "",
        "| edit | reload sent ms | page served ms | site complete ms | pages rendered | target | met: page served | met: site complete |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for edit in serve["edits"]:
        kind = ("system" if edit["edit"].startswith("system, front matter") else
                "product" if edit["edit"].startswith("product") else None)
        target = SERVE_TARGETS_MS.get(kind)
        rendered = [n for n in edit["pages_rendered"] if n is not None]
        note = "" if edit["open_page_up_to_date"] is not False else " (open page not up to date!)"
        lines.append(f"| {edit['edit']}{note} | {edit['median_reload_ms']:.0f} | {edit['median_page_served_ms']:.0f} | "
                     f"{edit['median_complete_ms']:.0f} | {number(statistics.median_low(rendered)) if rendered else '—'} | "
                     f"{f'≤ {target} ms' if target else '—'} | "
                     f"{met(edit['median_page_served_ms'], target) if target else '—'} | "
                     f"{met(edit['median_complete_ms'], target) if target else '—'} |")
    if "not_open" in serve:
        fresh = [run["fresh_ms"] for run in serve["not_open"]["runs"]]
        lines += ["", f"A page no browser shows ({serve['not_open']['page']}), its system's `owner` edited and the page "
                  f"asked for back to back with no event stream open: up to date after "
                  + ", ".join("never" if ms is None else f"{ms:.0f} ms" for ms in fresh) + "."]
    lines += ["", "The server's log:", "", "```"] + serve["server_log"] + ["```", ""]
    return lines


def main():
    args = parse_arguments()
    started = time.perf_counter()
    os.makedirs(args.work, exist_ok=True)
    facts = machine()
    facts.update(date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 commit=git_commit(), orden_version=run([args.binary, "--version"]).strip(),
                 hugo_version=run(["hugo", "version"]).strip().splitlines()[0])
    load_before = os.getloadavg()[0]
    progress(f"benchmark of {args.binary} at sizes {', '.join(map(str, args.sizes))} in {args.work}")

    sizes = [measure_size(args, size) for size in args.sizes]
    serve = None if args.skip_serve else measure_serve(args, args.sizes[-1])

    facts["load"] = (load_before, os.getloadavg()[0])
    facts["duration_s"] = time.perf_counter() - started
    text = report(args, facts, sizes, serve)
    with open(os.path.join(args.work, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": facts, "sizes": sizes, "serve": serve}, f, indent=2, ensure_ascii=False)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    sys.stdout.write(text)
    progress(f"done in {facts['duration_s'] / 60:.1f} min; raw figures in {os.path.join(args.work, 'results.json')}")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
