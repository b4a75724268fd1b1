"""The web app over HTTP (no browser): safety (escaping, no path traversal,
read-only, clear 404s) and facets that narrow the results."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qs, urlparse

import pytest
from markupsafe import escape

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from boardpapers.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(web_db):
    return TestClient(create_app(web_db))


def _digest(path: str) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_hostile_text_is_escaped(client):
    html = client.get("/", params={"q": "alert"}).text
    text = html.replace("<mark>", "").replace("</mark>", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(2)&gt;" in text
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "</mark><b>bold</b>" not in html  # the document's own tags stay text
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


@pytest.mark.parametrize(
    "url",
    [
        "/pdf/../../etc/passwd",
        "/pdf/..%2f..%2fetc%2fpasswd",
        "/pdf/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/pdf/" + "0" * 64,
        "/pdf/not-a-hash",
        "/view/" + "f" * 64,
        "/static/../app.py",
        "/meeting/999999",
        "/person?name=Nobody%20Atall",
        "/organisation?name=zzzz-no-such-org",
        "/no-such-page",
    ],
)
def test_unknown_and_traversal_paths_are_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text
    assert "Not found" in r.text


def test_pdf_served_from_store_path(client, web_db):
    from boardpapers.store.store import Store

    store = Store(web_db)
    doc = store.documents()[0]
    store.close()
    r = client.get(f"/pdf/{doc['sha256']}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(r.content).hexdigest() == doc["sha256"]


def test_server_does_not_write_the_store(web_db):
    before = _digest(web_db)
    c = TestClient(create_app(web_db))
    for url in ("/", "/?q=budget", "/meetings", "/status", "/meeting/1"):
        assert c.get(url).status_code == 200
    assert _digest(web_db) == before


def test_facet_narrows_results_to_its_count(client):
    html = client.get("/", params={"q": "noted"}).text
    total = int(re.search(r'<p class="total"><strong>(\d+)</strong>', html).group(1))
    facet = re.search(
        r'<section class="facet" data-facet="type">.*?<a href="([^"]+)"[^>]*>decision</a> <span class="count">(\d+)</span>',
        html,
        re.S,
    )
    assert facet, "a decision facet for 'noted'"
    href, count = facet.group(1).replace("&amp;", "&"), int(facet.group(2))
    assert 0 < count < total
    assert parse_qs(urlparse(href).query) == {"q": ["noted"], "type": ["decision"]}
    narrowed = client.get(href).text
    assert f"<strong>{count}</strong>" in narrowed
    assert set(re.findall(r'<li class="hit" data-type="(\w+)"', narrowed)) == {"decision"}


def test_htmx_request_gets_only_the_results(client):
    r = client.get("/", params={"q": "noted"}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert "<html" not in r.text and 'class="hitlist"' in r.text


def test_status_page(client):
    html = client.get("/status").text
    assert "search index in step" in html and "hostile.pdf" in html
    failures = html.split("<h2>Failures", 1)[1].split("<h2>", 1)[0]
    assert "broken.pdf" in failures and "PDF" in failures  # the file and its one-line reason


def test_organisation_page_lists_who_declared(client, web_db):
    from boardpapers.store.store import Store

    store = Store(web_db, read_only=True)
    row = next(
        r
        for r in store.db.query("select person, organisation from interests where organisation is not null")
        if r["person"] and len(r["organisation"]) > 5
    )
    store.close()
    html = client.get("/organisation", params={"name": row["organisation"]}).text
    assert html.count('class="pagelink"') >= 1
    assert re.search(
        r"<a href=\"/person\?name=[^\"]+\">" + re.escape(str(escape(row["person"]))) + "</a>", html
    )


def test_meeting_previous_and_next_are_same_body(client, web_db):
    from boardpapers.store.store import Store

    store = Store(web_db, read_only=True)
    # meeting pages are the merged meetings (store/identity.py: one per body and date)
    meetings = {
        r["id"]: r for r in store.db.query("select id, body_key as body, date from meeting_identities")
    }
    store.close()
    linked = 0
    for mid, m in meetings.items():
        html = client.get(f"/meeting/{mid}").text
        for rel, later in (("prev", False), ("next", True)):
            found = re.search(rf'<a rel="{rel}" href="/meeting/(\d+)">', html)
            if not found:
                continue
            other = meetings[int(found.group(1))]
            assert other["body"].lower() == m["body"].lower()
            assert (other["date"] > m["date"]) == later
            linked += 1
    assert linked >= 2  # the two City & Hackney packs follow one another


def test_loopback_server_answers_only_local_host_names(web_db):
    c = TestClient(create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert c.get("/").status_code == 200
    assert c.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_moved_file_is_a_clear_404(tmp_path):
    from web_server import write_hostile_pdf

    from boardpapers.pipeline.ingest import ingest
    from boardpapers.store.store import Store

    pdf = write_hostile_pdf(tmp_path / "gone.pdf")
    db = str(tmp_path / "moved.db")
    ingest([str(pdf)], db, workers=0, ocr=False)
    store = Store(db, read_only=True)
    sha = store.documents()[0]["sha256"]
    store.close()
    pdf.unlink()
    c = TestClient(create_app(db))
    r = c.get(f"/pdf/{sha}")
    assert r.status_code == 404 and "moved" in r.text
    assert c.get(f"/view/{sha}").status_code == 200  # the page says so when PDF.js cannot load it


def test_serve_without_a_store_says_so(tmp_path):
    from click.testing import CliRunner

    from boardpapers.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no store at" in result.output


def test_pages_on_a_postgresql_store(web_db, tmp_path):
    """The same pages over a PostgreSQL copy of the store (skips without BOARDPAPERS_TEST_PG)."""
    from click.testing import CliRunner
    from conftest import store_location

    from boardpapers.cli import main

    with store_location("postgresql", tmp_path) as url:
        assert CliRunner().invoke(main, ["copy", web_db, url]).exit_code == 0
        c = TestClient(create_app(url))
        html = c.get("/", params={"q": "noted"}).text
        assert re.findall(r'data-facet="(\w+)"', html) == ["type", "body", "year", "outcome"]
        narrowed = c.get("/", params={"q": "noted", "type": "decision"}).text
        assert set(re.findall(r'<li class="hit" data-type="(\w+)"', narrowed)) == {"decision"}
        hostile = c.get("/", params={"q": "alert"}).text
        assert "<script>alert" not in hostile and "<img src=x" not in hostile
        meeting = re.search(r'href="/meeting/(\d+)"', narrowed).group(1)
        assert c.get(f"/meeting/{meeting}").status_code == 200
        assert c.get("/status").status_code == 200
        assert c.get("/pdf/" + "0" * 64).status_code == 404
