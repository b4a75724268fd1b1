"""An action matrix whose rows run on to the next page without a repeated header, the page's lines
opening with the rows' coded references (an intergovernmental council's record, Annex 3 –
Matrix of Actions, rows GC12/A1 .. A5 on page 5 and GC12/A6 .. A8 on page 6). Values read from
the PDF."""

import pytest

from boardpapers.reading.layout_pages import coded_rows, continues_table
from tests.conftest import WRITTEN_DEV34

PICFTC = WRITTEN_DEV34 / "em-picftc-governing-council-record-2025-06-03.pdf"


def test_coded_rows_need_two_lines_of_one_stem():
    assert coded_rows("GC12/A6 Consult the staff\nallowance changes\nGC12/A7 Sign the audit")
    assert coded_rows("ACT-12 Circulate\nACT-13 Write")
    assert not coded_rows("GC12/A6 Consult the staff association\nallowance changes")
    assert not coded_rows("2025 budget\n2026 budget")  # a number alone is no code
    assert not coded_rows("6.1 The Board noted\n6.2 The Board agreed")  # minute numbers
    assert not coded_rows("Item 4 Finance\nItem 5 Audit")


def test_coded_rows_continue_the_previous_pages_table_only():
    page = "GC12/A6 Consult the staff association\nSecretariat GC13\nGC12/A7 Sign the letter\n6"
    assert continues_table(page, ["actions"]) == ["actions"]
    assert continues_table(page, []) == []


@pytest.mark.skipif(not PICFTC.exists(), reason="written-dev34 PDFs absent")
def test_action_matrix_rows_on_the_page_after_its_header_are_read():
    from boardpapers.pipeline.process import parse_file

    acts = {a.ref: a for a in parse_file(str(PICFTC)).records["actions"]}
    assert [f"GC12/A{i}" for i in range(1, 9)] == sorted(acts)
    a6, a7, a8 = acts["GC12/A6"], acts["GC12/A7"], acts["GC12/A8"]
    assert a6.text.startswith("Consult the staff association on the proposed housing")
    assert (a6.owner, a6.due, a6.page) == ("Secretariat", "GC13", 6)
    assert (a7.owner, a7.due) == ("Finance Manager", "2025-07-31")
    assert (a8.owner, a8.due) == ("Secretariat", "2025-09-30")
    assert a8.text == "Confirm dates of the Thirteenth Meeting with the Government of Samoa."
