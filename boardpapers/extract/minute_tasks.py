"""Actions minuted as a bare "<post> to <do>" sentence, with no action label, column or list:
"The Clerk to write again to Highways ...", "Cllrs Humphreys and Rees to review the plan and
report back to the June meeting." (English and Welsh town, parish and community councils'
minutes, under the minute the task arises from), "Harbormaster to obtain an electrician's
assessment ..." (US port and special districts' minutes, under a "Direction to staff" heading set
without a colon or bullets). The sentence has no finite verb: its subject is who is to act, "to"
and a verb what they are to do. Read only as a fallback, in documents that read as minutes where
no other reader found an action (minute_actions.actions_from_minutes)."""

from __future__ import annotations

import re

from ..model import Document
from .records import Action

# A post that is given tasks in minutes, as small statutory bodies, boards and districts title
# their officers (the last word of the subject: "Town Clerk", "Executive Director", "Director of
# Finance", "Responsible Financial Officer")
_POST = (
    r"(?:Clerk|Chair(?:man|woman|person)?|Mayor|Treasurer|Secretary|RFO|Officer|Manager|Director"
    r"|Harbou?rmaster|Engineer|Administrator|Attorney|Solicitor|Counsel|Superintendent|Principal"
    r"|Head(?:teacher)?|Co-?ordinator|Lead|Warden|Steward"
    # a unit of the staff given the task ("The Integrity Unit is to complete its investigation",
    # "Finance Team to report": statutory boards' and authorities' minutes)
    r"|Unit|Team)"
)
_CAP = r"[A-Z][\w'’-]+"
# The subject: a post, up to three capitalised words qualifying it before ("Executive", "Town")
# and a department after ("of Finance"); or members by title and surname ("Cllrs Humphreys and
# Rees", "Mr Kinvig"), one or several
_SUBJECT = (
    rf"(?:(?:[Tt]he[ \t]+)?(?:{_CAP}[ \t]+){{0,3}}{_POST}(?:[ \t]+(?:of|for)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}})?"
    rf"|(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{_CAP}"
    rf"(?:(?:[ \t]*,[ \t]*|\s+and\s+|\s+&\s+)(?:(?:Cllr|Mr|Mrs|Ms|Dr)\.?[ \t]+)?{_CAP}){{0,3}})"
)
# ... opening a line (after its paragraph number: "5.4 The General Manager is to submit ...", as
# Malaysian, Indian and other Commonwealth statutory boards number each paragraph of their
# minutes), or a sentence after the last one's full stop on the same line; then "to" ("is to", "are
# to": the same task in those boards' wording) and a verb (not a passive "to be", nor an article:
# "Secretary to the Board Jane Doe called the roll"; a "re-" verb counts: "to re-evaluate");
# joint owners with "and the Clerk"
_TASK = re.compile(
    rf"(?m)(?:^[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}[ \t]+)?|(?<=[\w)][.;]) +)"
    rf"(?P<owner>{_SUBJECT}(?:\s+and\s+(?:the\s+)?{_POST})?)"
    r"\s+(?:(?:is|are)\s+)?to\s+(?!(?:be|the|this|that|these|its|their|all|any|each)\b)(?=(?:[a-z]{3,}|re-[a-z]{3,})\b)"
)
# What the sentence ends at: a full stop before a capital or a line's end (not of "p.m.", nor after
# a title or an initial)
# ... or at a line's end before a bullet or a blank line ("Clerk to respond to CDC" over "• 18/00192/F
# ...": parish minutes listing planning applications, the task unpunctuated under each)
_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bNo)\.(?=\s|$)"
    r"|[ \t]*(?=\n[ \t]*(?:[•\uf0b7▪◦●○■*\-–][ \t]|\n))"
)
# A task sentence runs to at most this many characters (the read council's run 70-100)
TASK_MAX_CHARS = 400
# The posts as plain substrings: a page holding none is not scanned
_POST_WORDS = (
    "Clerk", "Chair", "Mayor", "Treasurer", "Secretary", "RFO", "Officer", "Manager", "Director",
    "master", "Engineer", "Administrator", "Attorney", "Solicitor", "Counsel", "Superintendent",
    "Principal", "Head", "ordinator", "Lead", "Warden", "Steward", "Unit", "Team", "Cllr", "Councillor", "Mr", "Ms", "Dr",
)  # fmt: skip


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether a subject at the start of a line opens a sentence: the line above ended one (a
    full stop, a colon), is a heading (no lower-case letters) or is blank, as against a sentence
    wrapping on ("... to authorize the Executive" / "Director to award ...": a motion's words)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return True  # after a full stop on the same line (see _TASK)
    above = text[:line_start].rstrip(" \t\n")
    prev = above[above.rfind("\n") + 1 :]
    return not prev.strip() or prev.endswith((".", ":", ";")) or not re.search(r"[a-z]", prev)


def bare_tasks(doc: Document) -> list[tuple[int, Action]]:
    """Each "<post> to <do>" sentence of the minutes' text (see the module's doc), with where it
    starts in its page's text."""
    out: list[tuple[int, Action]] = []
    for page in doc.pages:
        text = page.text
        if " to " not in text or not any(w in text for w in _POST_WORDS):
            continue
        for m in _TASK.finditer(text):
            if not _starts_sentence(text, m.start("owner")):
                continue
            stop = _END.search(text, m.end(), m.end() + TASK_MAX_CHARS)
            if stop is None:
                continue
            sentence = re.sub(r"\s+", " ", text[m.start("owner") : stop.end()]).strip()
            owner = re.sub(r"^[Tt]he\s+", "", re.sub(r"\s+", " ", m.group("owner")))
            out.append(
                (
                    m.start("owner"),
                    Action(
                        ref=None,
                        text=sentence,
                        owner=owner,
                        assigned_on=None,
                        due=None,
                        status=None,
                        status_raw=None,
                        update=None,
                        page=page.number,
                        tracker="minutes",
                        notes="a task minuted as '<post> to <do>'",
                    ),
                )
            )
    return out
