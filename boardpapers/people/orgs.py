"""Organisation names: one comparison key for the ways a body is written
('LB Hackney', 'London Borough of Hackney', 'LBH'; 'C&H CCG', 'City & Hackney
CCG', 'City and Hackney Clinical Commissioning Group'). Pure functions."""

from __future__ import annotations

import re

from ..abbreviations import ABBREVIATIONS
from ..names import fold

# Words that carry no identity in an organisation's name.
_NOISE = {"the", "of", "and", "a"}
# Suffixes that mark a span of text as an organisation (used by the entity ruler too).
ORG_SUFFIXES = (
    "CCG",
    "ICB",
    "STP",
    "PCN",
    "NHS Foundation Trust",
    "NHS Trust",
    "Foundation Trust",
    "Council",
    "County Council",
    "Borough Council",
    "City Council",
    "Ltd",
    "Limited",
    "LLP",
    "plc",
    "CIC",
    "Charity",
    "Trust",
    "Healthwatch",
    "Partnership",
    "Corporation",
    "University",
    "Board",
    "Committee",
)
NOT_AN_ORG = {"", "n a", "na", "none", "nil", "not applicable", "tbc", "various", "self", "n"}


def org_key(name: str | None) -> str:
    """A comparison key: folded, '&' read as 'and', abbreviations expanded,
    noise words dropped ('LB Hackney' == 'London Borough of Hackney')."""
    if not name:
        return ""
    text = re.sub(r"&", " and ", name)
    text = fold(text)
    if text in NOT_AN_ORG:
        return ""
    # "c h ccg" (from C&H CCG) reads as city and hackney ccg
    text = re.sub(r"\bc and h\b", "c h", text)
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if two in ABBREVIATIONS and i + 1 < len(words):
            out += ABBREVIATIONS[two].split()
            i += 2
            continue
        out += ABBREVIATIONS.get(words[i], words[i]).split()
        i += 1
    return " ".join(w for w in out if w not in _NOISE)


def is_org_name(name: str | None) -> bool:
    return bool(org_key(name))
