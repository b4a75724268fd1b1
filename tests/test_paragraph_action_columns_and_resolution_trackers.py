"""Session 17 (actions): minutes numbered per paragraph with an owner column on the right ("S/N |
Matters | Action By", or "ACTION" alone over the column), the owner an abbreviated post ("Corp.
Sec.", "GM (ag.)", "Marine" over "Supt."), the action the paragraph's directing sentence;
trackers of outstanding resolutions ("Resolution | Meeting | Resolution / direction to staff |
Department | Lead | Target", the target "Q2 2025 revised Q4 2025"); a tracker whose "Action"
column holds only codes beside a "Treatment action" column; an acronym ending a justified line
is no margin mark. Written variants (tinypdf), then the read files of written-dev25 to -dev27."""

from __future__ import annotations

from conftest import WRITTEN_DEV25, WRITTEN_DEV26, WRITTEN_DEV27, written_doc
from tinypdf import write_pdf

from boardpapers.extract.actions import extract_actions

HEAD = [
    (60, 40, 14, "LAGOON HARBOUR AUTHORITY"),
    (60, 62, 10, "Minutes of the 88th meeting of the Authority held on 14 May 2025 at 10.00 am"),
]


def _acts(tmp_path, load_doc, rows, name="m.pdf", head=HEAD):
    path = write_pdf(tmp_path / name, [head + rows], size=(595, 842))
    return extract_actions(load_doc(path))


def test_paragraph_numbered_minutes_under_sn_proceedings_action_by(tmp_path, load_doc):
    rows = [
        (60, 110, 10, "S/N"),
        (100, 110, 10, "PROCEEDINGS"),
        (480, 110, 10, "ACTION BY"),
        (60, 130, 10, "1."),
        (100, 130, 10, "FINANCE"),
        (60, 146, 10, "1.1"),
        (100, 146, 10, "The Treasurer presented the accounts for the year. The Authority"),
        (100, 160, 10, "noted the accounts."),
        (60, 176, 10, "1.2"),
        (100, 176, 10, "Members asked about the berthing arrears. The Finance Manager"),
        (480, 176, 10, "Fin. Mgr."),
        (100, 190, 10, "explained the position. The Finance Manager to report the arrears"),
        (100, 204, 10, "by berth at the next meeting."),
        (60, 220, 10, "2."),
        (100, 220, 10, "DREDGING"),
        (60, 236, 10, "2.1"),
        (100, 236, 10, "The channel survey showed silting at the bar. The Authority requested"),
        (480, 236, 10, "Harbour"),
        (480, 248, 10, "Supt."),
        (100, 250, 10, "the Harbour Superintendent to obtain three quotations for dredging."),
        (60, 266, 10, "2.2"),
        (100, 266, 10, "The General Manager (Ag.) to write to the Ministry on the survey."),
        (480, 266, 10, "GM (Ag.)"),
    ]
    acts = _acts(tmp_path, load_doc, rows)
    got = [(a.owner, a.text) for a in acts]
    assert got == [
        ("Fin. Mgr.", "The Finance Manager to report the arrears by berth at the next meeting."),
        (
            "Harbour Supt.",
            "The Authority requested the Harbour Superintendent to obtain three quotations for dredging.",
        ),
        ("GM (Ag.)", "The General Manager (Ag.) to write to the Ministry on the survey."),
    ]
    assert all(a.assigned_on == "2025-05-14" for a in acts)


def test_outstanding_resolutions_tracker_with_department_lead_and_revised_target(tmp_path, load_doc):
    head = [
        (40, 40, 14, "SILVER CREEK REGIONAL DISTRICT"),
        (40, 62, 11, "OUTSTANDING RESOLUTIONS"),
    ]
    rows = [
        (40, 100, 9, "Resolution"),
        (110, 100, 9, "Date"),
        (170, 100, 9, "Resolution / direction to staff"),
        (400, 100, 9, "Department"),
        (490, 100, 9, "Lead"),
        (560, 100, 9, "Target"),
        (700, 100, 9, "Status"),
        (40, 124, 9, "R-24-112"),
        (110, 124, 9, "Mar 14, 2025"),
        (170, 124, 9, "THAT staff review the dog licence fees."),
        (400, 124, 9, "Bylaw Services"),
        (490, 124, 9, "T. Okoro"),
        (560, 124, 9, "Jun 2025 revised Sep 2025"),
        (700, 124, 9, "In Progress"),
        (40, 148, 9, "R-25-007"),
        (110, 148, 9, "Apr 11, 2025"),
        (170, 148, 9, "THAT staff report on transit options for Area F."),
        (400, 148, 9, "Transit"),
        (490, 148, 9, "L. Brandt"),
        (560, 148, 9, "Dec 2025"),
        (700, 148, 9, "Not Started"),
    ]
    path = write_pdf(tmp_path / "t.pdf", [head + rows], size=(842, 595))
    acts = extract_actions(load_doc(path))
    got = [(a.ref, a.owner, a.due, a.assigned_on) for a in acts]
    assert got == [
        ("R-24-112", "T. Okoro", "Sep 2025", "2025-03-14"),
        ("R-25-007", "L. Brandt", "Dec 2025", "2025-04-11"),
    ]
    assert acts[0].text == "THAT staff review the dog licence fees."
    assert acts[0].extra.get("Department") == "Bylaw Services"


def test_action_codes_beside_a_mitigating_action_column(tmp_path, load_doc):
    head = [(40, 40, 14, "APPENDIX C - MITIGATION ACTION TRACKER")]
    rows = [
        (40, 100, 9, "Action"),
        (110, 100, 9, "Risk"),
        (170, 100, 9, "Mitigating action"),
        (430, 100, 9, "Owner"),
        (520, 100, 9, "Due date"),
        (600, 100, 9, "Status"),
        (40, 124, 9, "MA-1.1"),
        (110, 124, 9, "R-01"),
        (170, 124, 9, "Replace the intake screens at the north weir."),
        (430, 124, 9, "B. Ahern"),
        (520, 124, 9, "Sep 30, 2025"),
        (600, 124, 9, "On track"),
        (40, 148, 9, "MA-2.1"),
        (110, 148, 9, "R-02"),
        (170, 148, 9, "Test the backup generator under load."),
        (430, 148, 9, "C. Duval"),
        (520, 148, 9, "Jul 31, 2025"),
        (600, 148, 9, "Complete"),
    ]
    path = write_pdf(tmp_path / "c.pdf", [head + rows], size=(842, 595))
    acts = extract_actions(load_doc(path))
    assert [(a.ref, a.text, a.owner) for a in acts] == [
        ("MA-1.1", "Replace the intake screens at the north weir.", "B. Ahern"),
        ("MA-2.1", "Test the backup generator under load.", "C. Duval"),
    ]


def test_read_files_paragraph_columns_and_trackers():
    kallang = extract_actions(written_doc(WRITTEN_DEV26, "z-kallang-riverside-tc-2025-03-26"))
    assert len(kallang) == 7 and kallang[0].text.startswith("The Council requested the Managing Agent")
    essequibo = extract_actions(
        written_doc(WRITTEN_DEV25, "j-essequibo-river-transport-corp-board-2025-03-27")
    )
    assert [a.owner for a in essequibo][:3] == ["Corp. Sec.", "GM (ag.)", "Marine Supt."]
    quesnel = extract_actions(written_doc(WRITTEN_DEV25, "j-quesnel-highlands-rd-board-2025-10-23"))
    assert len(quesnel) == 14 and quesnel[0].ref == "RES 24-388" and quesnel[0].due == "Q4 2025"
    strait = extract_actions(written_doc(WRITTEN_DEV27, "db-strait-area-water-commission-arc-2025-05-21"))
    assert [a.ref for a in strait][:2] == ["RT-02.1", "RT-03.1"]
    # "Ms. Sisneros explained that HUD" / "had not yet published ...": the acronym ends the line
    assert extract_actions(written_doc(WRITTEN_DEV27, "db-upper-pecos-valley-ha-board-2025-06-17")) == []
