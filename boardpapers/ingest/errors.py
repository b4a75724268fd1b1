"""One-line reasons for files that cannot be ingested."""

from __future__ import annotations

import os


class IngestError(Exception):
    """A file-level failure with a short, user-facing reason."""

    def __init__(self, reason: str, kind: str = "error") -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind


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
    with open(path, "rb") as fh:
        head = fh.read(1024)
        if b"%PDF-" not in head:
            shown = head[:16].decode("latin-1").encode("unicode_escape").decode()
            raise IngestError(f"not a PDF (no %PDF header; starts with {shown!r})", "not_pdf")
    return size


def has_eof_marker(path: str) -> bool:
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        end = fh.tell()
        fh.seek(max(0, end - 2048))
        return b"%%EOF" in fh.read()


def classify_pdfium_error(path: str, exc: Exception) -> IngestError:
    """Turn a PDFium load failure into a reason a person can act on."""
    msg = str(exc)
    if "password" in msg.lower():
        return IngestError(
            "encrypted: a user password is needed to open it (re-run with the password "
            "removed, e.g. `qpdf --decrypt`, if you have it)",
            "encrypted",
        )
    if "security" in msg.lower() or "unsupported security" in msg.lower():
        return IngestError("encrypted with an unsupported security handler", "encrypted")
    if not has_eof_marker(path):
        return IngestError("truncated: the file ends before the PDF's %%EOF marker", "truncated")
    if "format" in msg.lower() or "corrupt" in msg.lower():
        return IngestError("corrupt: PDFium cannot read its cross-reference table or trailer", "corrupt")
    return IngestError(f"unreadable PDF: {msg}", "corrupt")
