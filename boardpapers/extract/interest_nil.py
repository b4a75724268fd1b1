"""How a register, a form or a member's list says "nothing to declare", in one place.

Every family of register writes a nil return in the same words ("Nil", "None declared", "Nil
return", "No interests to declare", "Nothing to declare", "N/A", "Not applicable", "No
interests declared in this category."); each reader adds only what its own layout allows: a
lone dash in a grid cell, a tick-box form's bare "Yes"/"No", a bilingual form's other-language
word before a slash. The readers compose their anchored patterns from NIL_PHRASE.
"""

from __future__ import annotations

import re

# the words that follow "Nil"/"None"/"Nothing": "Nil return", "None declared", "Nil interests
# declared", "Nothing to declare", "None notified" (registers of councils, boards and colleges)
_AFTER_NIL = r"(?:\s+(?:interests?|declared|disclosed|recorded|reported|notified|returned|return|registered|to|declare))*"
# "No interests to declare", "No relevant interests", "No reportable interests" (US disclosure
# summaries), "No declarations", "No disclosures", "No entries", "No interests declared in this
# category" (registers grouped under category bands), "Nothing further to declare"
_NO_SOMETHING = (
    r"no(?:thing)?(?:\s+(?:relevant|reportable|registrable|registerable|other|further))?"
    r"\s+(?:interests?|declarations?|disclosures?|entries|returns?)"
    r"(?:\s+(?:to\s+declare|declared|disclosed|recorded|registered|notified))?"
    r"|no(?:thing)?(?:\s+\w+){0,2}\s+to\s+(?:declare|disclose|report)"
)
# the category, section or Part the nil applies to: "... in this category", "... under any heading"
_IN_CATEGORY = r"(?:\s+(?:in|under)\s+(?:this|any)\s+(?:category|section|part|heading))?"

# the Welsh word before the English on bilingual registers: "Dim / None", "Dim"
_OTHER_LANGUAGE = r"(?:dim\s*/\s*)"

# A nil return without anchors, to build a reader's own pattern from
NIL_PHRASE = rf"(?:{_OTHER_LANGUAGE}?(?:nil|none|nothing){_AFTER_NIL}|n/?a|not\s+applicable|{_NO_SOMETHING}|dim){_IN_CATEGORY}"

# A whole answer or cell that declares nothing, with a closing full stop or semicolon
NIL_ANSWER = re.compile(rf"^\s*{NIL_PHRASE}\s*[.;]?\s*$", re.I)
# A sentence of a statement written as prose that declares nothing: "She has no other interests
# to declare.", "Dr X has stated that she has no interests to disclose.", "Nothing to report."
# (registers whose members' statements are sentences: interest_statements.prose_statements)
# ... or that holds none of a register's categories: "She has no directorships or shareholdings.",
# "He has declared that he holds no other employment, directorship, shareholding or land"
# (Commonwealth statutory boards' statements summarised in prose)
_HOLDS_NONE = (
    r"(?:has|holds|owns)\s+no(?:\s+(?:other|further))?\s+"
    r"(?:employment|directorships?|shareholdings?|shares|land|property|contracts?|memberships?|gifts?)"
)
NIL_SENTENCE = re.compile(
    rf"\b(?:(?:{_NO_SOMETHING})\b(?!\s+(?:in|of|other\s+than|except|save)\b)|{_HOLDS_NONE}\b)", re.I
)
