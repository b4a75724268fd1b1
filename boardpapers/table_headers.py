"""The header vocabulary of the tables boardpapers extracts (registers of
interests, action trackers, risk registers): which words mark a page as
holding one; and the cues of a register of interests' page. Base layer, because both reading (which pages get the table
finder, reading.layout_pages) and extract (where a borderless table may
start, extract.tables) use it.
"""

from __future__ import annotations

import functools
import re

from .text import squash_spaces

# Per family: (strong header terms, weak terms). Matching is case-insensitive
# on the page text, where PDFium often breaks a header cell over lines, so
# multi-word terms allow any whitespace between words.
_FAMILY_TERMS: dict[str, tuple[str, str]] = {
    "interests": (
        r"forename|surname|date\s+of\s+declaration|nature\s+of\s+(?:the\s+)?interest|type\s+of\s+interest|"
        # "Register of Members' Interests", "Register of Board members' interests" (national
        # public bodies' annexes), "Register of Members’ Financial Interests"
        r"register\s+of\s+(?:[\w'’-]+\s+){0,3}?interests|interests?\s+declared|date\s+(?:declared|registered)|"
        r"date\s+of\s+interest|is\s+the\s+interest\s+direct|declarations?\s+of\s+interests?|"
        # "Annual Disclosure of Directors' Interests", "annual disclosure of business and financial
        # interests" (US special districts' and river authorities' posted summaries of their
        # directors' annual disclosure forms, one row per director, a column per category)
        r"disclosures?\s+of\s+(?:[\w'’]+\s+){0,3}?interests?|"
        # "Summary of Annual Declarations of Conflict of Interest" (North American hospital and
        # school boards' appendices: "Director | Organization / Person | Nature of relationship")
        r"declarations?\s+of\s+conflicts?\s+of\s+interests?|"
        # US nonprofit and foundation boards' annual conflict-of-interest disclosure summaries:
        # "Trustee / Officer | Disclosed Interest | Entity | Nature / Relationship | Date Disclosed"
        r"date\s+disclosed|disclosed\s+interests?|conflicts?\s+of\s+interest\s+disclosures?|"
        # "Interests Register" (NZ and Australian companies' and boards' registers, the Companies
        # Act's word); members' gifts registers: "Gifts and Benefits Registry" (Ontario
        # municipal bodies), "Register of Gifts and Hospitality"
        r"interests\s+register|gifts?,?\s+(?:and|&)\s+(?:benefits?|hospitality)\s+regist\w*|"
        r"regist\w+\s+of\s+(?:members['’]?\s+)?gifts|"
        # NHS foundation trusts' registers of governors' interests, one boxed table per governor:
        # "Category | Description of interest | From"
        r"description\s+of\s+(?:the\s+)?interest",
        r"pecuniary|non-?\s*pecuniary|position\s+held|financial\s+interest|non-financial|"
        r"indirect(?:\s+interest)?|position\s*/\s*role|organisation\s+of|"
        # a register printed as a grid, one column per category (English councils' registers under
        # the Localism Act 2011: "Sponsorship", "Corporate tenancies", "Other registrable interests";
        # Scottish: "Gifts and hospitality")
        r"sponsorship|corporate\s+tenanc\w*|other\s+registrable|gifts\s+and\s+hospitality|"
        # the grid's category columns in charity, university and housing registers: "Employment |
        # Directorships | Trusteeships | Other interests (memberships, shareholdings, family)"
        r"directorships|trusteeships|shareholdings|"
        # ... the categories of a US annual disclosure form: "Employment / Sources of Income",
        # "Business Entities (officer, director, partner ...)", "Family Members Employed by ..."
        r"entity|entities|relationship|sources?\s+of\s+income|family\s+members?|"
        # a gifts register's columns: "Member | Date received | Donor / source | Description | Value"
        r"donor|date\s+received",
    ),
    "actions": (
        # "Action Register" (Australian health district and NZ council minutes: "No. | Meeting date |
        # Item | Action | Responsible | Due | Status | Comment")
        r"ref(?:erence)?\.?\s+no\.?|action\s+(?:log|tracker|register)|assigned\s+to|assigned\s+date|assigned\s+from|"
        r"action\s+owner|due\s+date|date\s+raised|date\s+agreed|completion\s+due|"
        # action tables inside minutes: "Clerks Report and Actions from previous meeting",
        # "ACTION LIST SUMMARY", "Action | By whom | By when" (parish and committee minutes)
        # "ACTIONS ARISING" over a "Minute | Action | Who | By when" table (town and parish minutes)
        r"actions?\s+from\s+(?:the\s+)?(?:last|previous)\s+meeting|action\s+list|by\s+whom|by\s+when|"
        r"actions\s+arising|"
        # "Action points from this meeting" / "Action points" over "Item | Action | By | When"
        # (Scottish community councils' and Irish and UK committees' minutes closing with a
        # ruled table of what was agreed; its labels alone are too common to count)
        r"action\s+points?|"
        # a scrutiny committee's recommendations tracker: "Ref | Recommendation | To | Date made |
        # Response due | Status" (UK overview and scrutiny committees; audit recommendations logs)
        r"recommendations?\s+(?:tracker|log|monitor\w*)|date\s+made|response\s+due|"
        r"status\s+update|status\s+(?:as\s+)?at\b|(?:completed|outstanding|open|closed)\s+actions|"
        # a council's closing list of what it asked staff for: "Pending Items / Follow-Up",
        # "# | Item | Requested by | Department | Target date" (US city and county councils)
        r"pending\s+items|follow-?\s*up\s+items|requested\s+by|"
        # a council's list of its resolutions still being carried out: "Outstanding Council
        # Resolutions", "Status of Council Resolutions", "Resolutions Register" (Australian and New
        # Zealand local government agendas: "Resolution | Meeting | Item | Resolution (summary) |
        # Responsible Officer | Target | Status / Comment")
        r"outstanding\s+(?:council\s+)?resolutions|status\s+of\s+(?:council\s+)?resolutions|"
        r"resolutions?\s+(?:register|tracker|status\s+report)|"
        # an "Action Taken Report" on the last meeting's decisions (Indian universities' and
        # statutory bodies' annexes: "Item No. | Decision | Action Taken | Status"); a board's
        # "Schedule of Actions" and "Follow-up actions" closing its minutes ("No. | Action |
        # Responsible | Timeline": Pacific and Caribbean statutory boards)
        r"action\s+taken\s+report|schedule\s+of\s+actions|follow-?\s*up\s+actions|"
        # a table of the board's directives closing its minutes: "Summary of Board Directives",
        # "Schedule of Directives" ("S/N | Min. No. | Directive | Responsible | Time frame": East
        # African state corporations' and water authorities' minutes)
        r"(?:summary|schedule|matrix)\s+of\s+(?:the\s+)?(?:board\s+)?directives|"
        # a tracker of the implementation of earlier decisions and directions: "Status of
        # implementation of Board decisions", "Decision / Direction of the Board | Responsibility |
        # Status of implementation" (Commonwealth statutory bodies' and universities' matters
        # arising: "Complied", "Partially complied", "Not complied")
        r"status\s+of\s+implementation|implementation\s+status|directions?\s+of\s+the\s+board",
        # "Minute | Action | Lead | By" under "Actions arising" (national park authority and
        # NDPB minutes), "Action | Who | When"
        r"status|update|progress|deadline|target\s+date|date\s+(?:opened|closed)|owner|milestones?|lead|who|"
        r"recommendations?|responsible",
    ),
    "risks": (
        r"risk\s+description|risk\s+register|likelihood|severity|inherent|residual|target\s+(?:risk\s+)?score|"
        r"risk\s+score|risk\s+owner|risk\s+title|risk\s+event|risk\s+direction|financial\s+exposure|"
        r"source\s*/\s*cause\s+of\s+risk|risks\s+and\s+mitigations|probability\s+of\s+risk|prob\.?\s*%|"
        # NHS trust Board Assurance Frameworks: "principal risks", scores headed "L x I = score"
        r"board\s+assurance\s+framework|principal\s+risks?|l\s*x\s*i\b",
        r"impact|mitigat\w*|controls?|consequence|lead\s+officer|workstream|owner|trend|movement",
    ),
    # Decisions kept as a table: decision logs and registers (NZ and Australian councils' and
    # steering groups' "Decisions Register": Ref | Meeting | Decision | Decided by | Notes),
    # English councils' records of delegated and executive decisions ("Decision taken | Decision
    # maker | Date of decision"). Strong terms are only multi-word headers and titles that prose
    # seldom holds: this scan runs on every page of every document.
    "decisions": (
        r"decisions?\s+(?:log|register)|record\s+of\s+(?:\w+\s+)?decisions|register\s+of\s+decisions|"
        r"decided\s+by|decision\s+maker",
        r"decisions?(?:\s+taken)?|ref(?:erence)?|meeting|notes?|date(?:\s+of\s+decision)?|item|minute|"
        r"resolution|outcome|status|comments?",
    ),
}

# Applied to lower-cased text: re.IGNORECASE makes these alternations ~2.5x slower.
TABLE_HEADER_FAMILIES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    name: (re.compile(rf"\b(?:{strong})\b"), re.compile(rf"\b(?:{weak})\b"))
    for name, (strong, weak) in _FAMILY_TERMS.items()
}


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source: split at each "|" outside groups and
    character classes."""
    out: list[str] = []
    depth = start = 0
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1  # the escaped character
        elif c == "[":
            i = source.index("]", i + 2)  # "[]...]" does not occur in these terms
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _by_first_letter(alternatives: list[str]) -> str:
    """One alternation of `alternatives` with those opening on a plain letter grouped under it
    ("forename|fi..." -> "f(?:orename|i...)"), each group keeping its terms' order; the rest
    after them. At a word start re then tries about 15 groups (a group is ruled out by its first
    letter alone) rather than every term: the scans below ran 20-40% faster over the bulk
    corpus's pages. The same matches where every alternative opens on a letter (terms opening on
    different letters never match at one place); with others, the same pages match."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        if re.match(r"[a-z](?![?*+{])", alt):
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            rest.append(alt)
    return "|".join([f"{c}(?:{'|'.join(tails)})" for c, tails in groups.items()] + rest)


# Families whose strong terms all hold one of these substrings: a substring test (far cheaper
# than a regex) decides whether their patterns run at all. The decisions family added to the
# one scan below cost 0.066 ms a page of the corpus pages (+12%); gated, about +0.02 ms (5%).
_GATES: dict[str, tuple[str, ...]] = {"decisions": ("decisi", "decided")}

# Any ungated family's strong term: one scan that rules out most pages (about half the
# time of trying each family's pattern in turn on the bulk corpus's pages).
_STRONG_ALTERNATIVES = [
    alt for name, (strong, _) in _FAMILY_TERMS.items() if name not in _GATES for alt in _alternatives(strong)
]
_ANY_STRONG = re.compile(rf"\b(?:{_by_first_letter(_STRONG_ALTERNATIVES)})\b")


# A header line of weak terms alone: an action table headed "Ref. | Recommendation | Responsible
# Party | Original Target Date | Revised Target Date | Status | Management Update" (US audit
# follow-up trackers) or "No. | Action | Lead officer | Target date" (actions agreed closing
# minutes) holds no strong term. Rather than make those words strong (they occur all over report
# pages, each admitted page costs the table finder), a page with no strong term qualifies when one
# line, with the next (PDFium breaks header cells over lines), is mostly the family's words:
# at least HEADER_LINE_TERMS distinct terms covering HEADER_LINE_SHARE of the words, in at most
# HEADER_LINE_WORDS words (a header line is short; prose holding the words runs on). Only the
# actions family (its labels are the common words); "action" itself counts here.
HEADER_LINE_FAMILIES = ("actions",)
HEADER_LINE_TERMS = 3
HEADER_LINE_SHARE = 0.5
HEADER_LINE_WORDS = 16


# Words that count towards a header line only (too common in prose to be weak terms of the page
# scan): "Due", "Responsibility", "Ref.", "Resolution" (actions agreed closing minutes: "No. |
# Action | Responsibility | Due", "Action No. | Item | Action | Responsible | Due" (Canadian
# conservation authorities', Australian health boards' minutes); a matters-arising table of
# earlier resolutions still being carried out: "Min. Ref. | Matter / Resolution | Responsibility
# | Status" (Kenyan and other Commonwealth state corporations' minutes))
_HEADER_LINE_EXTRA = (
    r"actions?|due|responsibility|ref|resolutions?"
    # "Timeline" as the due column ("No. | Action | Responsible | Timeline": statutory boards'
    # schedules of actions); a matters-arising table's "Matter arising", "RAG" and "Open /
    # Closed" columns ("No. | Min. Ref. | Matter Arising | Responsibility | Status / Update | RAG
    # | Open / Closed": Commonwealth state corporations' minutes; "Matter arising" itself left out:
    # every minutes' item heading names it, and the test ran on most pages of the bulk corpus);
    # "Action taken" (action-taken reports' continuation pages)
    r"|time\s*(?:lines?|frames?)|rag|open\s*/\s*closed|action\s+taken"
)


def _header_line_pattern(name: str) -> re.Pattern[str]:
    """The family's weak terms and `_HEADER_LINE_EXTRA` (a page with a strong term is read the
    usual way). No lookahead on their first letters: over the bulk corpus's pages it made the
    scan a third slower, as most words start with one of them."""
    return re.compile(
        rf"\b(?:{_by_first_letter(_alternatives(f'{_FAMILY_TERMS[name][1]}|{_HEADER_LINE_EXTRA}'))})\b"
    )


_HEADER_LINE_TERMS = {name: _header_line_pattern(name) for name in HEADER_LINE_FAMILIES}


def _header_line(pat: re.Pattern[str], text: str) -> bool:
    """A run of lines that reads as a table header of the pattern's terms."""
    hits = list(pat.finditer(text))
    if len({m.group(0) for m in hits}) < HEADER_LINE_TERMS:
        return False  # most pages
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    per_line: dict[int, list[str]] = {}
    k = 0
    for m in hits:
        while k + 1 < len(starts) and starts[k + 1] <= m.start():
            k += 1
        per_line.setdefault(k, []).append(squash_spaces(m.group(0)))
    for i in per_line:
        terms: list[str] = []
        words = 0
        for j in range(i, len(lines)):
            words += len(lines[j].split())
            if words > HEADER_LINE_WORDS:
                break
            terms += per_line.get(j, [])
            if (
                len(set(terms)) >= HEADER_LINE_TERMS
                and sum(len(t.split()) for t in terms) >= HEADER_LINE_SHARE * words
            ):
                return True
    return False


def _hits(pat: re.Pattern[str], text: str) -> set[str]:
    return {squash_spaces(m.group(0)) for m in pat.finditer(text)}


def table_families(text: str) -> list[str]:
    """Families with a strong header term and at least two distinct terms on the page."""
    return list(_table_families(text))


# Ingest asks twice per page (pdf_reader.wants_spans, then tables_reader.table_pages),
# about 0.5 ms each; the cache holds a whole pack's pages between the two passes.
@functools.lru_cache(maxsize=2048)
def _table_families(text: str) -> tuple[str, ...]:
    text = text.lower()
    shut = {name for name, subs in _GATES.items() if not any(sub in text for sub in subs)}
    if not _ANY_STRONG.search(text):
        fams = [name for name, pat in _HEADER_LINE_TERMS.items() if _header_line(pat, text)]
        for name in _GATES:
            strong, weak = TABLE_HEADER_FAMILIES[name]
            if name not in shut and strong.search(text) and len(_hits(strong, text) | _hits(weak, text)) >= 2:
                fams.append(name)
        return tuple(fams)
    fams = []
    for name, (strong, weak) in TABLE_HEADER_FAMILIES.items():
        if name in shut:
            continue
        if not strong.search(text):  # most pages: one failed scan, no sets built
            if name in _HEADER_LINE_TERMS and _header_line(_HEADER_LINE_TERMS[name], text):
                fams.append(name)
            continue
        s = _hits(strong, text)
        if len(s | _hits(weak, text)) >= 2:
            fams.append(name)
        elif name in _HEADER_LINE_TERMS and _header_line(_HEADER_LINE_TERMS[name], text):
            # a title alone ("Actions arising from this meeting") over a header of words counted
            # only in a header line ("Ref | Action | Responsibility | Due")
            fams.append(name)
    return tuple(fams)


# Pages of a register of interests laid out per member (reading gives them spans; the interest
# readers look for two text columns on them only) (a name heading or "Name" label over
# the member's table, numbered categories or two columns): the interest readers need the boxes
# of their lines (indents, columns). A page names the register ("Register of Interests",
# "Statements of interests", "Conflict of Interest Declarations" in a running header) or follows
# such a page and still answers a category with "Nil"/"None" (Irish statements, Scottish
# registers over page breaks, without the title repeated; "None declared" under a return's category).
_REGISTER_CUES = re.compile(
    r"\b(?:registers?|statements?|declarations?|disclosures?|returns?)\s+of\s+(?:[\w'’]+\s+){0,3}?interests?\b"
    r"|\bconflicts?\s+of\s+interests?\s+(?:declarations?|disclosures?|forms?|registers?|statements?)"
    r"|\binterests?\s+registers?\b"
    # the return a member lodges, named after the interests ("Summary of Personal Interests
    # Returns", "Primary and Ordinary Interests Return": Australian councils' registers printed one
    # section per member under the return's categories)
    r"|\binterests\s+returns?\b"
)
_NIL_ANSWER = re.compile(r"\b(?:nil|none)\b")
# ... or goes on with the next member's particulars or the register's kinds of interest, the
# title and the table's header not repeated ("Name: Dr X" / "Position: Director · Declaration
# signed: ..." over "Financial" / "Non-financial" rows: a Canadian hospital board's appendix)
_REGISTER_GOES_ON = re.compile(
    r"\bname\s*:|\bdeclar(?:ation|ed)\b|\b(?:non-)?(?:pecuniary|financial)\b|\bdirectorships?\b|\bshareholdings?\b"
)


def register_page(text: str, after_register: bool = False, low: str | None = None) -> bool:
    """A page of a register of interests: its cue, or a nil answer right after such a page.
    `low`: the text lower-cased, if the caller has it."""
    low = text.lower() if low is None else low
    # every cue names an interest: most pages are ruled out by one substring test
    return ("interest" in low and bool(_REGISTER_CUES.search(low))) or (
        after_register and bool(_NIL_ANSWER.search(low) or _REGISTER_GOES_ON.search(low))
    )
