"""The client-side search, the filters on the lists, and what is left without JavaScript."""

import re

from conftest import LANGUAGES


def test_search_shows_results_as_you_type(servers, page):
    page.goto(servers["nb"].url("sok/index.html"))
    page.fill("#sok-side-felt", "storl")
    results = page.locator(".search-results li")
    results.first.wait_for()
    names = results.locator("a").all_text_contents()
    assert names[0] == "Storlia kommune", "a name that starts with the query ranks first"
    assert re.match(r"Viser \d+ av \d+ treff\.", page.locator(".search-status").text_content())
    status = page.locator(".search-status").text_content()
    total = int(re.search(r"av (\d+)", status).group(1))
    page.fill("#sok-side-felt", "storlia sak")
    page.wait_for_function(f"() => !/av {total} treff/.test(document.querySelector('.search-status').textContent)")
    narrower = int(re.search(r"av (\d+)", page.locator(".search-status").text_content()).group(1))
    assert 0 < narrower < total, "every word of the query must match"
    assert "q=storlia+sak" in page.url
    # Each name and place is isolated, so that a bidi override in one stays inside it (issue 16).
    assert all(d == "auto" for d in results.locator("a").evaluate_all("links => links.map(a => a.dir)"))
    assert all(d == "auto" for d in page.locator(".search-meta").evaluate_all("metas => metas.map(m => m.dir)"))


def test_search_finds_products_by_vendor_and_filters_by_kind(servers, sites, page):
    page.goto(servers["nb"].url("sok/index.html"))
    page.fill("#sok-side-felt", "fjordsoft")
    page.locator(".search-results li").first.wait_for()
    kinds = set(page.locator(".search-meta").all_text_contents())
    assert any(kind.startswith("System") for kind in kinds) and any(kind.startswith("Leverandør") for kind in kinds)
    page.select_option("#sok-type", "vendor")
    page.wait_for_function("() => [...document.querySelectorAll('.search-meta')].every(m => m.textContent.startsWith('Leverandør'))")
    link = page.locator(".search-results a").first
    link.click()
    assert page.url.rstrip("/").endswith("katalog/leverandorer/fjordsoft") or "leverandorer/fjordsoft" in page.url


def test_the_header_search_box_takes_the_query_to_the_search_page(servers, page):
    page.goto(servers["nb"].url("katalog/index.html"))
    page.fill("#sok-felt", "postjournal")
    page.press("#sok-felt", "Enter")
    page.wait_for_url(re.compile(r"sok/(index\.html)?\?q=postjournal"))
    page.locator(".search-results li").first.wait_for()
    assert page.input_value("#sok-side-felt") == "postjournal"
    assert all("Datasett" in meta for meta in page.locator(".search-meta").all_text_contents())


def test_search_in_english_uses_english_labels(servers, page):
    page.goto(servers["en"].url("sok/index.html?q=storlia"))
    page.locator(".search-results li").first.wait_for()
    assert re.match(r"Showing \d+ of \d+ results\.", page.locator(".search-status").text_content())
    assert "Municipality" in page.locator(".search-meta").first.text_content()


def test_search_works_from_a_site_opened_from_disk(sites, page):
    page.goto((sites["nb"] / "sok/index.html").as_uri() + "?q=vassbygd")
    page.locator(".search-results li").first.wait_for()
    assert page.locator(".search-results a").first.text_content() == "Vassbygd kommune"


def test_the_dataset_filters_combine_in_the_browser(servers, page):
    page.goto(servers["nb"].url("datasett/index.html"))
    rows = page.locator(".table-wrap tbody tr")
    total = rows.count()
    assert total > 5
    page.select_option("#filter-valg-kommune", index=1)
    visible = page.locator(".table-wrap tbody tr:not([hidden])").count()
    assert 0 < visible < total
    status = page.locator(".filter-status").text_content()
    assert status == f"Viser {visible} av {total} datasett."
    page.click("button[type=reset]")
    page.wait_for_function(f"() => document.querySelectorAll('.table-wrap tbody tr:not([hidden])').length === {total}")


def test_a_long_list_filters_by_text(servers, page):
    page.goto(servers["nb"].url("katalog/produkter/index.html"))
    total = page.locator(".table-wrap tbody tr").count()
    page.fill(".table-filter input", "fjordsoft")
    visible = page.locator(".table-wrap tbody tr:not([hidden])")
    assert 0 < visible.count() < total
    assert all("fjordsoft" in row.lower() for row in visible.all_text_contents())


def test_without_javascript_lists_and_filter_pages_still_work(browser, servers):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(servers["nb"].url("sok/index.html"))
    assert page.locator(".search-lists a").count() >= 6, "the search page lists where everything can be found"
    page.goto(servers["nb"].url("datasett/index.html"))
    assert page.locator(".filter-form").count() == 0
    link = page.locator(".filter-group a").first
    link.click()
    assert "/datasett/" in page.url and page.url != servers["nb"].url("datasett/index.html")
    assert page.locator(".table-wrap tbody tr").count() >= 1
    context.close()


def test_every_language_builds_a_search_index_with_every_record(sites):
    for language in LANGUAGES:
        index = (sites[language] / "sok/indeks.js").read_text(encoding="utf-8")
        assert index.startswith("window.ordenSearchIndex=")
        assert index.count("\n[") > 200
