"""Action trackers (tables); actions written inline in minutes are read by minute_actions.py."""

from __future__ import annotations

import re

from ..model import Document
from .action_blocks import actions_from_labelled_blocks
from .action_column import actions_from_action_column
from .dates import DATE_RE, NUMERIC_DATE_RE, find_date
from .meetings import minute_sections
from .minute_actions import actions_from_minutes, minuted_tasks, reads_as_minutes
from .normalise import action_status, date_or_raw
from .records import Action
from .tables import LogicalTable, TableSpec, clean_cell, heading_before, read_tables, squash

# A text column's label saying it holds the summary of what was resolved or is to be done
_SUMMARY_LABEL = re.compile(r"summary|details?\)?$|description")


class _ActionSpec(TableSpec):
    """An action log's "Item" column is the agenda item number where the table also has an
    "Action" column (HWB and council action logs: Ref | Meeting | Item | Action | Owner);
    alone, "Item" holds the action's text."""

    def label_fields(self, labels):
        fields = super().label_fields(labels)
        for i, lab in enumerate(labels):
            if fields[i] is None and "/" in lab and not _ACTION_TAKEN.match(squash(lab)):
                # a label naming its column twice, "Board Resolution / Action Required",
                # "Remarks / Update" (Commonwealth statutory bodies' trackers of earlier board
                # resolutions): the column of the text where a part names an action, of the
                # update where a part names one beside a status column ("Reason / comments" in a
                # gifts register is no action's update). "Actions taken / Remarks" is read below
                parts = [squash(part) for part in lab.split("/")]
                named = {self.field_for(part) for part in parts}
                # ... or a direction: "Resolution / direction to staff" (Canadian regional
                # districts' and municipalities' trackers of outstanding resolutions)
                if "text" in named and any(
                    "action" in part or part.startswith("direction") for part in parts
                ):
                    fields[i] = "text"
                elif (named - {None}) == {"update"} and "status" in fields:
                    fields[i] = "update"
        by = [i for i, lab in enumerate(labels) if squash(lab) == "by"]
        if "due" not in fields and by and sum(1 for f in fields if f == "owner") > 1:
            # "No. | Minute | Action | Owner | By": beside an owner column, "By" is when (NDPB and
            # committee minutes' summaries of actions); alone it may be who
            fields[by[0]] = "due"
        texts = [i for i, f in enumerate(fields) if f == "text"]
        named = [i for i in texts if "action" in squash(labels[i]) or "/direction" in squash(labels[i])]
        if len(texts) > 1 and not named:
            # a council's resolutions tracker: "Resolution | Meeting | Item | Resolution (summary)"
            # (Australian and New Zealand councils): the summary is the text
            named = [i for i in texts if _SUMMARY_LABEL.search(squash(labels[i]))]
        if len(texts) > 1 and named and "ref" not in fields:
            # ... the bare "Resolution" column holds the resolution's number, its ref where none is
            # labelled ("Resolution | Meeting | Resolution / direction to staff | Lead": Canadian
            # regional districts' action tracking reports)
            bare = [i for i in texts if squash(labels[i]) == "resolution"]
            if bare and bare[0] != named[0]:
                fields[bare[0]] = "ref"
        if len(texts) > 1 and named:
            fields = [
                None if i in texts and i != named[0] and f == "text" else f for i, f in enumerate(fields)
            ]
        owners = [i for i, f in enumerate(fields) if f == "owner"]
        if len(owners) > 1:
            # "Department | Lead" (trackers naming the department and its lead officer: Canadian
            # regional districts', US cities'): the lead is the owner, the department kept as extra
            depts = [i for i in owners if _DEPARTMENT_LABEL.match(squash(labels[i]))]
            if depts and len(depts) < len(owners):
                fields = [None if i in depts else f for i, f in enumerate(fields)]
        taken = [i for i, lab in enumerate(labels) if _ACTION_TAKEN.match(squash(lab)) and fields[i] is None]
        said = [
            i
            for i, lab in enumerate(labels)
            if _DECISION_LABEL.match(squash(lab)) and fields[i] in (None, "text")
        ]
        if taken and said and "update" not in fields and ("text" not in fields or fields[said[0]] == "text"):
            # an action-taken report on the last meeting's decisions: "Item No. | Decision of the
            # Syndicate | Action Taken | Status" (Indian universities' and statutory bodies' ATRs
            # annexed to the agenda): the decision is what was to be done, "Action taken" its
            # update. Not a register's "Action taken" (to manage a declared interest) beside its
            # description: NHS registers of interests
            fields[taken[0]] = "update"
            fields[said[0]] = "text"
        state = [i for i, lab in enumerate(labels) if _OPEN_CLOSED.match(squash(lab))]
        if state:
            # a column of the state alone, "Open / Closed", beside "Status / Update" and a "RAG"
            # column (matters-arising tables of Commonwealth state corporations' minutes): the
            # state is the status, the other status column the update, the RAG word kept as extra
            for i, f in enumerate(fields):
                if f == "status" and i != state[0]:
                    wordy = "update" not in fields and not _RAG_LABEL.match(squash(labels[i]))
                    fields[i] = "update" if wordy else None
            fields[state[0]] = "status"
        if "status" not in fields:
            # "Remarks" is an action's update only beside a status column: "No. | Item | Remarks"
            # is an agenda or a list of papers
            fields = [
                None if f == "update" and _REMARKS.match(squash(lab)) else f
                for lab, f in zip(labels, fields, strict=False)
            ]
        return fields


# An owner column naming a department or service, not a person ("Department", "Lead department")
_DEPARTMENT_LABEL = re.compile(
    r"^(?:lead|responsible|assigned)?(?:department|dept\.?|service|directorate)s?$"
)
# "Action taken", "Actions taken", "Action taken / remarks": the column of what was done
_ACTION_TAKEN = re.compile(r"^actions?taken")
# "Decision", "Decision of the Syndicate", "Resolution of the Council", "Decisions taken"
_DECISION_LABEL = re.compile(r"^(?:decisions?|resolutions?)(?:of(?:the)?[a-z]+|taken|made)?$")
# "Open / Closed", "Open/Closed?"
_OPEN_CLOSED = re.compile(r"^open\??/closed\??$")
_RAG_LABEL = re.compile(r"^rag")
_REMARKS = re.compile(r"^remarks?$")
# A row's serial number: "S/N", "S/No.", "Sl. No.", "Serial No." (not "No." or "#": NHS and
# council logs number their actions so, the number the action's reference)
_SERIAL_LABEL = re.compile(r"^(?:s/no?\.?|(?:sl|sr|s|serial)\.?no\.?)$")
# The action's own reference ("Ref.", "Reference", "Action ref", "Decision ref"), not the minute
# that set it ("Minute ref", "Min. Ref.": repeated or kept apart in the logs' truths)
_OWN_REF_LABEL = re.compile(r"^(?:action|decision)?ref(?:erence)?(?:no\.?|number)?\.?$")


# Checked in order: "Status Update" is the update, "Status as at 31/10/18" the status.
# "Meeting" (the date of the meeting that set the action: "14.12.23") is when it was assigned.
ACTION_SPEC = _ActionSpec(
    synonyms={
        # "Minute ref": the minute an action log row was set at, its reference (NHS committees)
        # "Action ref.", "Action ID", "Action number" (fire authorities' and councils' action tables);
        # "Decision Ref." (statutory boards' trackers of their earlier decisions)
        "ref": r"^(?:ref(?:erence)?(?:no\.?|number)?\.?|(?:action|decision)(?:no|ref(?:erence)?|id|number)\.?|no\.?|id|#"
        r"|minuteref(?:erence)?\.?"
        # "Min. Ref." (a matters-arising table's minute of the resolution being carried out:
        # Kenyan and other Commonwealth state corporations' minutes)
        r"|min\.?ref(?:erence)?\.?"
        # "Resolution No." of a council's resolutions tracker
        r"|resolution(?:no\.?|number|ref\.?)"
        # "Item No.", "Sl. No.", "S. No.", "Sr. No." (Indian and other Commonwealth bodies'
        # action-taken reports and trackers)
        r"|(?:item|sl|sr|s|serial)\.?no\.?"
        # "S/N", "S/No." (serial number: East African and other Commonwealth bodies' tables of
        # directives closing minutes)
        r"|s/no?\.?)$",
        "assigned_from": r"^assignedfrom|^source",
        # "To": the body a scrutiny committee's recommendation is made to (recommendation trackers)
        # "Department": the staff department a council's follow-up list assigns (US city councils'
        # "Pending items": "# | Item | Requested by | Department | Target date")
        "owner": r"assignedto|owner|^lead|responsib|^by(?:whom)?$|^who$|^to$|^madeto$|^directedto"
        r"|^(?:lead|responsible|assigned)?(?:department|dept\.?|service)s?$",
        # "Date made": when a recommendation was made (scrutiny trackers)
        "assigned_on": r"assigneddate|dateassigned|dateraised|dateagreed|^meetingdate|dateopened|^raised|"
        r"^dateofmeeting|^date$|^meeting$|^datemade|^dateset"
        # "Requested" / "Date requested" (US school boards' trackers of trustees' requests for
        # information), "Date logged", "Opened"
        r"|^(?:date)?requested(?:on)?$|^(?:date)?logged$|^opened$"
        # "Board Decision No. & Date", "Minute No. and Date": the number of the decision being
        # carried out and the date of the meeting that made it, in one cell (South Asian and other
        # Commonwealth statutory bodies' trackers of earlier board decisions); the date is read
        # out of the cell (_NO_AND_DATE)
        r"|(?:no\.?|number|ref\.?)(?:&|and)date$",
        # "Revised Target Date" beside "Original Target Date" (US audit follow-up trackers, council
        # recommendation trackers): where filled, the date now due; checked before "due"
        "revised_due": r"^revised(?:target|due|completion)?date$|^revised(?:target|deadline|due)$",
        # "Response due": when the body's response is due
        "due": r"duedate|^due$|^deadline|targetdate|completiondue|^by(?:when)?$|^when$|^timescale|responsedue|^target$"
        # "Report back" (when the answer comes back to the board: US school boards, UK councils'
        # scrutiny trackers), "Return date", "Expected completion"
        r"|^reportback|^returndate|^expectedcompletion"
        # "Timeframe", "Time frame", "Timeline" (Irish ETBs' and NZ councils' "Actions arising":
        # "Minute | Action | Responsible | Timeframe")
        r"|^time(?:frame|line)s?$",
        # "Response / update", "Response": what the body answered (scrutiny trackers)
        # "Management update", "Management response" (audit recommendation follow-up trackers)
        "update": r"statusupdate|^update|^progress|^comments?$|^notes?$|^latest|^response(?:/update)?$"
        r"|^management(?:update|response|comments?)$"
        # "Remarks" beside a status column (Commonwealth bodies' action logs and matrices)
        r"|^remarks?$",
        # "Implementation status" (the same trackers)
        "status": r"^status|^rag|^implementationstatus$",
        # "Recommendation": a tracker of a committee's recommendations holds them as its actions
        "text": r"^actions?(?:agreed|required|description|completed|outstanding)?$|^task$|^description|^item$|"
        r"^recommendations?$"
        # "Resolution (summary)", "Resolution" (councils' trackers of resolutions still being
        # carried out: Australian and New Zealand local government)
        r"|^resolutions?(?:\(summary\)|summary|details?|text)?$"
        # "Matter / Resolution", "Matter arising" (matters-arising tables of earlier resolutions
        # still being carried out: Commonwealth state corporations' and boards' minutes)
        r"|^matters?(?:arising)?(?:/(?:resolutions?|actions?|decisions?))?$"
        # "Request / Direction", "Request for information", "Direction" (US school boards' trackers
        # of what trustees asked the superintendent for). Not "Commitment": a government
        # response's table of commitments is a report, not a log of actions
        r"|^requests?(?:/directions?|forinformation)?$|^directions?$"
        # "Directive", "Board directive" (East African state water and other statutory boards'
        # "Summary of Board Directives" closing minutes: "S/N | Min. No. | Directive |
        # Responsible | Time frame")
        r"|^(?:board)?directives?$"
        # "Board Decision", "Council Decision" (trackers of the progress of implementation of
        # earlier board decisions: "No. | Board Decision | Responsible Officer | Target Date |
        # Status"): the decision is what is to be done. Bare "Decision" stays unread: decision
        # registers and agendas print it beside a status
        r"|^(?:board|council|committee|executive)decisions?$"
        # "Direction of the Board", "Decision / Direction of the Board" (trackers of the
        # implementation of earlier decisions and directions: Commonwealth statutory bodies',
        # universities' "Decision / Direction of the Board | Responsibility | Status of
        # implementation | Remarks", statuses "Complied", "Partially complied", "Not complied")
        r"|^(?:decisions?|directions?|directives?)of(?:the)?(?:board|council|committee)$"
        # "Follow-up item", "Follow-up", "Action item" (Ontario hospital and US boards' minutes
        # closing with "FOLLOW-UP ITEMS": "# | Follow-up item | Responsibility | Target date | Status")
        r"|^follow-?ups?(?:items?|actions?)?$|^actionitems?$"
        # "Item Action": a narrow item-number column whose label the layout ran into the next
        # (ICB committee trackers: "Ref | Date raised | Item | Action | Lead | Due | Update | RAG")
        r"|^(?:item|minute)(?:no\.?)?actions?$"
        # minutes laid out as a table, "Item | Discussion | Outcome / Action | Responsible | Due"
        # (Australian health district boards, NHS committee minutes in tables): the outcome cell
        # holds what was agreed, the action among it
        r"|^(?:outcomes?|decisions?|resolutions?)(?:/|and|&)actions?$|^actions?(?:/|and|&)(?:outcomes?|decisions?)$"
        # "Action / Resolution" (Kenyan state corporations' board action logs annexed to minutes:
        # "Ref. | Min. No. | Action / Resolution | Responsibility | Timeline | Status | Remarks")
        r"|^actions?(?:/|and|&)resolutions?$",
        "detail": r"^milestones?|^detail",
        # who asked for it, with the date asked: "Council President Redhawk (9/15/26)" (US city
        # councils' pending-items lists)
        "requested_by": r"^requestedby$|^raisedby$",
    },
    min_fields=3,
    key_fields=("ref",),
    completing_fields=("owner", "due", "status"),
    family="actions",
    # action tables closing minutes with a filled header band over rows parted only by hairlines
    # or whitespace (English combined authorities' committees, New Zealand regional councils'
    # action registers): the ruled header alone is a table of no rows; read the page without rules
    reread_header_only=True,
    # a regular line set tight under a bold header is the first row, not the header's wrapped
    # labels (Scottish university courts' "Action log (arising from this meeting)": "No. |
    # Action | Owner | By" in bold over rows whose ref and date are centred in their cells)
    bold_header_rows=True,
)


_TRACKER_LINE = re.compile(
    r"action\s+(?:tracker|log|plan|list)|actions?\s+from\s+(?:the\s+)?(?:last|previous)\s+meeting|"
    r"status\s+update\s+on"
    # "Action Register", "Actions and Decisions Register" (Australian and New Zealand boards' and
    # programme steering groups' logs)
    r"|actions?\s+(?:and\s+decisions?\s+)?register\b"
    # "Action items arising (from this meeting)", "Actions arising": a table's own title, nearer
    # the table than prose naming the action register an item before (health boards' minutes)
    r"|actions?\s+(?:items?\s+)?arising\b"
    # "Action Taken Report on the decisions of the 214th meeting" (Indian universities' and
    # statutory bodies' ATRs), "Schedule of Actions", "Follow-up actions" (statutory boards'
    # minutes closing with their actions)
    r"|action\s+taken\s+report|schedule\s+of\s+actions|follow-?\s*up\s+actions",
    re.I,
)


# A title block dating the one meeting whose decisions a report follows up: "... on the decisions
# of the 214th Meeting of the Syndicate held on 15.03.2025" (action-taken reports)
_HELD_ON = re.compile(r"\bmeeting\b.{0,80}?\bheld\s+on\b", re.I | re.S)
_ACTION_TAKEN_TITLE = re.compile(r"action\s+taken", re.I)
# ... within this many characters of the title line (its wrapped lines)
TITLE_BLOCK_CHARS = 240


def _title_date(doc: Document, t: LogicalTable, title: str | None) -> str | None:
    """The date of the meeting an action-taken report's title names, where the title block on
    the table's page says "meeting ... held on <date>"; else None."""
    if not title or not _ACTION_TAKEN_TITLE.search(title):
        return None
    text = doc.page(t.page).text
    at = text.find(title)
    if at < 0:
        return None
    block = text[at : at + TITLE_BLOCK_CHARS]
    m = _HELD_ON.search(block)
    return find_date(block[m.end() :], numeric=True) if m else None


# A cell holding only a dash or "n/a": nothing written there yet ("Response / update | –" for a
# recommendation made at this meeting: scrutiny trackers; "N/A" in action logs' update column)
_EMPTY_CELL = re.compile(r"^\s*(?:[-–—]+|n/?a|tbc|none)?\s*$", re.I)


_STATUS_AND_UPDATE = re.compile(r"^status(?:/|and|&)(?:update|progress|comments?|position)")


def _filled(cell: str | None) -> str | None:
    """The cell's text, None when it is empty or holds only a placeholder (see _EMPTY_CELL)."""
    return None if cell is None or _EMPTY_CELL.match(cell) else cell


def _tracker_title(doc: Document, t: LogicalTable) -> str | None:
    return heading_before(doc, t, _TRACKER_LINE) or t.title


# A column of minutes' discussion: the table is minutes laid out as a table, and a row is an
# action only where it names who acts or by when ("Item | Discussion | Outcome / Action |
# Responsible | Due": Australian health district boards; "Minute | Discussion | Action | Lead")
_MINUTES_COLUMN = re.compile(r"^(?:discussion|summaryofdiscussion|keypointsofdiscussion|minutes?)$")


_ACTION_LABEL = re.compile(r"\bactions?\s*:\s*", re.I)


# the date in a "Requested by" cell: "Councilor Lindqvist (10/6/26)"
_ASKED_ON = re.compile(r"\((\d{1,2}/\d{1,2}/\d{2,4})\)")


# A column only an agenda has: when a table's items have a lead but no due date, status or
# update, a "Purpose", "Paper" or "Time" column makes it the agenda (NHS trust boards' and
# Ontario hospital boards' agendas: "Time | No. | Item | Lead | Purpose | Paper"), not a log
_AGENDA_COLUMN = re.compile(
    r"^(?:time|purpose|papers?(?:ref\.?|no\.?)?|presenter|presentedby|enc(?:losure)?s?\.?|attachments?"
    r"|format|forinformation|decision/discussion|timing)$"
)


# A run of dot leaders or underscores: a blank to be filled in by hand, as the signature and
# date lines under minutes' closing action log are ("Signed ...... (Chair) Date ......":
# charities' and parish councils' minutes); an action's own text has none
_LEADERS = re.compile(r"[…]{3,}|\.{6,}|_{5,}")


# A reference: a short code holding a digit ("2025/05-01", "BA-112", "Min. 05/13/2024"), at most
# REF_CODE_MAX_WORDS words (not a category's label: "Gifts, benefits and hospitality over $100")
REF_CODE_MAX_WORDS = 3
_DIGIT = re.compile(r"\d")


def _is_ref_code(cell: str | None) -> bool:
    return bool(cell) and len(cell.split()) <= REF_CODE_MAX_WORDS and bool(_DIGIT.search(cell))


# A table ends where a headerless table on a later page has words, not a reference, where every
# row of the table's own page had one (an empty cell is a row without a ref, kept): a register
# of interests after an action table closing minutes ("Action No. | Item | Action | Responsible
# | Due", then an attachment's "Category | <member> | ..." table of as many columns: Australian
# health boards' minutes) is not the log going on
CODED_REF_MIN_ROWS = 2


def _coded_refs(t, ref_col: int | None) -> bool:
    """Every row on the table's first page has a coded reference (at least CODED_REF_MIN_ROWS)."""
    if ref_col is None:
        return False
    first = [r for r in t.rows if r.page == t.page]
    return len(first) >= CODED_REF_MIN_ROWS and all(
        ref_col < len(r.cells) and _is_ref_code(r.cells[ref_col]) for r in first
    )


# A borderless table's row that is one cell of capitals alone, at least this many words: the
# heading of the next section, which a table read without rules runs on into ("SCHEDULE OF
# ACTIONS" closing statutory boards' minutes, then "SUMMARY OF BOARD RESOLUTIONS" and its table)
HEADING_MIN_WORDS = 2


def _section_heading(cells: list[str]) -> bool:
    filled = [c for c in cells if c and c.strip()]
    if len(filled) != 1 or filled[0] != cells[0]:
        return False
    text = filled[0].strip()
    return text.isupper() and len(text.split()) >= HEADING_MIN_WORDS and not _DIGIT.search(text)


def _band_row(cells: list[str]) -> bool:
    """A row of one filled cell, the first: a band over the rows under it."""
    return bool(cells and cells[0] and cells[0].strip()) and not any(c and c.strip() for c in cells[1:])


# A column holding a decision's number and its meeting's date in one cell ("Board Decision No. &
# Date": "107/04 29.04.2025"): its assigned date is the date among the cell's words
_NO_AND_DATE = re.compile(r"(?:no\.?|number|ref\.?)(?:&|and)date$")


_SERIAL_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _own_reference(t: LogicalTable, ref_col: int | None) -> int | None:
    """The column of the actions' own references where the ref column is a serial number: "S/N |
    Meeting | Ref. | ..." over "1 | ... | BD/45/03" (Commonwealth statutory bodies' trackers of
    earlier board resolutions), one in each row and none twice. The serial stays the ref where it
    holds more than row numbers, or beside a minute's reference ("S/N | Min. Ref." over "2 |
    03/18", "3 | 03/18" in East African boards' schedules of directives), or where the other
    column repeats."""
    if ref_col is None or not _SERIAL_LABEL.match(squash(t.labels[ref_col])):
        return ref_col
    if not all(
        _SERIAL_NUMBER.match((r.cells[ref_col] or "").strip()) for r in t.rows if ref_col < len(r.cells)
    ):
        return ref_col
    for i, lab in enumerate(t.labels):
        if i != ref_col and t.fields[i] is None and ACTION_SPEC.field_for(lab) == "ref":
            cells = [r.cells[i].strip() for r in t.rows if i < len(r.cells) and r.cells[i]]
            if _OWN_REF_LABEL.match(squash(lab)) and len(cells) == len(t.rows) == len(set(cells)):
                return i
    return ref_col


# A column whose label names the action with a qualifier ("Treatment action", "Mitigating action",
# "Agreed task"): the action's text where the column labelled bare "Action" holds only references
_QUALIFIED_ACTION_LABEL = re.compile(r"(?:action|task)s?(?:required|agreed|description)?$")
# ... the references at least this many rows (one row says too little)
CODED_TEXT_MIN_ROWS = 2


def _coded_text_column(t: LogicalTable) -> None:
    """The text column holds only reference codes ("Action | Risk | Treatment action | Lead":
    "RT-02.1" over each row, the action written in the next column: risk treatment action
    trackers appended to risk registers, Canadian utilities' and NHS trusts' action plans): the
    codes are the ref, a column labelled as a qualified action the text. In place, on t.fields."""
    text_col = t.index("text")
    if text_col is None or len(t.rows) < CODED_TEXT_MIN_ROWS:
        return
    cells = [(r.cells[text_col] or "").strip() if text_col < len(r.cells) else "" for r in t.rows]
    filled = [c for c in cells if c]
    if len(filled) < CODED_TEXT_MIN_ROWS or not all(_is_ref_code(c) and " " not in c for c in filled):
        return
    named = [
        i
        for i, (lab, f) in enumerate(zip(t.labels, t.fields, strict=False))
        if f is None and i != text_col and _QUALIFIED_ACTION_LABEL.search(squash(lab))
    ]
    if len(named) != 1:
        return
    t.fields[text_col] = None if "ref" in t.fields else "ref"
    t.fields[named[0]] = "text"


def actions_from_tables(doc: Document) -> list[Action]:
    out: list[Action] = []
    for t in read_tables(doc, ACTION_SPEC):
        _coded_text_column(t)
        if "text" not in t.fields or not ({"owner", "due", "status", "update"} & set(t.fields)):
            continue
        if not ({"due", "status", "update", "assigned_on"} & set(t.fields)) and any(
            _AGENDA_COLUMN.match(squash(lab)) for lab in t.labels
        ):
            continue  # an agenda: "Time | No. | Item | Lead | Purpose | Paper"
        ref_col = t.index("ref")
        if ref_col is None and t.labels and not t.labels[0].strip() and t.fields[0] is None:
            ref_col = 0  # an unlabelled first column of numbers
        ref_col = _own_reference(t, ref_col)
        tracker = _tracker_title(doc, t)
        minutes_table = any(_MINUTES_COLUMN.match(squash(lab)) for lab in t.labels)
        # one column for both: "Status / update", "Status and progress" (NHS committees' action
        # logs, council trackers): its cell is the status and the update
        status_col = t.index("status")
        status_both = (
            "update" not in t.fields
            and status_col is not None
            and bool(_STATUS_AND_UPDATE.search(squash(t.labels[status_col])))
        )
        us_dates = _month_first(t)
        title_date = _title_date(doc, t, tracker)
        on_col = t.index("assigned_on")
        numbered_on = on_col is not None and bool(_NO_AND_DATE.search(squash(t.labels[on_col])))
        coded = _coded_refs(t, ref_col)
        band: str | None = None  # the band row read last in a table read without rules
        for row in t.rows:
            if t.method == "spans-borderless" and _section_heading(row.cells):
                break  # "SUMMARY OF BOARD RESOLUTIONS": the next section, not the table going on
            if t.method == "spans-borderless" and t.index("text") != 0 and _band_row(row.cells):
                # "Meeting 12 November 2024" across the table over the rows it set (NZ councils'
                # action registers under a ruled header, the bands filled): their date
                band = row.cells[0].strip()
                continue
            d = row.as_dict(t)
            cell = (row.cells[ref_col] or "").strip() if coded and ref_col < len(row.cells) else ""
            if cell and row.page != t.page and not _is_ref_code(cell):
                continue  # not this table going on over the page: another table, read as its rows
            text = d.get("text", "")
            if d.get("detail"):
                text = f"{text}: {d['detail']}" if text else d["detail"]
            if not text or (minutes_table and not (_filled(d.get("owner")) or _filled(d.get("due")))):
                continue  # a minute with no one to act on it: "1. Welcome | ... | Noted. | |"
            if any(_LEADERS.search(c) for c in row.cells if c):
                continue  # "Signed ........ (Chair) Date ......": the blanks signing the minutes
            if minutes_table:
                # "The Board noted the report. Action: Deep dive to be presented ...": the action
                # is what follows its label in the outcome cell
                text = _ACTION_LABEL.split(text, maxsplit=1)[-1].strip() or text
            notes = list(row.notes)
            ref = row.cells[ref_col].strip() if ref_col is not None else None
            if ref and re.fullmatch(r"\d+", squash(ref)):
                ref = squash(ref)  # a number broken over lines in a narrow cell: "1\n1"
            if ref and re.fullmatch(r"page\d+", squash(ref)):
                notes.append(f"ref cell held a page footer ({ref}); dropped")
                ref = None
            ref = re.sub(r"(?<=-)\s+", "", ref) if ref else None  # "ICBMar18- 3"
            status_raw = _filled(d.get("status"))
            update = _filled(d.get("update"))
            if update is None and (status_both or (status_raw and _STATUS_THEN_NOTE.match(status_raw))):
                # "Status / update | Open – fieldwork booked for December"; a "Status" column
                # whose cells go on past the status word ("Completed – plan circulated March 10,
                # 2025": matters-arising tables of Caribbean and Commonwealth boards' minutes)
                update = status_raw
            status = action_status(status_raw) if status_raw else action_status(update)
            extra = {
                lab: row.cells[i]
                for i, (lab, f) in enumerate(zip(t.labels, t.fields, strict=False))
                if f is None and i != ref_col and lab and i < len(row.cells) and row.cells[i]
            }
            if d.get("assigned_from"):
                extra["assigned_from"] = d["assigned_from"]
            asked = _ASKED_ON.search(d.get("requested_by") or "")
            if d.get("requested_by"):
                extra["requested_by"] = d["requested_by"]
            by_dues = split_row_by_dues(text, d.get("owner") or "", d.get("due") or "")
            parts = (
                [(x, o) for x, o, _ in by_dues]
                if by_dues
                else split_row_actions(text, d.get("owner") or "") or [(text, d.get("owner") or None)]
            )
            for k, (part_text, part_owner) in enumerate(parts):
                part_due = by_dues[k][2] if by_dues else None
                out.append(
                    Action(
                        ref=(ref or None) if k == 0 else None,
                        text=part_text,
                        owner=part_owner,
                        assigned_on=(
                            find_date(d.get("assigned_on") or "", numeric=True) if numbered_on else None
                        )
                        or _meeting_cell_date(d.get("assigned_on"), us_dates)
                        or (_tracker_date(asked.group(1), us_dates) if asked else None)
                        or _band_date(row.band or band, us_dates)
                        or title_date,
                        due=_tracker_date(part_due, us_dates)
                        if part_due
                        else _tracker_date(
                            _unbroken(_filled(d.get("revised_due")) or _revised(d.get("due"))), us_dates
                        ),
                        status=status,
                        status_raw=status_raw or (update if not status_raw and status else None),
                        update=update,
                        page=row.page,
                        tracker=tracker,
                        notes="; ".join(notes + ([f"one of {len(parts)} actions in row {ref}"] if k else []))
                        or None,
                        extra=extra,
                    )
                )
    _infer_refs(out)
    return out


# "11-Jul-24": Excel's day-month-year date, as trackers exported from spreadsheets print it
_DAY_MON_YY = re.compile(r"^(\d{1,2})[-\s]([A-Za-z]{3,4})[-\s](\d{2})$")


# A numeric date cell: "04/17/2025", "17/04/2025", "4-17-25"
_NUMERIC_CELL = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\s*$")


def _month_first(t: LogicalTable) -> bool:
    """A table writing its dates month first: one of its date cells has a second number over 12
    ("04/17/2025": US school boards' and city councils' trackers), none a first one."""
    cols = [i for i in (t.index("assigned_on"), t.index("due"), t.index("revised_due")) if i is not None]
    asked = t.index("requested_by")  # "Councilor Lindqvist (10/6/26)"
    firsts: list[int] = []
    seconds: list[int] = []
    for row in t.rows:
        cells = [row.cells[i] for i in cols if i < len(row.cells)]
        if asked is not None and asked < len(row.cells):
            cells += _ASKED_ON.findall(row.cells[asked])
        for cell in cells:
            m = _NUMERIC_CELL.match(cell)
            if m:
                firsts.append(int(m.group(1)))
                seconds.append(int(m.group(2)))
    return any(x > 12 for x in seconds) and all(x <= 12 for x in firsts)


# "30thApril 2025": an ordinal day run into its month where a narrow cell's text was set tight
# (minutes' closing tables of directives with a "Time frame" column, as Tanzanian and other East
# African boards write dates "30th April 2025")
_GLUED_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)(?=[A-Z][a-z])")


def _tracker_date(cell: str | None, month_first: bool = False) -> str | None:
    """A tracker's date cell: ISO when a full date (with a two-digit year in Excel's "11-Jul-24"),
    else as written ("Mar-25", "TBC"). `month_first`: the table writes numeric dates US-style."""
    cell = _GLUED_ORDINAL.sub(r"\1 ", cell) if cell else cell
    n = _NUMERIC_CELL.match(cell) if cell and month_first else None
    if n:
        return date_or_raw(f"{n.group(2)}/{n.group(1)}/{n.group(3)}") or cell
    m = _DAY_MON_YY.match(cell.strip()) if cell else None
    if m:
        return date_or_raw(f"{m.group(1)} {m.group(2)} 20{m.group(3)}") or cell
    return date_or_raw(cell)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _meeting_cell_date(cell: str | None, month_first: bool = False) -> str | None:
    """The date a "Meeting" column's cell names: the cell as a date, or the one date among its
    words where it names the meeting too ("45th Board Meeting (18/03/2025)", "Board 14.12.23":
    trackers carrying several meetings' actions); else the cell as written."""
    got = _tracker_date(cell, month_first)
    if not cell or got is None or _ISO.match(got):
        return got
    found = [m.group(0) for m in NUMERIC_DATE_RE.finditer(cell)] + [
        m.group(0) for m in DATE_RE.finditer(cell)
    ]
    if len(found) != 1:
        return got  # none, or several meetings' dates in one cell
    one = _tracker_date(found[0], month_first)
    return one if one and _ISO.match(one) else got


# A due cell keeping the original target beside the revised one: "Q2 2025 revised Q4 2025", "Oct
# 2025 (revised: Feb 2026)" (trackers marking moved targets "revised" in the cell: Canadian
# regional districts', UK councils'): the target now is the one after the word
_REVISED_IN_CELL = re.compile(r"\brevised(?:\s+to)?\s*:?\s*(?P<new>[^\s)].*?)\)?\s*$", re.I | re.S)


def _revised(cell: str | None) -> str | None:
    if not cell or "revised" not in cell.lower():
        return cell
    m = _REVISED_IN_CELL.search(cell)
    return m.group("new").strip() if m else cell


def _unbroken(cell: str | None) -> str | None:
    """ "Jun- 24": a month and year broken at the hyphen in a narrow due column (housing
    association and NHS action logs print "Jun-24" so), joined again."""
    return re.sub(r"(?<=[A-Za-z]-)\s+(?=\d)", "", cell) if cell else cell


_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _band_date(band: str | None, month_first: bool = False) -> str | None:
    """The date of the meeting band a log's row sits under ("Trust Board meeting held in
    public - 7 September 2023": NHS board action logs grouped by meeting; "Report No. 2024-02 —
    ... (issued 06/14/2024)": US audit follow-up trackers grouped by audit report, whose
    numeric dates run month first as the table's do)."""
    if not band:
        return None
    if month_first:
        m = _NUMERIC_DATE.search(band)
        if m:
            return _tracker_date(m.group(0), True)
    return find_date(band, numeric=True)


# An owner cell of stacked initials, one per action in the row: "NO KD", "NO CF NO", "NO/BM CF".
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4})*$")
_ROW_ITEM = re.compile(r"(?:^|\s)(\d{1,2})\.\s+(?=[A-Z])")


def split_row_actions(text: str, owner: str) -> list[tuple[str, str]] | None:
    """A tracker row holding several actions, each with its own owner stacked in the
    owner cell (parish and committee minutes' action tables: "1. NO to again contact ...
    2. Clerk to request ..." beside "NO CF"; "NO to arrange ... KD to chase ..." beside
    "NO KD"). The text splits at numbered items 1..n, or at each later owner's initials
    followed by "to"; None when it does not split into as many parts as owners."""
    owners = owner.split()
    if len(owners) < 2 or not all(_INITIALS.match(o) for o in owners):
        return None
    marks = list(_ROW_ITEM.finditer(text))
    if [int(m.group(1)) for m in marks] == list(range(1, len(owners) + 1)):
        cuts = [m.start(1) for m in marks]
        if text[: cuts[0]].strip():
            return None  # text before item 1: not a list of the row's actions
    else:
        cuts = [0]
        for o in owners[1:]:
            m = re.compile(rf"(?<=[\s.;])(?:ACTION\s*:\s*)?{re.escape(o)}\s+(?:to|will)\s").search(
                text, cuts[-1] + 1
            )
            if m is None:
                return None
            cuts.append(m.start())
    bounds = [*cuts, len(text)]
    parts = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    if any(not p for p in parts):
        return None
    return list(zip(parts, owners, strict=True))


# A due cell's dates one after another: "September 2025 17 July 2025", "31/07/2025 30/09/2025"
_STACKED_DUE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A sentence of a row's action cell names a task in at least this many words
MIN_SPLIT_SENTENCE_WORDS = 3


def split_row_by_dues(text: str, owner: str, due: str) -> list[tuple[str, str, str]] | None:
    """A minutes table's row holding several actions as sentences of its action cell, with as many
    owners stacked in the owner cell and as many dates in the due cell ("Deep dive into Category 2
    performance ... to the Finance and Performance Committee. Bring an appraisal compliance recovery
    plan to the People Committee." beside "LH" / "PN" and "September 2025" / "17 July 2025": NHS
    trusts' board minutes laid out "Ref | Item | Minute | Action | Owner | Due"). The dates are the
    evidence: joint owners of one action share one date. None where the counts differ."""
    owners = owner.split()
    if len(owners) < 2 or not all(_INITIALS.match(o) for o in owners):
        return None
    dues = [m.group(0) for m in _STACKED_DUE.finditer(due or "")]
    sentences = [x.strip() for x in _SENTENCE_CUT.split(text) if x.strip()]
    if not (len(dues) == len(sentences) == len(owners)):
        return None
    if any(len(x.split()) < MIN_SPLIT_SENTENCE_WORDS for x in sentences):
        return None
    return list(zip(sentences, owners, dues, strict=True))


def _infer_refs(actions: list[Action]) -> None:
    """A numbered tracker whose ref cell held a page footer: n-1 and n+1 around it give n."""
    for i in range(1, len(actions) - 1):
        a, prev, nxt = actions[i], actions[i - 1], actions[i + 1]
        if a.ref is None and a.notes and "page footer" in a.notes and a.tracker == prev.tracker:
            if prev.ref and nxt.ref and prev.ref.isdigit() and nxt.ref.isdigit():
                if int(nxt.ref) == int(prev.ref) + 2:
                    a.ref = str(int(prev.ref) + 1)
                    a.notes += f"; ref {a.ref} inferred from its neighbours"


# A status cell that goes on past its status word after a dash or colon: "Completed – plan
# circulated March 10, 2025.", "Ongoing: opinion expected by April 4" (status and update in one)
_STATUS_THEN_NOTE = re.compile(
    r"^(?:open|closed?|complete[d]?|done|ongoing|on[-\s]?going|in\s+progress|pending|outstanding|deferred)"
    r"\s*[-–—:]\s*\w",
    re.I,
)


# ------------------------------------------------------------------ headerless action logs

_STATUS_WORD = re.compile(
    r"^(?:new|ongoing|open|closed?|complete[d]?|done|on\s*track|in\s*progress|overdue)$", re.I
)


def actions_from_headerless_logs(doc: Document) -> list[Action]:
    """Action logs printed as tables without a header row (action | owner |
    status): only in a document titled as an action log, and only tables whose
    last column is status words and whose owner column is short."""
    title = next(
        (ln.strip() for p in doc.pages[:1] for ln in p.text.splitlines()[:6] if _TRACKER_LINE.search(ln)),
        None,
    )
    if not title:
        return []
    out: list[Action] = []
    for page in doc.pages:
        for tab in page.tables:
            rows = [[clean_cell(c) for c in r if c is not None] for r in tab.rows]
            rows = [r for r in rows if any(r)]
            if not rows or any(ACTION_SPEC.is_header(r) for r in rows):
                continue
            good = [r for r in rows if len(r) >= 3 and _STATUS_WORD.match(r[-1]) and 0 < len(r[-2]) <= 15]
            if len(good) < max(1, 0.6 * len(rows)):
                continue
            for r in good:
                out.append(
                    Action(
                        ref=None,
                        text=" ".join(c for c in r[:-2] if c),
                        owner=r[-2],
                        assigned_on=None,
                        due=None,
                        status=action_status(r[-1]),
                        status_raw=r[-1],
                        update=None,
                        page=page.number,
                        tracker=title,
                        notes="table without a header row: columns read as action, owner, status",
                    )
                )
    # no ruled table of that shape: the log set in whitespace, its columns typed by their cells
    return out or actions_from_typed_logs(doc, title)


# ------------------------------------------------------------------ logs without a header, typed by content

# Action logs printed with no header row over their columns, often in groups under a band line
# ("Workstream 2 – Finance ...": programme steering groups' registers; "Trust Board – 7 March":
# NHS logs grouped by meeting), each row opening with its reference. Their columns are found
# where the rows' word runs start, and each column is named by what its cells hold: the reference
# first, dates (raised, due), the longest text (the action), a short one before the due date or
# status (the owner), status words, and the text after the status (the update).

# A row's reference: "A-031", "A24/15", "IJB/25/31", "AP12", "ACT-2025-07"
_LOG_REF = re.compile(r"^(?:[A-Z]{1,5}[-/]?\d{1,4}(?:[-/]\d{1,4}){0,2})$")
# A status cell's opening words (the cell may go on: "Closed – see item 6.2")
_LOG_STATUS = re.compile(
    r"^(?:open|closed?|complete[d]?|done|ongoing|on[-\s]?going|on\s+hold|in\s+progress|not\s+started|"
    r"deferred|overdue|new|on\s+track|superseded|withdrawn|cancelled|pending|outstanding)\b",
    re.I,
)
_LOG_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[-\s]+\d{2,4}\b",
    re.I,
)
# Runs part at gaps wider than this many ems (word spacing is a quarter em; cells of a table
# set tight part at half an em or more: 9 pt of a 14 pt em in the written steering group log)
LOG_RUN_GAP_EMS = 0.6
# A column starts where at least this share of the rows' lines start a run (within
# LOG_START_CLUSTER points): the rows' own columns; a run starting inside a cell recurs seldom
LOG_COLUMN_SHARE = 0.3
LOG_START_CLUSTER = 4.0
# A column is of a kind (status, dates) where this share of the rows' cells are
LOG_KIND_SHARE = 0.6
# A log has at least this many rows (fewer say too little about its columns)
LOG_MIN_ROWS = 3
# A row's wrapped lines follow at most this many line heights apart (rows part at 1-2)
LOG_ROW_GAP_HEIGHTS = 1.5
# An owner cell is short: a name or two, a post ("GM Infrastructure")
LOG_OWNER_MAX_CHARS = 45


def _run_starts(ln) -> list[tuple[float, float]]:
    """(x0, em) of each word run of the line, runs parted at LOG_RUN_GAP_EMS."""
    from ..layout.lines import em

    out: list[tuple[float, float]] = []
    prev = None
    for sp in ln.spans:
        if prev is None or sp.x0 - prev.x1 > LOG_RUN_GAP_EMS * max(em(sp), em(prev)):
            out.append((sp.x0, em(sp)))
        prev = sp
    return out


def _first_run(ln) -> str:
    from ..layout.lines import join_spans

    starts = _run_starts(ln)
    cut = starts[1][0] if len(starts) > 1 else float("inf")
    return join_spans([sp for sp in ln.spans if sp.x0 < cut]).strip()


def _log_rows(lines) -> list[tuple[list, str | None]]:
    """Rows of a page of a headerless log: (the row's lines, the band line above it)."""
    rows: list[tuple[list, str | None]] = []
    band: str | None = None
    cur: list | None = None
    for ln in lines:
        if _LOG_REF.match(_first_run(ln)):
            cur = [ln]
            rows.append((cur, band))
            continue
        if cur is not None:
            prev = cur[-1]
            near = ln.top - prev.bottom <= LOG_ROW_GAP_HEIGHTS * max(prev.height, 1.0)
            if near and ln.x0 > cur[0].x0 + LOG_START_CLUSTER:
                cur.append(ln)  # the row's cells wrapped on: its reference column empty
                continue
        cur = None
        if len(_run_starts(ln)) == 1:
            band = ln.text.strip()  # a group's band ("Workstream 2 – ...") or a heading
    return rows


def _log_grid(rows) -> list[float] | None:
    xs = sorted(x for lines, _ in rows for ln in lines for x, _ in _run_starts(ln))
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= LOG_START_CLUSTER:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    need = max(2, LOG_COLUMN_SHARE * len(rows))
    starts = [c[0] for c in clusters if len(c) >= need]
    return starts if len(starts) >= 4 else None


def _log_cells(lines, starts: list[float]) -> list[str]:
    from ..layout.lines import join_spans
    from ..layout.tables import join_wrapped

    cells = [""] * len(starts)
    for ln in lines:
        per: list[list] = [[] for _ in starts]
        for sp in ln.spans:
            k = max((i for i, x in enumerate(starts) if sp.x0 >= x - LOG_START_CLUSTER), default=0)
            per[k].append(sp)
        for k, spans in enumerate(per):
            if spans:
                cells[k] = join_wrapped(cells[k], join_spans(spans).strip())
    return cells


def _log_fields(table: list[list[str]]) -> dict[str, int] | None:
    """The columns of a headerless log by what their cells hold (see above), None when the rows
    do not read as an action log (no status column, no action text and owner before it)."""
    n = len(table)
    width = len(table[0])

    def share(k: int, pattern: re.Pattern[str]) -> float:
        return sum(1 for r in table if r[k] and pattern.search(r[k])) / n

    status = next((k for k in range(1, width) if share(k, _LOG_STATUS) >= LOG_KIND_SHARE), None)
    if status is None:
        return None
    dates = {k for k in range(1, width) if k != status and share(k, _LOG_DATE) >= LOG_KIND_SHARE}
    plain = [k for k in range(1, status) if k not in dates]
    if len(plain) < 2:
        return None
    text = max(plain, key=lambda k: sum(len(r[k]) for r in table))
    owner = next((k for k in plain if k > text), None)
    if owner is None or sum(len(r[owner]) for r in table) / n > LOG_OWNER_MAX_CHARS:
        return None
    fields = {"ref": 0, "text": text, "owner": owner, "status": status}
    raised = [k for k in dates if k < text]
    due = [k for k in dates if text < k < status]
    if raised:
        fields["assigned_on"] = raised[-1]
    if due:
        fields["due"] = due[-1]
    update = next((k for k in range(status + 1, width) if k not in dates), None)
    if update is not None:
        fields["update"] = update
    return fields


def actions_from_typed_logs(doc: Document, title: str) -> list[Action]:
    """The rows of a headerless action log (see above) in a document titled as one."""
    from ..layout import layout_of

    out: list[Action] = []
    lay = None
    # the log read on the page before: (page number, column starts, fields, last band)
    before: tuple[int, list[float], dict[str, int], str | None] | None = None
    for page in doc.pages:
        if not _LOG_STATUS_ANYWHERE.search(page.text):
            continue  # a page without status words holds no such log
        lay = lay or layout_of(doc)
        pl = lay.page(page.number)  # (a page without boxes has no line with a box)
        lines = [ln for ln in pl.lines if ln.has_box and ln.spans] if pl.has_boxes else []
        rows = _log_rows(lines)
        starts = _log_grid(rows) if len(rows) >= LOG_MIN_ROWS else None
        table = [_log_cells(row_lines, starts) for row_lines, _ in rows] if starts else []
        f = _log_fields(table) if table else None
        follows = before is not None and before[0] == page.number - 1
        carried = before[3] if follows and before is not None else None
        if f is None and follows and before is not None and rows:
            # the log's last rows going on over the page, too few to find its columns by: the
            # columns of the page before, where every row's status cell holds a status word
            # (NZ councils' action registers, rows grouped under meeting bands)
            _, starts, f, carried = before
            table = [_log_cells(row_lines, starts) for row_lines, _ in rows]
            if not all(_LOG_STATUS.match(cells[f["status"]]) for cells in table):
                f = None
        if f is None or starts is None:
            before = None
            continue
        # rows above the page's first dated band (a running heading above them is no band of
        # theirs) sit under the page before's last band
        dated = next((k for k, (_, band) in enumerate(rows) if _band_date(band)), len(rows))
        rows = [(lines_, (carried or band) if k < dated else band) for k, (lines_, band) in enumerate(rows)]
        before = (page.number, starts, f, rows[-1][1])
        for (_, band), cells in zip(rows, table, strict=True):
            status_raw = _filled(cells[f["status"]])
            out.append(
                Action(
                    ref=cells[0],
                    text=cells[f["text"]],
                    owner=_filled(cells[f["owner"]]),
                    # else the date of the meeting band the row sits under ("Trust Board – 3 July 2025")
                    assigned_on=(_tracker_date(cells[f["assigned_on"]]) if "assigned_on" in f else None)
                    or _band_date(band),
                    due=_tracker_date(_filled(cells[f["due"]])) if "due" in f else None,
                    status=action_status(status_raw),
                    status_raw=status_raw,
                    update=_filled(cells[f["update"]]) if "update" in f else None,
                    page=page.number,
                    tracker=title,
                    notes="log without a header row: columns named by their cells"
                    + (f"; under {band!r}" if band else ""),
                )
            )
    return out


# The page test before a log's layout is read: any of _LOG_STATUS's words anywhere on the page
# (a narrower copy skipped logs whose rows say only "Done", "Pending" or "Not started")
_LOG_STATUS_ANYWHERE = re.compile(r"\b" + _LOG_STATUS.pattern.removeprefix("^"), re.I)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


# A minutes action whose first words are these many words of a tracker row is that row.
SAME_ACTION_WORDS = 6


# A minutes action whose words are mostly (this share) in a tracker row with a compatible
# owner is that row restated (an action list summary, an action log beside the minutes).
SAME_ACTION_SHARE = 0.75
# ... when it has at least this many words (shorter texts say too little to tell).
SAME_ACTION_MIN_WORDS = 4
_STOP = {"to", "the", "a", "an", "of", "and", "for", "on", "in", "with", "be", "at", "by"}
# ... or, the owner the same post or person in both, when the words other than the owner's share at
# least this many with the row and this share of the shorter: the minutes' "Action: Head of Repairs
# to report the backlog by area to the May meeting." over the closing table's "Report the damp and
# mould backlog by area | Head of Repairs" (housing associations', charities' and NDPBs' minutes
# that restate each minuted action in an "Action points" table; the row words it afresh)
SAME_OWNER_MIN_SHARED = 3
# ... or the minutes say the owner is "to" do what the row's first this-many words say
ROW_HEAD_WORDS = 3
SAME_OWNER_SHARE = 0.5


# A table summing up the minutes' own actions ("ACTION LIST SUMMARY", "Summary of actions"),
# as against an action log of earlier meetings, whose rows the minutes may also state.
_SUMMARY = re.compile(r"\bsummary\b|\baction\s+list\b", re.I)


def _owners_agree(a: str | None, b: str | None) -> bool:
    if not a or not b or a.lower() == "staff":
        return True  # "Staff were asked to ...": the officer the log names is of the staff
    if _initials_of(a, b) or _initials_of(b, a):
        return True
    return bool(set(re.findall(r"[a-z]+", a.lower())) & set(re.findall(r"[a-z]+", b.lower())))


_OWNER_INITIALS = re.compile(r"\b[A-Z]{2,4}\b")


def _initials_of(marks: str, names: str) -> bool:
    """Whether initials in one owner ("HR", "AM / KW") are those of a name in the other ("H
    Ridgeway", "A Moreland / K Wilde"): the minutes' "HR to circulate ..." and the action log's
    row for "H Ridgeway" (health and wellbeing boards' minutes and their action logs)."""
    given = set(_OWNER_INITIALS.findall(marks))
    if not given:
        return False
    people = re.split(r"\s*(?:/|&|,|\band\b)\s*", names)
    initials = {"".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", p)) for p in people}
    return bool(given & initials)


def _not_in_tables(found: list[Action], tables: list[Action]) -> list[Action]:
    """Minutes actions that are not a tracker row of the same document: an "ACTION:" line
    written inside an action table's cell is read with its row, and an action the minutes
    state and their own action list summary restates is the summary's record (the tune
    truth's convention). Actions a separate action log repeats are kept: the minutes
    record when they were set."""
    rows: dict[int, list[str]] = {}
    row_words = []
    for t in tables:
        rows.setdefault(t.page, []).append(_words(t.text))
        if _SUMMARY.search(t.tracker or ""):
            row_words.append((set(_words(t.text).split()) - _STOP, t.owner, None))
        elif t.assigned_on:
            # a log's row set at the meeting minuted restates the minutes' action as a summary does
            # (New Zealand and US councils' registers closing the minutes: "Staff were asked to
            # report ..." above the row "Report to the ... Committee on ...")
            row_words.append((set(_words(t.text).split()) - _STOP, t.owner, t.assigned_on))
    row_heads = [
        (" ".join(_words(t.text).split()[:ROW_HEAD_WORDS]), t.owner, t.assigned_on)
        for t in tables
        if (_SUMMARY.search(t.tracker or "") or t.assigned_on)
        and len(_words(t.text).split()) >= ROW_HEAD_WORDS
    ]
    out = []
    for a in found:
        said = _words(a.text)
        words = said.split()
        head = " ".join(words[:SAME_ACTION_WORDS])
        if head and any(f"action {head}" in r for r in rows.get(a.page, [])):
            continue
        whole = " ".join(words)
        if len(words) >= SAME_ACTION_MIN_WORDS and any(whole in r for r in rows.get(a.page, [])):
            # the sentence is in a row's text whole: a minute read with its action column (the
            # owner's initials there: drainage boards' and parish councils' minutes) holds the
            # direction the minutes' text gives ("The Clerk was asked to write again to ...")
            continue
        content = set(words) - _STOP
        if len(content) >= SAME_ACTION_MIN_WORDS and any(
            # the minutes' words mostly in the row, or the row's in the minutes: a log row set at
            # this meeting restating a longer minuted action in short ("Present the due diligence
            # report ..." for "CEO to present the due diligence report ... by 31st March":
            # Kenyan state corporations' action matrices closing the minutes)
            (
                len(content & w) >= SAME_ACTION_SHARE * len(content)
                or (len(w) >= SAME_ACTION_MIN_WORDS and len(content & w) >= SAME_ACTION_SHARE * len(w))
            )
            and _owners_agree(a.owner, o)
            and (on is None or on == a.assigned_on)
            for w, o, on in row_words
        ):
            continue
        if any(_restated_by_same_owner(a, content, w, o, on) for w, o, on in row_words):
            continue
        if any(
            _same_owner(a.owner, o) and (on is None or on == a.assigned_on) and f"to {head} " in f"{said} "
            for head, o, on in row_heads
        ):
            # "... the Chief Executive undertook to respond in writing." over the row "Respond in
            # writing to Mrs Mossop ... | Chief Executive" (national park authorities' and
            # councils' minutes closing with "Actions arising"): the row's task, in its opening
            # words, is what the owner undertook to do
            continue
        out.append(a)
    return out


def _same_owner(a: str | None, b: str | None) -> bool:
    def norm(x: str) -> str:
        return " ".join(re.findall(r"[a-z]+", x.lower()))

    return bool(a and b) and norm(a or "") == norm(b or "")


def _restated_by_same_owner(
    a: Action, content: set[str], row: set[str], owner: str | None, on: str | None
) -> bool:
    """A minutes action a row of this meeting's table restates in other words, the owner the same
    (see SAME_OWNER_SHARE)."""
    if not _same_owner(a.owner, owner) or (on is not None and on != a.assigned_on):
        return False
    own = content - set(_words(a.owner or "").split())
    shared = own & row
    return len(shared) >= SAME_OWNER_MIN_SHARED and len(shared) >= SAME_OWNER_SHARE * min(len(own), len(row))


# A cheap test before the layout is built: a line ending in an action column's label, on a line
# (or the line before it) naming the minutes' column. Applied to lower-cased text, after
# _ACTION_COLUMN_END (a line ending in the label at all), which rules out most documents at a
# sixth of the full pattern's cost: about 1% of ingest on the bulk corpus before the gate.
# ... also "Topic ... Action / Follow-up" (US boards' minutes tables), "Min. No. ... Action"; or
# the action label alone on its line, the column's other labels on lines of their own or none
# (parish and drainage boards' "ACTION" over the right-hand column); "S/N | Matters | Action By"
# (Singapore town councils' and other Commonwealth bodies' minutes)
_ACTION_COLUMN_END = re.compile(r"(?m)(?:actions?|action\s+by|lead|owner|follow-?ups?)[ \t]*$")
_ACTION_COLUMN_HINT = re.compile(
    r"(?m)(?:\b(?:discussion|minute|notes|topic|matters|proceedings)\b|\bmin\.|\bs/no?\b)[^\n]*\s"
    r"(?:actions?|action\s+by|lead|owner|follow-?ups?)[ \t]*$"
    r"|^[ \t]*actions?[ \t]*$"
)


def _action_column_hint(text: str) -> bool:
    low = text.lower()
    return bool(_ACTION_COLUMN_END.search(low) and _ACTION_COLUMN_HINT.search(low))


def _meeting_date(doc: Document) -> str | None:
    """The date of the one meeting a document minutes, else None."""
    dates = {f.meeting.date for f in minute_sections(doc)}
    return dates.pop() if len(dates) == 1 else None


# A tracker column naming the minute that set each action ("No. | Minute | Action | Owner | By"):
# a summary of the minutes' own actions, set at the meeting they minute
_MINUTE_COLUMN = re.compile(r"^(?:minute|min\.?|minuteref|minuteno\.?)$")


def _minuted_here(doc: Document, action: Action) -> bool:
    """Whether a tracker row's minute ("24/146(c)", "ARC 24/25 - 016", "2.3") opens a line of
    this document's minutes: the row was set at the meeting they minute. A log carrying rows of
    earlier meetings cites minutes printed elsewhere ("ARC 23/24 - 048")."""
    ref = next((str(v) for k, v in (action.extra or {}).items() if _MINUTE_COLUMN.match(squash(k))), "")
    ref = re.split(r"\s*\(", ref)[0].strip()
    if not ref or not re.search(r"\d", ref):
        return False
    pattern = r"\s*".join(re.escape(part) for part in ref.split())
    return re.search(rf"^\s*{pattern}(?![\d/])", doc.text, re.M) is not None


# The title of a log carried from meeting to meeting, not the actions of one meeting
_LOG_TITLE = re.compile(
    r"\b(?:log|tracker|outstanding|matters\s+arising\s+from|previous|register|as\s+at)\b", re.I
)


# ... unless the title says the log is of the meeting minuted: "Action log (arising from this
# meeting)" (Scottish university courts' minutes), "Actions agreed at this meeting"
_THIS_MEETING = re.compile(r"\b(?:this|today'?s)\s+meeting\b", re.I)


def extract_actions(doc: Document) -> list[Action]:
    tables = actions_from_tables(doc)
    if any(a.assigned_on is None for a in tables):
        date = _meeting_date(doc)
        for a in tables:
            if a.assigned_on is None and date and _minuted_here(doc, a):
                a.assigned_on = date
    if any(a.assigned_on is None and a.extra.get("requested_by") for a in tables) and reads_as_minutes(doc):
        # a follow-up list closing minutes dates only the requests of earlier meetings
        # ("Councilor Lindqvist (10/6/26)"); an undated request was made at this one
        date = _meeting_date(doc)
        for a in tables:
            if a.assigned_on is None and a.extra.get("requested_by"):
                a.assigned_on = date
    if tables and all(a.assigned_on is None for a in tables) and reads_as_minutes(doc):
        # a table of actions closing one meeting's minutes, with no date or minute column
        # ("Actions arising" / "No. | Action | Owner | Due" after the last item: English joint
        # and district committees' and school governors' minutes): the actions were set at the
        # meeting minuted; a log carrying earlier meetings' actions says so in its title ("Action
        # log", "Action list – as at ...") or reports each one's status
        date = _meeting_date(doc)
        if (
            date
            and not any(
                _LOG_TITLE.search(a.tracker or "") and not _THIS_MEETING.search(a.tracker or "")
                for a in tables
            )
            and not any(a.status_raw for a in tables)
        ):
            for a in tables:
                a.assigned_on = date
    headerless = [] if tables else actions_from_headerless_logs(doc)  # a log either has a header or not
    blocks = [] if tables or headerless else actions_from_labelled_blocks(doc, ACTION_SPEC)
    column = actions_from_action_column(doc, _meeting_date(doc)) if _action_column_hint(doc.text) else []
    minutes = actions_from_minutes(doc, margin=not (tables or headerless or column))
    if blocks:
        # a labelled block the minutes readers read too ("Action: ..." over "Owner:", "Due:")
        said = [_words(b.text) for b in blocks]
        minutes = [m for m in minutes if not any(_words(m.text) in w or w in _words(m.text) for w in said)]
    found = tables + headerless + blocks + column + _not_in_tables(minutes, tables + headerless + column)
    return found or minuted_tasks(doc)
