"""WCAG 2.1 AA in a real browser: axe-core on one page of every type in every language, with
zero violations, and the keyboard: skip link, visible focus, no trap."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import LANGUAGES, page_types

AXE = Axe()
# Every WCAG 2.0/2.1 A and AA rule, and axe's best practices (landmarks, headings, regions).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def describe(violations):
    lines = []
    for violation in violations:
        node = violation["nodes"][0]
        lines.append(f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])}×): {violation['help']} at {node['target']}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_axe_violations(language, sites, servers, page):
    failures = {}
    for kind, path in page_types(sites[language]).items():
        page.goto(servers[language].url(path))
        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures[kind] = f"{path}\n{describe(violations)}"
    assert not failures, "\n\n".join(f"{kind}: {text}" for kind, text in failures.items())


@pytest.mark.parametrize("width", [360, 1280])
def test_the_skip_link_is_first_visible_on_focus_and_moves_to_the_content(width, servers, page):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(servers["nb"].url("kommuner/9901-storlia/index.html"))
    page.keyboard.press("Tab")
    focused = page.evaluate("() => ({cls: document.activeElement.className, href: document.activeElement.getAttribute('href')})")
    assert focused == {"cls": "skip-link", "href": "#innhold"}
    box = page.locator(".skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 20, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "innhold"
    page.keyboard.press("Tab")
    in_main = page.evaluate("() => document.querySelector('main').contains(document.activeElement)")
    assert in_main, "after the skip link, Tab goes on inside the main content"


def test_every_focusable_element_shows_focus_and_tab_reaches_the_end_without_a_trap(servers, page):
    page.goto(servers["nb"].url("rapporter/portefolje/index.html"))
    count = page.evaluate("""() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]').length""")
    seen = []
    for _ in range(count + 5):
        page.keyboard.press("Tab")
        state = page.evaluate("""() => {
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
            return {tag: e.tagName, text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),
                    visible, isBody: e === document.body,
                    last: e === [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')].pop()};
        }""")
        if state["isBody"]:
            break
        assert state["visible"], f"no visible focus on {state}"
        seen.append(state)
    assert seen and seen[-1]["last"], "Tab reaches the page's last control: nothing on the page traps the keyboard"
    assert len(seen) >= count


def test_pages_declare_their_language_and_passages_in_another(sites):
    nb_page = (sites["nb"] / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nb">' in nb_page
    assert '<html lang="nn">' in (sites["nb"] / "kommuner/9904-kvitmyr/index.html").read_text(encoding="utf-8")
    assert '<html lang="nn">' in (sites["nn"] / "index.html").read_text(encoding="utf-8")
    english_product = next((sites["en"] / "katalog/produkter").glob("*/index.html")).read_text(encoding="utf-8")
    assert '<html lang="en">' in english_product
    assert '<div lang="nb">' in english_product, "the product's Norwegian description is marked as bokmål on an English page"


def test_charts_and_tables_have_text_alternatives(sites):
    report = (sites["nb"] / "rapporter/portefolje/index.html").read_text(encoding="utf-8")
    assert "<svg" in report
    for svg in report.split("<svg")[1:]:
        head = svg.split(">", 1)[0]
        assert 'role="img"' in head and ("aria-labelledby" in head or "aria-label" in head), head
    assert "<caption>" in report and '<th scope="col"' in report and '<th scope="row"' in report
