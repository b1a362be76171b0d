#!/usr/bin/env python3
"""Measures orden serve's edit-to-reload time on a copy of a content source (the demo by default).

For each kind of edit, writes a file and measures, as a browser showing a system's page sees
it: the time until the server sends the `reload` event (noticing the change, checking,
rendering the open page), the time until that page is served up to date, and the time until a
page rendered last (the site's data quality report) is served up to date, which is when the
whole site is. Run from the repository root after `swift build -c release`:

    python3 scripts/serve-latency.py [--binary .build/release/orden] [--rounds 5]

Without options it measures the demo in this repository. For another source (scripts/benchmark.py
runs it on a generated national corpus):

    python3 scripts/serve-latency.py --source /tmp/nasjonal \\
        --system content/municipalities/0301-oslo/systems/sak-arkiv.md \\
        --open-page /kommuner/0301-oslo/systemer/sak-arkiv/ \\
        --product content/catalogue/products/fjordarkiv.md \\
        --product-open-page /kommuner/0301-oslo/systemer/sak-arkiv/ --json

The source is copied into a temporary folder (orden.yml, content/ and any themes/), so the edits
never touch it; with --in-place it is served where it is and every edited file is put back
afterwards. The template edit writes an override of the built-in template into the served
source's themes/default/templates/ before the server starts, then edits that.
"""
import argparse
import html
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The demo's defaults: a system and a product of the demo in this repository.
SYSTEM = "content/municipalities/9901-storlia/systems/sak-arkiv.md"
PRODUCT = "content/catalogue/products/planbua.md"
OPEN_PAGE = "/kommuner/9901-storlia/systemer/sak-arkiv/"
LAST_PAGE = "/rapporter/datakvalitet/"
TEMPLATE = "system"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/orden", help="the orden binary (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=5, help="edits of each kind; the median is reported (default: %(default)s)")
    parser.add_argument("--source", default=".", help="the content source to serve (default: this repository's demo)")
    parser.add_argument("--in-place", action="store_true", help="serve --source where it is instead of a copy; edited files are restored")
    parser.add_argument("--system", default=SYSTEM, help="the system file to edit, relative to the source (default: %(default)s)")
    parser.add_argument("--product", default=PRODUCT, help="the product file to edit, relative to the source (default: %(default)s)")
    parser.add_argument("--open-page", default=OPEN_PAGE, help="the page a browser shows: the edited system's (default: %(default)s)")
    parser.add_argument("--product-open-page", help="the page a browser shows during the product edit (default: --open-page)")
    parser.add_argument("--last-page", default=LAST_PAGE, help="a page rendered last: served up to date when the site is (default: %(default)s)")
    parser.add_argument("--template", default=TEMPLATE, help="the template to override and edit, without .mustache (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=900,
                        help="seconds to wait for the first build, and for each edit (default: %(default)s)")
    parser.add_argument("--no-history", action="store_true", help="pass --no-history to orden serve")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--not-open", action="store_true",
                        help="also measure a page no browser shows: edit the system's front matter and ask for its page "
                             "over and over, with no event stream open, until it shows the edit")
    parser.add_argument("--only-not-open", action="store_true", help="measure only that (implies --not-open)")
    return parser.parse_args()


def measure_not_open(server, port, full, page, rounds, timeout):
    """Edits the system's owner and asks for its page back to back, no browser showing it, from
    the moment the file is written: the time until the page shows the edit, how many answers
    before that were the old page (and the last one's time), and when the server logged the
    update. Answers before the server has seen the edit are bound to be old; after it, none may."""
    original = open(full, encoding="utf-8").read()
    runs = []
    for i in range(rounds):
        expected = f"Eier ikke åpen {i}"
        text = re.sub(r"(?m)^owner:.*$", f"owner: {expected}", original, count=1)
        log_mark = len(server.lines)
        start = time.perf_counter()
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
        stale, last_stale, fresh = 0, None, None
        deadline = start + timeout
        while time.perf_counter() < deadline:
            asked = time.perf_counter()
            arrived, body = fetch(port, page, timeout)
            if html.escape(expected, quote=False) in body:
                fresh = (arrived - start) * 1000
                break
            stale += 1
            last_stale = (asked - start) * 1000
        line = server.wait_for_line(r"→ rebuilt (?:all (\d+)|(\d+) of \d+) pages", 60, after=log_mark)
        logged = None
        if line:
            index = next(n for n in range(log_mark, len(server.lines)) if line.re.search(server.lines[n]))
            logged = (server.times[index] - start) * 1000
        runs.append({"fresh_ms": fresh, "old_answers": stale, "last_old_asked_ms": last_stale, "logged_ms": logged,
                     "log": line.group(0) if line else None})
        time.sleep(0.5)
    with open(full, "w", encoding="utf-8") as f:
        f.write(original)
    return runs


class Server:
    """orden serve in a child process, with its output read by a thread (a long run must never
    fill the pipe) and kept with the time each line arrived."""

    def __init__(self, command):
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lines = []
        self.times = []  # when each line arrived (perf_counter)
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            with self.changed:
                self.times.append(time.perf_counter())
                self.lines.append(line.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for_line(self, pattern, timeout, after=0):
        """The first match of pattern in a line from index `after` on, or None after timeout
        or if the server exits."""
        deadline = time.perf_counter() + timeout
        with self.changed:
            while True:
                for line in self.lines[after:]:
                    match = re.search(pattern, line)
                    if match:
                        return match
                after = len(self.lines)
                left = deadline - time.perf_counter()
                if left <= 0 or (self.process.poll() is not None and not self.reader.is_alive()):
                    return None
                self.changed.wait(min(left, 1))

    def memory_mb(self, field="VmRSS"):
        """The process's resident memory now (VmRSS) or its peak so far (VmHWM), Linux only; or None."""
        try:
            with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith(field + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=5)


class Events:
    """A browser's event stream for one open page."""

    def __init__(self, port, page, timeout):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.sendall(f"GET /_orden/events?page={page} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        buffer = b""
        while b"event: hello" not in buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("the server closed the event stream")
            buffer += chunk

    def wait_for_reload(self, timeout=None):
        """The time the next reload event arrived; raises TimeoutError if none within the timeout
        (the socket's, unless given)."""
        buffer = b""
        previous = self.sock.gettimeout()
        if timeout is not None:
            self.sock.settimeout(timeout)
        try:
            while b"event: reload" not in buffer:
                try:
                    chunk = self.sock.recv(65536)
                except socket.timeout:
                    raise TimeoutError("no reload event within the timeout (did the edit change anything?)") from None
                if not chunk:
                    raise RuntimeError("the server closed the event stream")
                if b"event: error" in chunk:
                    raise RuntimeError("the edit gave an error: " + chunk.decode(errors="replace"))
                buffer += chunk
        finally:
            self.sock.settimeout(previous)
        return time.perf_counter()

    def close(self):
        self.sock.close()


def fetch(port, path, timeout):
    """GETs a page; returns the time the whole answer had arrived, and its body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    arrived = time.perf_counter()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path} answered {response.status}")
    return arrived, body.decode("utf-8", errors="replace")


def wait_until_watching(port, events, path, page, timeout):
    """Returns once orden serve notices edits, and how many writes that took.

    The server starts watching only after it prints its address, and its watcher's first look at
    the files takes a while on a large source: a file written before that look is never noticed
    as changed. So write a marker into the system's description until a reload brings a page
    that shows the latest one, then put the file back and wait until the page shows no marker.
    Checking the page, not only the reload, makes a late reload for an earlier write harmless."""
    with open(path, encoding="utf-8") as f:
        original = f.read()
    deadline = time.perf_counter() + timeout
    attempt, wait = 0, 5.0

    def served(marker_shown):
        # Reloads until the page is as wanted, or False when no reload comes within `wait`.
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"orden serve noticed none of {attempt + 1} edits within {timeout:.0f} s")
            try:
                events.wait_for_reload(min(wait, left))
            except TimeoutError:
                return False
            if marker_shown(fetch(port, page, timeout)[1]):
                return True

    while True:
        marker = f"Oppvarming {attempt}."
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + f"\n{marker}\n")
        if served(lambda body: marker in body):
            break
        attempt, wait = attempt + 1, min(wait * 2, 60)
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    wait = timeout
    served(lambda body: "Oppvarming" not in body)
    return attempt + 1


def prepare_source(args):
    """The folder to serve, and the files (with their original bytes, None if new) to put back."""
    if args.in_place:
        return os.path.abspath(args.source), True
    work = tempfile.mkdtemp(prefix="orden-latency-")
    shutil.copy(os.path.join(args.source, "orden.yml"), work)
    shutil.copytree(os.path.join(args.source, "content"), os.path.join(work, "content"))
    # A source's own theme overrides come along; this repository's themes/ is the built-in theme
    # itself, which the demo does not copy.
    themes = os.path.join(args.source, "themes")
    if os.path.isdir(themes) and not os.path.exists(os.path.join(args.source, "Package.swift")):
        shutil.copytree(themes, os.path.join(work, "themes"))
    return work, False


def replace_name(text, i):
    """The product's name with the round's number after it, as a YAML double-quoted string
    (which JSON strings are), so that any name stays valid."""
    def rename(match):
        name = match.group(1).strip()
        if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
            name = name[1:-1]
        return "name: " + json.dumps(f"{name} {i}", ensure_ascii=False)
    return re.sub(r"(?m)^name:(.*)$", rename, text, count=1)


def municipalities_using(source, product):
    """The municipality folders with a system that names the product."""
    folder = os.path.join(source, "content", "municipalities")
    users = set()
    for municipality in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        systems = os.path.join(folder, municipality, "systems")
        for name in os.listdir(systems) if os.path.isdir(systems) else []:
            with open(os.path.join(systems, name), encoding="utf-8", errors="replace") as f:
                if re.search(rf"(?m)^product:\s*[\"']?{re.escape(product)}[\"']?\s*(#.*)?$", f.read()):
                    users.add(municipality)
                    break
    return users


def main():
    args = parse_arguments()
    template_path = f"themes/default/templates/{args.template}.mustache"
    product_open_page = args.product_open_page or args.open_page

    for path in (os.path.join(args.source, args.system), os.path.join(args.source, args.product),
                 os.path.join(REPOSITORY, template_path)):
        if not os.path.isfile(path):
            raise RuntimeError(f"there is no {path}")
    served, in_place = prepare_source(args)
    originals = {}  # path relative to the source → original text, or None if the file was new

    def remember(path):
        full = os.path.join(served, path)
        if path not in originals:
            originals[path] = open(full, encoding="utf-8").read() if os.path.exists(full) else None

    def product_name(text):
        match = re.search(r"(?m)^name:\s*(.*)$", text)
        return match.group(1).strip().strip("\"'") if match else ""

    # The override of the built-in template, written before the server starts so that its
    # first build already has it; the edits then change it.
    override = os.path.join(served, template_path)
    remember(template_path)
    # The folders made for it, deepest first, to remove again after an in-place run.
    made_folders = []
    folder = os.path.dirname(override)
    while not os.path.exists(folder):
        made_folders.append(folder)
        folder = os.path.dirname(folder)
    if not os.path.exists(override):
        os.makedirs(os.path.dirname(override), exist_ok=True)
        shutil.copy(os.path.join(REPOSITORY, template_path), override)

    users = municipalities_using(served, os.path.splitext(os.path.basename(args.product))[0])

    # What each kind of edit writes, which page a browser shows meanwhile, and a text that page
    # shows once it is up to date (None: nothing to look for).
    edits = [
        ("system, front matter (owner)", args.system, args.open_page,
         lambda t, i: re.sub(r"(?m)^owner:.*$", f"owner: Eier {i}", t, count=1), lambda t, i: f"Eier {i}"),
        ("system, description only", args.system, args.open_page,
         lambda t, i: t + f"\nEndring {i}.\n", lambda t, i: f"Endring {i}."),
        (f"product used by {len(users)} municipalities", args.product, product_open_page, replace_name,
         # Only a page of a system that uses the product shows its name.
         (lambda t, i: html.escape(f"{product_name(t)} {i}", quote=False)) if args.product_open_page else None),
        (f"template ({args.template}.mustache)", template_path, args.open_page,
         lambda t, i: t + f"\n<!-- {i} -->\n", lambda t, i: f"<!-- {i} -->"),
    ]

    command = [args.binary, "serve", "--source", served, "--port", "0"] + (["--no-history"] if args.no_history else [])
    server = Server(command)
    warm_up_lines = 0  # the server's output before the measured edits
    results = {"source": os.path.abspath(args.source), "rounds": args.rounds, "edits": [],
               "product_municipalities": len(users)}
    try:
        match = server.wait_for_line(r"at http://127\.0\.0\.1:(\d+)/", args.timeout)
        if match is None:
            log = "\n".join(server.lines)
            if server.process.poll() is None:
                raise TimeoutError(f"orden serve did not finish its first build and start serving within "
                                   f"{args.timeout:.0f} s (raise --timeout); its output so far:\n{log}")
            raise RuntimeError(f"orden serve exited with {server.process.returncode} before serving:\n{log}")
        port = int(match.group(1))
        results["first_build_s"] = time.perf_counter() - server.started
        first = server.wait_for_line(r"rebuilt all (\d+) pages", 0)
        results["pages"] = int(first.group(1)) if first else None
        results["memory_after_first_build_mb"] = server.memory_mb()

        events, events_page = Events(port, args.open_page, args.timeout), args.open_page
        remember(args.system)
        watching = time.perf_counter()
        results["writes_until_noticed"] = wait_until_watching(port, events, os.path.join(served, args.system),
                                                              args.open_page, args.timeout)
        results["watching_after_s"] = time.perf_counter() - watching
        time.sleep(0.3)
        warm_up_lines = len(server.lines)
        if args.not_open or args.only_not_open:
            events.close()
            events = None
            time.sleep(0.3)
            time.sleep(2)  # let the put-back of the warm-up finish rendering
            runs = measure_not_open(server, port, os.path.join(served, args.system), args.open_page, args.rounds, args.timeout)
            fresh = [r["fresh_ms"] for r in runs if r["fresh_ms"] is not None]
            results["not_open"] = {"page": args.open_page, "runs": runs,
                                   "median_fresh_ms": statistics.median(fresh) if fresh else None}
        for name, path, open_page, change, expected in ([] if args.only_not_open else edits):
            remember(path)
            full = os.path.join(served, path)
            original = open(full, encoding="utf-8").read()
            if events is None or events_page != open_page:
                # The browser moves to another page; give the server a moment to forget the old one.
                if events:
                    events.close()
                    time.sleep(0.3)
                events, events_page = Events(port, open_page, args.timeout), open_page
            reloads, serves, completes, rendered = [], [], [], []
            verified = True if expected else None
            for i in range(args.rounds):
                text = change(original, i)
                if text == original:
                    raise RuntimeError(f"the edit '{name}' does not change {path}")
                log_mark = len(server.lines)
                start = time.perf_counter()
                with open(full, "w", encoding="utf-8") as f:
                    f.write(text)
                reloaded = events.wait_for_reload()
                page_served, page = fetch(port, open_page, args.timeout)
                complete, _ = fetch(port, args.last_page, args.timeout)
                reloads.append((reloaded - start) * 1000)
                serves.append((page_served - start) * 1000)
                completes.append((complete - start) * 1000)
                if expected:
                    verified = verified and expected(original, i) in page
                # The server logs the rebuild just after the site is complete.
                line = server.wait_for_line(r"→ rebuilt (?:all (\d+)|(\d+) of \d+) pages", 5, after=log_mark)
                rendered.append(int(line.group(1) or line.group(2)) if line else None)
                time.sleep(0.3)
            results["edits"].append({
                "edit": name, "path": path, "open_page": open_page, "last_page": args.last_page,
                "reload_ms": reloads, "page_served_ms": serves, "complete_ms": completes,
                "pages_rendered": rendered, "open_page_up_to_date": verified,
                "median_reload_ms": statistics.median(reloads), "median_page_served_ms": statistics.median(serves),
                "median_complete_ms": statistics.median(completes),
            })
        if events:
            events.close()
        results["memory_at_end_mb"] = server.memory_mb()
        results["peak_memory_mb"] = server.memory_mb("VmHWM")
    finally:
        server.stop()
        if in_place:
            for path, text in originals.items():
                full = os.path.join(served, path)
                if text is None:
                    if os.path.exists(full):
                        os.remove(full)
                else:
                    with open(full, "w", encoding="utf-8") as f:
                        f.write(text)
            for folder in made_folders:
                if os.path.isdir(folder) and not os.listdir(folder):
                    os.rmdir(folder)
        else:
            shutil.rmtree(served, ignore_errors=True)
    # The rebuilds of the measured edits, not those of the warm-up.
    results["server_log"] = [line for line in server.lines[warm_up_lines:] if "→" in line]

    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    print(f"{'edit':36} {'reload sent':>12} {'site complete':>14} {'page served':>12} {'pages':>7}   (median of {args.rounds}, ms)")
    for edit in results["edits"]:
        pages = [n for n in edit["pages_rendered"] if n is not None]
        print(f"{edit['edit']:36} {edit['median_reload_ms']:12.0f} {edit['median_complete_ms']:14.0f} "
              f"{edit['median_page_served_ms']:12.0f} {statistics.median_low(pages) if pages else '?':>7}"
              + ("   (the open page did not show the edit!)" if edit["open_page_up_to_date"] is False else ""))
    if "not_open" in results:
        print(f"page no browser shows ({results['not_open']['page']}), owner edited, asked for back to back:")
        for run in results["not_open"]["runs"]:
            last = run["last_old_asked_ms"]
            print(f"  up to date after {run['fresh_ms']:.0f} ms" if run["fresh_ms"] is not None else "  never up to date",
                  f"| {run['old_answers']} old answers" + (f", the last asked at {last:.0f} ms" if last is not None else ""),
                  f"| logged at {run['logged_ms']:.0f} ms: {run['log']}" if run["logged_ms"] is not None else "| not logged")
    print("server log:")
    print("\n".join(results["server_log"]))


if __name__ == "__main__":
    # Stopped from outside: still stop the server and put the source back.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        main()
    except (RuntimeError, TimeoutError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
