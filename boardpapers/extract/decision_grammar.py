"""A small grammar of minuted decisions, shared by the decisions readers.

Two parts:

* who decides: the body by its kind ("the Board", "Council"), by its own short names ("the IJB"
  for "Carrickmuir Integration Joint Board", "the ODUG" for "Open Data User Group");
* what was decided: a lexicon of decision verbs in every form a minute writes them (past
  "approved", a resolution's present "approves", subjunctive "approve", passive "be approved"),
  each with its outcome word and a weight (a substantive decision outranks the routine "receives
  the report" it is listed with).

And one reader built on them: a resolution block, a "That ..." resolution (or a US "BE IT
RESOLVED, that ...") set apart under a label ("Resolution DC/2025/108", "RESOLUTION 2025-31",
"Motion") and/or closed by its vote ("Moved: ... / Seconded: ...", "CARRIED", "The motion carried
6 - 1."), in whichever order the minutes put them:

    Resolution DC/2025/108              RESOLUTION 2025-31                Moved by Cr A
    That the apology ... be received.   WHEREAS ...;                      Seconded by Cr B
    Moved: Cr A / Seconded: Cr B        NOW, THEREFORE, BE IT RESOLVED,   That the agenda be adopted.
                            CARRIED     that the Board approves ...       CARRIED
                                        The motion carried, 6 - 1.

(New Zealand district councils; US boards of regents, trustees and county boards; Ontario and
Australian councils; English parish councils' "Resolved: That ...".)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# ---------------------------------------------------------------- who decides


def body_short_names(body: str | None) -> list[str]:
    """The initials a body calls itself by in its own minutes: those of its whole capitalised
    name and of each tail of at least three words ("Carrickmuir Integration Joint Board" -> CIJB,
    IJB; "Open Data User Group" -> ODUG, DUG; "Aldermoor and Kestrel Vale Joint Health Overview
    and Scrutiny Committee" -> ... JHOSC). Only the meeting's own body: another body's initials
    report that body's decision."""
    words = [w for w in re.findall(r"[A-Za-z][\w&]*", body or "") if w[0].isupper()]
    names = []
    for start in range(len(words)):
        tail = words[start:]
        if len(tail) < 3:
            break
        names.append("".join(w[0] for w in tail))
    return names


# The members a board is named by: "the Council of Governors", "the Board of Directors", "the
# Board of Trustees" (NHS foundation trusts, charities, US boards)
MEMBERS_OF = r"Governors|Directors|Trustees|Management|Regents|Supervisors|Commissioners"


# ---------------------------------------------------------------- what was decided

# Reported speech: a decision verb after "X said that ..." reports, it does not decide ("The Chief
# Executive said that Defra had confirmed ...", "Registrar reported that the policy had been
# approved", "The Director informed members that ..."); shared by the wording rules and the model.
REPORTED_THAT = re.compile(
    r"\b(?:said|reported|explained|advised|informed\s+\w+(?:\s+\w+)?|stated|told\s+\w+|added|commented|"
    r"highlighted|mentioned|suggested)\s+that\b",
    re.I,
)


@dataclass(frozen=True)
class DecisionVerb:
    stem: str  # the verb's stem as a regex ("approv", "authori[sz]")
    outcome: str  # the outcome word the schema records
    # what was decided (3) outranks the authority given to carry it out (2), which outranks taking
    # a paper (1)
    weight: int


# The verbs of decision, each written as a stem that takes -e/-es/-s/-ed/-d endings. Weights: a
# resolution "That the Council: a) receives the report; b) approves the plan" is a decision to
# approve (New Zealand and Australian councils list the routine receipt first); "1. accepts the
# tender ...; 2. authorises the Chief Executive Officer to execute the contract" is a decision to
# accept (Western Australian shires).
DECISION_VERBS: tuple[DecisionVerb, ...] = (
    DecisionVerb("approv", "approved", 3),
    DecisionVerb("adopt", "adopted", 3),
    # "awards Contract 2025/07 to ...", "grants consent": an approval by another name
    DecisionVerb("award", "approved", 3),
    DecisionVerb("grant", "approved", 3),
    DecisionVerb("endors", "endorsed", 3),
    DecisionVerb("ratif(?:y|ies|ied)", "ratified", 3),
    DecisionVerb("defer", "deferred", 3),
    DecisionVerb("reject", "rejected", 3),
    DecisionVerb("declin", "rejected", 3),
    DecisionVerb("confirm", "confirmed", 3),
    DecisionVerb("agree", "agreed", 3),
    DecisionVerb("authori[sz]", "authorised", 2),
    DecisionVerb("delegat", "delegated", 2),
    DecisionVerb("accept", "accepted", 3),
    DecisionVerb("support", "supported", 3),
    # "2. Recommends to Council that $240,000 ... be allocated": a committee's decision to put a
    # matter to its parent body (New Zealand council committees, English scrutiny committees),
    # weightier than the receipt of the report it is listed with
    DecisionVerb("recommend", "recommended", 2),
    DecisionVerb("receiv", "received", 1),
    DecisionVerb("not", "noted", 1),
)
# The base form of a decision verb opening an item under "RESOLVED to:" / "AGREED to:" (the
# infinitive, its "to" in the lead-in): "APPROVE the minutes ...", "NOTE the Month 3 position",
# "DELEGATE authority to ...", "Endorse the plan" (Welsh health boards, English NHS trusts and
# combined authorities print these bulleted lists); the stem plus at most an "e" or "y"
_BASE_ENDING = r"(?:e|y)?"


# each verb's base form, compiled once (asked of every word opening a list item)
_BASE_FORMS = tuple((re.compile(rf"{v.stem}{_BASE_ENDING}", re.I), v.outcome) for v in DECISION_VERBS)


def base_verb_outcome(word: str) -> str | None:
    """The outcome of a decision verb in its base form ("APPROVE" -> approved, "Note" -> noted,
    "ratify" -> ratified); None for any other word ("Approved", "Noting", "The")."""
    for form, outcome in _BASE_FORMS:
        if form.fullmatch(word):
            return outcome
    return None


# endings after a stem: approve(s|d), adopt(s|ed), defer(s|red), ratif(y|ies|ied) (in the stem)
VERB_ENDING = r"(?:e[sd]?|es|s|ed|red|rs|d)?"


def _verb_re(v: DecisionVerb) -> str:
    return rf"{v.stem}{VERB_ENDING}"


# A decision verb in a resolution: after its subject ("the Council approves", "Council adopt"),
# after "be" ("be confirmed", "be received and accepted"), or opening a lettered point ("b.
# approves the carry forward ..."). Not "to note" nor "approval".
_VERB_AT = re.compile(
    r"(?:\b(?:be|is|are|was|were|hereby|also|further)\s+|^\s*|[:;]\s*(?:and\s+)?|\band\s+|"
    # a numbered point after the point before it closed: "1. Receives the report. 2. Approves ..."
    r"\.\s+(?=\(?[a-z0-9]{1,3}[.)]\s)|"
    # the body, named by a capitalised noun ("Council", "the Board of Supervisors", "the IJB")
    # ... or after an aside set off by commas: "THAT Council, sitting as the Committee of
    # Adjustment, approve Minor Variance ..." (Ontario councils sit as other bodies so)
    r"\b[A-Z][\w'’-]*,?\s+)(?:\(?[a-z0-9]{1,3}[.)]\s+)?"
    rf"(?P<verb>{'|'.join(_verb_re(v) for v in DECISION_VERBS)})\b",
    re.I,
)


# A by-law enacted by its readings: "THAT By-law 2025-31, being a By-law to appoint ..., be read a
# first, second and third time and finally passed" (Ontario and other Canadian councils), "be
# given third reading and adopted": the by-law is approved, whatever verbs its own title holds
BYLAW_ENACTED = re.compile(
    r"\bread\s+a\s+(?:first|second|third)\b[^.;]{0,60}?\btimes?\s+and\s+(?:finally\s+)?(?:passed|enacted)\b"
    r"|\bbe\s+(?:finally\s+passed|enacted)\b",
    re.I,
)


# A refusal in a resolution, "refuse" as its verb: after the body named by a capitalised noun
# ("That Council refuse Development Application MCU24/0031 ...", "the Committee refuses consent")
# or after "be" ("That planning permission be refused") (Australian councils and English planning
# committees). The word is as often a noun, "the supply of refuse collection vehicles", "Tariff
# Policy (Refuse Removal)": only in a verb's position, case kept, and not before the services that
# make it a noun.
REFUSED = re.compile(
    r"(?:\b(?:be|is|are|was|were|hereby)\s+refused\b"
    r"|\b[A-Z][\w'’-]*\s+(?i:refuses?)\b(?!\s+(?i:collection|removal|disposal|vehicles?|bins?|sacks?|services?|"
    r"tips?|sites?|trucks?|lorr(?:y|ies)|rounds?|charges?|tariffs?)\b))"
)


def resolution_outcome(text: str) -> str:
    """The outcome of a resolution: its weightiest decision verb, the first of equal weight;
    "resolved" when it has none ("That the public be excluded ..."); a refusal (REFUSED) counts
    as a verb of the weightiest kind, "rejected"."""
    if BYLAW_ENACTED.search(text):
        return "approved"
    best: tuple[int, int, str] | None = None
    refused = REFUSED.search(text)
    if refused:
        best = (-3, refused.start(), "rejected")
    for m in _VERB_AT.finditer(text):
        word = m.group("verb").lower()
        for v in DECISION_VERBS:
            if re.fullmatch(_verb_re(v), word):
                if word == "not":
                    break  # "be not approved" reads "not" as the stem of "note"
                key = (-v.weight, m.start(), v.outcome)
                if best is None or key < best:
                    best = key
                break
    return best[2] if best else "resolved"


# ---------------------------------------------------------------- resolution blocks

# "Resolution DC/2025/108", "RESOLUTION 2025-31", "Council Resolution 2025/141", "Resolution No.
# 2025-301": the word and a reference ("RESOLVED:" alone over "That ..." is the CAPS reader's)
# The reference may also come first: "RC25/041 Resolution", "CM 2025/12 Resolution" (New Zealand
# regional council committees print the resolution's number before the word, over "That ...")
RESOLUTION_LABEL = re.compile(
    r"^\s*(?i:(?:Council|Board|Committee)\s+)?(?i:resolution)(?:\s+(?i:no\.?|number))?\s*:?\s*"
    r"(?P<ref>[A-Z]{0,6}[/ -]?\d[\w/.-]*)\s*$"
    r"|^\s*(?P<ref_first>[A-Z]{1,6}[/ -]?\d[\w/.-]*)\s+(?i:resolution)\s*:?\s*$"
)
# A label run into the resolution's first line, before its "That": "Resolution 25/02: That the
# Board accepts ...", "MOTION: THAT the Board of Directors approve ...", "MOTION TO AMEND: THAT
# $250,000 be reallocated ...", "Amendment: That ..." (New Zealand trusts and council-controlled
# organisations number each resolution so; Canadian health authorities and school boards box a
# motion with its mover, seconder and result under it). A resolution's number makes it a label as
# one alone on its line does; a motion's word needs the vote under it, as an unlabelled "That" does.
INLINE_LABEL = re.compile(
    r"^\s*(?:(?P<resolution>(?i:(?:Council|Board|Committee)\s+)?(?i:resolution)(?:\s+(?i:no\.?|number))?\s*"
    r"[A-Z]{0,6}[/ -]?\d[\w/.-]*)"
    r"|(?P<motion>MOTION|Motion|(?:MOTION|Motion)\s+(?i:to\s+amend)|AMENDMENT|Amendment|AMENDED\s+MOTION|Amended\s+motion))"
    r"\s*[:–-]\s+(?=(?:That|THAT)\s)"
)
# The resolution's first line: "That ...", "NOW, THEREFORE, BE IT RESOLVED, that ...", or "THAT
# the Board of Directors approve ..." in capitals (Ontario hospital and school boards, Canadian
# municipal councils print the motion so under "MOVED by ... / SECONDED by ...")
THAT_START = re.compile(r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:That|THAT)\s+\S")
BE_IT_RESOLVED = re.compile(
    r"\b(?:NOW,?\s+THEREFORE,?\s+)?BE\s+IT\s+(?:FURTHER\s+)?RESOLVED\b,?\s*(?i:that)\b"
)
# A preamble the resolution may open with ("WHEREAS, ...;"), or its title in capitals under the label
PREAMBLE = re.compile(r"^\s*WHEREAS\b")
CAPS_TITLE = re.compile(r"^\s*[A-Z0-9][A-Z0-9 ,&:’'()/.–-]{3,}$")
# The vote that closes it: a mover or seconder label, a result alone, or "The motion carried ..."
MOVER_SECONDER = re.compile(r"^\s*(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)\s*(?:by\b|:)", re.I)
VOTE_LINE = re.compile(
    r"^\s*(?:A\s+roll\s+call\s+vote|A\s+division|(?:The\s+)?(?:motion|resolution)\s+(?:was\s+)?"
    r"(?:carried|passed|adopted|failed|lost|defeated))\b",
    re.I,
)
RESULT_WORD = re.compile(
    r"^\s*(?i:(?:the\s+)?motion\s+(?:was\s+)?)?(?P<result>CARRIED|LOST|DEFEATED|PASSED|FAILED|Carried|Lost|Defeated)"
    r"\b[^a-z]{0,40}$"
)
# A label's resolution starts within this many lines of it (a title in capitals and a blank line
# between, as the regents' resolutions print them); a resolution runs at most this many lines to
# its vote (the regents' five-clause resolutions run 14)
LABEL_REACH = 3
BLOCK_MAX_LINES = 30
# The result follows a vote's first line within this many lines (a roll call of seven regents, a
# division's For/Against/Abstain table)
RESULT_REACH = 14
# An unlabelled "That ..." is a resolution only when its vote follows at once: at most this many
# lines between (the stream drops blank lines)
VOTE_GAP = 0
# A line that closes a sentence (or leads into a table: "... are as follows:"), and a next line that carries it on (a lettered point, "and", "BE
# IT FURTHER RESOLVED", a lower-case word)
SENTENCE_END = re.compile(r"(?<!\bNo)[.:]\s*$")
CONTINUES = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s|and\b|or\b|BE\s+IT\b|[a-z])")
# "The motion carried, 6 - 1.", "Motion passed unanimously." after a roll call
VOTE_RESULT = re.compile(
    r"^\s*(?:The\s+)?(?:motion|resolution)\s+(?:was\s+)?(?:carried|passed|adopted|failed|lost|defeated)\b",
    re.I,
)


@dataclass
class ResolutionBlock:
    text: str  # the label, then the resolution (a preamble of WHEREAS clauses left out)
    outcome: str
    first: int  # the line the resolution's text starts on
    last: int  # the last line of the block (its vote or result, when printed)


# A numbered point of a resolution's list: "That the Committee:" / "1. Receives the report." /
# "2. Approves ..." (New Zealand and Australian council committees). Minutes number their items
# the same way, so a point is read as the resolution's only when it is the next in its count
# after a lead-in ending with a colon.
LIST_POINT = re.compile(r"^\(?(\d{1,2})[.)]\s+\S")


def _lists(body: list[str], first: str) -> bool:
    """The resolution so far leads into a list ("That the Environment Committee:")."""
    return bool(body) and body[-1].rstrip().endswith(":") or first.rstrip().endswith(":")


# The line over a "THAT ..." naming its mover and seconder: "Motion 25-103 – Moved by Trustee A,
# seconded by Trustee B:", "MOVED by Councillor A, SECONDED by Councillor B" (Ontario school boards
# and Canadian councils). The resolution was moved, so its result may follow a recorded vote
# ("In Favour (4) ..." / "Opposed (6) ..." / "DEFEATED") rather than at once.
MOVED_ABOVE = re.compile(r"\b(?i:moved\s+by)\b.{2,120}?\b(?i:seconded\s+by)\b[^.]*$")


def _closes(t: str) -> bool:
    return bool(MOVER_SECONDER.match(t) or VOTE_LINE.match(t) or RESULT_WORD.match(t))


def resolution_block(texts: Sequence[str], k: int, stop: Sequence[bool]) -> ResolutionBlock | None:
    """The resolution block whose label or first line is texts[k] (see the module docstring);
    None unless it has a label, a "BE IT RESOLVED" or a vote closing it. `stop[j]` marks a
    minute's heading, which ends any block."""
    label = RESOLUTION_LABEL.match(texts[k])
    inline = INLINE_LABEL.match(texts[k]) if not label else None
    start = k
    if label:
        start = next(
            (j for j in range(k + 1, min(k + 1 + LABEL_REACH + 1, len(texts))) if texts[j].strip()
             and not CAPS_TITLE.match(texts[j]) or (j < len(texts) and PREAMBLE.match(texts[j]))),
            None,
        )  # fmt: skip
        if start is None or stop[start]:
            return None
    first = texts[start][inline.end() :] if inline else texts[start]
    if not (THAT_START.match(first) or PREAMBLE.match(first) or BE_IT_RESOLVED.search(first)):
        return None
    moved = not label and start > 0 and MOVED_ABOVE.search(texts[start - 1]) is not None
    body: list[str] = []
    resolved_at: int | None = None
    closed = False  # the resolution's text has ended (a table or a division may follow)
    end = None
    point = 0  # the last numbered point of a listed resolution ("That the Committee:" / "1. ...")
    for j in range(start, min(start + BLOCK_MAX_LINES, len(texts))):
        t = first.strip() if j == start else texts[j].strip()
        number = LIST_POINT.match(t)
        next_point = bool(number) and int(number.group(1)) == point + 1 and (point > 0 or _lists(body, first))
        if number and next_point:
            point += 1
        if j > start and ((stop[j] and not next_point) or RESOLUTION_LABEL.match(texts[j])):
            break
        if _closes(t):
            end = j
            break
        if closed:
            if moved and (THAT_START.match(t) or MOVED_ABOVE.search(t)):
                break  # the next motion: this one's result is not below
            continue
        if j > start and THAT_START.match(texts[j]) and body and body[-1].endswith("."):
            break  # the next resolution
        if resolved_at is None and BE_IT_RESOLVED.search(t):
            resolved_at = len(body)
            t = t[BE_IT_RESOLVED.search(t).start() :]
        body.append(t)
        nxt = next((x.strip() for x in texts[j + 1 : j + 3] if x.strip()), "")
        if (
            (resolved_at is not None or not PREAMBLE.match(first))
            and SENTENCE_END.search(t)
            and not CONTINUES.match(nxt)
        ):
            # "... of this meeting." over a table of the matters excluded: the resolution's
            # paragraph ended (New Zealand councils' public-excluded resolutions)
            closed = True
    if not body:
        return None
    if resolved_at is not None:
        body = body[resolved_at:]
    elif PREAMBLE.match(first):
        return None  # a preamble with no resolution under it
    if end is None and not (label or (inline and inline.group("resolution"))) and resolved_at is None:
        return None  # a "That ..." sentence with neither label nor vote: another reader's
    if (
        not label
        and not inline
        and not moved
        and resolved_at is None
        and end is not None
        and end - (start + len(body)) > VOTE_GAP
    ):
        # "OFFICER RECOMMENDATION" / "That Council: ..." / a paragraph of debate / "COUNCIL
        # RESOLUTION" / "Moved: ...": the vote is the later resolution's, not this recommendation's
        return None
    last = end if end is not None else start + len(body) - 1
    text = re.sub(r"\s+", " ", " ".join(body)).strip()
    if text.endswith(":") and ". " in text:
        # "... of this meeting. The general subject of each matter ... are as follows:" over a
        # table: the resolution is the sentence before the table's lead-in
        text = text[: text.rindex(". ") + 1]
    if label:
        text = f"{texts[k].strip()} {text}"
    elif inline and inline.group("motion") not in ("MOTION", "Motion"):
        # "Resolution 25/02: That ...", "MOTION TO AMEND: THAT ...": the label as printed ("MOTION:"
        # alone says no more than the "THAT" under it)
        text = f"{texts[k][: inline.end()].strip()} {text}"
    outcome = resolution_outcome(text)
    closing = texts[end] if end is not None else ""
    if end is not None and not RESULT_WORD.match(closing.strip()):
        # "Moved: ... / Seconded: ..." then "CARRIED"; "A roll call vote was taken:" + the roll +
        # "The motion carried, 6 - 1." (US boards): the result closes the block
        for j in range(end + 1, min(end + RESULT_REACH, len(texts))):
            if stop[j] or THAT_START.match(texts[j]) or RESOLUTION_LABEL.match(texts[j]):
                break
            if RESULT_WORD.match(texts[j].strip()) or VOTE_RESULT.match(texts[j]):
                closing, last = texts[j], j
                break
    if re.search(r"\b(?i:lost|defeated|failed)\b", closing):
        outcome = "rejected"
    return ResolutionBlock(text, outcome, start, last)
