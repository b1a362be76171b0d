#!/usr/bin/env python3
"""Measures orden serve's edit-to-reload time on a copy of the demo.

For each kind of edit, writes a file and measures, as a browser showing the edited system's
page sees it: the time until the server sends the `reload` event (noticing the change,
checking, rendering the open page), and the time until a page rendered last (the site's data
quality report) is served up to date, which is when the whole site is. Run from the
repository root after `swift build -c release`:

    python3 scripts/serve-latency.py [--binary .build/release/orden] [--rounds 5]
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time

SYSTEM = "content/municipalities/9901-storlia/systems/sak-arkiv.md"
PRODUCT = "content/catalogue/products/planbua.md"
TEMPLATE = "themes/default/templates/system.mustache"


OPEN_PAGE = "/kommuner/9901-storlia/systemer/sak-arkiv/"
LAST_PAGE = "/rapporter/datakvalitet/"


def listen(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(f"GET /_orden/events?page={OPEN_PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    buffer = b""
    while b"event: hello" not in buffer:
        buffer += sock.recv(65536)
    return sock


def wait_for_reload(sock):
    buffer = b""
    while b"event: reload" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("the server closed the event stream")
        if b"event: error" in chunk:
            raise RuntimeError("the edit gave an error: " + chunk.decode(errors="replace"))
        buffer += chunk
    return time.perf_counter()


def fetch(port, path):
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    while sock.recv(65536):
        pass
    sock.close()
    return time.perf_counter()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/orden")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="orden-latency-")
    shutil.copy("orden.yml", work)
    shutil.copytree("content", os.path.join(work, "content"))
    template = open("themes/default/templates/system.mustache", encoding="utf-8").read()
    server = subprocess.Popen([args.binary, "serve", "--source", work, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = None
        log = []
        for line in server.stdout:
            log.append(line)
            match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            raise RuntimeError("the server did not start:\n" + "".join(log))
        sock = listen(port)

        def edit(path, change):
            full = os.path.join(work, path)
            text = open(full, encoding="utf-8").read() if os.path.exists(full) else template
            os.makedirs(os.path.dirname(full), exist_ok=True)
            start = time.perf_counter()
            with open(full, "w", encoding="utf-8") as f:
                f.write(change(text))
            reloaded = wait_for_reload(sock)
            complete = fetch(port, LAST_PAGE)
            return (reloaded - start) * 1000, (complete - start) * 1000

        edits = {
            "system, front matter (owner)": (SYSTEM, lambda t, i: re.sub(r"(?m)^owner: .*$", f"owner: Eier {i}", t)),
            "system, description only": (SYSTEM, lambda t, i: t + f"\nEndring {i}.\n"),
            "product used by 3 municipalities": (PRODUCT, lambda t, i: re.sub(r"(?m)^name: .*$", f"name: Planbua {i}", t)),
            "template (system.mustache)": (TEMPLATE, lambda t, i: t + f"\n<!-- {i} -->\n"),
        }
        print(f"{'edit':36} {'reload sent':>12} {'site complete':>14}   (median of {args.rounds}, ms)")
        for name, (path, change) in edits.items():
            reloads, completes = [], []
            for i in range(args.rounds):
                reloaded, complete = edit(path, lambda t: change(t, i))
                reloads.append(reloaded)
                completes.append(complete)
                time.sleep(0.3)
            print(f"{name:36} {statistics.median(reloads):12.0f} {statistics.median(completes):14.0f}")
        sock.close()
        print("server log:")
        server.terminate()
        print("".join(line for line in server.stdout.read().splitlines(True) if "→" in line))
    finally:
        if server.poll() is None:
            server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
