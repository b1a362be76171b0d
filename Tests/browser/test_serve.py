"""orden serve's live-reload script in a real browser: an edited record reloads the open page."""

import re
import subprocess
import time

from conftest import BINARY, demo_source


def test_an_edit_reloads_the_open_page(work, browser):
    source = demo_source(work, "nb")
    process = subprocess.Popen([str(BINARY), "serve", "--source", str(source), "--port", "0", "--no-history"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        address = None
        deadline = time.time() + 120
        while address is None and time.time() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            match = re.search(r"at (http://\S+/)", line)
            address = match.group(1) if match else None
        assert address, "orden serve printed its address"
        context = browser.new_context()
        page = context.new_page()
        page.goto(address + "kommuner/9901-storlia/")
        heading = page.locator("h1")
        assert heading.text_content() == "Storlia kommune"
        record = source / "content" / "municipalities" / "9901-storlia" / "_index.md"
        text = record.read_text(encoding="utf-8")
        assert "name: Storlia kommune\n" in text
        record.write_text(text.replace("name: Storlia kommune\n", "name: Storlia herad\n", 1), encoding="utf-8")
        page.wait_for_function("() => document.querySelector('h1').textContent === 'Storlia herad'", timeout=30000)
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
