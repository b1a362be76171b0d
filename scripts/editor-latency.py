#!/usr/bin/env python3
"""Measures the form editor (`orden serve --edit`) as an editor meets it: from pressing "Lagre" on a
system's form to its page showing the change, and how long "Endre id" takes to list a record's
references and to rename it with every reference. Run from the repository root after
`swift build -c release`:

    python3 scripts/editor-latency.py [--binary .build/release/orden] [--rounds 9]

Without options it measures the demo (Storlia's sak-arkiv). For the national corpus:

    orden generate --municipalities 357 --seed 1 --out /tmp/nasjonal
    python3 scripts/editor-latency.py --source /tmp/nasjonal \\
        --system content/municipalities/0301-oslo/systems/sak-arkiv.md \\
        --page /kommuner/0301-oslo/systemer/sak-arkiv/

The source is copied into a temporary folder first, so that the saves and the rename never touch it.
"""
import argparse
import http.client
import json
import re
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.parse
from pathlib import Path


def request(port, method, path, body=None, timeout=900):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Origin": f"http://127.0.0.1:{port}"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    data = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, response.getheader("Location"), data


def hidden(form, name):
    return re.search(rf'name="{name}" value="([^"]*)"', form).group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/orden")
    parser.add_argument("--source", default=".")
    parser.add_argument("--system", default="content/municipalities/9901-storlia/systems/sak-arkiv.md")
    parser.add_argument("--page", default="/kommuner/9901-storlia/systemer/sak-arkiv/")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="orden-editor-latency-"))
    source = Path(arguments.source)
    for name in ("orden.yml", "content", "themes"):
        if (source / name).is_dir():
            shutil.copytree(source / name, work / name)
        elif (source / name).exists():
            shutil.copy(source / name, work / name)
    started = time.time()
    server = subprocess.Popen([arguments.binary, "serve", "--edit", "--source", str(work), "--port", "0", "--no-history"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        for line in server.stdout:
            match = re.search(r"^Serving .* at http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            raise SystemExit("orden serve printed no address")
        ready = time.time() - started
        form_path = "/_orden/rediger/" + arguments.system

        saves = []
        for number in range(arguments.rounds + 1):
            owner = f"Eier {number} {time.time_ns()}"
            _, _, form = request(port, "GET", form_path)
            fields = {"csrf": hidden(form, "csrf"), "version": hidden(form, "version"), "f.owner": owner}
            begun = time.time()
            status, _, body = request(port, "POST", form_path, fields)
            if status != 303:
                raise SystemExit(f"the save was refused ({status}): {body[:2000]}")
            while owner not in request(port, "GET", arguments.page)[2]:
                time.sleep(0.002)
            # The first save after start also builds what the preview's check keeps.
            saves.append(time.time() - begun)

        rename_path = "/_orden/rediger/flytt/" + arguments.system
        begun = time.time()
        _, _, listing = request(port, "GET", rename_path)
        listed = time.time() - begun
        references = re.search(r"<p>(\d+) henvisning", listing)
        new_id = Path(arguments.system).stem + "-nytt-navn"
        begun = time.time()
        status, location, body = request(port, "POST", rename_path, {"csrf": hidden(listing, "csrf"), "id": new_id})
        renamed = time.time() - begun
        if status != 303:
            raise SystemExit(f"the rename was refused ({status}): {body[:2000]}")

        figures = {
            "ready_s": round(ready, 2),
            "first_save_s": round(saves[0], 3),
            "save_to_page_median_ms": round(statistics.median(saves[1:]) * 1000, 1),
            "save_to_page_max_ms": round(max(saves[1:]) * 1000, 1),
            "rename_listing_s": round(listed, 2),
            "rename_references": int(references.group(1)) if references else 0,
            "rename_s": round(renamed, 2),
        }
        if arguments.json:
            print(json.dumps(figures))
        else:
            print(f"preview ready after {figures['ready_s']} s")
            print(f"save to page: median {figures['save_to_page_median_ms']} ms, at most {figures['save_to_page_max_ms']} ms "
                  f"over {arguments.rounds} saves (the first after start: {figures['first_save_s']} s)")
            print(f"rename: references listed in {figures['rename_listing_s']} s ({figures['rename_references']}), "
                  f"renamed with them in {figures['rename_s']} s")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
