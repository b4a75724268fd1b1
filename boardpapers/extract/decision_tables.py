"""Decisions kept as a table: decision logs and decision registers, one row per decision.

The family: steering groups', NZ and Australian councils' "Decisions Register" or "Decision Log"
("Ref | Meeting | Decision | Decided by | Notes"), English councils' records of executive and
delegated decisions laid out as a table ("Ref | Date of decision | Decision taken | Decision
maker"), programme boards' logs ("No. | Date | Item | Decision | Status"). Minutes' prose
decisions are read by decisions.py; this module reads the table with extract/tables.py (ruled
tables, or borderless ones from the layout layer's lines), keyed on its header words.

Only a page whose text holds a strong header term of the "decisions" family (table_headers:
"decision log", "record of decisions", "decided by", "decision maker") can start such a table,
so most documents cost one regex scan a page, shared with the other table families.
"""

from __future__ import annotations

import re

from ..model import Document
from .dates import find_date
from .records import Decision
from .tables import LogicalTable, Row, TableSpec, clean_cell, squash


class _DecisionSpec(TableSpec):
    """A header is a decision table's when it names the decision column and at least one of the
    columns that make a log of it (a reference, a date or meeting, who decided): "Decision" with
    "Notes" alone is a minutes table, not a register."""

    def is_header(self, labels):
        fields = set(filter(None, self.fields_for(labels)))
        return (
            "text" in fields
            # ... or the item and the matter decided: "Item | Application / Matter | Decision"
            # (planning and rights-of-way committees' records of decisions, one row per
            # application; "Ref | Proposal | Decision" in others)
            and (bool(fields & {"ref", "date", "decided_by"}) or {"item", "matter"} <= fields)
            and len(fields) >= self.min_fields
        )


# Checked in order (squashed labels: lower case, no spaces): "Decision maker" and "Date of decision"
# before "Decision".
DECISION_TABLE_SPEC = _DecisionSpec(
    synonyms={
        "decided_by": r"^(?:decidedby|decisionmaker|decision(?:taken|made)by|madeby|approvedby|decidingbody)$",
        "date": r"^(?:dateofdecision|decisiondate|datedecided|datetaken|dateofmeeting|meetingdate|meeting|date)$",
        "ref": r"^(?:ref(?:erence)?(?:no\.?|number)?\.?|decision(?:no\.?|ref(?:erence)?|number|id)\.?|no\.?|id|#)$",
        "text": r"^(?:decisions?(?:taken|made|agreed|summary)?|summaryofdecisions?|resolutions?)$",
        "item": r"^(?:item|agendaitem|subject|title|topic|matter|report)$",
        # what a planning or licensing committee decided on: the application or the matter
        "matter": r"^(?:applications?(?:/matter|details|no\.?)?|application/matter|proposal|proposals?/matters?|site(?:/proposal)?|applicationandproposal)$",
        "notes": r"^(?:notes?|comments?|status|update|remarks?|followup)$",
    },
    min_fields=2,
    key_fields=("ref",),
    completing_fields=("date", "decided_by"),
    family="decisions",
)

# The decision verb the cell opens with ("Agreed that ...", "Approved the budget", "Deferred a
# decision ..."), or its noun ("Approval of the business case"), lower-cased as an outcome.
_VERB = re.compile(
    r"\b(resolved|approved|noted|endorsed|agreed|ratified|adopted|accepted|confirmed|decided|supported|"
    r"recommended|received|delegated|authori[sz]ed|deferred|rejected|declined|awarded|"
    r"approve|agree|note|endorse|adopt|defer|reject|ratify|authori[sz]e|delegate|recommend|accept|"
    r"award|approval|endorsement|adoption|ratification|deferral|"
    # a planning committee's verdict on an application: "Planning permission GRANTED", "REFUSED"
    r"granted|refused)\b",
    re.I,
)
_OUTCOME = {
    "approve": "approved", "approval": "approved", "agree": "agreed", "note": "noted",
    "endorse": "endorsed", "endorsement": "endorsed", "adopt": "adopted", "adoption": "adopted",
    "defer": "deferred", "deferral": "deferred", "reject": "rejected", "declined": "rejected",
    "ratify": "ratified", "ratification": "ratified", "authorise": "authorised", "authorize": "authorised",
    "authorized": "authorised", "granted": "approved", "refused": "rejected", "delegate": "delegated", "recommend": "recommended", "accept": "accepted", "award": "awarded",
}  # fmt: skip
# A decision with no verb of its own ("Scenario B as the basis of the financial model") is what
# the table says it is: decided.
DEFAULT_OUTCOME = "decided"


def outcome_of(text: str) -> str:
    m = _VERB.search(text)
    if not m:
        return DEFAULT_OUTCOME
    v = m.group(1).lower()
    return _OUTCOME.get(v, v)


def _date(cell: str) -> str | None:
    return find_date(cell, numeric=True) if cell else None


# A verdict alone in the decision cell: "NOTED.", "Approved", "DEFERRED" (records of decisions)
BARE_VERDICT = re.compile(r"^\s*(?i:noted|approved|agreed|deferred|refused|granted|endorsed|received)\.?\s*$")
# An item column holding the item's number ("4", "7.2", "12a"), not its title
ITEM_NO = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})?[a-z]?\.?\s*$")


def _record(t: LogicalTable, row: Row) -> Decision | None:
    d = row.as_dict(t)
    text = clean_cell(d.get("text"))
    if (len(text) < 8 or not re.search(r"[a-z]", text)) and not BARE_VERDICT.match(text):
        return None  # an empty or placeholder cell ("-", "TBC")
    ref = clean_cell(d.get("ref")) or None
    item = clean_cell(d.get("item"))
    matter = clean_cell(d.get("matter"))
    if not ref and matter and ITEM_NO.match(item):
        # "4 | 25/21655/FUL – Conversion of redundant barn ... | GRANTED ...": the item's number,
        # and the application as its title (planning committees' records of decisions)
        ref, item = item, matter
    return Decision(
        item_number=ref,
        item_title=item or matter or None,
        decided_by=clean_cell(d.get("decided_by")) or None,
        outcome=outcome_of(text),
        text=text,
        meeting_date=_date(d.get("date", "")),
        page=row.page,
    )


def decisions_from_tables(doc: Document) -> list[Decision]:
    """One decision per row of the document's decision logs and registers."""
    from ..table_headers import table_families
    from .tables import read_tables

    # cheap gate: no page with the family's header words, no table (and no layout built)
    if not any(page.text and "decisions" in table_families(page.text) for page in doc.pages):
        return []
    out: list[Decision] = []
    for t in read_tables(doc, DECISION_TABLE_SPEC):
        if "text" not in t.fields:
            continue
        for row in t.rows:
            rec = _record(t, row)
            if rec is not None:
                out.append(rec)
    return out


def same_decision(a: str, b: str) -> bool:
    """Two records of one decision: one text holds the other (a prose reader took a table cell,
    or part of it; minutes repeat a resolution in a closing log)."""
    x, y = squash(a), squash(b)
    if min(len(x), len(y)) < 20:
        return x == y
    return x in y or y in x
