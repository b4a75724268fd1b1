"""Declarations at a meeting: the declarer's titles of other traditions and the declaration said
as a conflict of interest or a disclosure about oneself (written-heldout4, read in session 8,
and variant wordings not in it)."""

from __future__ import annotations

import pytest

from boardpapers.extract.interests import _DECL_LINE, _DECLARED, _declarer


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # New Zealand district council minutes (the document's form)
        (
            "Cr O'Donnell declared a non-pecuniary conflict of interest in item 7.4 (Contract 2025/07).",
            "Cr O'Donnell",
        ),
        # variants: an Australian council, a pecuniary conflict; a declared "conflict of interests"
        ("Cr. Nguyen declared a pecuniary conflict of interest in item 9.2.", "Cr. Nguyen"),
        ("Councillor Ames declared a conflict of interests in the planning item.", "Councillor Ames"),
        # US board of regents minutes (the document's form): a disclosure about oneself
        (
            "Regent Subramaniam disclosed that he serves as an unpaid member of the board of the Foundation.",
            "Regent Subramaniam",
        ),
        # variants: a spouse's interest disclosed; a trustee's own employment
        ("Trustee Alvarez disclosed that her husband is employed by the contractor.", "Trustee Alvarez"),
        ("Dr Imani Clarke disclosed that she is a partner in the firm.", "Dr Imani Clarke"),
        # not a disclosure about oneself: the officer discloses a fact
        ("The Treasurer disclosed that the budget was overspent.", None),
    ],
)
def test_declaration_wording(text: str, person: str | None) -> None:
    m = _DECLARED.search(text)
    assert (m.group("person") if m else None) == person


@pytest.mark.parametrize(
    ("person", "name", "office"),
    [
        ("Regent Subramaniam", "Subramaniam", "Regent"),
        ("Cr O'Donnell", "O'Donnell", "Councillor"),
        ("Cr. Nguyen", "Nguyen", "Councillor"),
    ],
)
def test_declarer_titles(person: str, name: str, office: str) -> None:
    assert _declarer(person) == (name, office)


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # a running header inside a declarations section is not a declarer (council planning minutes)
        ("Planning Committee – 11.11.2025 1 46 25/01187/FUL – LAND ADJACENT", None),
        ("Audit Board – 3 May 2024", None),
        ("Licensing Panel - Minutes", None),
        # a declarer introduced by a dash still is
        ("Jane Smith – personal interest in item 4 as a school governor", "Jane Smith"),
    ],
)
def test_declaration_line_not_a_body(line: str, person: str | None) -> None:
    m = _DECL_LINE.match(line)
    assert (m.group("person") if m else None) == person


def test_declaration_words_are_the_alternations_hits():
    """The declaration words found with str.find are the hits `finditer` of their alternation
    gives: leftmost first, none inside another, the same word twice, at the ends of the text."""
    import re

    from boardpapers.extract.interests import _DECLARATION_WORDS, _declaration_words

    alternation = re.compile("|".join(re.escape(w) for w in _DECLARATION_WORDS))
    texts = [
        "",
        "declared",
        "Cllr A declared a personal interest; Cllr B declared a personal interest too.",
        "He disclosed his prejudicial interest and recused himself.registered",
        "an immaterial interest, a conflict of interests, DECLARED in capitals, declares; expresses",
    ]
    for text in texts:
        assert _declaration_words(text) == [(m.start(), m.end()) for m in alternation.finditer(text)]
    words = [texts[2][a:b] for a, b in _declaration_words(texts[2])]
    assert words == ["declared", "personal interest", "declared", "personal interest"]
