"""extract_accountability on the seed packs, the real papers and (when ../shared
is present) the library-board minutes and the House of Commons register.

Row counts are those of the source tables (the seed texts' TAB-separated
lines, or counted in the PDFs): data rows, headers excluded."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import PACK_2018, PACK_2020, PACK_HARTLEPOOL, PACK_ICB_SESSION, PACK_TRUST, REAL, shared_path

from boardpapers.extract.accountability import extract_accountability
from boardpapers.extract.records import ScoreTriple

TB4 = REAL / "TB(4)1.i Status update on actions from last meeting - 11.01.11.pdf"
TB5 = REAL / "TB(5)1 i Status update on actions from last meeting 02 03 11v3.pdf"
TB_MINUTES = REAL / "Transparency Board 190711-  Final minutes v1.pdf"
KENT_RISKS = REAL / "cabinet_2025-01-30_Appendix I Budget Risk Register 22.01.25.pdf"


@pytest.fixture
def acc(load_doc):
    cache: dict[str, dict] = {}

    def get(path):
        key = str(path)
        if key not in cache:
            cache[key] = extract_accountability(load_doc(path))
        return cache[key]

    return get


def _register(recs):
    return [r for r in recs if r.category != "declared-at-meeting"]


def _find(recs, **kw):
    out = [r for r in recs if all(getattr(r, k) == v for k, v in kw.items())]
    assert len(out) == 1, (kw, out)
    return out[0]


# ------------------------------------------------------------------ registers of interests


def test_2020_register_rows(acc):
    recs = _register(acc(PACK_2020)["interests"])
    # 5 tables in the seed text: 43 + 4 + 27 + 40 + 7 lines, one header each
    assert len(recs) == 116
    assert len({r.person for r in recs}) == 23
    assert all(r.register and "2020 Register of Interests" in r.register for r in recs)
    first = recs[0]
    assert (
        first.person,
        first.declared_on,
        first.organisation,
        first.nature,
        first.category,
        first.page,
    ) == (
        "Simon Cribbens",
        "2019-08-12",
        "City of London Corporation",
        "Assistant Director - Commissioning & Partnerships, Community & Children's Services",
        "pecuniary",
        2,
    )
    lt = _find(recs, organisation="London Treasury Ltd")
    assert (lt.person, lt.nature, lt.category) == ("Ian Williams", "SLT Rep", None)
    assert _find(recs, organisation="HUHFT").category == "indirect"
    assert _find(recs, organisation="Tower Hamlets GP Care").person == "Henry Black"
    # continuation row at the top of a page, after a repeated header: belongs to the person above
    lmc = _find(recs, organisation="Local Medical Committee")
    assert (lmc.person, lmc.page, lmc.declared_on) == ("Gary Marlowe", 4, "2020-08-27")
    # a row split by the page break is one record
    bh = _find(recs, nature="Wife is Assistant Director of Finance")
    assert bh.organisation == "Barking, Havering & Redbridge University Hospitals NHS Trust"
    assert "continues on page 7" in bh.notes


def test_2020_register_repairs_are_noted(acc):
    recs = _register(acc(PACK_2020)["interests"])
    shifted = _find(recs, organisation="London Pensions Investments Advisory Committee")
    assert (shifted.person, shifted.nature, shifted.category) == ("Ian Williams", "Chair", "non-pecuniary")
    assert "shifted 4 column(s)" in shifted.notes
    shifted3 = _find(recs, organisation="City of London Health & Wellbeing Board")
    assert (shifted3.person, shifted3.nature) == ("Gary Marlowe", "Member")
    assert "shifted 3 column(s)" in shifted3.notes
    swapped = _find(recs, organisation="American Bar Association")
    assert (swapped.person, swapped.nature) == ("Randall Anderson", "Member")
    assert "swapped" in swapped.notes
    assert _find(recs, person="Sandra Husbands").nature == "Member Fellow Member"


def test_2018_register_rows_and_changes_since(acc):
    recs18 = _register(acc(PACK_2018)["interests"])
    assert len(recs18) == 109  # 39 + 47 + 26 lines, one header each
    assert all("2018 Register of Interests" in r.register for r in recs18)
    fred = _find(recs18, person="Marianne Fredericks")
    assert fred.organisation == "Neaman Practice" and fred.declared_on is None
    assert "forename and surname cells swapped" in fred.notes
    assert _find(recs18, person="Sunil Thakker").declared_on is None
    ian18 = {r.organisation for r in recs18 if r.person == "Ian Williams"}
    ian20 = {r.organisation for r in _register(acc(PACK_2020)["interests"]) if r.person == "Ian Williams"}
    assert ian20 - ian18 == {"London Treasury Ltd", "London CIV Board", "Society of Municipal Treasurers",
                             "London CIV Shareholders Committee"}  # fmt: skip
    assert ian18 - ian20 == set()
    jw = [r for r in recs18 if r.person == "Jon Williams"]
    assert len(jw) == 2 and jw[1].nature.endswith("Adiaha Antigha Centre, 24-30 Dalston Lane")


def test_declarations_at_meetings(acc):
    hart = acc(PACK_HARTLEPOOL)["interests"]
    assert [(r.person, r.declared_on) for r in hart] == [
        ("Thomas", "2020-12-07"),  # titles dropped (SCHEMA)
        ("Ward", "2020-12-07"),
        ("C Richardson", "2020-12-07"),
    ]
    assert hart[0].nature == "employee of Health Watch and Mental health Champion"
    assert all(r.category == "declared-at-meeting" for r in hart)
    decl18 = [r for r in acc(PACK_2018)["interests"] if r.category == "declared-at-meeting"]
    assert [r.person for r in decl18] == ["Mark Rickets", "Jake Ferguson"]
    assert "CHCEPN Board" in decl18[0].nature
    assert not [r for r in acc(PACK_2020)["interests"] if r.category == "declared-at-meeting"]


def test_library_board_minutes_declare_none():
    path = shared_path("corpus", "real", "board-meeting-minutes-2013-08-21.pdf")
    from boardpapers.reading.pdf_reader import read_document

    doc = read_document(str(path))
    assert "Declarations of Interest\nNone" in doc.text
    assert extract_accountability(doc)["interests"] == []


def test_commons_register():
    path = shared_path("corpus", "register", "commons-register-of-members-interests-2022-05-03.pdf")
    from boardpapers.reading.pdf_reader import read_document

    doc = read_document(str(path))
    recs = extract_accountability(doc)["interests"]  # its speed is a benchmark matter, not a test's
    # one record per entry; entries close with "(Registered <date>)", except a few
    # (family members employed, some property) that end at the next heading
    dated = [r for r in recs if r.declared_on]
    assert len(dated) == len(re.findall(r"\(Registered\s+\d", doc.text)) == 3816
    undated = [r for r in recs if not r.declared_on]
    assert 0 < len(undated) < 200
    assert sum(1 for r in undated if r.notes.startswith("category 9.")) >= 40
    abbott = [r for r in recs if r.person == "Ms Diane Abbott"]
    assert len(abbott) == 4
    assert (abbott[0].declared_on, abbott[0].organisation, abbott[0].category, abbott[0].page) == (
        "2021-06-07",
        "Guardian",
        "pecuniary",
        1,
    )
    assert abbott[0].role == "MP for Hackney North and Stoke Newington"
    assert abbott[0].notes == "category 1. Employment and earnings"
    assert abbott[3].category == "other" and abbott[3].organisation == "Diane Abbott Foundation"
    adams = [r for r in recs if r.person == "Nigel Adams"]
    assert (
        adams[0].organisation == "Betting and Gaming Council (BGC)" and adams[0].declared_on == "2021-07-16"
    )
    fam = _find(adams, category="indirect")
    assert fam.nature == "I employ my spouse, Claire Adams, as part-time Office Manager."
    assert fam.declared_on is None and "9. Family members" in fam.notes
    land = [r for r in adams if r.notes.startswith("category 6.")]
    assert len(land) == 2 and "of over £10,000 a year" in land[0].notes  # wrapped category heading
    cats = Counter(r.category for r in recs)
    assert set(cats) == {"pecuniary", "other", "indirect"}


# ------------------------------------------------------------------ action trackers


def test_2020_action_tracker(acc):
    acts = acc(PACK_2020)["actions"]
    assert [a.ref for a in acts] == ["ICBMay-4", "ICBMay-5", "ICBNov-1", "ICBNov-2"]
    a = acts[0]
    assert (a.owner, a.assigned_on, a.due, a.status, a.status_raw, a.update, a.page) == (
        "Sunil Thakker",
        "2020-05-14",
        "Aug-20",
        "open",
        "Open",
        "Guidance still not received.",
        15,
    )
    assert "Action Tracker" in a.tracker
    assert acts[1].update is None and acts[3].status == "closed"


def test_2018_action_trackers_and_minutes(acc):
    acts = acc(PACK_2018)["actions"]
    log = [a for a in acts if a.tracker and "Action Tracker" in a.tracker]
    assert [a.ref for a in log] == [
        "ICBMar18-3", "ICBOct18-3", "ICBOct18-5", "ICBOct18-1", "ICBOct18-2", "ICBOct18-4", "ICBOct18-6",
    ]  # fmt: skip
    oct1 = log[3]
    assert (oct1.owner, oct1.assigned_on, oct1.due, oct1.status) == (
        "Simon Cribbens",
        "2018-11-10",
        "2018-11-16",
        "closed",
    )
    assert oct1.extra["assigned_from"] == "City and Hackney Integrated Commissioning Boards"
    assert log[1].due is None
    # the elective-care joint action plan: 4 tables, 13 rows
    plan = [a for a in acts if "Workstream" in a.extra]
    assert len(plan) == 13
    assert {a.tracker for a in plan} == {"Joint action plan – appendix 1"}
    assert [a.ref for a in plan] == ["1", "2", "3", "4", "5", "6", "7", "8", None, None, "9", "10", "11"]
    assert "page footer" in plan[6].notes and "inferred" in plan[6].notes
    assert plan[6].text.startswith("Referral Source: Undertake a review")
    assert (plan[0].status_raw, plan[0].due, plan[0].extra["Reporting Month"]) == (
        "Agreed",
        "2018-11-09",
        "N/A",
    )
    assert plan[12].status == "other" and plan[12].status_raw == "No Homerton Involvement"
    minutes = [a for a in acts if a.tracker == "minutes"]
    assert [a.owner for a in minutes] == [
        "Simon Cribbens", "Simon Cribbens", "Jonathan McShane", "Georgia Denegri", "Devora Wolfson", "Georgia Denegri",
    ]  # fmt: skip
    assert (
        minutes[3].text
        == "The risk register to be moved earlier on future agendas to allow sufficient scrutiny."
    )


def test_transparency_board_status_updates(acc):
    tb4 = acc(TB4)["actions"]
    assert len(tb4) == 9
    assert Counter(a.status for a in tb4) == {"open": 6, "closed": 3}
    assert (tb4[1].due, tb4[1].status_raw) == ("Late Spring 2011", "On track for due date")
    assert (tb4[3].status_raw, tb4[0].due) == ("Plan in place", "2011-01-11")
    assert tb4[0].tracker.startswith("Status update on Transparency Board actions from last meeting")
    tb5 = acc(TB5)["actions"]
    assert len(tb5) == 16  # 7 outstanding on page 1, 9 completed on page 2
    assert [a.page for a in tb5].count(2) == 9
    assert (tb5[0].assigned_on, tb5[0].due, tb5[0].status) == ("2011-01-11", "May-2011", "open")
    assert all(a.status == "closed" for a in tb5 if a.page == 2)


def test_action_lines_in_minutes(acc):
    acts = acc(TB_MINUTES)["actions"]
    assert len(acts) == 10
    moj = _find(acts, owner="MoJ")
    assert moj.due == "August" and moj.text.startswith("MoJ to share briefing on EU work")
    assert acts[-1].due == "to be confirmed"


# ------------------------------------------------------------------ risk registers


def test_2018_escalated_risk_register(acc):
    every = acc(PACK_2018)["risks"]
    risks = [r for r in every if r.register == "Integrated Commissioning Programme Escalated Risks"]
    # 7 landscape tables, two header lines each: 5+5+4+4+5+6+4 - 14
    assert len(risks) == 19
    assert [r.ref for r in risks][:4] == ["IC5", "IC9", "IC10", "UC1"]
    ic5 = risks[0]
    assert (ic5.workstream, ic5.owner) == ("IC Programme", "David Maher / Anne Canning / Simon Cribbens")
    assert ic5.inherent == ScoreTriple(4, 4, 16)
    assert ic5.residual == ScoreTriple(3, 4, 12)
    assert ic5.target == ScoreTriple(2, 4, 8)
    assert (ic5.direction, ic5.trend) == ("↔", "same")  # the arrow as printed, and read
    by_ref = {r.ref: r for r in risks}
    assert (by_ref["PC11"].direction, by_ref["PC11"].trend) == ("NEW", "new")
    assert by_ref["PC11"].target is None
    assert by_ref["UC6"].direction is None and by_ref["UC6"].trend is None
    assert by_ref["UC6"].residual == ScoreTriple(3, 4, 12)
    assert by_ref["Pv4"].target == ScoreTriple(5, 1, 5)
    # rows split over pages are one risk each
    assert by_ref["UC7"].description.endswith("begin using 111")
    assert "continues on page 33" in by_ref["UC7"].notes
    assert all(r.description for r in risks)
    # the finance reports' risks and mitigations schedules: risks up to the total row
    ccg = [r for r in every if r.register == "Risks and Mitigations Month 06, 2018 - City and Hackney CCG"]
    assert [r.ref for r in ccg] == [str(i) for i in range(1, 15)]
    assert (ccg[0].description, ccg[0].inherent, ccg[0].extra["Risks/ (Opps) £'000"]) == (
        "Homerton Acute performance",
        ScoreTriple(47, None, None),
        "4,700",
    )
    assert "per cent" in ccg[0].notes
    assert (
        ccg[4].description == "Continuing Healthcare, LD & EOL"
        and ccg[13].description == "Joint LD programme"
    )
    lbh = [
        r for r in every if r.register == "Risks and Mitigations Month 06, 2018 - London Borough of Hackney"
    ]
    assert [r.description[:35] for r in lbh] == [
        "Pressures remain within Planned Car",
        "Learning Disability Joint Funding",
    ]
    assert len(every) == 19 + 14 + 2


def test_kent_budget_risk_register(acc):
    risks = acc(KENT_RISKS)["risks"]
    assert len(risks) == 42  # rows with a likelihood, over 11 landscape pages
    assert all(r.residual and r.residual.likelihood for r in risks)
    hn = risks[0]
    assert (hn.description, hn.workstream, hn.page) == ("High Needs Spending", "CYPE", 1)
    assert hn.extra["Estimated Lifetime Financial Exposure"] == "165.0"
    assert hn.extra["section"] == "Significant Risks (over £10m)"
    assert risks[1].extra["Estimated Annual Financial Exposure"] == "119.2"
    assert risks[-1].description.startswith("Backlog of maintenance for properties")
    assert risks[-1].workstream == "DCED" and risks[-1].residual.likelihood == 1
    assert Counter(r.page for r in risks)[8] == 5
    assert risks[0].register == "Appendix I: Budget Risks Register 2025-26"
    # a gradient-filled directorate cell drawn in strips is that row's text, not section bands
    assert (risks[2].description, risks[2].workstream) == ("Market Sustainability", "ASCH / CYPE")
    changing = next(r for r in risks if r.description.startswith("Changing Government focus"))
    assert changing.workstream == "GET/DCED"
    assert {r.extra["section"] for r in risks[:12]} == {"Significant Risks (over £10m)"}


def test_business_case_and_finance_risk_tables(acc):
    risks = acc(PACK_2020)["risks"]
    assert [r.description for r in risks] == [
        "Do nothing",
        "Lack of long term funding",  # split over pages 83-84
        "Pressures remains within Planned Care",
        "Coronavirus expenditure",
    ]
    assert risks[0].extra["Over all"] == "H" and risks[1].extra["Over all"] == "M"
    assert risks[2].inherent == ScoreTriple(100, None, None) and risks[3].inherent is None
    assert risks[3].extra["Probability of risk being realised %"] == "Tbc"
    assert risks[2].register == "London Borough of Hackney - Risks and Mitigations Month 7, 2020/21"


def test_packs_without_accountability_tables(acc):
    for path in (PACK_ICB_SESSION, PACK_TRUST):
        assert acc(path) == {"interests": [], "actions": [], "risks": []}
