"""interest_member_bands._header_text_line answers as _HEADER_TEXT_LINE.search (a speed gate)."""

from boardpapers.extract import interest_member_bands as bands

TEXTS = [
    "Register of interests\nEntity  Nature of interest  Date of entry\nAcme Ltd  Director  2020",
    "Organisation  Position  Date\n",
    "x\nENTITY  Nature of interest  Date\n",
    "Entity\nnature\n  of x date",
    "the nature\nof the company date is",
    "COMPANY  ROLE",
    "The company has a role in a long sentence that runs on well past the few words of any header line",
    "organiſation date",
    "İ\nBody  Office",
    "Body\n\nType",
    "",
]


def test_header_text_line_as_the_search():
    for text in TEXTS:
        assert bands._header_text_line(text, text.lower()) == bool(bands._HEADER_TEXT_LINE.search(text)), text
    assert sum(bands._header_text_line(t, t.lower()) for t in TEXTS) >= 4
