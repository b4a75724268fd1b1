"""Registers whose members' statements are written as prose, one paragraph per member
(interest_statements.prose_statements): the name opens the paragraph, the sentences after it
have the member (or a relative) as their subject, each clause an interest, the statement's date
at its end. The tests build their own variants: another country's wording, statements not
numbered, "Date of statement" against "Statement dated", a name heading with the post under it,
and minutes whose paragraphs name members (no register)."""

from __future__ import annotations

from boardpapers.extract.interest_statements import prose_statements, statement_registers
from boardpapers.model import Document, Page, Span
from tests.conftest import WRITTEN_DEV20

_CHAR = 5.0  # points per character of the test's 10-point runs


def _doc(lines: list[str | tuple[str, bool]]) -> Document:
    """One column of 10-point lines (a (text, bold) pair for a bold line)."""
    spans = []
    for i, line in enumerate(lines):
        text, bold = line if isinstance(line, tuple) else (line, False)
        spans.append(
            Span(
                text=text,
                x0=40.0,
                x1=40.0 + _CHAR * len(text),
                top=40.0 + 13 * i,
                bottom=50.0 + 13 * i,
                size=10.0,
                bold=bold,
            )
        )
    text = "\n".join(s.text for s in spans)
    page = Page(number=1, text=text, width=595, height=842, spans=spans)
    return Document(path="x.pdf", sha256="0", size=1, page_count=1, pages=[page])


def test_unnumbered_statements_with_run_in_posts_and_date_of_statement():
    """A West African authority's directors' statements: no paragraph numbers, the post between
    commas before the verb, clauses parted by semicolons, "Date of statement:" on its own line."""
    doc = _doc(
        [
            "Volta Basin Water Authority",
            "Disclosure of Directors' Interests 2025",
            "Each director's statement of interests, as disclosed to the Board Secretary.",
            "Dr Efua Mensah-Bonsu, Board Chair, is a partner in Mensah Legal Consult and a director",
            "of Akosombo Fisheries Limited; her husband is employed by the Ghana Irrigation Company.",
            "Date of statement: 3 March 2025",
            "Mr Kojo Asante, Director, is the managing director of Asante Pumps Limited. He serves,",
            "unpaid, as treasurer of the Ho Rotary Club. Mr Asante is retired from the civil service.",
            "Date of statement: 11 March 2025",
            "Mrs Abena Owusu declares that she has no interests to disclose.",
            "Date of statement: 4 March 2025",
            "Alhaji Ibrahim Sulemana, Director, holds shares in Tamale Agro Processing Limited.",
            "Date of statement: 7 March 2025",
        ]
    )
    got = prose_statements(doc)
    assert [(r.person, r.role, r.declared_on, r.category, r.organisation) for r in got] == [
        ("Efua Mensah-Bonsu", "Board Chair", "2025-03-03", "pecuniary", "Mensah Legal Consult"),
        ("Efua Mensah-Bonsu", "Board Chair", "2025-03-03", "pecuniary", "Akosombo Fisheries Limited"),
        ("Efua Mensah-Bonsu", "Board Chair", "2025-03-03", "indirect", "Ghana Irrigation Company"),
        ("Kojo Asante", "Director", "2025-03-11", "pecuniary", "Asante Pumps Limited"),
        ("Kojo Asante", "Director", "2025-03-11", "non-pecuniary", "Ho Rotary Club"),
        # "Alhaji" is a style, dropped like "Mr" (SCHEMA: titles dropped; written-dev19's truth drops it)
        ("Ibrahim Sulemana", "Director", "2025-03-07", "pecuniary", "Tamale Agro Processing Limited"),
    ]
    assert got[0].nature == "a partner in Mensah Legal Consult"
    assert got[2].nature == "her husband is employed by the Ghana Irrigation Company"
    assert got[0].register == "Disclosure of Directors' Interests 2025"


def test_name_headings_with_post_lines_and_statement_filed():
    """A Canadian college council's statements: the member's name in bold on a line of its own
    (numbered "2.1"), the post and term on the line under it, sentences with "Ms X" or "She" as
    subject, "Statement filed <Month d, yyyy>." closing each."""
    doc = _doc(
        [
            ("Annual Statements of Interests of Council Members", True),
            "Each member of Council filed a statement of interests for 2025-26.",
            ("2.1 Marie-Claude Tremblay", True),
            "President — elected member; term ends June 30, 2026",
            "Ms. Tremblay is a respiratory therapist employed by Horizon Health Network. She is a",
            "volunteer director of the Fredericton Lung Association.",
            "Statement filed April 14, 2025.",
            ("2.2 Dr. Ravi Chandrasekar", True),
            "Public member",
            "Dr. Chandrasekar is a shareholder of Maritime Sleep Clinics Inc. His spouse is a",
            "pharmacist at Lawtons Drugs, Moncton.",
            "Statement filed April 20, 2025.",
            ("2.3 Owen MacIsaac", True),
            "Member; Chair, Registration Committee",
            "Mr. MacIsaac has no interests to declare.",
            "Statement filed April 22, 2025.",
            ("2.4 Sophie Arsenault", True),
            "Vice-President",
            "Ms. Arsenault is a member of the Canadian Society of Respiratory Therapists.",
            "Statement filed May 2, 2025.",
        ]
    )
    got = prose_statements(doc)
    assert [(r.person, r.role, r.declared_on, r.category) for r in got] == [
        ("Marie-Claude Tremblay", "President", "2025-04-14", "pecuniary"),
        ("Marie-Claude Tremblay", "President", "2025-04-14", "non-pecuniary"),
        ("Ravi Chandrasekar", "Public member", "2025-04-20", "pecuniary"),
        ("Ravi Chandrasekar", "Public member", "2025-04-20", "indirect"),
        ("Sophie Arsenault", "Vice-President", "2025-05-02", "non-pecuniary"),
    ]
    assert got[0].organisation == "Horizon Health Network"
    assert got[1].nature == "a volunteer director of the Fredericton Lung Association"


def test_minutes_naming_members_in_paragraphs_are_no_register():
    """Minutes whose paragraphs open with members' names declaring interests at the meeting:
    their verbs are the minutes' ("declared"), and no statement's date closes them."""
    doc = _doc(
        [
            "Minutes of the meeting of the Board held on 3 March 2025",
            "4. Declarations of interest",
            "Cllr Anne Hart declared an interest in item 6 as a member of the Arts Trust.",
            "Mr Paul Reid declared a pecuniary interest in item 7 and left the room.",
            "Dr Sarah Kent declared an interest in item 9 as a director of Kent Housing Limited.",
            "Ms Jo Banks declared that she is employed by the Council's auditors.",
        ]
    )
    assert prose_statements(doc) == []
    assert statement_registers(doc) == []


def test_read_register_of_governors_statements():
    """The read register (numbered paragraphs "(3) Professor X Y, Chairman. Professor Y is ...",
    "(Statement dated ...)"): relatives' interests indirect, "retired" and a student's studies no
    interest, the paper's closing paragraphs on withdrawals no member's."""
    from boardpapers.reading.pdf_reader import read_document

    path = WRITTEN_DEV20 / "s-caribbean-academy-performing-arts-governors-interests-2025-07-15.pdf"
    got = statement_registers(read_document(path))
    assert len(got) == 21
    assert sum(r.category == "indirect" for r in got) == 3
    assert not any("retired" in (r.nature or "") or "no part" in (r.nature or "") for r in got)


def test_numbered_run_in_statements_with_bracketed_dates():
    """An Eastern Caribbean ports authority's register: numbered paragraphs, the name run in
    with its post and the first interest ("(4) Dr X, Attorney-at-Law, is a partner in ..."),
    "[Statement dated ...]" wrapping over a line, the paper's own numbered paragraphs around
    the statements."""
    doc = _doc(
        [
            "Grenadine Ports Authority",
            "Register of Directors' Interests",
            "(1) This register records the interests declared by each director.",
            "(4) Dr Amara Lewis-Williams, Attorney-at-Law, is a partner in Lewis & Chance Chambers and a director",
            "of Kingstown Marine Services Ltd.; her brother is employed by the Authority as a pilot. [Statement dated 3",
            "March 2025]",
            "(5) Mr Desmond Joseph, Deputy Chair, owns a fishing vessel registered at Bequia and holds shares in",
            "Bequia Boatyard Limited. [Statement dated 5 March 2025]",
            "(6) Mrs Pearl Ollivierre is a volunteer with the Red Cross Society of St Vincent. [Statement dated 6 March 2025]",
            "(7) Members are asked to update their statements within 28 days.",
        ]
    )
    got = prose_statements(doc)
    assert [(r.person, r.role, r.declared_on, r.category, r.organisation) for r in got] == [
        ("Amara Lewis-Williams", "Attorney-at-Law", "2025-03-03", "pecuniary", "Lewis & Chance Chambers"),
        (
            "Amara Lewis-Williams",
            "Attorney-at-Law",
            "2025-03-03",
            "pecuniary",
            "Kingstown Marine Services Ltd",
        ),
        ("Amara Lewis-Williams", "Attorney-at-Law", "2025-03-03", "indirect", "Authority"),
        ("Desmond Joseph", "Deputy Chair", "2025-03-05", "pecuniary", None),
        ("Desmond Joseph", "Deputy Chair", "2025-03-05", "pecuniary", "Bequia Boatyard Limited"),
        ("Pearl Ollivierre", None, "2025-03-06", "non-pecuniary", "Red Cross Society of St Vincent"),
    ]
    assert {r.register for r in got} == {"Register of Directors' Interests"}


def test_capitals_headings_and_statements_in_the_members_words():
    """A Nigerian agency's statements: each member's name in capitals in bold with the post in
    brackets, the statement in the first person ("I am ...", "My husband ...") or with "The
    member" / a pronoun as subject, "Signed: <date>" closing it."""
    doc = _doc(
        [
            ("STATEMENTS OF INTERESTS OF BOARD MEMBERS 2025", True),
            ("DR AMARA OKAFOR (Chair)", True),
            "I am a consultant paediatrician at Lagos University Teaching Hospital. I hold shares in Medplus",
            "Pharmacy Limited. My husband is a director of Okafor Logistics Limited.",
            "Signed: 12 February 2025",
            ("MR TUNDE BAKARE (Member)", True),
            "The member is a partner in Bakare & Co Chartered Accountants. He is an unpaid trustee of the Ikoyi Club.",
            "Signed: 14 February 2025",
            ("MRS NGOZI EZE (Member)", True),
            "She has no interests to declare.",
            "Signed: 15 February 2025",
            ("ENGR. MUSA DANJUMA (Member)", True),
            "He is employed by the Federal Ministry of Water Resources.",
            "Signed: 15 February 2025",
        ]
    )
    got = prose_statements(doc)
    assert [(r.person, r.role, r.declared_on, r.category, r.organisation) for r in got] == [
        ("Amara Okafor", "Chair", "2025-02-12", "pecuniary", "Lagos University Teaching Hospital"),
        ("Amara Okafor", "Chair", "2025-02-12", "pecuniary", "Medplus Pharmacy Limited"),
        ("Amara Okafor", "Chair", "2025-02-12", "indirect", "Okafor Logistics Limited"),
        ("Tunde Bakare", "Member", "2025-02-14", "pecuniary", "Bakare & Co Chartered Accountants"),
        ("Tunde Bakare", "Member", "2025-02-14", "non-pecuniary", "Ikoyi Club"),
        ("Musa Danjuma", "Member", "2025-02-15", "pecuniary", "Federal Ministry of Water Resources"),
    ]
