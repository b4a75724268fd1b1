"""URLs between pages and the one piece of HTML we let through from a
document: the <b> marks the index puts around matched words."""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode

from markupsafe import Markup, escape

_MARK = re.compile(r"(</?b>)")
# Private-use code points: symbol-font bullets and ticks that render as boxes.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


# Characters of a record's text the viewer looks for on the page when the
# record has no stored box (enough to be unique on a page, short in a URL).
FIND_CHARS = 80


def view_url(sha256: str, page: int | None, bbox: list[float] | None = None, find: str | None = None) -> str:
    """The PDF viewer at a page, with the record's box to highlight, or else
    the start of its text for the viewer to find and highlight on the page."""
    params: dict[str, str | int] = {"page": max(int(page or 1), 1)}
    if bbox:
        params["box"] = ",".join(f"{v:.1f}" for v in bbox)
    elif find and find.strip():
        params["find"] = " ".join(find.split())[:FIND_CHARS]
    return f"/view/{sha256}?{urlencode(params)}"


def person_url(name: str) -> str:
    return "/person?" + urlencode({"name": name})


def organisation_url(name: str) -> str:
    return "/organisation?" + urlencode({"name": name})


def search_url(params: dict[str, str | None], **changes: str | None) -> str:
    """The search URL with some parameters changed (None drops one); any
    change other than paging starts again from the first result."""
    merged = {**params, **changes}
    if "start" not in changes:
        merged.pop("start", None)
    return "/?" + urlencode({k: v for k, v in merged.items() if v})


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet as HTML: every character of document text escaped,
    only the index's own <b>…</b> match marks kept (shown as <mark>)."""
    out = []
    for part in _MARK.split(snippet or ""):
        if part == "<b>":
            out.append("<mark>")
        elif part == "</b>":
            out.append("</mark>")
        else:
            out.append(str(escape(_PRIVATE_USE.sub("", html.unescape(part)))))
    return Markup("".join(out))
