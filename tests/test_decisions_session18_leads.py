"""Decisions in wordings several bodies share (session 18, second decisions fixer), each on a
read file that shows it: a labelled motion closed by "The motion was put and declared LOST" (Australian
councils); "That Council refuse ..." as a refusal, not "refuse collection"; the mover named after a
clause closing the item's discussion ("Following discussion, Director X moved, seconded by ...":
US districts), each motion read once and not a recess after a time ("At 11:04 a.m., ..."); a
notice of motion quoted above the sentence that gives its result, read with it (Irish councils).
(The second fixer's reading of a mover-and-seconder lead over three lines was taken out at the merge:
it added a false decision on an unread set.)"""

from __future__ import annotations

from conftest import WRITTEN_DEV15, WRITTEN_DEV16, WRITTEN_HELDOUT2, WRITTEN_HELDOUT3, written_doc

from boardpapers.extract.decision_grammar import resolution_outcome
from boardpapers.extract.decisions import extract_decisions


def test_motion_put_and_declared_lost() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV16, "a-wirrabilla-shire-ocm-2025-08-26"))
    bypass = [d for d in got if d.item_number == "12.1"]
    assert [(d.outcome, d.text) for d in bypass] == [
        (
            "lost",
            "That the Mayor write to the NSW Minister for Roads seeking funding for a heavy vehicle "
            "bypass of the Wirrabilla town centre.",
        )
    ]


def test_council_refuse_is_a_refusal() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV16, "b-coorabin-shire-ordinary-2025-06-24"))
    refusal = next(d for d in got if d.text.startswith("That Council refuse Development Application"))
    assert refusal.outcome == "rejected"


def test_refuse_as_a_noun_is_no_refusal() -> None:
    assert resolution_outcome("That the application be refused.") == "rejected"
    assert (
        resolution_outcome(
            "That the contract for the supply of refuse collection vehicles be awarded to the preferred bidder."
        )
        == "approved"
    )
    assert resolution_outcome("That Council Refuse Collection charges be adopted.") == "adopted"


def test_mover_after_a_discussion_clause_read_once() -> None:
    got = extract_decisions(written_doc(WRITTEN_DEV15, "f-sierra-alta-wd-board-2025-03-11"))
    texts = [d.text for d in got]
    adopt = [t for t in texts if "to adopt Resolution No. 2025-05" in t]
    assert len(adopt) == 1
    assert adopt[0].startswith("Director Okonkwo moved, seconded by Director Whitcomb-Tate, to adopt")


def test_recess_after_a_time_clause_not_read() -> None:
    got = extract_decisions(written_doc(WRITTEN_HELDOUT2, "cedar-bluff-county-bocc-minutes-2025-03-11"))
    assert not [d for d in got if "recess into executive session" in d.text]


def test_quoted_notice_of_motion_read_with_its_result() -> None:
    """Kilbrannagh's second notice of motion: the quotation, the Roads Section's reply, the mover's
    sentence and "Following the reply, the motion was agreed." The record holds the quotation."""
    got = extract_decisions(written_doc(WRITTEN_HELDOUT3, "kilbrannagh-county-council-monthly-2025-09-08"))
    texts = [d.text for d in got if d.item_number == "MM/255/2025"]
    assert (
        "“That Kilbrannagh County Council carries out a speed survey on the R-712 at Ballycurran National "
        "School and installs a school warden crossing before the end of the school year.” the motion was agreed."
    ) in texts
