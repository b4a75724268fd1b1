"""A Document of given pages, each a page text and its tables' rows: the input the table and panel
readers take, built in a test without a PDF."""

from __future__ import annotations

from boardpapers.model import Document, Page, Table

Rows = list[list[str | None]]


def table_document(pages: list[tuple[str, list[Rows]]]) -> Document:
    """pages: (page text, [rows of each table on the page]), numbered from 1."""
    return Document(
        path="x.pdf",
        sha256="0" * 64,
        size=0,
        page_count=len(pages),
        pages=[
            Page(number=n, text=text, tables=[Table(rows=rows) for rows in tables])
            for n, (text, tables) in enumerate(pages, start=1)
        ],
    )
