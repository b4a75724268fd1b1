"""interest_forms' page test for member headings: a title opening the text's first line or any
line after a break (\\n, \\x85, \\u2028, \\u2029), as the single "(?m)^" pattern it replaced."""

from __future__ import annotations

from boardpapers.extract.interest_forms import _member_line_cue


def test_a_title_opening_a_line_is_a_cue():
    assert _member_line_cue("Cllr Smith\nEmployment")
    assert _member_line_cue("Register\n  Councillor Jones \nNone")
    assert _member_line_cue("Register\u2028Dr Who \nNone")
    assert _member_line_cue("\n\nMr A Brown")
    assert _member_line_cue("Full name: A Brown")


def test_a_title_inside_a_line_is_not():
    assert not _member_line_cue("the report by Cllr Smith was noted")
    assert not _member_line_cue("x\rCllr Y was present")
