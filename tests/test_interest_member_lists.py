"""Registers of interests printed as one list per member with no category labels
(extract.interest_member_lists): each member's name as a heading ("Mayor X", "Cr Y",
"Councillor Z – Deputy Mayor"), then one entry a line ("Nature – Organisation (dd/mm/yyyy)" or
"Organisation (role)"), a spouse/partner sub-list, "Nil", lists running from one text column into
the next and on to the next page. Read on written-dev11 (NZ district council, two columns); the
variant is an Australian shire's register in one column, entries "Organisation (role)", undated."""

from __future__ import annotations

from pathlib import Path

from conftest import WRITTEN_DEV11, WRITTEN_DEV17, written_doc

from boardpapers.extract.interest_member_lists import member_list_registers
from boardpapers.model import Document, Page, Span
from boardpapers.reading.pdf_reader import read_document

VARIANT = Path(__file__).parent / "data" / "variants" / "shire-council-member-lists-register.pdf"


def _by_person(records):
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r.person, []).append(r)
    return out


def test_one_column_register_of_organisations_with_roles():
    recs = member_list_registers(read_document(str(VARIANT)))
    people = _by_person(recs)
    assert len(recs) == 44
    assert "Thomas O'Rourke" not in people  # "Nil"
    ellery = people["Margaret Ellery"]
    assert ellery[0].role == "Mayor"
    assert (ellery[0].organisation, ellery[0].nature) == ("Bindaree Show Society Inc.", "president")
    # a dash inside the organisation's name does not split it where entries are "Organisation (role)"
    assert ellery[2].organisation == "Country Women's Association of NSW – Bindaree Branch"
    spouse = [r for r in ellery if r.category == "indirect"]
    assert [(r.organisation, r.nature) for r in spouse] == [
        ("Bindaree Rural Supplies Pty Ltd", "employee, stock agent")
    ]
    # a wrapped entry is one entry
    priya = people["Priya Ramasamy"]
    assert len(priya) == 2 and priya[1].organisation.endswith("grant in 2024–25")
    # the list runs on to the next page under the same member
    assert len(people["Aaron McKechnie"]) == 24
    assert people["Aaron McKechnie"][-1].page == 2
    # the heading between the members ends the list above it; the post after the dash
    assert [r.organisation for r in people["Helen Nguyen-Baird"]][-1] == "Bindaree Community Health Trust"
    assert people["Robert Astley"][0].role == "Independent Member, Audit, Risk and Improvement Committee"
    assert all(r.register == "Councillors' Register of Interests" for r in recs)


def test_two_column_register_dated_entries():
    recs = member_list_registers(written_doc(WRITTEN_DEV11, "manawaru-district-council-register-2025-06-24"))
    people = _by_person(recs)
    assert len(recs) == 42
    # the layout merges the columns' lines that share a baseline: each column is read on its own
    ngaire = people["Ngaire Whaanga-Reid"]
    assert ngaire[0].nature == "Kaiwhakahaere (Manager)"
    assert ngaire[0].organisation.endswith("(kaupapa Māori health and social services provider)")
    assert ngaire[0].declared_on == "2022-11-10"
    # the list runs from the first column into the second
    grant = people["Grant McAlister"]
    assert [r.nature for r in grant][-2:] == ["Landlord", "Volunteer firefighter"]
    # a band across the page ("Appointed members") starts the columns again below it
    kiri = people["Kiri Te Rangi"]
    assert [r.organisation for r in kiri] == [
        "Te Rangi Governance Ltd",
        "Waipā District Council",
        "Ōtorohanga District Council",
        "Institute of Directors in New Zealand",
    ]
    assert len(people["Lisa Tan-Whitford"]) == 4
    assert [r.category for r in people["Raewyn Bartlett"]].count("indirect") == 1
    assert people["Peter van der Hoek"][0].role == "Cr"


def _words(x: float, top: float, text: str, bold: bool = False) -> list[Span]:
    out = []
    for w in text.split():
        out.append(Span(w, x, top, x + 5.0 * len(w), top + 10, size=10.0, bold=bold))
        x += 5.0 * len(w) + 4.0
    return out


def test_members_reports_in_minutes_are_no_register():
    # council minutes: councillors' reports under bold titled names, prose under each
    rows = [(40, "Minutes of the Ordinary Council Meeting", True)]
    rows.append((60, "Declarations of interest", True))
    rows.append((74, "Members were reminded to keep the register of interests up to date.", False))
    rows.append((90, "Councillors' reports", True))
    top = 110
    for name in ("Mayor Jane Hollis", "Cr Peter Lowe", "Cr Anna Field", "Cr Sam Rata"):
        rows.append((top, name, True))
        rows.append((top + 14, "Attended the regional transport committee and the launch of the new", False))
        rows.append((top + 28, "library service, and met residents about the flooding on Main Road.", False))
        top += 50
    spans = [s for t, text, bold in rows for s in _words(50, t, text, bold)]
    page = Page(number=1, text="\n".join(t for _, t, _ in rows), width=612, height=792, spans=spans)
    doc = Document(sha256="0" * 64, path="m.pdf", size=1, page_count=1, pages=[page])
    assert member_list_registers(doc) == []


def test_extract_interests_falls_back_to_member_lists():
    # the headed-sections reader (interest_blocks) reads the variant's members too, as paragraphs
    # of prose; the list reader goes first when nothing else found a register
    from boardpapers.extract.interests import extract_interests

    recs = extract_interests(read_document(str(VARIANT)))
    assert len(recs) == 44
    assert ("Bindaree Golf Club Ltd", "board member") in [(r.organisation, r.nature) for r in recs]


VARIANT_ROWS = Path(__file__).parent / "data" / "variants" / "regional-council-member-lists-two-columns.pdf"


def test_two_flowing_columns_of_rows_with_date_cells():
    # a regional council's register: members' headings shaded with the post at the right, each
    # entry a row "Nature, Organisation ........ dd/mm/yyyy" whose first cell may wrap, a
    # "Family interests:" sub-list, a "Nil" member; the columns flow into each other
    recs = member_list_registers(read_document(str(VARIANT_ROWS)))
    people = _by_person(recs)
    assert len(recs) == 19
    assert "Graham Whitlock" not in people
    chair = people["Rangi Tawhai"]  # "Chairperson" is the office, not a name
    assert chair[0].role == "Chair"
    assert (chair[2].nature, chair[2].organisation, chair[2].declared_on) == (
        "Member",
        "Regional Sector Group of Local Government New Zealand",
        "2023-02-02",
    )
    assert [r.category for r in chair] == ["other", "other", "other", "indirect"]
    assert people["Anahera Paki"][0].role == "Eastern Bays constituency"
    # the second column opens with a member of its own, read after the first column
    assert [r.organisation for r in people["Mei Ling Foster"]][:2] == [
        "Foster Wainui Accountants",
        "Kawerau Community Hospice Trust",
    ]
    hana = people["Hana Rewiti-Brown"]
    assert len(hana) == 3 and hana[-1].category == "indirect"
    assert hana[-1].nature.endswith("(drainage contractor to Council)")


def test_attendance_list_with_posts_under_names_is_no_register():
    # a board's minutes: the register of interests noted, then those present, a post (in
    # brackets: an entry's shape) under each name
    rows = [(40, "Register of interests", True), (56, "The register of interests was noted.", False)]
    rows.append((76, "Present", True))
    top = 92
    for name, post in (
        ("Ms Jane Hollis", "Chair (from item 3)"),
        ("Mr Peter Lowe", "Director of Finance (DoF)"),
        ("Dr Anna Field", "Medical Director (MD)"),
        ("Ms Sam Rata", "Board Secretary (minutes)"),
    ):
        rows += [(top, name, True), (top + 14, post, False)]
        top += 32
    spans = [s for t, text, bold in rows for s in _words(50, t, text, bold)]
    page = Page(number=1, text="\n".join(t for _, t, _ in rows), width=612, height=792, spans=spans)
    doc = Document(sha256="0" * 64, path="p.pdf", size=1, page_count=1, pages=[page])
    assert member_list_registers(doc) == []


def test_register_printed_as_a_grid_is_left_to_the_table_readers():
    # a register with one row per member and a column per category (titled names in the first
    # column): rows of many cells are a table, not a member's list
    doc = written_doc(WRITTEN_DEV17, "d-strathmore-glens-ijb-register-2025-03-31")
    assert member_list_registers(doc) == []
