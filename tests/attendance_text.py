"""Attendance read from minutes text written in a test: lines of page 1 of a council meeting."""

from __future__ import annotations

from boardpapers.extract.attendance import attendance_in
from boardpapers.extract.decisions import Line
from boardpapers.extract.records import Meeting

MEETING = Meeting(body="Council", date="2025-03-04", title=None, location=None, page=1)


def read_attendance(text: str) -> list[tuple[str, str, str | None]]:
    """(name, status, role) of everyone the text's attendance lists name."""
    lines = [Line(1, t) for t in text.splitlines()]
    return [(a.name, a.status, a.role) for a in attendance_in(lines, MEETING)]
