"""Decisions minuted as a list under a lead-in line: the body, or its resolution, then one
resolution per item, each opening with its verb.

    The Committee:                      Cabinet:                     Following discussion it was RESOLVED:
      • noted the updates ...; and        (1) Approved the ...         (1) to approve the draft revenue plan;
      • agreed to close actions 5, 6.     (2) Delegated authority ...  (2) to delegate authority to ...

NHS audit committees (Scotland) and trust boards, council cabinets' "Decision:" blocks, ICB boards
("RESOLVED: that the Board:" + "(a) APPROVED ..."), health and wellbeing boards ("The Board
AGREED to:" + "(a) ... (b) ..."). Each item is one decision: its own verb when it opens with
one ("Noted", "approved", "DELEGATED"), else the lead-in's ("RESOLVED:" + "to approve ..." is
resolved). Works on plain text lines, so the decisions extractor can hand it its stream."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .decision_grammar import MEMBERS_OF, base_verb_outcome
from .meetings import BODY_NOUNS

# The past-tense verbs an item of a decision list opens with ("Noted the forecast budget gap",
# "approved the minutes", "DELEGATED authority"); the written set's lists use all but the last few,
# which are the same family of minuted verbs
ITEM_VERBS = (
    "approved|noted|agreed|endorsed|delegated|instructed|thanked|accepted|rejected|requested|"
    "recommended|reviewed|received|ratified|authorised|authorized|deferred|supported|resolved|"
    "adopted|confirmed|decided|welcomed|commended|asked|acknowledged|"
    # "c. REQUIRED Executive Directors to bring forward recovery plans" (English councils' records
    # of decisions direct officers so), "DIRECTED the Chief Executive to ..."
    "required|directed"
)
# The list marks of an item: "(1)", "(a)", "a)", "1.", "i)", a bullet (or a Symbol-font bullet)
# ... or a recommendation's own reference and a dash: "R25/14 – That the Council publish ...",
# "REC 25/3 – That ...", "Recommendation 2 – That ..." (scrutiny committees number the
# recommendations they make to the executive, and track them by that number)
ITEM_MARK = (
    r"(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[\uf020-\uf0ff•●▪◦‣∙·–-]"
    r"|(?:[A-Z]{1,4}\s?\d{1,4}/\d{1,3}|Recommendation\s+\d{1,2})\s*[–—-])"
)
ITEM_START = re.compile(rf"^\s*(?P<mark>{ITEM_MARK}\s+)?(?P<to>to\s+)?(?P<verb>[A-Za-z]+)\b")
ITEM_MARK_AT_START = re.compile(rf"^\s*{ITEM_MARK}\s+")
PAST = re.compile(rf"^(?:{ITEM_VERBS})$", re.I)
# "The Committee:", "Cabinet:", "The Board of Directors:", "Trustees:" (the body alone, then a colon)
# ... or by its initials: "The IJB:" (Scottish integration joint boards), "The ICB:", "The JHOSC:";
# the items below must still open with a decision verb
# ... after its paragraph's number: "5.2 The Board:" + "noted ...; and" / "agreed ..." (NHS Scotland
# health boards number every paragraph of a minute)
PARAGRAPH_NO = r"(?:\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+)?"
# ... after a label naming what follows: "Resolutions: The Council:" over "i. received and noted
# ...; ii. directed ..." (East African councils' and boards' minutes label the list so)
LIST_LABEL = r"(?:(?:Resolutions?|Decisions?)\s*[:–-]\s*)?"
BODY_LEAD = re.compile(
    rf"^\s*{PARAGRAPH_NO}{LIST_LABEL}(?:The\s+)?(?:[A-Z][\w&]*\s+){{0,6}}?(?:{BODY_NOUNS}|Trustees|Governors|Directors|Members)"
    r"(?:\s+of\s+(?:[A-Z]\w*\s*){1,3})?\s*:\s*$"
    rf"|^\s*{PARAGRAPH_NO}The\s+[A-Z]{{2,6}}\s*:\s*$"
)
# "RESOLVED:", "It was RESOLVED:", "RESOLVED: that the Board:", "The Board AGREED to:",
# "Following discussion it was RESOLVED that:" (the resolution's verb, then a colon ending the line)
# "RESOLVED – That:" (English council committees set a dash and a capital), "RESOLVED: The Board"
# + "i. NOTED ... ii. APPROVED ..." (NHS trust boards name the body and drop the colon; "Resolved:
# the Board" + "(1) approved ... (2) delegated ..." in mental health trusts' bold resolutions)
# "The Committee agreed:-", "The Sub-Committee resolved:-" (Scottish council minutes end the
# lead-in with a colon and a dash; "RESOLVED:—" in some English ones), "RESOLVED –" over "(1) That
# ..." (English metropolitan and district council minutes: a spaced dash, no colon)
LEAD_END = r"(?::\s*[-–—]?|\s[-–—])\s*$"
# "After deliberations, the Board resolved as follows:" over "i. That ... ii. That ..." (Kenyan
# state corporations', Indian and other Commonwealth boards' minutes lead their limbs so)
VERB_LEAD = re.compile(
    r"\b(?P<verb>RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed|[Dd]ecided)\b(?:\s+(?i:as\s+follows))?\s*[:\-–]?\s*(?:[Tt]hat|to)?\s*"
    rf"(?:the\s+(?:[A-Z][\w&]*\s*){{1,5}})?{LEAD_END}"
    rf"|\b(?P<capsverb>RESOLVED|AGREED|DECIDED|Resolved)\s*[:\-–]?\s*(?:that\s+)?[Tt]he\s+(?:[A-Z][\w&]*\s+){{0,4}}(?:{BODY_NOUNS})"
    # "RESOLVED: The Council of Governors:" (NHS foundation trusts' governors)
    rf"(?:\s+of\s+(?:{MEMBERS_OF}))?\s*:?\s*$"
    # a recommendation to another body, its points listed: "RESOLVED that it be RECOMMENDED to the
    # Police, Fire and Crime Commissioner that:" (joint audit committees), "RESOLVED to recommend
    # to Council that:", "It was AGREED that it be recommended to Cabinet that:" (council
    # committees); each point is a recommendation
    # "RESOLVED: That the following recommendations be made to Cabinet:", "RESOLVED that the
    # following be approved:" (scrutiny and council committees): the points listed below are the
    # resolution's, each a decision
    r"|\b(?P<following>RESOLVED|AGREED|[Rr]esolved)\b\s*[:\-–]?\s*(?:[Tt]hat\s+)?the\s+following\b[^:]{0,100}:\s*$"
    # "RESOLVED – That" over "(a) the report be noted;" / "(b) ... be conveyed ...; and" (English
    # county council committees: the resolution's "That" ends the line, its parts are lettered
    # below; decision_list takes the lines below only when they are marked items)
    r"|\b(?P<that>RESOLVED|AGREED|DECIDED|Resolved)\s*[:\-–—]\s*[Tt]hat\s*$"
    r"|\b(?:RESOLVED|AGREED|[Rr]esolved|[Aa]greed)\s+(?:that\s+it\s+be\s+|to\s+)"
    r"(?P<recommend>(?i:recommend(?:ed)?))\b[^:]{0,120}\bthat\s*:\s*$"
)


def _mark_style(text: str) -> str:
    """The numbering style of a marked line: "digit" ("1)", "(2)", "3."), "alpha" ("a.", "(b)",
    "ii)") or "bullet"."""
    t = text.lstrip()
    if re.match(r"\(?\d", t):
        return "digit"
    if re.match(r"\(?[a-z]", t):
        return "alpha"
    return "bullet"


@dataclass
class ListItem:
    line: int  # index of the item's first line
    outcome: str
    text: str


def lead_in(text: str) -> tuple[bool, str | None] | None:
    """(True, the lead-in's verb or None) for a line that introduces a decision list ("RESOLVED:"
    gives "resolved", "The Committee:" None); None for any other line."""
    m = VERB_LEAD.search(text)
    if m:
        if m.group("recommend"):
            return True, "recommended"
        return True, (
            m.group("verb") or m.group("capsverb") or m.group("following") or m.group("that")
        ).lower()
    if BODY_LEAD.match(text):
        return True, None
    return None


# "(2) did not accept the proposed de-escalation of Risk 1123 ...", "declined to approve ...": an
# item that refuses what was put (NHS board minutes' numbered resolutions): rejected
REFUSED = re.compile(
    rf"^\s*(?P<mark>{ITEM_MARK}\s+)?(?:did\s+not|declined\s+to)\s+(?:accept|approve|support|agree|endorse)\b"
)


# A marked item whose verb follows a phrase naming the case it decides: "ii. in Case No.
# 02/2025, resolved that the complaint be dismissed", "(b) in respect of the Eastern depot,
# approved ..." (disciplinary and licensing decisions of professional councils and boards)
FRAMED_ITEM = re.compile(rf"^\s*{ITEM_MARK}\s+(?:in|on|for|with|under)\s[^,;:]{{3,80}},\s*(?P<verb>[a-z]+)\b")


# A lead-in whose verb takes the infinitive: "The Board RESOLVED to:", "It was AGREED to:"
INFINITIVE_LEAD = re.compile(r"\bto\s*:\s*[-–—]?\s*$", re.I)


def _opens(text: str, lead_verb: str | None, infinitive: bool = False) -> tuple[str | None, bool] | None:
    """(outcome, marked) when the line opens an item: its own past-tense verb, or under a verb
    lead-in a marked or "to ..." item ("(1) to approve ...", "(a) retrospectively approve ..."),
    or under a lead-in ending "to:" an unmarked item opening with a decision verb's base form
    (its own outcome: "APPROVE ..." approved, "NOTE ..." noted)."""
    refused = REFUSED.match(text)
    if refused:
        return "rejected", bool(refused.group("mark"))
    m = ITEM_START.match(text)
    if not m:
        return None
    marked = bool(m.group("mark"))
    framed = FRAMED_ITEM.match(text) if marked else None
    if framed and PAST.match(framed.group("verb")):
        return framed.group("verb").lower(), True
    verb = m.group("verb")
    if not m.group("to") and PAST.match(verb):
        return verb.lower(), marked
    # ... or a lettered one in lower case: "The Board resolved to:" / "a. note the financial report;"
    # / "b. approve the write-off ..." (Pacific and other Commonwealth statutory boards' resolutions)
    base = base_verb_outcome(verb) if infinitive and (verb[:1].isupper() or marked) else None
    if base:
        return base, marked
    if lead_verb and (marked or m.group("to")):
        return lead_verb, marked
    return None


def decision_list(
    texts: Sequence[str], k: int, stop: Sequence[bool] | None = None
) -> tuple[list[ListItem], int] | None:
    """The items of the decision list whose lead-in is texts[k], and the index of its last line;
    None when texts[k] is not a lead-in or no item follows it. `stop[j]` marks lines that end
    any list (a new minute's heading)."""
    lead = lead_in(texts[k])
    if lead is None:
        return None
    _, lead_verb = lead
    infinitive = bool(lead_verb) and bool(INFINITIVE_LEAD.search(texts[k]))
    items: list[ListItem] = []
    cur: list[str] = []
    cur_line = -1
    cur_outcome = ""
    marked_list: bool | None = None
    list_style = ""  # the mark style of the list's items
    sub_style: str | None = None  # the mark style of points inside the current item
    j = k + 1
    last = k
    while j < len(texts):
        t = texts[j].strip()
        if stop is not None and stop[j]:
            break
        if not t:
            j += 1
            continue
        opened = _opens(t, lead_verb, infinitive)
        prev = " ".join(cur).rstrip()
        if (
            opened is not None
            and opened[1]
            and marked_list
            and cur
            and (prev.endswith(":") or sub_style is not None)
            and _mark_style(t) != list_style
        ):
            # "1) That the application ... be granted, subject to the ... conditions set out
            # below:" + "a. The premises shall ..." ... "h. ..." + "2) That ...": lettered points
            # inside a numbered resolution are its text, not resolutions of their own (English
            # licensing sub-committees list a licence's conditions so)
            sub_style = _mark_style(t)
            cur.append(t)
            last = j
            j += 1
            continue
        if (
            opened is not None
            and opened[1]
            and marked_list
            and cur
            and prev.endswith(".")
            and _mark_style(t) != list_style
        ):
            # "(a) ...; and" / "(b) ... lead member." / "(3) Dr V would arrange ...": a mark of
            # another style after the list's closing full stop is the minute's next paragraph
            # (English county committees number a minute's paragraphs and letter a resolution's parts)
            break
        if opened is not None and opened[1] and cur and not marked_list and re.search(LEAD_END, prev):
            # "resolved:-" / "to adopt the motion, and accordingly:-" / "(i) to approve ...": an
            # item that is itself a lead-in, to a marked list below it; the marked items are the
            # decisions (Scottish council minutes after a division; "RESOLVED: that the
            # recommendations be approved, namely:" + "(a) ..." in English ones)
            cur, marked_list = [], None
        if opened is not None and (marked_list is None or opened[1] == marked_list):
            # an unmarked item begins only after the last one closed ("...; and", "...;", "...")
            if not cur or opened[1] or re.search(r"(?:[.;]|;\s*(?:and|or)|\band|\bor)$", prev):
                if cur:
                    items.append(ListItem(cur_line, cur_outcome, re.sub(r"\s+", " ", prev)))
                marked_list = opened[1]
                list_style, sub_style = _mark_style(t), None
                cur, cur_line, cur_outcome = [ITEM_MARK_AT_START.sub("", t)], j, opened[0] or ""
                last = j
                j += 1
                continue
        if not cur:
            return None  # the line below the lead-in opens no item: not a decision list
        if prev.endswith((".", ":")) or (
            # a label opens with a capital; "out below:" ends the item's own wrapped sentence
            t.endswith(":") and t[:1].isupper() and not prev.endswith((",", "and", "or"))
        ):
            break  # the list closed with a full stop; or a label ("Action:", "Reasons for decision:")
        if re.match(r"^[A-Z]{1,4}(?:\s*[,/&]\s*[A-Z]{1,4})*$", t):
            break  # a lead's initials in the action column
        cur.append(t)
        last = j
        j += 1
    if cur:
        items.append(ListItem(cur_line, cur_outcome, re.sub(r"\s+", " ", " ".join(cur).rstrip())))
    items = [x for x in items if x.outcome]
    if not items:
        return None
    return items, last
