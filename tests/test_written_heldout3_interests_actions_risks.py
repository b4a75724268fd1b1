"""Interests, actions and risks in the fourth written set (benchmarks/written-heldout3/, read and
fixed against in session 7): expected values read from the PDFs, and variant forms of each
family that the set does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from tinypdf import write_pdf

from boardpapers.extract.accountability import extract_accountability
from boardpapers.extract.interests import interests_from_tables
from boardpapers.pipeline.process import parse_file
from boardpapers.reading.pdf_reader import read_document

WRITTEN_HELDOUT3 = ROOT / "benchmarks" / "written-heldout3"


def _records(stem: str) -> dict:
    path = WRITTEN_HELDOUT3 / f"{stem}.pdf"
    if not path.exists():
        pytest.skip(f"{path} absent")
    return extract_accountability(parse_file(str(path)).document)


def test_trust_register_with_bottom_aligned_header_and_directorate_bands() -> None:
    # NHS trust register of decision-making staff: "Type of / interest" and "Action taken to /
    # mitigate risk" headers set to the cell's bottom, the name on a person's first row only,
    # "Division of Medicine" band rows, "Nil declared" members
    recs = _records("blackwater-valley-register-of-interests-2025")["interests"]
    assert len(recs) == 29
    assert not any(r.person.startswith(("Division", "Trust Board", "Corporate")) for r in recs)
    first = recs[0]
    assert (first.person, first.role, first.category) == (
        "Dr Miriam Achterberg",
        "Chief Executive",
        "non-pecuniary",
    )
    assert first.nature == "Trustee, Blackwater Valley Hospice Care (registered charity 1104872)"
    assert [r.category for r in recs if r.person == "Dr Miriam Achterberg"] == [
        "non-pecuniary",
        "non-pecuniary",
        "indirect",
    ]


def _words(
    tmp: Path, x: float, top: float, text: str, size: float = 8.0
) -> list[tuple[float, float, float, str]]:
    """Each word its own text object at word spacing (as a PDF printer cuts a line into runs),
    placed after the words' widths as read back from a scratch PDF."""
    words = text.split()
    scratch = read_document(
        str(write_pdf(tmp / "words.pdf", [[(30, 20 + 12 * i, size, w) for i, w in enumerate(words)]]))
    )
    widths = {sp.text.strip(): sp.x1 - sp.x0 for sp in scratch.pages[0].spans}
    out = []
    for w in words:
        out.append((x, top, size, w))
        x += widths[w] + size * 0.3
    return out


def test_two_line_bottom_aligned_header_and_band_rows_variant(tmp_path: Path) -> None:
    # a variant: a foundation trust's register with "Date of / declaration" and "Type of /
    # interest" header tops, band rows "Executive Directors" / "Clinical Directorates" run over
    # the second column, an interest row under a name printed once
    xs = [30, 150, 260, 400, 560]
    items: list[tuple[float, float, float, str]] = [(30, 30, 12, "Register of Interests of Board Members")]
    items += [(260, 80, 8, "Type of"), (400, 80, 8, "Date of")]
    items += [(xs[0], 90, 8, "Name"), (xs[1], 90, 8, "Position"), (xs[2], 90, 8, "interest")]
    items += [(xs[3], 90, 8, "declaration"), (xs[4], 90, 8, "Organisation")]
    items += _words(tmp_path, 30, 115, "Executive Directors and Corporate Leads")
    rows = [
        (131, ["Jane Doe", "Medical Director", "Financial", "01/02/2024", "Acme Health Ltd"]),
        (147, ["", "", "Non-financial professional", "03/04/2024", "Royal College of Physicians"]),
        (163, ["John Roe", "Chief Nurse", "Indirect", "05/06/2024", "Roe Care Homes Ltd"]),
    ]
    for top, cells in rows:
        items += [(x, top, 8, c) for x, c in zip(xs, cells, strict=True) if c]
    items += _words(tmp_path, 30, 179, "Clinical Directorates and Support Services")
    items += [
        (x, 195, 8, c)
        for x, c in zip(xs, ["Ann Poe", "Clinical Director", "Nil declared", "", ""], strict=True)
        if c
    ]
    items += [
        (x, 211, 8, c)
        for x, c in zip(
            xs, ["Bob Moe", "Divisional Director", "Financial", "07/08/2024", "Moe Ltd"], strict=True
        )
    ]
    doc = read_document(str(write_pdf(tmp_path / "register.pdf", [items])))
    recs = interests_from_tables(doc)
    assert [(r.person, r.category, r.organisation, r.declared_on) for r in recs] == [
        ("Jane Doe", "pecuniary", "Acme Health Ltd", "2024-02-01"),
        ("Jane Doe", "non-pecuniary", "Royal College of Physicians", "2024-04-03"),
        ("John Roe", "indirect", "Roe Care Homes Ltd", "2024-06-05"),
        ("Bob Moe", "pecuniary", "Moe Ltd", "2024-08-07"),
    ]
