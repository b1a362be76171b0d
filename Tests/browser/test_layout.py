"""Screenshots at 360 and 1280 px for a visual check, no horizontal scrolling on a phone, and
reports and system pages that print on A4."""

import re

import pytest

from conftest import ARTIFACTS, page_types


@pytest.mark.parametrize("width", [360, 1280])
def test_page_types_fit_the_screen_and_are_photographed(width, sites, servers, page):
    folder = ARTIFACTS / "screenshots" / str(width)
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    too_wide = {}
    for kind, path in page_types(sites["nb"]).items():
        page.goto(servers["nb"].url(path))
        scroll = page.evaluate("() => document.scrollingElement.scrollWidth")
        if scroll > width:
            too_wide[kind] = scroll
        name = "".join(c if c.isalnum() else "-" for c in kind)
        page.screenshot(path=str(folder / f"{name}.png"), full_page=width == 360)
    assert not too_wide, f"wider than {width} px: {too_wide}"


@pytest.mark.parametrize("kind", ["report: portfolio", "report: roadmap", "report: action plan", "system"])
def test_reports_and_system_pages_print_on_a4(kind, sites, servers, page):
    path = page_types(sites["nb"])[kind]
    page.goto(servers["nb"].url(path))
    page.emulate_media(media="print")
    # A4 minus the 12 mm side margins of the print style sheet, in CSS pixels.
    page.set_viewport_size({"width": round((210 - 24) / 25.4 * 96), "height": 1000})
    hidden = page.evaluate("() => ['.site-nav', '.site-search', '.breadcrumbs', '.site-footer'].map(s => document.querySelector(s)).filter(e => e && getComputedStyle(e).display !== 'none').length")
    assert hidden == 0, "navigation, search and footer are not printed"
    scroll = page.evaluate("() => document.scrollingElement.scrollWidth")
    width = page.evaluate("() => window.innerWidth")
    assert scroll <= width, f"the printed page is {scroll} px wide, the paper {width} px"
    folder = ARTIFACTS / "print"
    folder.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert pdf.startswith(b"%PDF") and boxes, "a PDF with pages"
    assert all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in boxes), f"every page is A4: {set(boxes)}"
    (folder / ("".join(c if c.isalnum() else "-" for c in kind) + ".pdf")).write_bytes(pdf)
