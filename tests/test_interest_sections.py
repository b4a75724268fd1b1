"""Registers printed one section per member under the form's recurring category labels
(interest_sections.labelled_member_sections): bold category sub-headings in two columns with the
answers indented under them (a column's foot going on at the top of the next), numbered questions
with a printed explanation on a plain-text page, and minutes naming members in bold (no register).
Each test builds its own variant of the layout."""

from __future__ import annotations

from conftest import WRITTEN_DEV15, written_doc

from boardpapers.extract.interest_sections import labelled_member_sections
from boardpapers.model import Document, Page, Span

_CHAR = 5.2  # points per character of the test's 10-point runs


def _page(number: int, rows: list[tuple[float, list[tuple[float, str, bool]]]]) -> Page:
    """rows: (top, cells (x0, text, bold) of the line)."""
    spans = []
    lines = []
    for top, cells in rows:
        for x0, text, bold in cells:
            spans.append(
                Span(
                    text=text,
                    x0=x0,
                    x1=x0 + _CHAR * len(text),
                    top=top,
                    bottom=top + 10,
                    size=10.0,
                    bold=bold,
                )
            )
        lines.append("  ".join(t for _, t, _ in cells))
    return Page(number=number, text="\n".join(lines), width=595, height=842, spans=spans)


def _doc(*pages: Page) -> Document:
    return Document(path="x.pdf", sha256="0", size=1, page_count=len(pages), pages=list(pages))


L, LA, R, RA = 50.0, 64.0, 320.0, 334.0  # the two columns' labels and answers


def _member(top: float, name: str, post: str, left: list, right: list) -> list:
    """A member's section: name, post line, then the two columns' rows (label rows bold)."""
    rows = [(top, [(L, name, True)]), (top + 14, [(L, post, False)])]
    for x, col in ((L, left), (R, right)):
        t = top + 30
        for text, bold in col:
            rows.append((t, [(x if bold else x + 14, text, bold)]))
            t += 12
    rows.sort(key=lambda r: r[0])
    return rows


def test_two_column_sub_headings_with_answers_under_them():
    members = [
        (
            "Councillor Aroha Whitcombe",
            "Hill Ward | Declared 3 March 2025",
            [
                ("Paid work", True),
                ("Orchard hand – Kawatiri Fruit Limited", False),
                ("Company interests", True),
                ("Shareholder – Kawatiri Fruit Limited", False),
                ("Director – Whitcombe Apiaries", False),
            ],
            [
                ("Land", True),
                ("Nil", False),
                ("Other memberships", True),
                ("Secretary – Hill Ward Residents' Association", False),
            ],
        ),
        (
            "Councillor Tane Moriarty",
            "River Ward | Declared 5 March 2025",
            [("Paid work", True), ("Retired", False), ("Company interests", True), ("Nil", False)],
            [
                ("Land", True),
                ("Grazing block, 40 ha, Old Coach Road, held jointly with", False),
                ("my brother", False),
                ("Other memberships", True),
                ("Nil", False),
            ],
        ),
        (
            "Councillor Mere Halloran",
            "Coast Ward | Declared 9 March 2025",
            [
                ("Paid work", True),
                ("Pharmacist – Coast Pharmacy", False),
                ("Company interests", True),
                ("Nil", False),
            ],
            [
                ("Land", True),
                ("Nil", False),
                ("Other memberships", True),
                ("Member – Coast Rowing Club", False),
            ],
        ),
    ]
    rows: list = [(40, [(L, "Register of Members' Interests", True)])]
    for k, (name, post, left, right) in enumerate(members):
        rows += _member(70 + 130 * k, name, post, left, right)
    got = [
        (r.person, r.role, r.declared_on, r.nature, r.category)
        for r in labelled_member_sections(_doc(_page(1, rows)))
    ]
    assert got == [
        ("Aroha Whitcombe", "Hill Ward", "2025-03-03", "Orchard hand – Kawatiri Fruit Limited", "other"),
        ("Aroha Whitcombe", "Hill Ward", "2025-03-03", "Shareholder – Kawatiri Fruit Limited", "pecuniary"),
        ("Aroha Whitcombe", "Hill Ward", "2025-03-03", "Director – Whitcombe Apiaries", "pecuniary"),
        (
            "Aroha Whitcombe",
            "Hill Ward",
            "2025-03-03",
            "Secretary – Hill Ward Residents' Association",
            "non-pecuniary",
        ),
        ("Tane Moriarty", "River Ward", "2025-03-05", "Retired", "other"),
        (
            "Tane Moriarty",
            "River Ward",
            "2025-03-05",
            "Grazing block, 40 ha, Old Coach Road, held jointly with my brother",
            "pecuniary",
        ),
        ("Mere Halloran", "Coast Ward", "2025-03-09", "Pharmacist – Coast Pharmacy", "other"),
        ("Mere Halloran", "Coast Ward", "2025-03-09", "Member – Coast Rowing Club", "non-pecuniary"),
    ]


def test_numbered_questions_on_a_plain_text_page():
    def member(name: str, office: str, date: str, answers: list[list[str]]) -> str:
        lines = [f"Name: {name}    Office: {office}", f"Date filed: {date}"]
        for k, (q, expl) in enumerate(
            [
                ("Employment.", "List each employer who paid you in the last year."),
                ("Property.", "List each parcel of land you own other than your home."),
                ("Debts.", "List each lender to whom you owe more than $5,000."),
            ]
        ):
            lines += [f"{k + 1}. {q}", expl, *(answers[k] or ["Nil"])]
        lines.append("I declare that this statement is true.")
        return "\n".join(lines)

    text = "\n".join(
        [
            "Town of Ashcombe – Disclosure Statements 2025",
            member(
                "Mayor Lena Fairweather", "Mayor", "February 2, 2025", [["Fairweather Law – partner"], [], []]
            ),
            member(
                "Councillor Raj Dhillon",
                "Councillor",
                "February 4, 2025",
                [
                    ["Ashcombe Transit – driver"],
                    ["Lot 9, Mill Road (vacant)"],
                    ["Prairie Credit Union – car loan"],
                ],
            ),
            member("Councillor Ona Birch", "Councillor", "February 6, 2025", [[], [], []]),
        ]
    )
    doc = _doc(Page(number=1, text=text, width=595, height=842, spans=None))
    got = [(r.person, r.role, r.declared_on, r.nature, r.notes) for r in labelled_member_sections(doc)]
    assert got == [
        (
            "Lena Fairweather",
            "Mayor",
            "2025-02-02",
            "Fairweather Law – partner",
            "type of interest: Employment",
        ),
        (
            "Raj Dhillon",
            "Councillor",
            "2025-02-04",
            "Ashcombe Transit – driver",
            "type of interest: Employment",
        ),
        (
            "Raj Dhillon",
            "Councillor",
            "2025-02-04",
            "Lot 9, Mill Road (vacant)",
            "type of interest: Property",
        ),
        (
            "Raj Dhillon",
            "Councillor",
            "2025-02-04",
            "Prairie Credit Union – car loan",
            "type of interest: Debts",
        ),
    ]
    assert {r.register for r in labelled_member_sections(doc)} == {
        "Town of Ashcombe – Disclosure Statements 2025"
    }


def test_minutes_naming_members_in_bold_are_no_register():
    rows = [
        (40, [(L, "Minutes of the Board", True)]),
        (60, [(L, "Declarations of interest", True)]),
        (74, [(L, "None were declared.", False)]),
        (90, [(L, "Mr Peter Oduya", True)]),
        (104, [(L, "Finance report", True)]),
        (118, [(L, "The report was noted.", False)]),
        (134, [(L, "Ms Clare Dunmore", True)]),
        (148, [(L, "Estates update", True)]),
        (162, [(L, "The update was received.", False)]),
        (178, [(L, "Dr Amos Keane", True)]),
        (192, [(L, "Any other business", True)]),
        (206, [(L, "There was none.", False)]),
    ]
    assert labelled_member_sections(_doc(_page(1, rows))) == []


def test_read_registers_of_the_family():
    # five layouts of the family in the development set: NZ sub-headings in two columns, English
    # run-in numbered labels, Canadian numbered questions (plain text), a label | answer table
    # per director in an annex to minutes
    for stem, n in [
        ("b-opuha-district-council-2025-02-26", 34),
        ("b-hawkridge-moors-npa-register-2025-04-01", 28),
        ("b-district-of-cedar-narrows-disclosure-2025-01-31", 18),
        ("b-caroni-wetlands-authority-board-2025-04-22", 18),
    ]:
        assert len(labelled_member_sections(written_doc(WRITTEN_DEV15, stem))) == n, stem


def _question_form(top: float, name: str, post: str, answers: list[list[str]]) -> list:
    """A member's form: name, post, then numbered questions in a regular face (the third wraps
    onto a second line at the answers' indent) with the answers indented under each."""
    questions = [
        ["1. Any directorship of a company, whether paid or unpaid."],
        ["2. Any paid employment or profession carried on by you."],
        ["3. Any land in the district in which you have a beneficial interest, other than", "your home."],
    ]
    rows = [(top, [(L, name, True)]), (top + 14, [(L, post, False)])]
    t = top + 30
    for q, ans in zip(questions, answers, strict=True):
        for k, line in enumerate(q):
            rows.append((t, [(L if k == 0 else LA, line, False)]))
            t += 12
        for a in ans:
            rows.append((t, [(LA, a, False)]))
            t += 12
    return rows


def test_numbered_questions_in_a_regular_face_with_nil_answers():
    # island boards' statutory forms: the questions are numbered lines in the body face, a
    # question's wrapped line is printed under every member (the form's words, not an answer),
    # "Nil return" / "None declared" declare nothing, "(a) X (b) Y" and "X; Y" list two items
    rows = _question_form(
        60,
        "Mrs Eilidh Corkill",
        "Chair",
        [["(a) Corkill Marine Ltd (b) Bay Trust"], ["Retired"], ["None declared"]],
    )
    rows += _question_form(
        260, "Mr Tomas Qualtrough", "Member", [["Nil return"], ["Farmer"], ["Croft at Ballaugh"]]
    )
    rows += _question_form(
        460, "Dr Ann Kinvig", "Member", [["Kinvig Ltd; Ramsey Sail Loft Ltd"], ["Surgeon"], ["None."]]
    )
    rows.append((660, [(LA, "Certified a true copy of the register.", False)]))
    recs = labelled_member_sections(_doc(_page(1, rows)))
    got = sorted((r.person, r.nature, r.category) for r in recs)
    assert got == [
        ("Ann Kinvig", "Kinvig Ltd", "pecuniary"),
        ("Ann Kinvig", "Ramsey Sail Loft Ltd", "pecuniary"),
        ("Ann Kinvig", "Surgeon", "pecuniary"),
        ("Eilidh Corkill", "Bay Trust", "pecuniary"),
        ("Eilidh Corkill", "Corkill Marine Ltd", "pecuniary"),
        ("Eilidh Corkill", "Retired", "pecuniary"),
        ("Tomas Qualtrough", "Croft at Ballaugh", "pecuniary"),
        ("Tomas Qualtrough", "Farmer", "pecuniary"),
    ]


def test_interests_return_pages_get_spans():
    # an Australian council's "Summary of Personal Interests Returns": a register page (its bold
    # sub-headings are read from spans); a finance paper's "interest returns" is not one
    from boardpapers.table_headers import register_page

    assert register_page("Summary of Primary and Ordinary Interests Returns lodged by Councillors")
    assert not register_page("Net interest returns on term deposits rose in the quarter.")


def test_name_label_block_over_category_sub_headings():
    """A member's particulars as a label | value block ("Name:" in one cell, the name in the
    next; "Post:" and "Date registered:" under it), then the code's categories as bold
    sub-headings with the interests under them as prose lines (Scottish devolved bodies'
    registers): the name, post and date come from the block."""
    members = [
        (
            "Mr Alasdair Rennie",
            "Vice Chair",
            "2 March 2025",
            [
                ("Remuneration", ["Partner, Rennie & Lowe, chartered surveyors, Perth."]),
                ("Gifts and Hospitality", ["None"]),
                (
                    "Non-Financial Interests",
                    ["Trustee of Strathearn Arts.", "Member of the Law Society of Scotland."],
                ),
            ],
        ),
        (
            "Mrs Eilidh Sutherland",
            "Non-Executive Member",
            "9 January 2025",
            [
                ("Remuneration", ["None"]),
                ("Gifts and Hospitality", ["None"]),
                ("Non-Financial Interests", ["Elder, Crieff Parish Church."]),
            ],
        ),
        (
            "Professor Hamish Boyd",
            "Non-Executive Member",
            "30 April 2025",
            [
                ("Remuneration", ["Professor of Nursing, University of the Highlands."]),
                ("Gifts and Hospitality", ["Lunch hosted by Tayside Medical Supplies Ltd (value £40)."]),
                ("Non-Financial Interests", ["None"]),
            ],
        ),
    ]
    rows = [(40.0, [(50.0, "Register of Interests of Board Members", True)])]
    top = 70.0
    for name, post, date, cats in members:
        rows.append((top, [(55.0, "Name:", True), (190.0, name, True)]))
        rows.append((top + 16, [(55.0, "Position:", True), (190.0, post, False)]))
        rows.append((top + 32, [(55.0, "Date registered:", True), (190.0, date, False)]))
        top += 52
        for cat, lines in cats:
            rows.append((top, [(50.0, cat, True)]))
            top += 14
            for text in lines:
                rows.append((top, [(66.0, text, False)]))
                top += 14
        top += 10
    got = labelled_member_sections(_doc(_page(1, rows)))
    assert [(r.person, r.role, r.declared_on, r.category, r.nature) for r in got] == [
        (
            "Alasdair Rennie",
            "Vice Chair",
            "2025-03-02",
            "pecuniary",
            "Partner, Rennie & Lowe, chartered surveyors, Perth.",
        ),
        ("Alasdair Rennie", "Vice Chair", "2025-03-02", "non-pecuniary", "Trustee of Strathearn Arts."),
        (
            "Alasdair Rennie",
            "Vice Chair",
            "2025-03-02",
            "non-pecuniary",
            "Member of the Law Society of Scotland.",
        ),
        (
            "Eilidh Sutherland",
            "Non-Executive Member",
            "2025-01-09",
            "non-pecuniary",
            "Elder, Crieff Parish Church.",
        ),
        (
            "Hamish Boyd",
            "Non-Executive Member",
            "2025-04-30",
            "pecuniary",
            "Professor of Nursing, University of the Highlands.",
        ),
        (
            "Hamish Boyd",
            "Non-Executive Member",
            "2025-04-30",
            "pecuniary",
            "Lunch hosted by Tayside Medical Supplies Ltd (value £40).",
        ),
    ]
