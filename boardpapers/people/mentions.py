"""Mentions of people and organisations in stored records: attendance lists,
registers of interests, declarations at meetings, action and risk owners,
agenda leads. Pure: stored rows (dicts) in, mention dataclasses out.

A mention keeps the name as written and its parsed parts, the role and
organisation next to it, the body and date of the meeting or document, where
it was found (document, page, box), which record table and row it came from
and in which context (attendance, register, declaration, action_owner,
risk_owner, agenda_lead, prose)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..names import ParsedName, clean_written, looks_like_person, parse_name, split_people
from .orgs import org_key

# Words of a body's name that do not tell one board from another.
_GENERIC_BODY_WORDS = {"meeting", "in", "common", "held", "public", "part", "private", "session"}

CONTEXTS = ("attendance", "register", "declaration", "action_owner", "risk_owner", "agenda_lead", "prose")


@dataclass
class PersonMention:
    name: str  # as written
    parsed: ParsedName
    context: str  # one of CONTEXTS
    source: str  # the extractor (record table) or "ner"
    sha256: str
    page: int | None
    role: str | None = None
    organisation: str | None = None
    body: str | None = None
    date: str | None = None
    record_table: str | None = None
    record_id: int | None = None
    bbox: Any = None
    status: str | None = None  # attendance status

    @property
    def org_key(self) -> str:
        return org_key(self.organisation)

    @property
    def body_key(self) -> str:
        return body_key(self.body)


@dataclass
class OrgMention:
    name: str
    key: str
    context: str
    source: str
    sha256: str
    page: int | None
    person: str | None = None  # the person it was written next to
    body: str | None = None
    date: str | None = None
    record_table: str | None = None
    record_id: int | None = None


def body_key(body: str | None) -> str:
    """A body's key: its significant words, sorted, so 'City ICB and Hackney ICB'
    written in either order (or 'City & Hackney ...') is one body."""
    words = set(org_key(body).split()) - _GENERIC_BODY_WORDS
    return " ".join(sorted(words))


def _bbox(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _mention(name: str, context: str, row: dict, table: str, doc: dict, **extra: Any) -> PersonMention:
    return PersonMention(
        name=clean_written(name),
        parsed=parse_name(name),
        context=context,
        source=table,
        sha256=row["sha256"],
        page=row.get("page"),
        body=doc.get("body"),
        date=extra.pop("date", None) or doc.get("meeting_date"),
        record_table=table,
        record_id=row.get("id"),
        bbox=_bbox(row.get("bbox")),
        **extra,
    )


def _named(cell: str | None, *, trusted: bool) -> list[str]:
    """Names in a cell. Name columns (attendance, registers) are trusted to
    name people and only split; owner and lead columns also hold posts and
    bodies, which are dropped."""
    if not cell or not cell.strip():
        return []
    if trusted:
        parts = split_people(cell)
        return parts or [clean_written(cell)]
    return split_people(cell)


def person_mentions(records: dict[str, Iterable[dict]], docs: dict[str, dict]) -> list[PersonMention]:
    """Every person mention in the stored records of the given documents."""
    out: list[PersonMention] = []
    for row in records.get("attendance", ()):
        doc = docs.get(row["sha256"], {})
        for name in _named(row.get("name"), trusted=True):
            out.append(
                _mention(
                    name,
                    "attendance",
                    row,
                    "attendance",
                    doc,
                    role=row.get("role"),
                    organisation=row.get("organisation"),
                    date=row.get("meeting_date"),
                    status=row.get("status"),
                )
            )
    for row in records.get("interests", ()):
        doc = docs.get(row["sha256"], {})
        declared = row.get("category") == "declared-at-meeting"
        for name in _named(row.get("person"), trusted=True):
            out.append(
                _mention(
                    name,
                    "declaration" if declared else "register",
                    row,
                    "interests",
                    doc,
                    role=row.get("role"),
                    # the organisation of an interest is the interest, not the person's employer
                    organisation=None,
                    date=row.get("declared_on") if declared else None,
                )
            )
    for table, column, context in (
        ("actions", "owner", "action_owner"),
        ("risks", "owner", "risk_owner"),
        ("agenda_items", "lead", "agenda_lead"),
    ):
        for row in records.get(table, ()):
            doc = docs.get(row["sha256"], {})
            for name in _named(row.get(column), trusted=False):
                out.append(_mention(name, context, row, table, doc))
    for row in records.get("agenda_items", ()):
        out += _cover_mentions(row, docs.get(row["sha256"], {}))
    return [m for m in out if m.parsed.surname or m.parsed.initials_only]


# Cover-sheet fields that name the people behind a paper ("Lead Officer",
# "Author", "Presented by", "Sponsor", "Contact").
_COVER_PEOPLE_FIELDS = re.compile(r"lead|author|present|sponsor|contact|prepared|owner", re.IGNORECASE)
# A name followed by its post: "David Maher – CCG Managing Director", "Anne Canning, London Borough ..."
_COVER_SEPARATORS = re.compile(r"\s[–—-]\s|,|;|\(|\)")


def _cover_mentions(row: dict, doc: dict) -> list[PersonMention]:
    """People named on a paper's cover sheet, on the cover's page (the first
    page of the paper)."""
    cover = row.get("cover")
    if isinstance(cover, str):
        try:
            cover = json.loads(cover)
        except ValueError:
            return []
    if not isinstance(cover, dict):
        return []
    first = re.match(r"\s*(\d+)", row.get("pdf_pages") or "")
    at = dict(row, page=int(first.group(1)) if first else row.get("page"))
    out = []
    for field_name, value in cover.items():
        if not isinstance(value, str) or not _COVER_PEOPLE_FIELDS.search(field_name):
            continue
        for part in _COVER_SEPARATORS.split(value):
            for name in split_people(part):
                out.append(
                    _mention(name, "agenda_lead", at, "agenda_items", doc, role=field_name.replace("_", " "))
                )
    return out


def org_mentions(records: dict[str, Iterable[dict]], docs: dict[str, dict]) -> list[OrgMention]:
    """Organisations named next to a person (attendance) or as an interest (registers, declarations)."""
    out: list[OrgMention] = []
    for table, person_col, context in (
        ("attendance", "name", "attendance"),
        ("interests", "person", "interest"),
    ):
        for row in records.get(table, ()):
            name = clean_written(row.get("organisation") or "")
            key = org_key(name)
            if not key or looks_like_person(name):
                continue
            doc = docs.get(row["sha256"], {})
            out.append(
                OrgMention(
                    name=name,
                    key=key,
                    context=context,
                    source=table,
                    sha256=row["sha256"],
                    page=row.get("page"),
                    person=row.get(person_col),
                    body=doc.get("body"),
                    date=row.get("declared_on") or row.get("meeting_date") or doc.get("meeting_date"),
                    record_table=table,
                    record_id=row.get("id"),
                )
            )
    return out
