"""Meeting identity: one meeting per body and date, whichever documents it
appears in (an agenda frontsheet, the printed minutes, minutes reprinted in
the next pack as "Minutes of Previous Meeting", a pack holding both).

Run by the store after each document is written (in the same transaction),
not by the extractors: extraction reads one PDF and cannot know what else the
store holds.

* Every meeting record with a date gets `meeting_id`, a row of
  `meeting_identities` keyed by (body key, date). Body names are matched within
  a store on the same date only, after light normalising (`body_key`): case,
  punctuation, "&" = "and", a leading "the", and the order of a joint meeting's
  bodies ("City ICB and Hackney ICB" = "Hackney ICB and City ICB"); a name that
  ends with another ("Kent County Council Cabinet" / "Cabinet") is the same
  body unless the shorter is a bare generic word ("Board", "Committee").
* Decisions, attendance and actions take the meeting of their own document
  with their `meeting_date`; agenda items the document's own meeting.
* Within one meeting, records that say the same thing are one record with
  several appearances: the first by (document sha256, position) is canonical
  (`same_as` null), so the store is the same whatever order files were
  ingested in; the others point at it (`same_as` = its id) and keep their own
  document and page; a document never holds two appearances of one record. Decisions
  match on who decided and their words (then on rapidfuzz similarity, for a
  reprint whose lines broke differently), attendance on the person and
  status, agenda items on number and title, actions on ref and text.
* Papers: a document whose every page with real text is also in another
  document (a report published alone and inside the pack, minutes printed and
  reprinted as "Minutes of Previous Meeting") is one paper with two
  appearances: a row of `paper_appearances` (paper, the document it is in,
  pages), matched on a hash of each page's words.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

from ..text import strip_honorifics, word_key

# Record tables tied to one meeting, with the columns that say "the same record".
MEETING_RECORDS: dict[str, tuple[str, ...]] = {
    "decisions": ("decided_by", "text"),  # a joint meeting's boards each decide the same words
    "attendance": ("name", "status"),
    "agenda_items": ("number", "title"),
    "actions": ("ref", "text"),
}
# A reprint of a decision whose words differ only by extraction noise (a
# hyphen at a line break, a page footer caught mid-text): token-sort ratio on
# the word keys. 95 joined every reprinted Kent Cabinet decision checked by
# hand and no two different decisions of one meeting.
SAME_DECISION_RATIO = 95.0
# Too general to identify a body on their own ("Board" must not swallow "Trust Board").
GENERIC_BODIES = {"board", "committee", "meeting", "panel", "group", "sub committee", "council", "forum"}


# Pages with fewer letters and digits than this (blank pages, a one-line
# heading, "This page is intentionally left blank") match too many documents
# to say two papers are the same.
MIN_PAGE_CHARS = 200


_NON_WORD = re.compile(r"\W+")
# The ASCII characters \W matches, deleted by bytes.translate before the regex runs: the same
# key (UTF-8 continuation bytes are never ASCII, so no character is cut) at a third of the cost,
# as most of what \W removes from a page is ASCII spaces and punctuation.
_ASCII_NON_WORD = bytes(b for b in range(128) if not (chr(b).isalnum() or b == ord("_")))


def page_text_hash(text: str | None) -> str | None:
    """A page's words, ignoring case, spacing and punctuation; None for short pages."""
    data = (text or "").lower().encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD)
    if data.isascii():
        key, chars = data, len(data)
    else:
        word = _NON_WORD.sub("", data.decode("utf-8", "surrogatepass"))
        key, chars = word.encode("utf-8", "surrogatepass"), len(word)
    return hashlib.sha1(key).hexdigest() if chars >= MIN_PAGE_CHARS else None


def body_key(body: str | None) -> str:
    s = word_key((body or "").replace("&", " and "))
    s = re.sub(r"^(?:the|minutes of the|minutes of|meeting of the|meeting of)\s+", "", s)
    parts = sorted(p.strip() for p in re.split(r"\s+and\s+", s) if p.strip())
    # "Health and Wellbeing Board" splits into parts too; sorting is still the
    # same for both spellings of one name, which is all a key needs.
    return " and ".join(parts)


def _same_body(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short not in GENERIC_BODIES and long_.endswith(" " + short)


def _record_key(table: str, row: dict) -> str:
    if table == "attendance":
        return f"{word_key(strip_honorifics(row['name'] or ''))}|{row['status'] or ''}"
    return "|".join(word_key(row[c]) for c in MEETING_RECORDS[table])


class Identity:
    """Links one store's records to meetings; `conn` is the store's database
    (sqlite-utils' Database or PostgreSQL's PgDatabase: `execute` with `?`
    placeholders; the caller owns the transaction)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def _rows(self, sql: str, args: Iterable = ()) -> list[dict]:
        cur = self.conn.execute(sql, list(args))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    # ---- meeting ids ---------------------------------------------------------------
    def meeting_for(self, body: str | None, date: str | None) -> int | None:
        """The meeting of this body on this date, made if the store has none."""
        if not date:
            return None
        key = body_key(body)
        same_day = self._rows("select id, body_key from meeting_identities where date = ?", [date[:10]])
        exact = [m["id"] for m in same_day if m["body_key"] == key]
        if exact:
            return exact[0]
        near = [m for m in same_day if _same_body(m["body_key"], key)]
        if near:
            best = max(near, key=lambda m: len(m["body_key"]))
            if len(key) > len(best["body_key"]):  # keep the fuller name as the key
                self.conn.execute(
                    "update meeting_identities set body_key = ? where id = ?", [key, best["id"]]
                )
            return best["id"]
        return self.conn.execute(
            "insert into meeting_identities (body_key, date, body) values (?, ?, ?) returning id",
            [key, date[:10], body],
        ).fetchone()[0]

    def link_papers(self, sha256: str) -> None:
        """paper_appearances for this document, as a paper in others and as
        the document other papers are in; rows of removed documents go."""
        self.conn.execute(
            "delete from paper_appearances where paper_sha256 not in (select sha256 from documents) "
            "or in_sha256 not in (select sha256 from documents)"
        )
        mine = {
            h: n
            for n, h in self.conn.execute(
                "select number, text_hash from pages where sha256 = ? and text_hash is not null order by number desc",
                [sha256],
            )
        }
        if not mine:
            return
        marks = ",".join("?" * len(mine))
        found: dict[str, dict[str, int]] = {}
        for other, number, h in self.conn.execute(
            f"select sha256, number, text_hash from pages where text_hash in ({marks}) and sha256 != ?",
            [*mine, sha256],
        ):
            found.setdefault(other, {})[h] = number
        for other, pages in found.items():
            theirs = dict(
                self.conn.execute(
                    "select text_hash, number from pages where sha256 = ? and text_hash is not null", [other]
                ).fetchall()
            )
            if set(theirs) == set(mine):  # the same text: the shorter document is the paper
                paper, pack = sorted((sha256, other), key=lambda s: (self._page_count(s), s))
                self._paper_in(paper, pack, (theirs if pack == other else mine).values())
            elif len(pages) == len(mine):  # every page of this document is in the other
                self._paper_in(sha256, other, pages.values())
            elif theirs and set(theirs) <= set(mine):
                self._paper_in(other, sha256, [mine[h] for h in theirs])

    def _page_count(self, sha256: str) -> int:
        row = self.conn.execute("select page_count from documents where sha256 = ?", [sha256]).fetchone()
        return row[0] if row and row[0] is not None else 0

    def _paper_in(self, paper: str, in_doc: str, pages: Iterable[int]) -> None:
        """Only a paper most of whose pages carry text: a pack with one real page
        and many near-blank ones is not "the same paper" as that page."""
        if 2 * self._hashed_pages(paper) < self._page_count(paper):
            return
        pages = list(pages)
        self.conn.execute(
            "insert into paper_appearances (paper_sha256, in_sha256, first_page, last_page) "
            "values (?, ?, ?, ?) on conflict (paper_sha256, in_sha256) do update set "
            "first_page = excluded.first_page, last_page = excluded.last_page",
            [paper, in_doc, min(pages), max(pages)],
        )

    def _hashed_pages(self, sha256: str) -> int:
        return self.conn.execute(
            "select count(*) from pages where sha256 = ? and text_hash is not null", [sha256]
        ).fetchone()[0]

    def meetings_of(self, sha256: str) -> set[int]:
        """The meetings a document's records belong to (asked before it is removed)."""
        out: set[int] = set()
        for table in ("meetings", *MEETING_RECORDS):
            out |= {
                m
                for (m,) in self.conn.execute(
                    f"select distinct meeting_id from [{table}] where sha256 = ? and meeting_id is not null",
                    [sha256],
                )
            }
        return out

    def link_document(self, sha256: str, released: set[int] | None = None) -> set[int]:
        """Give the document's records their meeting ids, then regroup every
        meeting it touched, and the `released` ones that lost records when a
        document was removed (None: look for them in the whole store);
        returns the meetings regrouped. Cost: the rows of those meetings."""
        self.link_papers(sha256)
        lost = self._orphaned() if released is None else set(released)
        doc = self._rows("select body, meeting_date from documents where sha256 = ?", [sha256])
        if not doc:
            return self.regroup(lost)
        doc_body = doc[0]["body"]
        touched: set[int] = set()
        by_date: dict[str, int] = {}
        own: int | None = None
        for m in self._rows(
            "select id, body, date, kind from meetings where sha256 = ? order by ordinal", [sha256]
        ):
            mid = self.meeting_for(m["body"] or doc_body, m["date"])
            self.conn.execute("update meetings set meeting_id = ? where id = ?", [mid, m["id"]])
            if mid is None:
                continue
            touched.add(mid)
            by_date.setdefault(m["date"][:10], mid)
            if own is None and m["kind"] != "minutes":
                own = mid
        if own is None and doc[0]["meeting_date"]:
            own = by_date.get(doc[0]["meeting_date"][:10])

        def meeting_of_date(date: str | None, body: str | None) -> int | None:
            if date and date[:10] in by_date:
                return by_date[date[:10]]
            if date:
                return self.meeting_for(body or doc_body, date)
            return own

        for table in ("decisions", "attendance"):
            body_col = "decided_by" if table == "decisions" else "null"
            for r in self._rows(
                f"select id, meeting_date, {body_col} as body from [{table}] where sha256 = ?", [sha256]
            ):
                mid = meeting_of_date(r["meeting_date"], r["body"])
                self.conn.execute(f"update [{table}] set meeting_id = ? where id = ?", [mid, r["id"]])
                if mid is not None:
                    touched.add(mid)
        for table in ("agenda_items", "actions"):
            self.conn.execute(f"update [{table}] set meeting_id = ? where sha256 = ?", [own, sha256])
        if own is not None:
            touched.add(own)
        return self.regroup(touched | lost)

    def _orphaned(self) -> set[int]:
        """Meetings with a record whose canonical copy is gone (its document was
        replaced or removed)."""
        out: set[int] = set()
        for table in MEETING_RECORDS:
            for (mid,) in self.conn.execute(
                f"select distinct a.meeting_id from [{table}] a left join [{table}] b on b.id = a.same_as "
                "where a.same_as is not null and b.id is null"
            ):
                if mid is not None:
                    out.add(mid)
        return out

    # ---- one record, several appearances ------------------------------------------
    def regroup(self, meeting_ids: Iterable[int]) -> set[int]:
        done = set(meeting_ids)
        for mid in done:
            for table in MEETING_RECORDS:
                self._regroup_table(table, mid)
            self._name_meeting(mid)
        self.prune(done)
        return done

    def _regroup_table(self, table: str, mid: int) -> None:
        """A record is another appearance of a canonical record from a different
        document only: one document never lists the same record twice (two
        items of one meeting can both be "The update was noted.")."""
        cols = ", ".join(f"[{c}]" for c in MEETING_RECORDS[table])
        rows = self._rows(
            f"select id, sha256, same_as, {cols} from [{table}] where meeting_id = ? order by sha256, ordinal",
            [mid],
        )
        groups: list[tuple[str, int, set[str]]] = []  # (key, canonical id, documents it appears in)
        for r in rows:
            key = _record_key(table, r)
            free = [g for g in groups if r["sha256"] not in g[2]]
            match = next((g for g in free if g[0] == key), None)
            if match is None and table == "decisions" and key:
                by = key.split("|", 1)[0]
                match = next(
                    (
                        g
                        for g in free
                        if g[0].split("|", 1)[0] == by
                        and fuzz.token_sort_ratio(g[0], key) >= SAME_DECISION_RATIO
                    ),
                    None,
                )
            target = None
            if match is None:
                groups.append((key, r["id"], {r["sha256"]}))
            else:
                target = match[1]
                match[2].add(r["sha256"])
            if target != r["same_as"]:
                self.conn.execute(f"update [{table}] set same_as = ? where id = ?", [target, r["id"]])

    def _name_meeting(self, mid: int) -> None:
        """The meeting's body as most of its documents write it (the longest of equals)."""
        names = Counter(
            b for (b,) in self.conn.execute("select body from meetings where meeting_id = ?", [mid]) if b
        )
        if names:
            best = max(names, key=lambda b: (names[b], len(b)))
            self.conn.execute("update meeting_identities set body = ? where id = ?", [best, mid])

    def prune(self, meeting_ids: Iterable[int]) -> None:
        """Of these meetings, those no record points at any more."""
        for mid in meeting_ids:
            if not any(
                self.conn.execute(f"select 1 from [{t}] where meeting_id = ? limit 1", [mid]).fetchone()
                for t in ("meetings", *MEETING_RECORDS)
            ):
                self.conn.execute("delete from meeting_identities where id = ?", [mid])

    def relink_all(self) -> int:
        """Link every stored document (the migration that introduces meetings)."""
        shas = [s for (s,) in self.conn.execute("select sha256 from documents order by ingested_at, sha256")]
        for sha in shas:
            self.link_document(sha, released=set())
        self.regroup(self._orphaned())
        return len(shas)
