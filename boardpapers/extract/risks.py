"""Risk registers: reference, description, workstream, owner, inherent /
residual / target scores (likelihood, impact, score), direction of travel;
other columns (mitigation, financial exposure, ...) kept in `extra`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from .normalise import RISK_REGISTER_TITLE, looks_like_direction, printed_direction, score, title_line
from .records import Risk, ScoreTriple
from .risk_panels import cell_triple as _cell_triple
from .risk_panels import impact_first, keyed_triple, panel_risks, rated_score
from .risk_prose import prose_risks
from .tables import MAX_LABEL, LogicalTable, Row, TableSpec, clean_cell, heading_before, read_tables, squash

_PHASES = ("inherent", "residual", "target")

# A header label naming a phase alone, or with the "L x I = score" formula (squashed): the column
# holds the whole score of that phase in one cell (fire authority strategic registers: "Inherent
# risk", "Residual risk"; NHS trust BAFs: "Initial LxI= score", "Current", "Target", and
# "Inherent (L x C)", "Residual Q3 (L x C)" where C is consequence and the current phase carries
# the quarter or month it was scored in)
# ("Original": fire authority registers' score before controls)
# ("Net": the score after controls beside "Gross", housing associations' and charities' registers)
_PHASE_WORD = r"(?:inherent|initial|gross|original|residual|current|net|target)"
_PERIOD = r"(?:q[1-4]|m\d{1,2}|month\d{1,2}|\d{4}(?:/\d{2,4})?)?"
_PHASE_CELL = re.compile(
    rf"^{_PHASE_WORD}(?:risk)?(?:rating|level)?$"
    rf"|^{_PHASE_WORD}(?:risk)?{_PERIOD}(?:score|rating)?\(?l[x×*]?[ic](?:=(?:score|rating))?\)?$"
)

# A bracketed qualifier holding a figure in a squashed label: a date, a quarter, a scale
_DATED_QUALIFIER = re.compile(r"\([^()]*\d[^()]*\)")

# A column of people's initials (attendance tables: "Name | Title | Initials"), one word as printed;
# squashed it reads as "initial" + "s", the initial-score label of a risk register
_INITIALS_LABEL = re.compile(r"^\s*initials\s*$", re.I)


class RiskSpec(TableSpec):
    """Likelihood / impact / score columns repeat per phase (inherent, residual,
    target): a label naming the phase sets it, and a score column closes it."""

    def label_fields(self, labels: Sequence[str]) -> list[str | None]:
        out: list[str | None] = []
        phase = 0
        # likelihood / impact columns naming no phase, waiting for the score that closes them
        unphased: list[int] = []
        for lab in labels:
            s = squash(lab) if len(lab) <= MAX_LABEL else ""
            # a phase's label dated in brackets, "Target (Mar 2027)", "Residual (June 2025)",
            # "Current (Q1 2025/26)" over "L | C | Rating" (Canadian and Australian enterprise risk
            # registers date the target phase or the quarter the scores were taken): the date
            # and any bracketed scale with a figure ("Likelihood (1-5)") say nothing of the field
            s = _DATED_QUALIFIER.sub("", s)
            f: str | None = None
            if _INITIALS_LABEL.match(lab):
                # "Initials": the column of people's initials beside their names in an attendance
                # table (minutes printed as tables), not "Initial S" (an initial score) squashed
                out.append(None)
                continue
            named = re.match(rf"^{_PHASE_WORD}|.*(?:residual|current|target)", s) is not None
            if re.match(r"^(?:previous|prior|last(?:quarter|period)?)(?:risk)?(?:score|rating)", s):
                # "Previous score (Q2)": the score last reported, no phase of this register
                # (county council quarterly registers); kept in extra
                out.append(None)
                continue
            if "residual" in s or "current" in s or s.startswith("net"):
                phase = max(phase, 1)
            elif "target" in s:
                phase = 2
            elif "inherent" in s or "gross" in s or "initial" in s or s.startswith("original"):
                phase = 0
            # the label without its phase: "Inherent L" (a two-level header) -> "l"
            # ("Residual (current) L": the phase glossed in brackets, Maltese and UK public
            # bodies' corporate registers)
            sub = re.sub(rf"^(?:{_PHASE_WORD}(?:risk)?{_PERIOD})?(?:\([a-z]+\))?", "", s)
            if _PHASE_CELL.match(s):
                # "Inherent risk", "Current LxI=score": one cell per phase holding "L4 x I5 = 20"
                f = f"{_PHASES[phase]}.score"
                phase = min(phase + 1, 2)
            elif re.search(r"likelihood|probability|^prob\.?%?$", s) or sub in ("l", "p"):
                # ("P": probability, Australian councils' "P | C | R" grids)
                # "L" / "C" (or "I") columns between an initial and a current score (NHS trust
                # corporate risk registers), "L | I | S" under each phase (fire authority
                # registers): the phase's likelihood, consequence and score
                f = f"{_PHASES[phase]}.likelihood"
                if not named:
                    unphased.append(len(out))
            elif re.search(r"^(?:severity|impact|consequence(?:score)?)$", s) or sub in ("i", "c"):
                # "Likelihood | Consequence | Score" (the NHS 5x5 matrix's words)
                f = f"{_PHASES[phase]}.impact"
                if not named:
                    unphased.append(len(out))
            elif re.search(r"(?:risk)?score|^(?:rag|risk)?rating$|^overall$", s) or sub in ("s", "r"):
                # "RAG rating": the score with its band word ("16 Red", one cell); "Risk rating"
                # (Irish and UK public bodies' registers: impact x likelihood); "L | I | R"
                # under each phase, R for rating (Scottish IJB strategic registers' two-level header)
                f = f"{_PHASES[phase]}.score"
                # "Likelihood | Consequence | Residual score": factors naming no phase are those of
                # the score they lead to (Canadian conservation authorities' ERM dashboards,
                # registers scoring the risk after controls only)
                for k in unphased:
                    out[k] = f"{_PHASES[phase]}.{out[k].split('.')[1]}"  # type: ignore[union-attr]
                unphased = []
                phase = min(phase + 1, 2)
            else:
                f = super().field_for(lab)
            out.append(f)
        return out

    def is_header(self, labels: Sequence[str]) -> bool:
        fields = [f for f in self.fields_for(labels) if f]
        has_score = any("." in f for f in fields)
        return has_score and (
            len(fields) >= self.min_fields or ("description" in fields and len(fields) >= 2)
        )


RISK_SPEC = RiskSpec(
    synonyms={
        # "BAF ref", "Datix ID", "CRR no." (the register or system the number belongs to)
        "ref": r"^(?:risk|baf|crr|datix)?(?:ref(?:erence)?(?:no\.?|number)?|no\.?|id|number):?$",
        # "Ref / theme": the reference with the theme under it in one cell ("SR01" over "Financial
        # sustainability": university and police strategic risk registers)
        "ref_workstream": r"^(?:risk)?ref(?:erence)?(?:no\.?)?(?:/|and|&)(?:theme|category|area|workstream|objective)",
        # "Division" (trust corporate risk registers), "Strategic objective" (BAFs: the objective
        # each principal risk threatens)
        # ("Risk area": Australian water corporations' and councils' registers)
        "workstream": r"workstream|directorate|^(?:risk)?area|^service|^(?:risk)?category|^programme|^division|^(?:risk)?theme"
        r"|^(?:strategic)?objective"
        # "Corporate priority" (county and district councils' strategic registers: the council
        # plan priority a risk threatens, merged down over its risks like a BAF's objective)
        r"|^(?:strategic|corporate|council)?priority$",
        # "Executive lead" (BAFs)
        # "Accountable officer" (Australian and NZ councils' registers)
        "owner": r"leadofficer|owner|^lead|^(?:executive|director)lead|responsib"
        r"|^accountable(?:officer|director|executive|manager|person|lead)?$",
        # "Principal risk" (BAFs), "Risk title and description" (corporate risk registers);
        # "Risk event" / "Risk statement" / "Risk name" (enterprise risk registers of Canadian,
        # Australian and NZ local government, ISO 31000 wording: the event that may happen)
        # ("Risk (cause - event - consequence)", "Risk (cause - effect)", "Risk (if ... then ...)":
        # the label glossing the parts of the risk statement; not "Risk (summary)", an NHS BAF's
        # summary table over its risk cards, whose rows the cards already give)
        # ("Risk and description": a register's title and description in one cell, Canadian
        # provincial agencies' enterprise registers; "Risk & details")
        "description": r"riskdescription|^description|^risks?(?:and|&)(?:its)?(?:description|details?)$|^(?:principal|strategic)?risks?(?:\((?:cause|event|if)\W.*\))?$"
        r"|^risk(?:title|summary|event|statement|name|details?)|^title",
        # "DoT" (direction of travel: district councils' corporate registers)
        "direction": r"direction|trend|movement|travel|^dot$",
        "mitigation": r"mitigat|controls?|^actiontoavoid",
        "update": r"actiontaken|^update|^progress|monthlyupdate",
    },
    min_fields=3,
    key_fields=("ref", "ref_workstream"),
    completing_fields=("inherent.likelihood", "inherent.score", "residual.likelihood", "residual.score"),
    band_rows=True,
    labelled_rows=True,
    # zebra-striped landscape registers (Australian water corporations' strategic registers: a
    # filled row, an unfilled one under hairlines, the header a bold band)
    reread_striped=True,
    # a shaded, ruled two-row header over rows ruled off by bottom borders only, which the ruling
    # finder does not part into cells (landscape registers printed from HTML: "Inherent |
    # Residual | Target" over "L | C | R"): the body read without rules under that header (not
    # any header-only ruled table: an NHS BAF's key/value cards were read again as rows)
    reread_two_level_header_only=True,
    # A row under a cell merged down over several risks (a BAF's "Strategic objective" printed
    # once beside the three principal risks that threaten it; a category beside its risks) is a
    # risk of its own when it prints its own reference and description; without them it is the
    # rest of the row above (NHS trust BAF summaries, registers grouped by a spanning cell)
    own_record_fields=("ref", "description"),
    family="risks",
)


# A band row's text is short: a category or strategic objective ("Service Delivery", "SO2 -
# Timely access to urgent and planned care"); the shortest risk descriptions seen run longer.
MAX_BAND_CHARS = 90


def _is_band(d: dict[str, str], filled: list[str], scores: list[str]) -> bool:
    """A row naming the section of the rows below it, its text spilling from the reference
    column into the next (borderless registers) or merged over the row (ruled ones): no
    scores, owner or direction, no reference number (the caller checks that only the first
    two cells are filled)."""
    if scores or d.get("owner") or d.get("direction"):
        return False
    ref = d.get("ref", "")
    return not re.search(r"\d", ref) and 0 < len(" ".join(filled)) <= MAX_BAND_CHARS


def _triple(d: dict[str, str], phase: str, swap: bool = False) -> ScoreTriple | None:
    whole = _cell_triple(d.get(f"{phase}.score"))
    if whole and not d.get(f"{phase}.likelihood") and not d.get(f"{phase}.impact"):
        t = ScoreTriple(likelihood=whole[0], impact=whole[1], score=whole[2])
        return keyed_triple(t, d.get(f"{phase}.score"), swap)
    t = ScoreTriple(
        likelihood=score(d.get(f"{phase}.likelihood")),
        impact=score(d.get(f"{phase}.impact")),
        score=rated_score(d.get(f"{phase}.score")),
    )
    if t.likelihood is None and t.impact is None and t.score is None:
        return None
    return t


def _register_title(doc: Document, t: LogicalTable) -> str | None:
    return heading_before(doc, t, RISK_REGISTER_TITLE) or t.title


# A risk reference opening a "Ref / theme" cell: "SR01", "SR 4", "BAF-3", "CR12a"
_LEADING_REF = re.compile(r"^(?P<ref>[A-Z]{1,5}[ -]?\d{1,3}[a-z]?)\b[\s:–-]*(?P<rest>.*)$")


def _split_ref_workstream(d: dict[str, str]) -> None:
    """A "Ref / theme" cell into the ref and the workstream it names."""
    both = d.pop("ref_workstream", "")
    m = _LEADING_REF.match(both)
    if not m:
        return
    d.setdefault("ref", m.group("ref"))
    if m.group("rest") and not d.get("workstream"):
        d["workstream"] = m.group("rest").strip()


def _labelled_rows(labelled: list[tuple[str, str]], d: dict[str, str], extra: dict[str, str]) -> str | None:
    """One risk printed over several rows: its scores row, then rows of a label and a text merged
    over the other columns ("Risk description / cause", "Effect", "Current controls"; Scottish
    IJB and council strategic registers). A description row gives the description, the scores
    row's text becoming the title (returned); the other rows are kept in extra."""
    title = None
    described = False
    for label, text in labelled:
        if RISK_SPEC.field_for(label) == "description" and not described:
            title = d.get("description") or None
            d["description"] = text
            described = True  # a second description row is kept in extra
        else:
            extra.setdefault(label, text)
    return title


def extract_risks(doc: Document) -> list[Risk]:
    """Risks printed as panels (risk_panels: ruled cards, blocks of labelled lines), then the
    rows of register tables whose reference no panel has; failing both, risks written as a
    paragraph each under a heading naming them (risk_prose)."""
    panels = panel_risks(doc)
    rows = _register_rows(doc)
    by_ref = {r.ref: r for r in rows if r.ref}
    found = [_with_summary(c, by_ref[c.ref]) if c.ref in by_ref else c for c in panels]
    found += [r for r in rows if not any(c.ref == r.ref for c in panels)]
    if found:
        return found
    # nothing as a panel or a row: the risks written as a paragraph each (risk_prose), under the
    # register's title (looked for only when there are some: the scan of the whole text cost about
    # 1% of text-only ingest on the bulk corpus, where almost no document has such risks)
    found = prose_risks(doc)
    if found:
        register = title_line(doc.text, RISK_REGISTER_TITLE)
        for r in found:
            r.register = register
    return found


# A transposed register's head row: a risk reference over each column ("ERM-01", "SR 4", "BAF 1.1")
_COLUMN_REF = re.compile(r"^[A-Z]{1,5}[-/ ]?[A-Z]{0,3}[-/ ]?\d{1,3}(?:\.\d{1,2})?[a-z]?$")
# A transposed register has at least this many risks across the top (two columns of labels and
# values are a form, read by risk_panels)
MIN_TRANSPOSED_RISKS = 2


def _transposed_tables(doc: Document) -> list[LogicalTable]:
    """Ruled registers printed on their side: a risk per column, its reference over it, and the
    register's labels down the first column ("Risk | Description | Risk owner | Likelihood |
    Consequence | Residual score | Trend": Canadian conservation authorities' and Ontario
    municipalities' ERM dashboards, NHS BAF heat-map summaries), read as the register table
    they transpose (the first column the header, each column a row)."""
    out: list[LogicalTable] = []
    for page in doc.pages:
        for tab in page.tables:
            if len(tab.rows) < RISK_SPEC.min_fields + 1:
                continue
            refs = [clean_cell(c) for c in tab.rows[0][1:]]  # the cheap test first: refs across the top
            if len(refs) < MIN_TRANSPOSED_RISKS or not all(_COLUMN_REF.match(c) for c in refs):
                continue
            rows = [[clean_cell(c) for c in r] for r in tab.rows]
            if any(len(r) != len(rows[0]) for r in rows):
                continue
            labels = [r[0] for r in rows]
            if not labels[0] or RISK_SPEC.field_for(labels[0]) != "ref":
                labels[0] = "Ref"  # the corner cell over the labels, blank or naming the row
            fields = RISK_SPEC.fields_for(labels)
            if "description" not in fields or not RISK_SPEC.is_header(labels):
                continue
            t = LogicalTable(labels, fields, page.number, method="transposed")
            t.rows = [Row([r[j] for r in rows], page.number) for j in range(1, len(rows[0]))]
            t.last_page = page.number
            out.append(t)
    return out


def _filled(card: ScoreTriple | None, row: ScoreTriple | None) -> ScoreTriple | None:
    """A card's phase with what its summary row adds: the row's when the card prints no factor
    and agrees with the row on the score (or prints none)."""
    if card is None or row is None:
        return card or row
    if card.likelihood is None and card.impact is None and card.score in (None, row.score):
        return row
    return card


def _with_summary(card: Risk, row: Risk) -> Risk:
    """A risk set out as a profile card and listed in a summary table too (NHS BAFs' and Scottish
    IJB and council registers' "summary" then "risk profiles"): one risk, recorded as its card
    (as before), the fields the card lacks from its row."""
    extra = {**row.extra, **card.extra}
    if row.description and row.description != card.description:
        extra.setdefault("summary_title", row.description)
    return Risk(
        ref=card.ref,
        description=card.description or row.description,
        workstream=card.workstream or row.workstream,
        owner=card.owner or row.owner,
        inherent=_filled(card.inherent, row.inherent),
        residual=_filled(card.residual, row.residual),
        target=_filled(card.target, row.target),
        direction=card.direction or row.direction,
        page=card.page,
        register=card.register or row.register,
        extra=extra,
        notes=card.notes,
    )


def _register_rows(doc: Document) -> list[Risk]:
    out: list[Risk] = []
    swap: bool | None = None
    for t in [*read_tables(doc, RISK_SPEC), *_transposed_tables(doc)]:
        if "description" not in t.fields:
            continue
        if swap is None:
            swap = impact_first(doc.text)
        register = _register_title(doc, t)
        if register is None and out and t.page - out[-1].page <= 4:
            register = out[-1].register  # the register goes on: a later table of the same appendix
        section: str | None = None
        for row in t.rows:
            d = row.as_dict(t)
            _split_ref_workstream(d)
            first_cell = next((c for c in row.cells if c), "")
            if re.match(r"^(?:sub-?\s*)?total\b", first_cell, re.I):
                break  # a finance schedule: what follows the total is opportunities or mitigations
            filled = [c for c in row.cells if c]
            scores = [k for k in d if "." in k and (rated_score(d[k]) is not None or _cell_triple(d[k]))]
            if not d.get("description") and not scores:
                if filled and row.cells[0] and (not d.get("ref") or len(filled) == 1):
                    # a section row ("Other Risks (under £10m)"; a band merged over the row)
                    section = row.cells[0]
                continue
            if _is_band(d, filled, scores) and not any(row.cells[2:]):
                section = " ".join(filled)
                continue
            if not scores and d.get("ref") and not re.search(r"\d", d["ref"]):
                continue  # prose under the table read into its columns (a scoring key, a sign-off)
            if re.fullmatch(r"£m|%", " ".join(filled[-2:])) or all(
                re.fullmatch(r"£m|%|", c) for c in row.cells
            ):
                continue  # units row under the header
            extra: dict[str, str] = {}
            dir_raw = d.get("direction")
            for i, (lab, f) in enumerate(zip(t.labels, t.fields, strict=False)):
                val = row.cells[i] if i < len(row.cells) else ""
                if not val:
                    continue
                if f is None and not lab.strip() and not dir_raw and looks_like_direction(val):
                    dir_raw = val  # an unlabelled direction column (arrows)
                elif (
                    f is None
                    or f in ("mitigation", "update")
                    or ("." in f and rated_score(val) is None and not _cell_triple(val))
                ):
                    extra[lab or f or f"column {i + 1}"] = val  # incl. scores written as words (H/M/L, TBC)
            workstream = d.get("workstream") or None
            if section and workstream is None and "workstream" not in t.fields:
                workstream = section  # the band names the objective or category the risks serve
            elif section:
                extra["section"] = section
            title = _labelled_rows(row.labelled, d, extra)
            notes = list(row.notes)
            if any(d.get(f"{p}.likelihood", "").strip().endswith("%") for p in _PHASES):
                notes.append("likelihood is a probability in per cent")
            desc = d.get("description", "")
            if title:
                extra["title"] = title
            if not desc:
                notes.append("no description cell")
            out.append(
                Risk(
                    ref=d.get("ref") or None,
                    description=desc,
                    workstream=workstream,
                    owner=d.get("owner") or None,
                    inherent=_triple(d, "inherent", swap),
                    residual=_triple(d, "residual", swap),
                    target=_triple(d, "target", swap),
                    direction=printed_direction(dir_raw),
                    page=row.page,
                    register=register,
                    extra=extra,
                    notes="; ".join(notes) or None,
                )
            )
    return out
