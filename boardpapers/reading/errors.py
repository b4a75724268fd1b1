"""One-line reasons for files that cannot be ingested.

Every failure is an IngestError(reason, kind): `reason` is one line a person can
act on, `kind` a short machine-readable tag stored with the file's record:

    unreadable, empty, not_pdf, truncated, corrupt, encrypted, too_large,
    needs_ocr, timeout, out_of_memory, crashed, config (a bad setting), error
    (an internal error: the worker keeps its traceback for the ledger)
"""

from __future__ import annotations

import os

from ..text import squash_spaces

OCR_HINT = "apt-get install tesseract-ocr tesseract-ocr-eng"

# PDFium's FPDF_GetLastError codes (pypdfium2 puts them on PdfiumError.err_code).
_ERR_FILE, _ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY, _ERR_PAGE = 2, 3, 4, 5, 6

# Magic numbers of files commonly saved with a .pdf name by mistake.
_NOT_PDF_SIGNATURES: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel .docx/.xlsx file)"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office document (.doc/.xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip file"),
]


class IngestError(Exception):
    """A file-level failure with a short, user-facing reason."""

    def __init__(self, reason: str, kind: str = "error") -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind

    def __reduce__(self):  # picklable across worker processes
        return (IngestError, (self.reason, self.kind))


def one_line(text: str, limit: int = 240) -> str:
    text = squash_spaces(str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_non_pdf(head: bytes) -> str:
    for magic, what in _NOT_PDF_SIGNATURES:
        if head.startswith(magic):
            return what
    sniff = head.lstrip()[:512].lower()
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff:
        return "an HTML page (often a login or error page saved instead of the PDF)"
    if sniff.startswith(b"<?xml"):
        return "an XML file"
    if sniff and all(32 <= b < 127 or b in (9, 10, 13) for b in sniff):
        return "a plain-text file"
    return "an unknown binary file"


def precheck(path: str, max_bytes: int | None = None) -> int:
    """Cheap checks before PDFium sees the file; returns the size."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}", "unreadable") from exc
    if size == 0:
        raise IngestError("empty file (zero bytes)", "empty")
    if max_bytes is not None and size > max_bytes:
        raise IngestError(
            f"too large: {size / 1e6:.0f} MB exceeds the {max_bytes / 1e6:.0f} MB limit", "too_large"
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}", "unreadable") from exc
    if b"%PDF-" not in head:
        shown = head[:16].decode("latin-1").encode("unicode_escape").decode()
        raise IngestError(
            f"not a PDF: no %PDF header, looks like {_describe_non_pdf(head)} (starts {shown!r})", "not_pdf"
        )
    return size


def has_eof_marker(path: str) -> bool:
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        end = fh.tell()
        fh.seek(max(0, end - 2048))
        return b"%%EOF" in fh.read()


def classify_pdfium_error(path: str, exc: Exception) -> IngestError:
    """Turn a PDFium load failure into a reason a person can act on.

    PDFium opens files protected only by an owner (permissions) password
    without asking, so a password error always means a user (open) password."""
    msg = str(exc)
    low = msg.lower()
    code = getattr(exc, "err_code", None)
    if code == _ERR_PASSWORD or "password" in low:
        return IngestError(
            "encrypted: a user (open) password is required, and it would help: decrypt a copy "
            "(`qpdf --password=PW --decrypt in.pdf out.pdf`) and ingest that",
            "encrypted",
        )
    if code == _ERR_SECURITY or "security" in low:
        return IngestError(
            "encrypted with a security handler PDFium does not support (e.g. certificate or DRM); "
            "a password would not help here — get an unprotected copy",
            "encrypted",
        )
    if code == _ERR_FILE:
        return IngestError("cannot read file: PDFium could not open it", "unreadable")
    try:
        truncated = not has_eof_marker(path)
    except OSError:
        truncated = False
    if truncated:
        return IngestError(
            "truncated: the file ends before the PDF's %%EOF marker (incomplete download or copy?)",
            "truncated",
        )
    if code in (_ERR_FORMAT, _ERR_PAGE) or "format" in low or "corrupt" in low:
        return IngestError(
            "corrupt: PDFium cannot read its cross-reference table or trailer, even after repair", "corrupt"
        )
    return IngestError(f"unreadable PDF: {one_line(msg)}", "corrupt")


def describe_exception(exc: BaseException) -> IngestError:
    """Map any exception raised while parsing one file to an IngestError."""
    if isinstance(exc, IngestError):
        return exc
    if isinstance(exc, MemoryError):
        return IngestError(
            "out of memory: an allocation beyond the worker's memory cap failed", "out_of_memory"
        )
    if isinstance(exc, RecursionError):
        return IngestError("corrupt: object structure nested too deeply to parse", "corrupt")
    if type(exc).__name__ == "PdfiumError":
        return IngestError(f"corrupt: PDFium failed while reading pages ({one_line(exc, 120)})", "corrupt")
    return IngestError(f"internal error: {type(exc).__name__}: {one_line(exc, 160)}", "error")
