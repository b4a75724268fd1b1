"""End-to-end in a real headless browser (Playwright driving Debian's
chromium; no browser download): search -> facet -> meeting -> a decision's
page in the PDF viewer; a person page; hostile text; screenshots."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
CHROMIUM = os.environ.get("BOARDPAPERS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

from web_server import running_server  # noqa: E402

# Screenshots for the README: written to $BOARDPAPERS_SCREENSHOTS (e.g. docs/web) when set.
SHOTS_DIR = os.environ.get("BOARDPAPERS_SCREENSHOTS")
VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def base_url(web_db):
    with running_server(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    pg = context.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def shot(page, name: str, tmp_path: Path) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"))
    if SHOTS_DIR:
        from PIL import Image  # Pillow comes with pdfplumber

        Path(SHOTS_DIR).mkdir(parents=True, exist_ok=True)
        out = Path(SHOTS_DIR) / f"{name}.png"
        # 256 colours: a third of the bytes, no visible loss on text pages.
        Image.open(tmp_path / f"{name}.png").convert("RGB").quantize(256).save(out, optimize=True)


def pdf_page_text(web_db: str, sha256: str, number: int) -> str:
    """The page's text read from the PDF itself (not from the store)."""
    import pypdfium2

    from boardpapers.store.store import Store

    store = Store(web_db)
    path = store.document(sha256)["path"]
    store.close()
    pdf = pypdfium2.PdfDocument(path)
    try:
        return pdf[number - 1].get_textpage().get_text_range()
    finally:
        pdf.close()


def squash(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def viewer_page_of(href: str) -> tuple[str, int]:
    url = urlparse(href)
    return url.path.rsplit("/", 1)[-1], int(parse_qs(url.query)["page"][0])


def wait_rendered(page, number: int) -> None:
    page.wait_for_selector(f'#viewer[data-rendered-page="{number}"]', timeout=60_000)


def test_search_facet_meeting_decision_viewer(page, base_url, web_db, tmp_path):
    page.goto(base_url + "/")
    page.fill("#q", "noted")  # live search: htmx swaps the results and keeps the query in the URL
    sync_api.expect(page.locator(".total")).to_contain_text("noted", timeout=30_000)
    page.wait_for_url(re.compile(r"q=noted"))
    shot(page, "search", tmp_path)

    page.click('[data-facet="type"] a:text-is("decision")')
    page.wait_for_url(re.compile(r"type=decision"))
    types = page.eval_on_selector_all("li.hit", "els => els.map(e => e.dataset.type)")
    assert types and set(types) == {"decision"}
    count = int(page.text_content('[data-facet="type"] li.chosen .count'))
    assert int(page.text_content(".total strong")) == count

    page.click("li.hit .meta a:text-is('meeting')")
    page.wait_for_url(re.compile(r"/meeting/\d+"))
    assert page.locator("ol.decisions li.decision").count() > 0
    shot(page, "meeting", tmp_path)

    decision = page.locator("ol.decisions li.decision").first
    text = decision.locator("p").text_content()
    href = decision.locator("a.pagelink").get_attribute("href")
    sha, number = viewer_page_of(href)
    decision.locator("a.pagelink").click()
    wait_rendered(page, number)
    assert page.text_content("#page-num") == str(number)
    assert page.get_attribute("#canvas", "data-page") == str(number)
    # The canvas holds a drawn page, not a blank one.
    inked = page.evaluate(
        "() => { const c = document.getElementById('canvas');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 128) n++; return n; }"
    )
    assert inked > 1000
    # The page shown is the one whose text holds the decision, and the viewer
    # found the decision's words on it (decisions have no stored box).
    assert squash(text)[:60] in squash(pdf_page_text(web_db, sha, number))
    assert page.get_attribute("#viewer", "data-highlight") == "text"
    assert page.locator("#highlight").is_visible()

    page.click("#next")
    wait_rendered(page, number + 1)
    assert page.text_content("#page-num") == str(number + 1)
    assert not page.errors and not page.dialogs


def test_agenda_item_box_is_highlighted(page, base_url, tmp_path):
    page.goto(base_url + "/meetings")
    page.locator("table.list tbody tr").filter(has_text="meeting").first.locator("a").first.click()
    link = page.locator('table.agenda a.pagelink[href*="box="]').first
    href = link.get_attribute("href")
    _sha, number = viewer_page_of(href)
    link.click()
    wait_rendered(page, number)
    box = page.locator("#highlight")
    assert box.is_visible() and page.get_attribute("#viewer", "data-highlight") == "box"
    frame = page.locator("#frame").bounding_box()
    b = box.bounding_box()
    assert frame["x"] <= b["x"] and b["x"] + b["width"] <= frame["x"] + frame["width"] + 1
    assert b["y"] >= frame["y"] and b["height"] > 5
    shot(page, "viewer", tmp_path)


def test_person_page(page, base_url, web_db, tmp_path):
    page.goto(base_url + "/?type=attendance")
    person = page.locator("li.hit[data-type=attendance] a.title").first
    name = person.text_content()
    person.click()
    page.wait_for_url(re.compile(r"/person\?name="))
    assert name in page.text_content("h1") or name in page.text_content("main")
    rows = page.locator("section:has(h2:text('Attendance')) tbody tr")
    assert rows.count() >= 1
    surname = squash(name).split()[-1]
    for link in rows.locator("a.pagelink").all():
        sha, number = viewer_page_of(link.get_attribute("href"))
        assert surname in squash(pdf_page_text(web_db, sha, number))
    shot(page, "person", tmp_path)
    assert not page.errors


def test_hostile_text_shows_as_text(page, base_url, tmp_path):
    page.goto(base_url + "/?q=alert")
    snippets = " ".join(page.locator(".snippet").all_text_contents())
    assert "<script>alert(1)</script>" in snippets
    heads = " ".join(page.locator(".hit .title").all_text_contents())
    assert "<img src=x onerror=alert(2)>" in heads + snippets
    assert page.locator("main script, main img").count() == 0
    page.goto(base_url + "/status")
    shot(page, "status", tmp_path)
    assert not page.dialogs and not page.errors


def test_traversal_and_unknown_ids_are_404(page, base_url):
    for url in ("/pdf/..%2f..%2fetc%2fpasswd", "/pdf/" + "0" * 64, "/view/" + "0" * 64, "/meeting/424242"):
        response = page.goto(base_url + url)
        assert response.status == 404
        assert "Not found" in page.text_content("h1")
