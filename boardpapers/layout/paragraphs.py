"""Paragraphs: consecutive lines of one block of text.

A paragraph starts at a numbered line ("6.4 ..."), a heading, a bullet, or
after a vertical gap wider than the usual line pitch; it goes on over a page
break (furniture is already gone) when the next page starts mid-sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lines import Line

# A gap between lines wider than this many line heights starts a new paragraph
# (Word's "space after" of 6-10 pt on 10-12 pt text gives 1.5-1.9).
PARA_GAP_HEIGHTS = 1.45
_BULLET = re.compile(r"^[\uf0b7\uf0a7•▪◦➢➤o\-–]\s")


@dataclass
class Paragraph:
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        out = ""
        for ln in self.lines:
            t = ln.text
            if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and t[:1].islower():
                out = out[:-1] + t  # "organ-\nisation"
            else:
                out = f"{out} {t}" if out else t
        return out

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def number(self) -> str | None:
        return self.lines[0].number

    @property
    def depth(self) -> int:
        return self.lines[0].depth

    @property
    def heading(self) -> bool:
        return all(ln.heading for ln in self.lines)

    @property
    def bold(self) -> bool:
        return all(ln.bold for ln in self.lines)


def _starts_new(prev: Line, line: Line) -> bool:
    if line.numbered or line.heading or prev.heading or _BULLET.match(line.text):
        return True
    if line.page != prev.page:
        return prev.text.endswith((".", ":", "?", "!")) and not line.text[:1].islower()
    if line.has_box and prev.has_box:
        height = max(min(prev.height, line.height), 1.0)
        if line.top - prev.bottom > (PARA_GAP_HEIGHTS - 1) * height + 2:
            return True
        if line.x0 < prev.x0 - 12 and prev.text.endswith((".", ":")):
            return True  # back to the margin after an indented block
    return False


def paragraphs(lines: Iterable[Line]) -> list[Paragraph]:
    out: list[Paragraph] = []
    prev: Line | None = None
    for line in lines:
        if prev is None or _starts_new(prev, line):
            out.append(Paragraph([line]))
        else:
            out[-1].lines.append(line)
        prev = line
    return out
