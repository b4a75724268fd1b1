"""interest_statements._Subject: one pattern for every member's surname (read by back-reference)
matches and strips what each member's own pattern (`_subject(surname)`) does."""

from __future__ import annotations

import pytest

from boardpapers.extract.interest_statements import _Subject, _subject

TEXTS = [
    "Mr Smith is a director of Smith Holdings Limited.",
    "MR SMITH (Vice-Chair) is a trustee of the Trust.",
    "Dr Jane Smith holds shares in Acme plc.",
    "The Rt Hon Smith is a member of the Law Society.",
    "Professor Ada Mary Smith is",
    "Smith is a governor.",
    "She is a member of the Rotary Club.",
    "I am a trustee of the Foundation.",
    "The report by Mr Smith was noted.",
    "Mr Smithson is a director.",
    "Mr Smıth is a director.",  # dotless i: the literal's case variant, not the back-reference's
    "Mrs Smith",
    "",
    # (a member with a double-barrelled name, a bracketed post, titles run together, a lower-case
    # surname, and texts with no subject at all)
    "Ms Baptiste is a director of Acme Ltd.",
    "Dr Efua Mensah-Bonsu (Chair) is a trustee of the Fund.",
    "The Member holds shares in Beta plc.",
    "In April 2025 he accepted a post.",
    "baptiste holds no other interests.",
    "Rt Hon Lord Baptiste sits on the board.",
    "Nothing to declare.",
]


@pytest.mark.parametrize("surname", ["Smith", "SMITH", "Smıth", "O'Neil", "Straße", "Baptiste"])
@pytest.mark.parametrize(
    "text", TEXTS + ["Ms O'NEIL is a partner.", "Dr STRASSE is", "Dr Straße is a member."]
)
def test_subject_as_the_member_pattern(surname, text):
    own = _subject(surname)
    subject = _Subject(surname)
    assert subject.match(text) == bool(own.match(text))
    assert subject.span(text) == (own.match(text).span() if own.match(text) else None)
    assert subject.sub("", text, count=1) == own.sub("", text, count=1)


def test_subject_strips_the_member():
    assert _Subject("Smith").sub("", "Dr Jane Smith holds shares in Acme plc.") == "holds shares in Acme plc."
    assert not _Subject("Smith").match("The report by Mr Smith was noted.")
