"""Actions printed as labelled blocks, one block per action, no table.

Follow-up reports of boards and councils ("Board follow-up items", "Board requests", "Outstanding
items": Canadian boards of health and hospital boards, US school and special-district boards,
Australian and New Zealand councils' action reports) print each action as a few lines, each
opening with a label, under a header line naming the motion or the request and grouped under the
meeting that gave them:

    Board of Health Meeting – March 19, 2025
    Motion BOH-25-014 | Item 7.2 Oral Health Program Capacity
    Direction:       That staff prepare a report on ...
    Responsibility:  Director, Community Health Protection
    Target date:     Fall 2025
    Status:          Complete – Report received at the October meeting.

The labels are an action table's column labels written down the page, so they are read with the
action tables' own vocabulary (actions.ACTION_SPEC): widening one widens both. What makes a block
an action, not a form or a risk panel: a label of what is to be done ("Direction", "Action",
"Request", "Follow-up item", "Task") and at least two of who / when / status, the same set of
labels repeating from block to block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import Line, layout_of
from ..model import Document
from .dates import find_date
from .normalise import action_status, date_or_raw
from .records import Action
from .tables import TableSpec

# A line opening with a short label and a colon: "Target date: Fall 2025", "Responsibility:"
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z .&/()'’-]{1,38}?)\s*:\s*(?P<value>.*)$")
LABEL_MAX_WORDS = 4
# A cheap test of the page text before the layout is built: label lines of who and of when or
# status at the starts of lines, at least MIN_BLOCKS of each
_OWNER_CUE = re.compile(
    r"(?mi)^[ \t]*(?:responsib\w*|owner|lead(?:\s+officer)?|assigned\s+to|action\s+by|staff\s+lead)[ \t]*:"
)
_WHEN_CUE = re.compile(
    r"(?mi)^[ \t]*(?:target(?:\s+date)?|due(?:\s+date)?|deadline|time(?:frame|line)|status)[ \t]*:"
)
# Blocks needed in a document: a block alone may be a form or a cover sheet's fields
MIN_BLOCKS = 2
# Of who / when / status / update, a block names at least this many beside what is to be done
MIN_OTHER_FIELDS = 2
_OTHER_FIELDS = ("owner", "due", "revised_due", "status", "update")
# "Description:" opens risk panels and forms as often as action blocks: not a label of an action
_NOT_ACTION_TEXT = re.compile(r"^\s*descri", re.I)
# A wrapped value's line starts right of the label by at least this many points (the value
# column: labels are some 60-100 pt wide), or right under it with no more than this many line
# heights from the line before (values wrapping under their label)
INDENT_MIN_PT = 12.0
TIGHT_LINE_HEIGHTS = 1.6
# A group heading dating the meeting that gave the actions under it is at most this many words
# ("Board of Health Meeting – March 19, 2025", "Regular Meeting of 14 May 2025")
GROUP_HEADING_MAX_WORDS = 12
# The header line over a block: "Motion BOH-25-014 | Item 7.2 ...", "Resolution 2025/114 – ...":
# the code in its first part is the action's ref ("Item 7.2", "Board request" give none)
_HEADER_PART = re.compile(r"\s+(?:\||–|—|-)\s+")
_REF_CODE = re.compile(r"\b(?=[A-Z0-9./-]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+)+\b|\b\d{1,4}\b")
_NOT_REF_HEAD = re.compile(r"^\s*(?:agenda\s+)?item\b|^\s*page\b", re.I)


@dataclass
class _Block:
    fields: dict[str, list[str]] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    header: str | None = None
    group_date: str | None = None
    page: int = 0
    last: str | None = None  # the field the last line went to

    def value(self, name: str) -> str | None:
        parts = self.fields.get(name)
        text = " ".join(p.strip() for p in parts or [] if p.strip()) if parts else ""
        return text or None


def _label(ln: Line, spec: TableSpec) -> tuple[str, str, str] | None:
    m = _LABEL_LINE.match(ln.text)
    if not m or len(m.group("label").split()) > LABEL_MAX_WORDS:
        return None
    name = spec.field_for(m.group("label"))
    if not name:
        return None
    return name, m.group("label").strip(), m.group("value")


def _continues(ln: Line, prev: Line, label_line: Line, next_starts_block: bool) -> bool:
    """Whether a line without a label is the last field's value wrapping on."""
    if ln.heading or (ln.bold and not label_line.bold):
        return False
    if not (ln.has_box and prev.has_box):
        return not next_starts_block  # plain text: a line over a new block is its header
    if ln.page != prev.page:
        return ln.x0 > label_line.x0 + INDENT_MIN_PT and not next_starts_block
    if ln.x0 > label_line.x0 + INDENT_MIN_PT:
        return True
    height = max(prev.bottom - prev.top, 1.0)
    return ln.top - prev.top <= TIGHT_LINE_HEIGHTS * height and not next_starts_block


def _ref(header: str | None) -> str | None:
    if not header:
        return None
    head = _HEADER_PART.split(header.strip(), maxsplit=1)[0]
    if _NOT_REF_HEAD.match(head):
        return None
    m = _REF_CODE.search(head)
    return m.group(0) if m else None


def _gate(text: str) -> bool:
    low = text.lower()
    if ":" not in low or not ("status" in low or "due" in low or "target" in low or "deadline" in low):
        return False
    return len(_OWNER_CUE.findall(text)) >= MIN_BLOCKS and len(_WHEN_CUE.findall(text)) >= MIN_BLOCKS


def actions_from_labelled_blocks(doc: Document, spec: TableSpec) -> list[Action]:
    """Actions of a report printing one labelled block per action (see the module's doc)."""
    if not _gate(doc.text):
        return []
    lines = list(layout_of(doc).lines())
    labelled = [_label(ln, spec) for ln in lines]
    blocks: list[_Block] = []
    cur: _Block | None = None
    label_line: Line | None = None
    group_date: str | None = None
    between: list[str] = []  # lines since the last block's fields: a heading, the block's header
    for i, ln in enumerate(lines):
        lab = labelled[i]
        if lab and lab[0] == "text" and _NOT_ACTION_TEXT.match(lab[1]):
            lab = None
        if lab:
            name, label, value = lab
            if cur is None or name in cur.fields:
                cur = _Block(header=between[-1] if between else None, group_date=group_date, page=ln.page)
                blocks.append(cur)
            cur.fields.setdefault(name, []).append(value)
            cur.labels.append(label.lower())
            cur.last = name
            label_line = ln
            between = []
            continue
        nxt = labelled[i + 1] if i + 1 < len(labelled) else None
        if cur is not None and cur.last and label_line is not None and not between:
            if _continues(ln, lines[i - 1], label_line, bool(nxt and nxt[0] == "text")):
                cur.fields[cur.last].append(ln.text)
                continue
        cur = None  # the block has ended; later label lines start another
        between.append(ln.text)
        words = len(ln.text.split())
        if words <= GROUP_HEADING_MAX_WORDS and not (nxt and nxt[0] == "text"):
            date = find_date(ln.text)
            if date:
                group_date = date
    actions = [b for b in blocks if _is_action(b)]
    if len(actions) < MIN_BLOCKS or not _labels_repeat(actions):
        return []
    return [_action(b) for b in actions]


def _is_action(b: _Block) -> bool:
    return bool(b.value("text")) and sum(1 for f in _OTHER_FIELDS if b.value(f)) >= MIN_OTHER_FIELDS


def _labels_repeat(blocks: list[_Block]) -> bool:
    """The same labels open at least two blocks: a report's repeating structure, not two forms."""
    seen: set[tuple[str, ...]] = set()
    for b in blocks:
        key = tuple(sorted(set(b.labels)))
        if key in seen:
            return True
        seen.add(key)
    return False


def _action(b: _Block) -> Action:
    status_raw = b.value("status")
    update = b.value("update") or status_raw
    assigned = b.value("assigned_on")
    return Action(
        ref=b.value("ref") or _ref(b.header),
        text=b.value("text") or "",
        owner=b.value("owner"),
        assigned_on=(find_date(assigned) if assigned else None) or b.group_date,
        due=date_or_raw(b.value("revised_due") or b.value("due")),
        status=action_status(status_raw or update),
        status_raw=status_raw,
        update=update,
        page=b.page,
        extra={"header": b.header} if b.header else {},
    )
