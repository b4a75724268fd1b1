"""Attendance rows whose post stands beside the name: the joins added for posts printed UNDER a
name (Pacific and Malaysian boards, Indian syndicates) must leave these alone.

Expected values read from the PDFs (rows as printed):
  - heldout7 holmewick: "Cllr S Venn | Appointed Member – South Fenland District Council";
  - heldout2 harbury-vale: "Mr Desmond Okafor | Public – Harbury North | Lead Governor";
  - dev16 mt-kulal: "5. Mr. Peter Otieno Odhiambo | Alternate to the Principal Secretary, State
    Department for" with "Water and Sanitation" wrapped under the post;
  - dev17 lembaga: "YBhg. Datuk Jeffrey Ong Boon Hock" with "Ahli Lembaga / Board Member" under it.
"""

from __future__ import annotations

from conftest import WRITTEN_DEV16, WRITTEN_DEV17, WRITTEN_HELDOUT2, WRITTEN_HELDOUT7, written_doc

from boardpapers.extract.attendance import extract_attendance


def _people(folder, stem: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.role, a.organisation) for a in extract_attendance(written_doc(folder, stem))}


def test_a_post_beside_a_titled_name_is_not_part_of_the_name():
    people = _people(WRITTEN_HELDOUT7, "holmewick-idb-2025-02-12")
    assert people["S Venn"] == ("Appointed Member", "South Fenland District Council")
    assert not any(n.endswith("Appointed Member") for n in people)


def test_a_constituency_beside_a_titled_name_is_not_part_of_the_name():
    people = _people(WRITTEN_HELDOUT2, "harbury-vale-nhsft-council-of-governors-2024-09")
    assert "Desmond Okafor" in people and "Terence Hallam" in people
    assert not any(n.endswith(" Public") for n in people)


def test_a_wrapped_post_beside_a_numbered_name_joins_without_a_dash():
    people = _people(WRITTEN_DEV16, "c-mt-kulal-water-services-board-2025-02-27")
    role, org = people["Peter Otieno Odhiambo"]
    assert " – " not in f"{role} {org}"
    assert "Water and Sanitation" in f"{role} {org}"


def test_a_post_under_a_numbered_titled_name_of_four_words_is_its_post():
    people = _people(WRITTEN_DEV17, "f-lembaga-kemajuan-wilayah-kinta-board-2025-07-08")
    assert people["Jeffrey Ong Boon Hock"][0] == "Ahli Lembaga / Board Member"
