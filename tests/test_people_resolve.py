"""Resolution rules on hand-made mentions (pure): each rule joins what it
should, and never joins conflicting forenames or initials."""

from __future__ import annotations

from boardpapers.names import parse_name
from boardpapers.people.mentions import PersonMention
from boardpapers.people.resolve import DIFFERENT, SAME, Judgement, judgement_key, resolve


def m(name, sha="doc1", body="Hackney ICB", org=None, context="attendance", page=1):
    return PersonMention(
        name, parse_name(name), context, "attendance", sha, page, organisation=org, body=body
    )


def same(res, a, b):
    return res.person_of[a] is not None and res.person_of[a] == res.person_of[b]


def test_same_name_joins_within_body_not_across_unrelated_bodies():
    ms = [m("Ian Williams", "d1"), m("Cllr Ian Williams", "d2"), m("Ian Williams", "d3", body="Kent Cabinet")]
    res = resolve(ms)
    assert same(res, 0, 1)
    assert not same(res, 0, 2)
    assert len(res.review) == 1 and "no shared" in res.review[0].reason


def test_surname_typo_with_same_forename_and_context():
    ms = [m("Ian Williams", "d1"), m("Ian Wiliams", "d2"), m("Ian Wilkins", "d2")]
    res = resolve(ms)
    assert same(res, 0, 1)
    assert not same(res, 0, 2)


def test_initials_fit_exactly_one_full_name_in_document():
    ms = [
        m("Ian Williams", "d1"),
        m("Jon Williams", "d1"),
        m("I Williams", "d1", context="action_owner"),
        m("IW", "d1", context="action_owner"),
        m("Ian Brookman (IB)", "d1"),
        m("IB", "d1", context="action_owner"),
    ]
    res = resolve(ms)
    assert same(res, 0, 2) and not same(res, 1, 2)
    assert same(res, 4, 5)
    # "IW" fits Ian Williams only (Jon Williams is JW)
    assert same(res, 0, 3)


def test_initials_fitting_two_people_go_to_review():
    ms = [m("Ian Williams", "d1"), m("Isla Williams", "d1"), m("I Williams", "d1")]
    res = resolve(ms)
    assert res.person_of[2] not in (res.person_of[0], res.person_of[1])
    assert len(res.review) == 2


def test_surname_alone_stays_in_its_document():
    ms = [m("Anntoinette Bramble", "d1"), m("Bramble", "d1"), m("Bramble", "d2", body="Hackney ICB")]
    res = resolve(ms)
    assert same(res, 0, 1)
    assert not same(res, 0, 2)


def test_conflicting_forenames_never_merge_even_through_a_partial_name():
    ms = [m("Jon Williams", "d1"), m("Ian Williams", "d1"), m("Williams", "d1")]
    res = resolve(ms)
    assert not same(res, 0, 1)
    assert res.person_of[2] not in (res.person_of[0], res.person_of[1])


def test_different_judgement_wins_and_same_judgement_joins():
    ms = [m("Ian Williams", "d1"), m("Ian Williams", "d2")]
    key = judgement_key(ms[0])
    assert same(resolve(ms), 0, 1)
    # The same name key in one body judged different from a variant: the variant stays apart.
    ms2 = [m("Christopher Kennedy", "d1"), m("Chris Kennedy", "d1")]
    res = resolve(ms2)
    assert not same(res, 0, 1) and len(res.review) == 1
    ka, kb = judgement_key(ms2[0]), judgement_key(ms2[1])
    assert same(resolve(ms2, [Judgement(ka, kb, SAME)]), 0, 1)
    assert not same(resolve(ms2, [Judgement(ka, kb, SAME), Judgement(kb, ka, DIFFERENT)]), 0, 1)
    assert key == "ian williams|hackney icb"
