"""interest_sections._MEMBER_LINE_SCAN over "\\n" + text counts as _MEMBER_LINE over the text (a
speed change of labelled_member_sections' gate)."""

from boardpapers.extract import interest_sections as sec

TEXTS = [
    "Cllr Ann Smith\nCllr Bob Jones\n\n  Cllr Cy Brown\nMr. D",
    "Name: Councillor Jean-Luc Tremblay\n3. Dr. Fatuma Hassan Abdi\n2.3 Prof. X",
    "\n\nMr A\n \n\tMrs B\fDr C\nnot Mr D",
    "Mayor Z\nDeputy Mayor Y\nthe Mayor X",
    "",
]


def test_member_line_scan_counts_as_member_line():
    assert sec._MEMBER_LINE.pattern.startswith("^")
    for text in TEXTS:
        assert len(sec._MEMBER_LINE_SCAN.findall("\n" + text)) == len(sec._MEMBER_LINE.findall(text)), text
    assert sum(len(sec._MEMBER_LINE.findall(t)) for t in TEXTS) >= 10
