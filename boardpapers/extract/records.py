"""Extracted records. Field names are the public `extract --json` contract
(see README). Every record carries `page` (1-based PDF page it starts on) and,
where cheap, `bbox`; the store adds the document's sha256."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import BBox
from .normalise import trend


@dataclass
class Meeting:
    body: str | None
    date: str | None  # ISO 8601
    title: str | None
    location: str | None
    page: int
    start_time: str | None = None
    kind: str = "meeting"  # "meeting" (the pack's own) | "minutes" (previous meeting minuted inside)
    bbox: BBox | None = None


@dataclass
class Attendance:
    name: str
    role: str | None
    organisation: str | None
    status: str  # present | in_attendance | apologies
    meeting_date: str | None
    page: int
    bbox: BBox | None = None


@dataclass
class AgendaItem:
    number: str | None
    title: str
    lead: str | None
    purpose: str | None
    pages: str | None  # as printed, e.g. "8-14"
    time: str | None
    page: int
    pdf_pages: str | None = None  # segmentation: PDF page range, e.g. "10-16"
    cover: dict[str, Any] | None = None  # cover sheet fields of the paper
    bbox: BBox | None = None


@dataclass
class Decision:
    item_number: str | None
    item_title: str | None
    decided_by: str | None
    outcome: str  # the verb, lower-cased: resolved, approved, noted, endorsed, agreed, ...
    text: str
    meeting_date: str | None
    page: int
    bbox: BBox | None = None


@dataclass
class Interest:
    person: str
    declared_on: str | None
    role: str | None
    organisation: str | None
    nature: str | None
    category: str | None  # pecuniary | non-pecuniary | indirect | other | declared-at-meeting
    register: str | None
    page: int
    notes: str | None = None
    bbox: BBox | None = None


@dataclass
class ScoreTriple:
    likelihood: float | None = None
    impact: float | None = None
    score: float | None = None


@dataclass
class Action:
    ref: str | None
    text: str
    owner: str | None
    assigned_on: str | None
    due: str | None
    status: str | None  # open | closed | other
    status_raw: str | None
    update: str | None
    page: int
    tracker: str | None = None  # title/date of the tracker the row came from
    notes: str | None = None
    bbox: BBox | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # other columns of the tracker, by header label


@dataclass
class Risk:
    ref: str | None
    description: str
    workstream: str | None
    owner: str | None
    inherent: ScoreTriple | None
    residual: ScoreTriple | None
    target: ScoreTriple | None
    direction: str | None  # as printed: "↔", "▲ Increasing", "Stable", "No change", "New"
    page: int
    register: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    notes: str | None = None
    bbox: BBox | None = None
    # up | down | same | new: the printed direction read as a word (normalise.trend), what the
    # store, `risks --rising` and the risk history compare; derived from `direction` when not given
    trend: str | None = None

    def __post_init__(self) -> None:
        if self.trend is None:
            self.trend = trend(self.direction)


def to_dict(record: Any) -> dict[str, Any]:
    return asdict(record)
