"""Session 8 round 2 (fx4-aa): attendance labels in other languages and wrapped in a label column,
apologies given in a sentence, a trailing group post; agenda items under an "AGENDA" line in the
body's own numbering, a title cell listing its decimal sub-items, an agenda table that stops at
the first paper's tables. Each family's form with variant forms not in the documents read.
Expected values read from the PDFs of benchmarks/written-heldout5."""

from __future__ import annotations

from conftest import WRITTEN_HELDOUT5, written_doc

from boardpapers.extract.agenda import extract_agenda
from boardpapers.extract.agenda_keyed import keyed_agenda, token_of
from boardpapers.extract.attendance import _apology_sentence_people, _is_bare_label, attendance_in
from boardpapers.extract.attendance_labels import english_label
from boardpapers.extract.decisions import Line
from boardpapers.extract.records import Meeting

MEETING = Meeting(body="Board", date="2025-01-01", title=None, location=None, page=1, kind="minutes")


def _read(*texts: str) -> dict[str, tuple[str | None, str | None, str]]:
    lines = [Line(1, t) for t in texts]
    return {a.name: (a.role, a.organisation, a.status) for a in attendance_in(lines, MEETING)}


def test_bilingual_labels_read_as_english():
    # Welsh NHS board minutes: "Yn bresennol / Present" over a name | post column
    assert english_label("Yn bresennol / Present", _is_bare_label) == "Present"
    assert english_label("Ymddiheuriadau / Apologies", _is_bare_label) == "Apologies"
    # English first, Irish second; a label the vocabulary lacks beside English; one language alone
    assert english_label("In attendance / I láthair freisin", _is_bare_label) == "In attendance"
    assert english_label("Te hunga / Present", _is_bare_label) == "Present"
    assert english_label("Ymddiheuriadau: Dr A Bell", _is_bare_label) == "Apologies: Dr A Bell"
    assert english_label("Regrets: Trustee Ruiz", _is_bare_label) == "Apologies: Trustee Ruiz"
    # a post in two languages is not a label
    assert english_label("Chair / Cadeirydd", _is_bare_label) == "Chair / Cadeirydd"


def test_bilingual_label_blocks():
    people = _read(
        "Yn bresennol / Present",
        "Siân Llewelyn-Owen Vice Chair / Is-Gadeirydd",
        "Yn mynychu / In attendance",
        "Iwan Protheroe Director of Planning",
        "Ymddiheuriadau / Apologies",
        "Peter Vaughan-Rees Independent Member (Digital)",
    )
    assert people["Siân Llewelyn-Owen"][2] == "present"
    assert people["Iwan Protheroe"][2] == "in_attendance"
    assert people["Peter Vaughan-Rees"][2] == "apologies"
    # French labels of a Canadian bilingual body, a list on the label's line
    people = _read("Présents : Mme Claire Dubois, M. Paul Roy", "Excusés : Dr Anne Martin")
    assert people["Anne Martin"][2] == "apologies"


def test_wrapped_label_column_and_trailing_post():
    """Joint audit committee minutes: "ALSO" / "PRESENT:" wrapped in the label column, and a
    members' list ending "– Independent Members"."""
    people = _read(
        "PRESENT: Mrs Janet Fairweather-Cole (Chair), Mr Rajesh Banerjee CPFA and Mr Kevin Doherty – Independent Members",
        "ALSO",
        "PRESENT:",
        "Mr Philip Garside – Police, Fire and Crime Commissioner",
        "DCC Andrew Fairclough – Deputy Chief Constable",
    )
    assert people["Rajesh Banerjee"] == ("Independent Member", None, "present")
    assert people["Philip Garside"][2] == "in_attendance"
    assert people["Andrew Fairclough"][:1] == ("Deputy Chief Constable",)
    # the label's first word beside the first name; "Others" / "Present:"
    people = _read(
        "Present: Cllr A Bell, Cllr B Cole", "Others Mr C Dunn – Clerk", "Present: Ms D Eve – Treasurer"
    )
    assert people["C Dunn"][2] == "in_attendance" and people["D Eve"][2] == "in_attendance"


def test_apologies_in_a_sentence():
    assert _apology_sentence_people(
        "Dr Alison Pemberton (Independent Member) and from the Chief Constable, Rachel Okafor, who was"
        " represented by the Deputy Chief Constable"
    ) == [("Alison Pemberton", "Independent Member", None), ("Rachel Okafor", "Chief Constable", None)]
    assert _apology_sentence_people(
        "Dr Colette Maguire, Medical Director, who was represented by Dr Ian Sowerby; from Mr Dev Patel,"
        " Non-Executive Director; and from Ms Aurelia Fontaine"
    ) == [("Colette Maguire", "Medical Director", None), ("Dev Patel", "Non-Executive Director", None),
          ("Aurelia Fontaine", None, None)]  # fmt: skip
    assert [n for n, _r, _o in _apology_sentence_people("Councillors Bolton, Crabtree and Rahman")] == [
        "Bolton", "Crabtree", "Rahman"]  # fmt: skip
    # "received and accepted from", a resolution's "apologies from ... be accepted", and the
    # sentence naming who did NOT send apologies
    people = _read(
        "Present: Cllr A Bell, Cllr B Cole, Cllr C Dunn",
        "25/101 APOLOGIES FOR ABSENCE",
        "Apologies were received and accepted from Cllr Nicola Yeo (work commitment) and Cllr Graham",
        "Trenchard (illness). No apologies were received from Cllr Ben Stacey.",
    )
    assert people["Nicola Yeo"] == (None, None, "apologies") and "Ben Stacey" not in people
    people = _read(
        "Present: Cr Miriama Tāwhiri (Chair), Cr Geoff Lawrence",
        "2. Apologies",
        "That the apologies from Cr Dean Wickliffe be accepted.",
    )
    assert people["Dean Wickliffe"][2] == "apologies" and people["Miriama Tāwhiri"][2] == "present"


def test_item_numbers_in_the_bodys_style():
    assert (token_of("25/112 Neighbourhood Plan:").style, token_of("25/112 Plan").seq) == ("slashed", 112)
    assert token_of("A3 Risk register").style == "letter-digit"
    assert token_of("Item 4 Finance").number == "4"
    assert token_of("4.2 Budget").style == "decimal"
    assert (token_of("(b) Bank reconciliation").style, token_of("b) Bank").seq) == ("letter", 2)
    assert token_of("(iii) Audit").seq == 3
    assert token_of("12 May 2025 was the date") is None


def test_summons_agenda_then_minutes():
    """English town council: summons, "AGENDA", items 25/101-25/116 with "a)" sub-items, then
    the minutes numbered again from 25/101 (not agenda items)."""
    doc = written_doc(WRITTEN_HELDOUT5, "ashcombe-regis-town-council-2025-06")
    items = keyed_agenda(doc)
    numbers = [it.number for it in items]
    assert len(items) == 24 and numbers[0] == "25/101" and numbers[-1] == "25/116"
    assert "25/107 a)" in numbers and "25/112 b)" in numbers
    assert items[1].title.endswith("written requests for dispensations.")


def test_agenda_table_cells_and_end():
    # council of governors: "10 Reports from governor groups: 10.1 ... 10.2 ..." in one cell
    items = {
        it.number: it for it in extract_agenda(written_doc(WRITTEN_HELDOUT5, "calderbrook-nhsft-cog-2025-09"))
    }
    assert items["10"].title == "Reports from governor groups" and items["10"].lead == "Group Chairs"
    assert items["10.2"].title == "Patient and Carer Experience Group"
    # ICB committee pack: the action tracker's dated rows on the next page are not items
    doc = written_doc(WRITTEN_HELDOUT5, "severnmoor-icb-finance-performance-2025-05")
    assert [it.number for it in extract_agenda(doc)][-1] == "10"


def test_grades_councils_and_the_public_in_a_list():
    """Australian health district boards' "Adjunct Professor" / "Associate Professor"; an English
    town council's visiting ward member with her council before the title, and the public counted
    at the list's end."""
    people = _read(
        "Present: Adjunct Professor Neil Mackintosh (Deputy Chair); Emeritus Professor Ann Cole",
        "Apologies: Mr Anthony Vella; Associate Professor Grace Nguyen-Whitlam",
    )
    assert people["Neil Mackintosh"] == ("Deputy Chair", None, "present") and "Ann Cole" in people
    assert people["Grace Nguyen-Whitlam"][2] == "apologies"
    people = _read(
        "In attendance: Mrs Janet Pengelly (Town Clerk), Mr Luke Sweetapple (Deputy Town Clerk, minutes),",
        "Dorset Council Cllr Helen Wakely (ward member) and six members of the public.",
    )
    assert people["Helen Wakely"] == ("ward member", "Dorset Council", "in_attendance")
    people = _read(
        "Also present: Kent County Council Councillor Anne Bell, Mr J Smith and two members of the press"
    )
    assert people["Anne Bell"][1] == "Kent County Council" and people["J Smith"][2] == "in_attendance"
