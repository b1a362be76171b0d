"""Browser tests: the demo site built in bokmål, nynorsk and English, served over HTTP on
loopback and driven by Debian's Chromium through Playwright (no browser download).

scripts/test runs these after `swift test`; ORDEN_BINARY names the orden executable."""

import functools
import http.server
import os
import pathlib
import re
import shutil
import socketserver
import subprocess
import threading

import pytest
from playwright.sync_api import sync_playwright

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("ORDEN_BINARY", REPO / ".build" / "debug" / "orden"))
CHROMIUM = os.environ.get("ORDEN_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = pathlib.Path(os.environ.get("ORDEN_BROWSER_ARTIFACTS", REPO / ".build" / "browser"))
LANGUAGES = ["nb", "nn", "en"]


def demo_source(work: pathlib.Path, language: str) -> pathlib.Path:
    """A copy of the demo whose orden.yml asks for `language`."""
    source = work / f"source-{language}"
    if source.exists():
        shutil.rmtree(source)
    source.mkdir(parents=True)
    for name in ["content", "themes"]:
        shutil.copytree(REPO / name, source / name)
    config = (REPO / "orden.yml").read_text(encoding="utf-8")
    config, count = re.subn(r"(?m)^language:.*$", f"language: {language}", config)
    assert count == 1, "orden.yml has one language line"
    (source / "orden.yml").write_text(config, encoding="utf-8")
    return source


def build(source: pathlib.Path, output: pathlib.Path) -> pathlib.Path:
    result = subprocess.run([str(BINARY), "build", "--source", str(source), "--output", str(output), "--quiet", "--no-history"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("orden-browser")


@pytest.fixture(scope="session")
def sites(work):
    """language → the folder of the built demo site."""
    return {language: build(demo_source(work, language), work / f"site-{language}") for language in LANGUAGES}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server:
    def __init__(self, folder: pathlib.Path):
        handler = functools.partial(QuietHandler, directory=str(folder))
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def servers(sites):
    running = {language: Server(folder) for language, folder in sites.items()}
    yield running
    for server in running.values():
        server.close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def page_types(site: pathlib.Path) -> dict:
    """One page of every type the demo has, found in the built site: type → path from the root."""
    def first(pattern: str) -> str:
        matches = sorted(p for p in site.glob(pattern) if p.is_file())
        assert matches, f"no page matches {pattern}"
        return matches[0].relative_to(site).as_posix()

    municipality = "kommuner/9901-storlia/"
    return {
        "home": "index.html",
        "municipality list": "kommuner/index.html",
        "municipality": municipality + "index.html",
        "municipality in nynorsk": "kommuner/9904-kvitmyr/index.html",
        "local list": municipality + "systemer/index.html",
        "system": first(municipality + "systemer/*/index.html"),
        "dataset": first(municipality + "datasett/*/index.html"),
        "processing activity": first(municipality + "behandlinger/*/index.html"),
        "contract": first(municipality + "avtaler/*/index.html"),
        "initiative": first(municipality + "tiltak/*/index.html"),
        "catalogue": "katalog/index.html",
        "product list": "katalog/produkter/index.html",
        "product": first("katalog/produkter/*/index.html"),
        "vendor list": "katalog/leverandorer/index.html",
        "vendor": first("katalog/leverandorer/*/index.html"),
        "service area list": "katalog/tjenesteomrader/index.html",
        "service area": first("katalog/tjenesteomrader/*/index.html"),
        "standard list": "katalog/standarder/index.html",
        "standard": first("katalog/standarder/*/index.html"),
        "dataset catalogue": "datasett/index.html",
        "open data": "apne-data/index.html",
        "dataset filter": first("apne-data/tema/*/index.html"),
        "region": first("regioner/*/index.html"),
        "comparison index": "sammenligning/index.html",
        "comparison: products": "sammenligning/produkter/index.html",
        "comparison: service areas": "sammenligning/tjenesteomrader/index.html",
        "comparison: costs": "sammenligning/kostnader/index.html",
        "comparison: contracts": "sammenligning/avtaler/index.html",
        "comparison: similar": "sammenligning/like-kommuner/index.html",
        "report index": "rapporter/index.html",
        "report: portfolio": "rapporter/portefolje/index.html",
        "report: TIME": "rapporter/time/index.html",
        "report: roadmap": "rapporter/veikart/index.html",
        "report: costs": "rapporter/kostnader/index.html",
        "report: GDPR": "rapporter/personvern/index.html",
        "report: data quality": "rapporter/datakvalitet/index.html",
        "report: integrations": "rapporter/integrasjoner/index.html",
        "report: action plan": "rapporter/handlingsplan/index.html",
        "municipality report": first("rapporter/kommuner/*/portefolje/index.html"),
        "follow-up": first("rapporter/kommuner/*/oppfolging/index.html"),
        "region report": first("rapporter/regioner/*/veikart/index.html"),
        "guide index": "veileder/index.html",
        "guide page": first("veileder/*/index.html"),
        "progress": "veileder/fremdrift/index.html",
        "search": "sok/index.html",
        "not found": "404.html",
    }
