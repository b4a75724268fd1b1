"""A risk's direction as printed (the extraction contract: "direction": "↔", "▲ Increasing",
"Stable") and its trend (up | down | same | new), which the store, `risks --rising` and the risk
history read; a store written before `trend` existed is migrated, its trend read from the
normalised word it kept in `direction`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import WRITTEN_DEV9
from tinypdf import write_pdf

from boardpapers.extract.normalise import printed_direction, trend
from boardpapers.extract.records import Risk, ScoreTriple
from boardpapers.extract.risk_panels import panel_risks
from boardpapers.model import Document
from boardpapers.reading.pdf_reader import read_document
from boardpapers.store.history import risk_series
from boardpapers.store.open import open_store
from boardpapers.store.schema import SCHEMA_VERSION, user_version


@pytest.mark.parametrize(
    ("cell", "printed", "word"),
    [
        ("↔", "↔", "same"),  # an arrow alone
        ("▼", "▼", "down"),
        ("Stable", "Stable", "same"),  # a word alone
        ("No change", "No change", "same"),
        ("NEW", "NEW", "new"),
        ("Increasing", "Increasing", "up"),
        ("▲ Increasing", "▲ Increasing", "up"),  # arrow and word
        ("  ↑\n Worsening ", "↑ Worsening", "up"),  # wrapped in its cell: trimmed, one space
        ("", None, None),
        ("  ", None, None),
        (None, None, None),
    ],
)
def test_printed_direction_and_its_trend(cell, printed, word) -> None:
    assert printed_direction(cell) == printed
    assert trend(cell) == word
    assert trend(printed) == word  # the printed text reads as the same trend


def test_risk_derives_its_trend_from_the_printed_direction() -> None:
    def risk(direction: str | None, **kw) -> Risk:
        return Risk("R1", "A risk", None, None, None, ScoreTriple(3, 4, 12), None, direction, 1, **kw)

    assert (risk("▲ Increasing").direction, risk("▲ Increasing").trend) == ("▲ Increasing", "up")
    assert risk("Under review").trend is None  # printed, but no trend in it
    assert risk(None).trend is None
    assert risk("↔", trend="new").trend == "new"  # given: kept


def test_panel_direction_words_as_printed(tmp_path: Path) -> None:
    # "Direction of travel" labels words (arrows alone and with a word, read from real registers:
    # test_accountability's "↔", test_risk_panels' "↔ Stable", test_risk_cards_nested_grid's
    # "▼ Improving"; this writer prints Latin-1 only)
    items: list[tuple[float, float, float, str]] = [(30, 30, 12, "Board Assurance Framework extract")]
    top = 60.0
    for ref, printed in (("BAF-01", "Increasing"), ("BAF-02", "No change"), ("BAF-03", "New")):
        items += [(30, top, 8, "Risk ref:"), (120, top, 8, ref), (200, top, 8, "Financial sustainability")]
        items += [(30, top + 11, 8, "Description"), (120, top + 11, 8, "The Trust may not deliver its plan.")]
        items += [(30, top + 22, 8, "Executive lead"), (120, top + 22, 8, "Director of Finance")]
        items += [(30, top + 33, 8, "Inherent risk score"), (120, top + 33, 8, "4 x 4 = 16")]
        items += [(200, top + 33, 8, "Residual risk score"), (300, top + 33, 8, "L3 x C4 = 12")]
        items += [(380, top + 33, 8, "Direction of travel"), (470, top + 33, 8, printed)]
        top += 60
    recs = panel_risks(read_document(str(write_pdf(tmp_path / "baf.pdf", [items]))))
    assert [(r.ref, r.direction, r.trend) for r in recs] == [
        ("BAF-01", "Increasing", "up"),
        ("BAF-02", "No change", "same"),
        ("BAF-03", "New", "new"),
    ]


def test_badge_under_the_arrow_is_not_the_direction() -> None:
    # university strategic register cards: "TREND ▲" with the risk's RAG badge ("RED", read
    # letter-spaced "RE D") on the line under the arrow: the direction is the arrow
    path = WRITTEN_DEV9 / "university-of-calderbridge-srr-2025-11-26.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    recs = panel_risks(read_document(str(path)))
    assert [(r.ref, r.direction, r.trend) for r in recs][:5] == [
        ("SR1", "▲", "up"),
        ("SR2", "►", "same"),
        ("SR3", "▲", "up"),
        ("SR4", "►", "same"),
        ("SR5", "▼", "down"),
    ]


def test_rising_reads_the_trend() -> None:
    rows = [
        {"id": 1, "sha256": "a", "ref": "R1", "direction": "▲ Increasing", "trend": "up", "page": 1},
        {"id": 2, "sha256": "a", "ref": "R2", "direction": "New", "trend": "new", "page": 1},
        {"id": 3, "sha256": "a", "ref": "R3", "direction": "↔", "trend": "same", "page": 1},
    ]
    series = {s.ref: s for s in risk_series(rows)}
    assert [ref for ref, s in series.items() if s.rising] == ["R1", "R2"]
    assert (series["R1"].direction, series["R1"].trend) == ("▲ Increasing", "up")


# ---- the store: version 4 adds risks.trend and fills it for rows stored before


def _doc(sha: str) -> Document:
    return Document(sha256=sha, path=f"/p/{sha[:4]}.pdf", size=1, page_count=1)


OLD_DIRECTIONS = ["up", "same", "down", "new", None]  # what version 3 stored: the normalised word


def _store_version_3(location: str) -> None:
    """A store as version 3 wrote it: risks without `trend`, direction the normalised word."""
    store = open_store(location)
    risks = [
        Risk(f"R{i}", f"Risk {i}", None, None, None, ScoreTriple(2, 3, 6), None, d, 1)
        for i, d in enumerate(OLD_DIRECTIONS)
    ]
    store.replace_document(_doc("d" * 64), {"risks": risks}, path="/p/register.pdf", mtime=0)
    if store.kind == "sqlite":
        store.db.execute("alter table risks drop column trend")
        store.db.execute("pragma user_version = 3")
        store.db.execute("update meta set value = '3' where key = 'schema_version'")
    else:
        with store.db.atomic():
            store.db.execute("alter table risks drop column trend")
            store.db.execute("update meta set value = '3' where key = 'schema_version'")
    store.close()


def test_version_3_store_is_migrated_keeping_its_rows(store_backend) -> None:
    _store_version_3(store_backend)
    store = open_store(store_backend)
    rows = sorted(store.records("risks"), key=lambda r: r["ordinal"])
    assert [(r["ref"], r["direction"], r["trend"]) for r in rows] == [
        ("R0", "up", "up"),
        ("R1", "same", "same"),
        ("R2", "down", "down"),
        ("R3", "new", "new"),
        ("R4", None, None),
    ]
    assert [r["residual"] for r in rows][0] is not None and store.count("documents") == 1
    if store.kind == "sqlite":
        assert user_version(store.db.conn) == SCHEMA_VERSION
    version = list(store.db.query("select value from meta where key = 'schema_version'"))
    assert version[0]["value"] == str(SCHEMA_VERSION)
    # a document stored after the upgrade keeps its direction as printed beside the trend
    new = Risk("N1", "New risk", None, None, None, None, None, "▲ Increasing", 1)
    store.replace_document(_doc("e" * 64), {"risks": [new]}, path="/p/next.pdf", mtime=0)
    (row,) = store.records("risks", "e" * 64)
    assert (row["direction"], row["trend"]) == ("▲ Increasing", "up")
    store.close()


def test_version_3_sqlite_store_is_refused_read_only(tmp_path) -> None:
    db = str(tmp_path / "bp.db")
    _store_version_3(db)
    before = Path(db).read_bytes()
    from boardpapers.store.schema import StoreOutdated

    with pytest.raises(StoreOutdated, match="boardpapers reindex"):
        open_store(db, read_only=True)
    assert Path(db).read_bytes() == before
    conn = sqlite3.connect(db)
    assert "trend" not in [r[1] for r in conn.execute("pragma table_info(risks)")]
    conn.close()
