"""Registers printed one member at a time, read by the last fallback (extract.interest_member_generic):
a member's name line (bold or capitals, numbered or not, titles and post-nominals), the post
after a comma or on the next line, a date line, then entries (lines, bullets, sentences) under
optional labels or lettered heads. Built on written-dev19's g- files; the variants here are
written for the test (other wording, other heads, one column)."""

from __future__ import annotations

from conftest import WRITTEN_DEV19, written_doc

from boardpapers.extract.interest_member_generic import generic_member_registers
from boardpapers.model import Document, Page, Span


def _words(x: float, top: float, text: str, bold: bool = False) -> list[Span]:
    out = []
    for w in text.split():
        out.append(Span(w, x, top, x + 5.0 * len(w), top + 10, size=10.0, bold=bold))
        x += 5.0 * len(w) + 4.0
    return out


def _doc(rows: list[tuple[float, float, str, bool]]) -> Document:
    spans = [s for x, t, text, bold in rows for s in _words(x, t, text, bold)]
    page = Page(number=1, text="\n".join(r[2] for r in rows), width=612, height=792, spans=spans)
    return Document(sha256="0" * 64, path="r.pdf", size=1, page_count=1, pages=[page])


def test_numbered_capital_names_with_lettered_heads():
    rows = [(50, 30, "Statement of Trustees' Interests 2025", True)]
    top = 60
    members = [
        (
            "1. DR. MIRIAM OKONJO-HALE",
            "Chair of Trustees",
            "(a) Employment: Consultant, Riverside Clinic",
            "2 May 2025",
        ),
        ("2. MR. PETER LANGSTAFF", "Treasurer", "(a) Employment: Nil", "6 May 2025"),
        (
            "3. MRS. GRACE ADEYEMI",
            "Trustee",
            "(b) Memberships: Member, Institute of Fundraising",
            "9 May 2025",
        ),
    ]
    for name, post, entry, date in members:
        rows.append((50, top, name, True))
        rows.append((70, top + 14, post, False))
        rows.append((70, top + 28, entry, False))
        rows.append((70, top + 42, "(c) Spouse or partner: Nil.", False))
        rows.append((70, top + 56, f"Date of declaration: {date}", False))
        top += 80
    recs = generic_member_registers(_doc(rows))
    assert [(r.person, r.role, r.organisation, r.nature, r.category, r.declared_on) for r in recs] == [
        (
            "Miriam Okonjo-Hale",
            "Chair of Trustees",
            "Riverside Clinic",
            "Consultant",
            "pecuniary",
            "2025-05-02",
        ),
        ("Grace Adeyemi", "Trustee", "Institute of Fundraising", "Member", "non-pecuniary", "2025-05-09"),
    ]


def test_bold_names_with_post_after_comma_and_dash_entries():
    rows = [(50, 30, "Register of Governors' Interests", True)]
    top = 60
    for name, entries in (
        (
            "Ms Olivia Brandt-Sykes, MBE, Chair of Governors",
            ["Brandt Sykes Ltd – Director", "Hilltop Rotary Club – Member"],
        ),
        ("Mr Tomasz Wierzbicki, Parent Governor", ["None"]),
        ("Dr Ayo Bankole, Co-opted Governor", ["Northfield University – Senior Lecturer"]),
    ):
        rows.append((50, top, name, True))
        rows.append((50, top + 14, "Declared: 4 September 2024", False))
        for k, e in enumerate(entries):
            rows.append((64, top + 28 + 14 * k, f"• {e}", False))
        top += 40 + 14 * len(entries)
    recs = generic_member_registers(_doc(rows))
    assert [(r.person, r.role, r.organisation, r.nature, r.declared_on) for r in recs] == [
        ("Olivia Brandt-Sykes", "Chair of Governors", "Brandt Sykes Ltd", "Director", "2024-09-04"),
        ("Olivia Brandt-Sykes", "Chair of Governors", "Hilltop Rotary Club", "Member", "2024-09-04"),
        ("Ayo Bankole", "Co-opted Governor", "Northfield University", "Senior Lecturer", "2024-09-04"),
    ]


def test_minutes_with_named_reports_are_no_register():
    rows = [(50, 30, "Minutes of the Board", True), (50, 44, "Declarations of interest", True)]
    rows.append((50, 58, "No interests were declared. The register of interests was noted.", False))
    top = 80
    for name in ("Mrs Jane Hollis", "Mr Peter Lowe", "Dr Anna Field", "Ms Sam Rata"):
        rows.append((50, top, name, True))
        for k in range(6):
            rows.append(
                (
                    50,
                    top + 14 * (k + 1),
                    "reported on the work of the committee and the visits made in the",
                    False,
                )
            )
        top += 110
    assert generic_member_registers(_doc(rows)) == []


def test_two_columns_of_directors_read_column_by_column():
    recs = generic_member_registers(written_doc(WRITTEN_DEV19, "g-blue-mountain-childrens-trust-2025-03-31"))
    assert len(recs) == 11
    assert [r.person for r in recs][:6] == ["Andrea Campbell-Whyte"] * 3 + ["Horace McKenzie-Brown"] * 2 + [
        "Devon O'Connor"
    ]
    assert recs[-1].person == "Rajiv Persaud" and recs[-1].declared_on == "2025-02-17"
