"""Decisions of the wording families fixed on benchmarks/written-dev13 (session 11), each tested
on variant forms written here (other bodies, other wording of the same kind)."""

from __future__ import annotations

from boardpapers.extract.decisions import Line, decisions_in
from boardpapers.extract.records import Meeting

BOARD = Meeting(body="Board of Commissioners", date="2025-06-02", title=None, location=None, page=1)


def _decided(text: str) -> list[tuple[str | None, str, str]]:
    lines = [Line(1, t) for t in text.splitlines()]
    return [(d.item_number, d.outcome, d.text) for d in decisions_in(lines, BOARD)]


# ---------------------------------------------------------------- US boards: refusal, postponement, disposal


def test_us_board_denied_tabled_and_declared_surplus():
    # county commissions and boards of supervisors: "denied the ...", "tabled the ... until/to
    # <date>", "declared ... surplus" are decisions (rejected / deferred / approved)
    got = _decided(
        "4. VARIANCE APPEAL\n"
        "On motion of Commissioner Ruiz, seconded by Commissioner Blake, the Commission denied the\n"
        "appeal of the Hill Street owners.\n"
        "5. FIRE DEPARTMENT DONATION\n"
        "Upon motion of Commissioner Blake, the Commission tabled the donation request to the July 7\n"
        "meeting.\n"
        "6. OLD GRADER\n"
        "Upon motion of Commissioner Ruiz, the Commission declared surplus a 1998 motor grader.\n"
    )
    assert [(n, o) for n, o, _ in got] == [("4", "rejected"), ("5", "deferred"), ("6", "approved")]


def test_tabled_without_a_time_put_off_to_is_no_decision():
    # "tabled" alone is the British "presented" (a paper laid before the meeting)
    got = _decided("3. CORRESPONDENCE\nThe Commission tabled the letter from the Chamber of Commerce.\n")
    assert got == []


def test_motion_after_a_leading_clause_it_was_moved_by():
    # "After a short discussion, it was moved by A, seconded by B, to ..." with its result (US
    # special district and school boards)
    got = _decided(
        "9. WELL NO. 4 REHABILITATION\n"
        "After a short discussion, it was moved by Director Lowe, seconded by Director Iqbal, to continue\n"
        "the item to the next regular meeting. Motion carried 5-0.\n"
    )
    assert len(got) == 1
    assert got[0][0] == "9"
    assert got[0][2].startswith("it was moved by Director Lowe")
