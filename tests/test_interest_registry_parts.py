"""Registries in parts and members' tables with class bands.

- A registry whose declarations at meetings are one table and whose members' annual statements
  follow, one section per member under the form's labels, the sections side by side in two
  columns of blocks (Ontario and US school boards): the statements are read besides the table.
- A member's table with a band naming the class of the rows under it ("Section 2 – Non-pecuniary
  interests") and a category cell wrapped after an open word ("2. Contracts with the" / "Trust"):
  port and harbour trusts' registers.
Variants written here (a US county board of education, a Scottish port trust)."""

from pathlib import Path

from conftest import WRITTEN_DEV23

from boardpapers.extract.interests import member_table_registers
from boardpapers.pipeline.process import parse_file

VARIANTS = Path(__file__).parent / "data" / "variants"


def test_meeting_table_and_statements_side_by_side():
    recs = parse_file(str(VARIANTS / "county-school-board-registry-statements-side-by-side.pdf")).records[
        "interests"
    ]
    at_meetings = [r for r in recs if r.declared_on and r.declared_on < "2025-06-01"]
    assert len(at_meetings) == 3
    statements = {(r.person, r.nature) for r in recs if r.declared_on and r.declared_on >= "2025-07-01"}
    assert statements == {
        ("Helen Marsh", "Registered nurse, Harlan Creek Medical Center"),
        ("Helen Marsh", "Secretary, Harlan Creek Rotary Club"),
        ("Carlos Vega", "Estimator, Vega Roofing Co."),
        ("Carlos Vega", "Partner, Vega Family Orchards"),
        ("Ruth Ann Dyer", "Retail manager, Dyer Hardware"),
        ("Ruth Ann Dyer", "Owner, Dyer Hardware"),
        ("Ruth Ann Dyer", "Deacon, First Baptist Church of Harlan Creek"),
        ("James Whitlow", "Pharmacist, Whitlow Drug Store"),
        ("James Whitlow", "Shareholder, Whitlow Drug Store Inc."),
    }
    dates = {r.person: r.declared_on for r in recs if r.declared_on and r.declared_on >= "2025-07-01"}
    assert dates == {
        "Helen Marsh": "2025-07-08",
        "Carlos Vega": "2025-07-15",
        "Ruth Ann Dyer": "2025-07-02",
        "James Whitlow": "2025-07-21",
    }


def test_member_tables_class_bands_and_wrapped_category():
    from boardpapers.pipeline.process import parse_file as parse

    doc = parse(str(VARIANTS / "port-trust-register-class-bands.pdf")).document
    recs = member_table_registers(doc)
    assert not [r for r in recs if r.nature in ("Trust", "Section 2 – Non-pecuniary interests")]
    cats = {(r.person, r.nature): r.category for r in recs}
    assert cats[("Fiona Galbraith", "Commodore")] == "non-pecuniary"
    assert cats[("Morag Lennie", "Trustee")] == "non-pecuniary"


def test_dev23_registry_parts_and_harbour_bands():
    recs = parse_file(str(WRITTEN_DEV23 / "m-uovdsb-interests-2025-09-30.pdf")).records["interests"]
    assert len({r.person for r in recs if r.page == 2}) == 6
    harbour = parse_file(
        str(WRITTEN_DEV23 / "n-medina-estuary-harbour-commissioners-roi-2025-06-30.pdf")
    ).records["interests"]
    assert not [r for r in harbour if r.nature in ("Commissioners", "Part B – Non-pecuniary interests")]


def test_name_after_its_label_is_no_second_column_of_blocks():
    # "Name:   Councillor Euan Fairbairn-Kerr": a label | value block heading each member, the name
    # in the cell after its label, is no member's block standing beside another
    from conftest import WRITTEN_DEV18

    recs = parse_file(str(WRITTEN_DEV18 / "b-nhs-ochil-valley-board-register-2025-04-01.pdf")).records[
        "interests"
    ]
    by_nature = {r.nature: r.person for r in recs}
    assert by_nature["Owner of dwelling house, Alva."] == "Euan Fairbairn-Kerr"
