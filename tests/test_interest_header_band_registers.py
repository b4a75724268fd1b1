"""Registers of interests in a table whose shaded header band has the first row set tight
under it (NZ councils' members' registers reproduced in an agenda): a regular line under a bold
header is a row, not the header's wrapped labels; a row naming a category beside "Nil" records
nothing."""

from __future__ import annotations

from boardpapers.extract.interests import _records_nothing
from boardpapers.layout.lines import Line, line_from_spans
from boardpapers.layout.tables import find_header
from boardpapers.model import Span


def _line(cells: list[tuple[float, str]], top: float, bold: bool) -> Line:
    spans = [Span(t, x, top, x + 6.0 * len(t), top + 11.0, 10.0, bold) for x, t in cells]
    return line_from_spans(spans, 1)


def test_regular_row_tight_under_a_bold_header_is_a_row_not_a_wrapped_label():
    # a shaded header band whose first row sits 2pt under it (NZ council registers in an agenda)
    head = _line([(40, "Councillor"), (200, "Interest"), (330, "Entity"), (470, "Capacity")], 100.0, True)
    row = _line(
        [(40, "Ana Rewi"), (200, "Company"), (330, "Rewi Farms Ltd"), (470, "Director")], 113.0, False
    )
    after = _line([(200, "Trust"), (330, "Rewi Whanau Trust"), (470, "Trustee")], 130.0, False)
    h = find_header([head, row, after], lambda labels: len(labels), bold_header=True)
    assert h is not None and h.body_from == 1
    assert h.grid.labels == ["Councillor", "Interest", "Entity", "Capacity"]
    # opt-in: other tables' specs keep a line under the header in it (risk panels)
    h = find_header([head, row, after], lambda labels: len(labels))
    assert h is not None and h.body_from > 1
    # a bold header's wrapped labels stay in the header
    wrap = _line([(200, "type"), (470, "held")], 113.0, True)
    h = find_header([head, wrap, after], lambda labels: len(labels), bold_header=True)
    assert h is not None and h.body_from == 2


def test_a_category_beside_nil_records_nothing():
    assert _records_nothing({"category": "Employment", "organisation": "Nil"})
    assert _records_nothing({"category": "Nil"})
    assert not _records_nothing({"category": "Employment", "organisation": "Rewi Farms Ltd", "nature": "Nil"})


def test_agenda_register_with_a_shaded_header_band(load_doc):
    from conftest import WRITTEN_DEV13

    from boardpapers.extract.interests import extract_interests

    doc = load_doc(WRITTEN_DEV13 / "e-kowhai-coast-dc-council-2025-08-27.pdf")
    got = {(i.person, i.organisation) for i in extract_interests(doc)}
    assert any(org == "McKenzie-Hay Orchards Limited" for _, org in got)
    assert not any(org == "Nil" for _, org in got)
