"""Action tables closing minutes whose header row alone is ruled (a filled band) and whose rows are
parted only by hairlines or whitespace (English combined authorities' and fire authorities'
committees, New Zealand regional councils' action registers): the ruling finder returns the
header as a table of no rows, and the page is read again without rules. A blank ruled grid under
its header (parish minutes' empty "ACTION LIST SUMMARY") is not read again."""

from pathlib import Path

from conftest import PARISH, WRITTEN_HELDOUT8, shared_path

from boardpapers.pipeline.process import parse_file

# a fire authority committee's "ACTIONS ARISING" under a shaded header band, written here
VARIANT = Path(__file__).parent / "data" / "variants" / "fire-authority-header-band-actions.pdf"


def test_rows_under_a_header_band_are_read():
    actions = parse_file(str(VARIANT)).records["actions"]
    assert [(a.ref, a.owner, a.due) for a in actions] == [
        ("RC01", "Gareth Lomax", "2026-02-24"),
        ("RC02", "Nadia Swann", "2026-04-14"),
        ("RC03", "Ruth Calloway", "March 2026"),
    ]
    assert actions[1].text.startswith("Bring the costed condition survey findings")
    assert all(a.assigned_on == "2026-02-03" for a in actions)


def test_action_register_under_a_header_band():
    pdf = WRITTEN_HELDOUT8 / "waitapu-regional-council-2025-06-18.pdf"
    refs = [a.ref for a in parse_file(str(pdf)).records["actions"]]
    assert refs == ["CA25-09", "CA25-12", "CA25-13", "CA25-14", "CA25-15", "CA25-16"]


def test_blank_ruled_grid_is_not_read_again():
    pdf = shared_path(*PARISH, "minutes_2018-04-19 SPC minutes.pdf")
    assert not [a for a in parse_file(str(pdf)).records["actions"] if "Clerk" in a.text]
