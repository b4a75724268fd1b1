from boardpapers.model import Document, Page


def test_lower_text_follows_page_text_changes():
    doc = Document("x", "x.pdf", 0, 2, pages=[Page(1, "Register of INTERESTS"), Page(2, "Cllr Ann Lee")])
    assert doc.lower_text() == doc.text.lower()
    assert doc.lower_text() is doc.lower_text()  # computed once
    doc.pages[1].text = "Declarations of Interest"  # a page's text replaced (OCR, a repair)
    assert doc.lower_text() == doc.text.lower()
    doc.pages.append(Page(3, "Gifts"))
    assert doc.lower_text() == doc.text.lower()
