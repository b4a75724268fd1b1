"""Decisions and declarations at a meeting in layouts several bodies share (session 18, decisions
fixer), each on the read file that shows it: a record of decisions with a "Declarations of
interest" row under every decision; a Disclosures of Interest table (Councillor | Item | Type of
interest | Reason) at the head of NSW council minutes; a body agreeing that a member with an
interest may remain, or that an event had been useful (no decisions); a delegation after an
approval in capitals with no comma; "The Corporation NOTED ..."; a US district's motion with its
mover named after a leading clause and the minutes' "APPROVED: <date>" sign-off; a meeting's
"No." between the minutes and their verb."""

from __future__ import annotations

from conftest import WRITTEN_DEV15, WRITTEN_DEV16, WRITTEN_HELDOUT6, written_doc

from boardpapers.extract.decisions import extract_decisions
from boardpapers.extract.interests import extract_interests


def test_declarations_row_per_decision_read_once() -> None:
    """Wexcombe's Cabinet record of decisions: a "Declarations of interest" row under each of six
    decisions; the two declarations (decisions 2025/43 and 2025/44) are one record each."""
    got = extract_interests(written_doc(WRITTEN_HELDOUT6, "wexcombe-cc-cabinet-2025-07-15"))
    at_meeting = [(i.person, i.page) for i in got if i.category == "declared-at-meeting"]
    assert sorted(at_meeting) == [("Deirdre McCann", 3), ("Simon Faulds-Carter", 2)]


def test_disclosures_table_reason_column_is_the_nature() -> None:
    got = extract_interests(written_doc(WRITTEN_DEV16, "e-yanco-creek-shire-ordinary-council-2025-05-20"))
    natures = {i.person: i.nature for i in got}
    assert natures["Cr Tom Nguyen"] == (
        "Cr Nguyen owns land at 118 Bolton Road, adjoining the subject site of DA 2025/014. Cr Nguyen "
        "will leave the Chamber and take no part in discussion or voting."
    )


def test_disclosures_table_item_number_not_in_the_name() -> None:
    got = extract_interests(written_doc(WRITTEN_DEV16, "a-wirrabilla-shire-ocm-2025-08-26"))
    assert {(i.person, i.nature) for i in got} >= {
        ("Cr Mick Tanner", "Owns land adjoining the subject site of DA 2025/064."),
        (
            "Cr Leanne O’Brien",
            "Member of the Wirrabilla Show Society, an applicant for community grant funding.",
        ),
    }


def test_agreed_that_a_member_could_remain_is_no_decision() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "c-mulwarra-valley-health-board-2025-05-27"))
    assert not [d for d in got if "could remain" in d.text]


def test_agreed_that_a_meeting_had_been_useful_is_no_decision() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV16, "b-coorabin-shire-ordinary-2025-06-24"))
    assert not [d for d in got if "had been valuable" in d.text]
    got = extract_decisions(written_doc(WRITTEN_DEV16, "b-willamette-ridge-sd-board-2025-04-14"))
    assert not [d for d in got if "had been useful" in d.text]


def test_delegation_after_approval_in_capitals_is_its_own_decision() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "f-northfield-moor-nhsft-board-2025-05-01"))
    pairs = [(d.outcome, d.text) for d in got]
    assert (
        "approved",
        "The Board APPROVED the extension of the ophthalmology independent sector sub-contract to 31 March 2026.",
    ) in pairs
    assert (
        "delegated",
        "DELEGATED authority to the Chief Finance Officer to agree the final contract value within the approved budget.",
    ) in pairs


def test_further_education_corporation_noted() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "d-tamsworth-college-corporation-2025-06-24"))
    assert ("noted", "NOTED the report.") in [(d.outcome, d.text) for d in got]


def test_no_sign_off_date() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "f-sierra-alta-wd-board-2025-03-11"))
    texts = [d.text for d in got]
    assert not [t for t in texts if t.upper().startswith("APPROVED:")]


def test_minutes_of_a_numbered_meeting_confirmed() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "b-caroni-wetlands-authority-board-2025-04-22"))
    assert (
        "confirmed",
        "The Minutes of Meeting No. 111 held on 25th March, 2025 were confirmed without amendment.",
    ) in [(d.outcome, d.text) for d in got]


def test_registry_of_declarations_made_at_meetings() -> None:
    """An Ontario school board's registry under the MCIA (s. 6.1): "Trustee X — meeting, date —
    Item ..." over "Nature of interest: ..."; the interest is the first sentence."""
    got = extract_interests(written_doc(WRITTEN_DEV16, "d-muskeg-river-dsb-trustee-disclosures-2025-10-01"))
    at_meeting = {i.person: i for i in got if i.category == "declared-at-meeting"}
    assert set(at_meeting) == {"Amrit Sandhu", "Robert Kowalchuk", "Marie-Claude Lapointe"}
    assert at_meeting["Robert Kowalchuk"].declared_on == "2025-03-18"
    assert at_meeting["Robert Kowalchuk"].nature == (
        "Deemed pecuniary interest; the trustee's brother-in-law submitted an expression of interest for the property."
    )


def test_assurance_level_received_in_lower_case() -> None:
    """An English trust's quality committee minutes its assurance level in lower case."""
    got = extract_decisions(written_doc(WRITTEN_HELDOUT6, "kestrel-moor-hospitals-quality-committee-2025-06"))
    received = [d.text for d in got if d.outcome == "received"]
    assert (
        "The Committee received partial assurance on infection prevention and control, noting the cluster of "
        "C. difficile cases on Ward 7." in received
    )
    assert len([t for t in received if "assurance" in t]) == 3


def test_closed_session_motion_over_its_numbered_items() -> None:
    """A Canadian town council's motion to go into closed session lists its items numbered as
    headings ("10.1 Land Matter – Section 29 ...") before "CARRIED"."""
    got = extract_decisions(written_doc(WRITTEN_HELDOUT6, "cardwell-lake-council-2025-06-09"))
    closed = [d for d in got if "go into closed session" in d.text]
    assert len(closed) == 1
    assert closed[0].outcome == "carried"
    assert closed[0].text.startswith(
        "MOVED by Councillor Sandhu that Council go into closed session at 7:51 p.m. to discuss the following items"
    )
