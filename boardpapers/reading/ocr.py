"""OCR fallback for pages without a text layer, using the Tesseract binary.

`ocr_document(doc)` re-opens doc.path with pypdfium2, renders each page that
has `needs_ocr` (grayscale, BOARDPAPERS_OCR_DPI) and pipes it to `tesseract stdin stdout
tsv`; the TSV gives words with boxes and confidences. Each OCRed page gets
text (one line per Tesseract line), spans (word runs, in PDF points),
ocr=True, ocr_confidence (mean word confidence, 0-100) and needs_ocr=False;
has_text_layer stays False.

Without `tesseract` on PATH the pages keep needs_ocr=True and the document
gets a warning; callers (the CLI) check `tesseract_available()` and print
OCR_INSTALL_HINT once.

Speed: about 0.5-1.5 s per page at 300 dpi on one core (render is ~5% of
that). Tesseract is run single-threaded (OMP_THREAD_LIMIT=1): parallelism
comes from the ingest workers, and OpenMP threads only contend with them.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
from collections.abc import Callable

from ..model import Document, Page, Span
from .errors import OCR_HINT, IngestError, one_line
from .ocr_fixes import fix_words

OCR_INSTALL_HINT = OCR_HINT
DEFAULT_OCR_DPI = 300  # Tesseract's documented sweet spot for body text
OCR_LANG = os.environ.get("BOARDPAPERS_OCR_LANG", "eng")
# Tesseract's page segmentation mode: 4, "a single column of text of variable sizes". Board
# papers are one column; under the default (3, fully automatic) Tesseract may take a column of
# item numbers ("1.", "2.", ... beside the titles) for a block of its own and drop or misread it.
# Measured on every OCR'd page we have (Horsley agenda and minutes, five Souldern 2018 pages drawn
# as outlines, 17 pages of scanned accounts): identical text on all but 5 pages; one agenda gains
# 9 of its 12 item numbers (1 -> 10 numbered lines), no page loses one; accounts tables read a
# few more figures, with misreads on both sides. 6 ("a single uniform block") reads table rules
# as text and logos as junk.
OCR_PSM = "4"


def ocr_dpi() -> int:
    """BOARDPAPERS_OCR_DPI, read when OCR runs (not at import, so a bad value
    fails only the files that need OCR, with a reason that names the setting)."""
    raw = os.environ.get("BOARDPAPERS_OCR_DPI", "").strip()
    if not raw:
        return DEFAULT_OCR_DPI
    try:
        dpi = int(raw)
    except ValueError:
        dpi = 0
    if not 72 <= dpi <= 1200:
        raise IngestError(
            f"BOARDPAPERS_OCR_DPI must be a whole number of dots per inch from 72 to 1200 "
            f"(default {DEFAULT_OCR_DPI}), not {raw!r}",
            "config",
        )
    return dpi


PAGE_TIMEOUT_S = 120.0
# Render at most this many pixels per page (A4 at 300 dpi is 8.7 M): large
# sheets (A0 plans, posters) get a lower dpi instead of a 150 MB bitmap.
MAX_PIXELS = 40_000_000

# Called with the number of pages about to be OCRed (the worker pool uses it
# to extend the document's time budget).
_progress_hook: Callable[[int], None] | None = None


def set_progress_hook(hook: Callable[[int], None] | None) -> None:
    global _progress_hook
    _progress_hook = hook


@functools.lru_cache(maxsize=1)
def tesseract_path() -> str | None:
    return shutil.which(os.environ.get("BOARDPAPERS_TESSERACT", "tesseract"))


def tesseract_available() -> bool:
    return tesseract_path() is not None


class OcrError(RuntimeError):
    pass


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env


def _run_tesseract(image_bytes: bytes, dpi: int, lang: str) -> str:
    exe = tesseract_path()
    if exe is None:
        raise OcrError("tesseract not found")
    proc = subprocess.run(
        [exe, "stdin", "stdout", "--dpi", str(dpi), "-l", lang, "--psm", OCR_PSM, "tsv"],
        input=image_bytes,
        capture_output=True,
        env=_env(),
        timeout=PAGE_TIMEOUT_S,
    )
    if proc.returncode != 0:
        raise OcrError(one_line(proc.stderr.decode("utf-8", "replace") or f"exit status {proc.returncode}"))
    return proc.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str, scale: float) -> tuple[str, list[Span], float | None]:
    """Tesseract TSV -> (text, spans, mean word confidence). `scale` converts
    pixels to PDF points (72 / dpi). Well-known OCR artefacts are corrected word by
    word (ocr_fixes), so text and spans agree and keep their boxes."""
    lines: dict[tuple[int, int, int, int], list[tuple[str, float, float, float, float, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if not word:
            continue
        try:
            key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
            left, top, width, height = (float(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        lines.setdefault(key, []).append((word, left, top, left + width, top + height, conf))
    spans: list[Span] = []
    confs: list[float] = []
    kept: list[list[_Word]] = []
    for key in sorted(lines):
        words = lines[key]
        fixed = fix_words([w[0] for w in words])
        words = [(t, *w[1:]) for t, w in zip(fixed, words, strict=True) if t]
        if not words:
            continue
        kept.append(words)
        confs.extend(w[5] for w in words if w[5] >= 0)
        # Split a line into runs at wide gaps (table columns), like PDFium's rects.
        line_h = max(w[4] - w[2] for w in words) or 1.0
        run = [words[0]]
        for w in words[1:]:
            if w[1] - run[-1][3] > 1.5 * line_h:
                spans.append(_span(run, scale))
                run = []
            run.append(w)
        spans.append(_span(run, scale))
    spans.sort(key=lambda s: (round(s.top), s.x0))
    conf = round(sum(confs) / len(confs), 1) if confs else None
    text_lines = [
        " ".join(w[0] for w in sorted((w for ln in row for w in ln), key=lambda w: w[1]))
        for row in _rows(kept)
    ]
    return "\n".join(text_lines), spans, conf


_Word = tuple[str, float, float, float, float, float]  # text, left, top, right, bottom, confidence
# Two lines are on one row when their vertical centres are within this share of the
# smaller line's height (lines of a row share a baseline; successive lines are a
# full height or more apart).
ROW_CENTRE_SHARE = 0.5


def _rows(lines: list[list[_Word]]) -> list[list[list[_Word]]]:
    """Tesseract's lines put back into rows of the page, top to bottom: its layout analysis
    reads side-by-side blocks one after the other (a column of minute numbers "08.18.06",
    "08.18.07" ... before the titles beside them; a "Present:" column before "Apologies:"),
    where the text layer of a typed page reads each row across, as extractors expect."""
    boxes = sorted(
        ((min(w[2] for w in ln), max(w[4] for w in ln), ln[0][1], ln[-1][3], ln) for ln in lines),
        key=lambda b: b[0],
    )
    rows: list[list[tuple[float, float, float, float, list[_Word]]]] = []
    for box in boxes:
        top, bottom, left, right, _ = box
        mid, height = (top + bottom) / 2, bottom - top
        for row in reversed(rows[-4:]):
            r_top, r_bottom = row[0][0], row[0][1]
            close = abs(mid - (r_top + r_bottom) / 2) <= ROW_CENTRE_SHARE * min(height, r_bottom - r_top)
            if close and all(right <= b[2] or left >= b[3] for b in row):
                row.append(box)
                break
        else:
            rows.append([box])
    return [[b[4] for b in row] for row in rows]


def _span(words: list[tuple[str, float, float, float, float, float]], scale: float) -> Span:
    return Span(
        " ".join(w[0] for w in words),
        min(w[1] for w in words) * scale,
        min(w[2] for w in words) * scale,
        max(w[3] for w in words) * scale,
        max(w[4] for w in words) * scale,
    )


def ocr_page_image(
    image, dpi: int = DEFAULT_OCR_DPI, lang: str = OCR_LANG
) -> tuple[str, list[Span], float | None]:
    """OCR a PIL image rendered at `dpi`."""
    if image.mode != "L":
        image = image.convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PPM")  # uncompressed: cheapest to write and for Tesseract to read
    return parse_tsv(_run_tesseract(buf.getvalue(), dpi, lang), 72.0 / dpi)


def _page_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels <= MAX_PIXELS:
        return dpi
    return max(72, int(dpi * (MAX_PIXELS / pixels) ** 0.5))


def ocr_document(
    doc: Document,
    *,
    pages: list[int] | None = None,
    dpi: int | None = None,
    lang: str = OCR_LANG,
) -> int:
    """OCR the pages of `doc` that need it (or just the 1-based `pages`), in
    place. Returns the number of pages OCRed."""
    todo: list[Page] = [p for p in doc.pages if p.needs_ocr and (pages is None or p.number in pages)]
    if not todo:
        return 0
    if not tesseract_available():
        doc.warnings.append(
            f"{len(todo)} page(s) without a text layer were not OCRed: tesseract is not installed "
            f"({OCR_INSTALL_HINT})"
        )
        return 0
    dpi = dpi or ocr_dpi()
    if _progress_hook is not None:
        _progress_hook(len(todo))
    import pypdfium2 as pdfium

    done = 0
    failed: list[str] = []
    pdf = pdfium.PdfDocument(doc.path)
    try:
        for page in todo:
            try:
                pdf_page = pdf[page.number - 1]
                try:
                    width, height = pdf_page.get_size()
                    page_dpi = _page_dpi(width, height, dpi)
                    image = pdf_page.render(scale=page_dpi / 72, grayscale=True).to_pil()
                finally:
                    pdf_page.close()
                text, spans, conf = ocr_page_image(image, page_dpi, lang)
                del image
            except (OcrError, subprocess.TimeoutExpired, pdfium.PdfiumError, OSError) as exc:
                failed.append(f"p{page.number}: {one_line(exc, 80)}")
                continue
            page.text = text
            page.spans = spans
            page.ocr = True
            page.ocr_confidence = conf
            page.needs_ocr = False
            done += 1
    finally:
        pdf.close()
    if done:
        confs = [p.ocr_confidence for p in todo if p.ocr and p.ocr_confidence is not None]
        mean = f", mean confidence {sum(confs) / len(confs):.0f}" if confs else ""
        doc.warnings.append(f"{done} page(s) OCRed with tesseract{mean}")
    if failed:
        doc.warnings.append(f"OCR failed on {len(failed)} page(s): " + "; ".join(failed[:3]))
    return done
