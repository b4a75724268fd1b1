"""Attendance labels printed in another language beside English, or instead of it.

Bilingual bodies print each label of the record of attendance twice: "Yn bresennol / Present",
"Ymddiheuriadau / Apologies" (Welsh NHS boards and councils), "Present / I láthair" (Irish local
authorities), "Kua tae mai / Present" (New Zealand councils' te reo Māori), "Présents / Present"
(Canadian federal and New Brunswick bodies). The English half is what the attendance reader's
label patterns know; a label printed in the other language alone ("Ymddiheuriadau:",
"Excusés :") is mapped to its English equivalent through a vocabulary. The vocabulary says
what each word means, so a body in one of these languages is read the same way as an English
one; the attendance reader then needs no per-language pattern."""

from __future__ import annotations

import re
from collections.abc import Callable

# label (lower case, no colon) -> the English label the attendance patterns read
FOREIGN_LABELS: dict[str, str] = {
    # Welsh
    "yn bresennol": "Present",
    "presennol": "Present",
    "hefyd yn bresennol": "Also present",
    "yn bresennol hefyd": "Also present",
    "yn mynychu": "In attendance",
    "yn mynychu hefyd": "In attendance",
    "mewn presenoldeb": "In attendance",
    "swyddogion": "Officers",
    "ymddiheuriadau": "Apologies",
    "ymddiheuriadau am absenoldeb": "Apologies",
    "absennol": "Absent",
    # Irish
    "i láthair": "Present",
    "i láthair freisin": "Also present",
    "freisin i láthair": "Also present",
    "leithscéalta": "Apologies",
    "as láthair": "Absent",
    "oifigigh": "Officials",
    "oifigigh i láthair": "Officials",
    # Scottish Gaelic
    "an làthair": "Present",
    "an làthair cuideachd": "Also present",
    "cuideachd an làthair": "Also present",
    "leisgeulan": "Apologies",
    "às làthair": "Absent",
    # te reo Māori (New Zealand councils)
    "kua tae mai": "Present",
    "i tae mai": "Present",
    "ngā whakapāha": "Apologies",
    "whakapāha": "Apologies",
    # French (Canadian bilingual bodies)
    "présents": "Present",
    "présent": "Present",
    "présentes": "Present",
    "présent(e)s": "Present",
    "également présents": "Also present",
    "aussi présents": "Also present",
    "excusés": "Apologies",
    "excusé(e)s": "Apologies",
    "absents": "Absent",
    # Malay (Malaysian and Bruneian statutory bodies' and boards' minutes, often beside English:
    # "HADIR / PRESENT", "TIDAK HADIR (DENGAN MAAF) / ABSENT WITH APOLOGIES", "TURUT HADIR / IN
    # ATTENDANCE") and Indonesian
    "hadir": "Present",
    "yang hadir": "Present",
    "turut hadir": "In attendance",
    "tidak hadir": "Absent",
    "tidak hadir (dengan maaf)": "Apologies",
    "tidak hadir dengan maaf": "Apologies",
    "tidak hadir (bermaaf)": "Apologies",
    "urusetia": "In attendance",
    # English Canadian and US usage for apologies
    "regrets": "Apologies",
}

# the two halves of a bilingual label: "Yn bresennol / Present", "Present | I láthair"
_HALVES = re.compile(r"\s+[/|]\s+")
# two labels joined by a slash, no spaces: "Staff/Guests"
_JOINED_LABELS = re.compile(r"([A-Za-z][A-Za-z ]{2,30}?)/([A-Za-z][A-Za-z ]{2,30})")
# a label is short: its halves are a few words each (the Welsh "Ymddiheuriadau am absenoldeb")
LABEL_WORDS = 4


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).lower()


def english_label(line: str, is_label: Callable[[str], bool]) -> str:
    """The line with its label in English: "Yn mynychu / In attendance" -> "In attendance",
    "Ymddiheuriadau: Dr A Bell" -> "Apologies: Dr A Bell". is_label says whether a text alone is
    an English label the reader knows. A bilingual label needs one half in the vocabulary or
    printed in English (the other half may be in a language the vocabulary lacks); a line that
    is no label ("Chair / Cadeirydd", a post in both languages) is returned unchanged."""
    head, colon, tail = line.partition(":")
    joined = _JOINED_LABELS.fullmatch(head.strip()) if colon else None
    if joined and is_label(joined.group(1)) and is_label(joined.group(2)):
        # "Staff/Guests:": two English labels of one list joined by a slash (Ontario hospitals'
        # boards' minutes), read as the first
        return joined.group(1) + colon + tail
    halves = [h.strip() for h in _HALVES.split(head.strip())]
    if not 1 <= len(halves) <= 2 or any(not h or len(h.split()) > LABEL_WORDS for h in halves):
        return line
    printed = next((h for h in halves if len(halves) == 2 and is_label(h)), None)
    translated = next((FOREIGN_LABELS[_key(h)] for h in halves if _key(h) in FOREIGN_LABELS), None)
    english = printed or translated
    return english + colon + tail if english else line
