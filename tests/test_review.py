"""The review site (``make review``) in a real browser: Debian's chromium driven by Playwright.

No browser is downloaded: Playwright launches /usr/bin/chromium. The site is served by a
localhost http.server in a thread; every request the page makes is recorded and must go to that
server.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler import review
from assembler.diff.words import Seg
from assembler.errors import UsageError
from assembler.flow.blocks import Role, RPara, RRow, RTable
from assembler.model.nodes import Ref
from assembler.render.html import items
from tests.conftest import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROUNDS = [("hoofdlijnen", "concept"), ("concept", "definitief")]


def _render() -> dict[str, bytes]:
    try:
        files, _ = review.render_site(REPO_ROOT, ROUNDS)
    except UsageError as exc:  # e.g. a shallow clone without the milestone commits
        pytest.skip(f"de mijlpalen van het voorbeeld zijn niet beschikbaar: {exc}")
    return files


# -- without a browser --------------------------------------------------------------------------


def test_text_is_escaped_and_refs_link() -> None:
    links = items.Links({"stemmen.2": "stemmen"})
    ref = Ref("stemmen.2", "artikel 7, tweede lid")
    other = Ref("stemmen.2", "artikel 7, tweede lid, van de Regeling", document="gr")
    segs = (
        Seg("=", "zie "),
        Seg("=", ref.text, ref),
        Seg("=", " en artikel 70 <b>& "),
        Seg("=", other.text, other),
    )
    assert items.segments(segs, links) == (
        'zie <a class="verwijzing" href="#stemmen">artikel 7, tweede lid</a> en artikel 70'
        " &lt;b&gt;&amp; artikel 7, tweede lid, van de Regeling"
    )
    # A deleted reference links with the old side's targets.
    assert items.segments((Seg("-", ref.text, ref),), old=links) == (
        '<del><a class="verwijzing" href="#stemmen">artikel 7, tweede lid</a></del>'
    )
    para = RPara(
        Role.LID, (Seg("=", "a <"), Seg("-", "oud"), Seg("+", "nieuw")), (Seg("=", "1.\t"),)
    )
    assert items.paragraph(para) == (
        '<p class="r-lid"><span class="nr">1. </span>a &lt;<del>oud</del><ins>nieuw</ins></p>'
    )


def test_a_table_scrolls_in_its_own_box_and_amounts_are_right_aligned() -> None:
    header = tuple((Seg("=", h),) for h in ("Deelnemer", "Totaal"))
    changed = RRow(
        "d", ((Seg("=", "Dordrecht"),), (Seg("-", "1.401.112,95"), Seg("+", "1.484.854,00")))
    )
    html = items.table(RTable("t", header, (changed,)))
    assert html.startswith(
        '<div class="rv-tabelvak" role="region" aria-label="Tabel" tabindex="0">'
    )
    assert '<th scope="col" class="rv-getal">Totaal</th>' in html
    assert '<td>Dordrecht</td><td class="rv-getal"><del>1.401.112,95</del>' in html
    wide = RTable("w", tuple((Seg("=", f"Ondermandaat {i}"),) for i in range(9)), ())
    assert items.table(wide).startswith('<div class="rv-tabelvak rv-breed"')


def test_site_is_deterministic_and_self_contained() -> None:
    first = _render()
    second = _render()
    assert first == second
    assert "index.html" in first
    index = first["index.html"].decode()
    assert "Ronde hoofdlijnen → concept" in index and "Ronde concept → definitief" in index
    page = first["concept..definitief/gr-sociaal.html"].decode()
    for text in first.values():
        html = text.decode()
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
        assert "<link" not in html
    assert '<input type="checkbox" id="rv-filter"' in page
    assert "@media print" in page
    assert '<aside class="rv-reden"' in page
    # A changed annex has what changed and why beside it, like an article.
    annex = re.search(r'<aside class="rv-reden rv-onderdeel" aria-label="Bijlage 3: ([^"]*)"', page)
    assert annex and "Voorlopige bijdragen" in annex.group(1)
    assert "n.a.v. zienswijze Dordrecht" in page.split('aria-label="Bijlage 3:', 1)[1][:2000]
    # The index counts articles whose references only follow a new numbering apart.
    assert "Verwijzing bijgewerkt</th>" in index
    moved = first["hoofdlijnen..concept/gr-sociaal.html"].decode()
    assert '<section class="artikel verplaatst' in moved
    assert "Verplaatst van <a href=" in moved and "Verplaatst naar <a href=" in moved


# -- in the browser -----------------------------------------------------------------------------


def _playwright():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} ontbreekt (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (het Python-pakket) ontbreekt; pip install playwright")
    return sync_playwright


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("review")
    for name, data in _render().items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    handler = functools.partial(_Quiet, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
        shutil.rmtree(out, ignore_errors=True)


def _printed_tables_fit(pdf: Path) -> None:
    """Printed, the wide tables are on A4 landscape pages, the others on A4 portrait, and
    the words of the widest table (Bijlage 3: nine columns of amounts) are whole."""
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        return  # the browser part is checked; the PDF needs poppler-utils
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = set(re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info))
    assert sizes == {("594.96", "841.92"), ("841.92", "594.96")}, sizes
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for word in (
        "Inkomensondersteuning",
        "Schuldhulpverlening",
        "Beschermingsbewind",
        "Hardinxveld-Giessendam",
        "18.738.315,53",
        "40.030.425,00",
        "Ondermandaat",
    ):
        assert word in text, word


def test_review_in_browser(site: str, tmp_path: Path) -> None:
    sync_playwright = _playwright()
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            page.goto(f"{site}/index.html")
            assert page.title() == "Wijzigingen ter beoordeling"
            assert page.locator("h2", has_text="hoofdlijnen → concept").count() == 1
            assert page.locator("h2", has_text="concept → definitief").count() == 1

            # Follow a document link (by keyboard-reachable link text) of the second round.
            link = page.locator('a[href="concept..definitief/gr-sociaal.html"]')
            link.click()
            page.wait_for_url(re.compile(r"concept\.\.definitief/gr-sociaal\.html$"))
            assert "Gemeenschappelijke Regeling Sociaal" in page.locator("h1").inner_text()
            assert page.locator("ins").count() > 0 or page.locator("del").count() > 0

            articles = page.locator("section.artikel")
            total = articles.count()
            changed = page.locator("section.artikel:not(.ongewijzigd)")
            changed_count = changed.count()
            assert 0 < changed_count < total
            assert page.locator("section.artikel:visible").count() == total

            # The filter, with the keyboard: focus the checkbox and press space.
            page.locator("#rv-filter").focus()
            page.keyboard.press("Space")
            assert page.locator("#rv-filter").is_checked()
            assert page.locator("section.artikel:visible").count() == changed_count
            assert page.locator("section.artikel.ongewijzigd:visible").count() == 0
            assert page.locator("#rv-telling").inner_text().startswith(f"{changed_count} van")
            # The reasons stand next to each changed article.
            first_changed = page.locator("section.artikel.gewijzigd").first
            assert first_changed.locator("aside.rv-reden").is_visible()

            # Side by side: open the details, both columns show.
            details = first_changed.locator("details.rv-naast")
            details.locator("summary").click()
            old, new = details.locator(".rv-kolom.oud"), details.locator(".rv-kolom.nieuw")
            assert old.is_visible() and new.is_visible()
            assert "Artikel" in old.inner_text() and "Artikel" in new.inner_text()
            box_old, box_new = old.bounding_box(), new.bounding_box()
            assert box_old and box_new and box_old["x"] < box_new["x"]  # two columns
            page.screenshot(path=str(tmp_path / "naast.png"), full_page=False)

            # Filter off again, then follow a cross-reference.
            page.locator("#rv-filter").uncheck()
            assert page.locator("section.artikel:visible").count() == total
            ref = page.locator("a.verwijzing").first
            href = ref.get_attribute("href")
            assert href and href.startswith("#")
            ref.click()
            page.wait_for_function(f"location.hash === {href!r}")
            target = href[1:]
            assert page.locator(f'[id="{target}"]').count() == 1
            assert page.locator(f'section.artikel[id="{target}"]').is_visible()

            # A table-of-contents link goes to a stable article anchor.
            toc = page.locator("nav.rv-inhoud ol a").nth(3)
            toc_href = toc.get_attribute("href")
            toc.click()
            page.wait_for_function(f"location.hash === {toc_href!r}")
            assert page.locator(f'[id="{toc_href[1:]}"]').count() == 1  # type: ignore[index]

            # A moved article in the first round: both places, linked to each other.
            page.goto(f"{site}/hoofdlijnen..concept/gr-sociaal.html")
            moved = page.locator("section.artikel.verplaatst")
            assert moved.count() == 2
            assert moved.locator(".rv-verplaatsing a").count() == 2

            shot = tmp_path / "review.png"
            page.screenshot(path=str(shot), full_page=True)
            page.emulate_media(media="print")
            assert not page.locator(".rv-werkbalk").is_visible()

            # A wide table scrolls inside its own box; the page itself does not get wider.
            page.emulate_media(media="screen")
            page.goto(f"{site}/concept..definitief/gr-sociaal.html")
            assert page.evaluate("document.documentElement.scrollWidth") <= 1280
            boxes = page.evaluate(
                "Array.from(document.querySelectorAll('.rv-tabelvak'))"
                ".map(b => [b.scrollWidth > b.clientWidth, getComputedStyle(b).overflowX])"
            )
            assert [True, "auto"] in boxes and all(o == "auto" for _, o in boxes)
            printed = tmp_path / "afdruk.pdf"
            page.emulate_media(media="print")
            page.pdf(path=str(printed), prefer_css_page_size=True)
        finally:
            browser.close()
    _printed_tables_fit(printed)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
    assert requests
    outside = [url for url in requests if not url.startswith(site + "/")]
    assert outside == []
