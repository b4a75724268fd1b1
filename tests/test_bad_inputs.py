"""Bad inputs through the worker pool: each gets a one-line reason and kind,
and the good files in the same batch still come back parsed."""

from __future__ import annotations

import shutil
import time
import zlib
from pathlib import Path

import psutil
import pytest
from conftest import PACK_2020, PACK_ICB_SESSION, PACK_TRUST, shared_path
from tinypdf import write_objects, write_pdf

from boardpapers.pipeline.workers import Job, Outcome, run_jobs

GOOD = [PACK_ICB_SESSION, PACK_TRUST]


def _job(path: Path) -> Job:
    return Job(str(path), "", path.stat().st_size)


def _run(paths: list[Path], workers: int = 2, **kw) -> dict[str, Outcome]:
    outcomes = list(run_jobs((_job(p) for p in paths), workers, **kw))
    assert sorted(o.job.path for o in outcomes) == sorted(str(p) for p in paths)
    for o in outcomes:
        assert (o.parsed is None) == (o.error is not None)
        if o.error:
            assert "\n" not in o.error and o.kind
    return {Path(o.job.path).name: o for o in outcomes}


def _deflate_zeros(total: int, chunk: int = 1 << 20) -> bytes:
    """A zlib stream inflating to `total` zero bytes, built without compressing
    them all: after a full flush, each further chunk compresses identically."""
    c = zlib.compressobj(9)
    first = c.compress(b"\0" * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(b"\0" * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    final_block = c.flush(zlib.Z_FINISH)[:-4]  # drop the Adler-32 of two chunks
    n = total // chunk
    adler = (((n * chunk) % 65521) << 16) | 1  # Adler-32 of n*chunk zero bytes
    return first + again * (n - 1) + final_block + adler.to_bytes(4, "big")


def make_bomb_pdf(path: Path, inflated: int) -> Path:
    stream = _deflate_zeros(inflated)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    write_objects(path, objs)
    return path


def make_image_only_pdf(path: Path, lines: list[str]) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=60)
    for i, line in enumerate(lines):
        draw.text((150, 200 + 120 * i), line, font=font, fill=0)
    img.save(path, resolution=200)
    return path


def test_deflate_zeros_is_valid():
    data = _deflate_zeros(8 << 20)
    d = zlib.decompressobj()
    assert len(d.decompress(data)) == 8 << 20 and d.eof


def test_bad_inputs_batch(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    data = PACK_2020.read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])
    trust = PACK_TRUST.read_bytes()
    corrupt = tmp_path / "corrupt-xref.pdf"  # header, trailer and %%EOF intact; objects and xref gone
    corrupt.write_bytes(trust[:200] + b"x" * (len(trust) - 1200) + trust[-1000:])
    zero = tmp_path / "zero.pdf"
    zero.write_bytes(b"")
    text = tmp_path / "notes.pdf"
    text.write_text("Minutes of the meeting, typed as plain text\n")
    html = tmp_path / "download.pdf"
    html.write_text("<!DOCTYPE html><html><body>Access denied</body></html>")
    user_pw = tmp_path / "user-password.pdf"
    w = pypdf.PdfWriter(clone_from=PACK_TRUST)
    w.encrypt(user_password="secret", owner_password="owner")
    w.write(user_pw)
    owner_pw = tmp_path / "owner-password.pdf"
    w = pypdf.PdfWriter(clone_from=PACK_TRUST)
    w.encrypt(user_password="", owner_password="owner")
    w.write(owner_pw)
    bomb = make_bomb_pdf(tmp_path / "bomb.pdf", 3 << 30)  # ~3 MB on disk, 3 GB inflated
    assert bomb.stat().st_size < 4 << 20

    paths = [truncated, corrupt, zero, text, html, user_pw, owner_pw, bomb, *GOOD]
    got = _run(paths, workers=2, mem_mb=400, timeout_s=60)

    assert got["truncated.pdf"].kind == "truncated"
    assert "%%EOF" in got["truncated.pdf"].error  # the PDF end-of-file marker is spelt %%EOF
    assert got["corrupt-xref.pdf"].kind == "corrupt"
    assert "cross-reference table" in got["corrupt-xref.pdf"].error
    assert got["zero.pdf"].kind == "empty"
    assert "zero bytes" in got["zero.pdf"].error
    assert got["notes.pdf"].kind == "not_pdf"
    assert "plain-text" in got["notes.pdf"].error
    assert got["download.pdf"].kind == "not_pdf"
    assert "HTML" in got["download.pdf"].error
    assert got["user-password.pdf"].kind == "encrypted"
    assert "user (open) password is required" in got["user-password.pdf"].error
    # PDFium opens owner-password-only files: parsed, with a warning.
    owner = got["owner-password.pdf"]
    assert owner.parsed is not None
    assert any("owner (permissions) password" in w for w in owner.parsed.document.warnings)
    assert got["bomb.pdf"].kind == "out_of_memory"
    assert "400 MB" in got["bomb.pdf"].error
    for p in GOOD:
        o = got[p.name]
        assert o.parsed is not None, o.error
        assert o.parsed.document.page_count > 0
        assert o.peak_rss_mb and o.peak_rss_mb > 10


def test_shared_bad_files():
    corrupt = shared_path("corpus", "bad", "corrupt-example.pdf")
    blank = shared_path("corpus", "bad", "blank.pdf")
    got = _run([corrupt, blank, PACK_ICB_SESSION], workers=1)
    assert got["corrupt-example.pdf"].kind == "corrupt"
    assert "cross-reference" in got["corrupt-example.pdf"].error
    # A genuinely blank page is a valid PDF: parsed, with a warning.
    doc = got["blank.pdf"].parsed.document
    assert any(w.startswith("blank:") for w in doc.warnings)
    assert got[PACK_ICB_SESSION.name].parsed is not None


def _one_page_pdf(path: Path, line: str) -> Path:
    return write_pdf(path, [[(72.0, 72.0, 12.0, line)]], size=(595.0, 842.0))


def test_timeout_kills_and_batch_goes_on(tmp_path, monkeypatch):
    # A file that never finishes (test hook: the worker hangs on it), between good files of one
    # line each: they parse in milliseconds, so the 4 s limit holds them on a machine however
    # busy (the packs this test once used took 4-6 s each under a load of 6 on 2 cores).
    hang = _one_page_pdf(tmp_path / "hangs.pdf", "Agenda")
    first = _one_page_pdf(tmp_path / "first.pdf", "Minutes of the meeting held on 3 March 2025")
    second = _one_page_pdf(tmp_path / "second.pdf", "Register of interests")
    monkeypatch.setenv("BOARDPAPERS_TEST_HANG_ON", "hangs")
    got = _run([hang, first, second], workers=1, timeout_s=4)
    slow = got["hangs.pdf"]
    assert slow.kind == "timeout", slow.error
    assert slow.error.startswith("timeout:") and "(limit 4 s)" in slow.error
    assert got["first.pdf"].parsed is not None
    assert got["second.pdf"].parsed is not None


def _workers_of(pid: int | None = None) -> list[psutil.Process]:
    out = []
    for child in psutil.Process(pid).children():
        try:
            if "worker_main" in " ".join(child.cmdline()):
                out.append(child)
        except psutil.Error:
            pass
    return out


def _workers_of_this_process() -> list[psutil.Process]:
    return _workers_of()


def test_worker_crash_is_reported_and_replaced(tmp_path, monkeypatch):
    """A segfault in a worker (as PDFium might) fails that file only. The test
    hook makes the worker SIGSEGV itself when it starts the marked file, so the
    crash always lands mid-file."""
    crash = tmp_path / "crash-me.pdf"
    shutil.copy(PACK_TRUST, crash)
    monkeypatch.setenv("BOARDPAPERS_TEST_SEGV_ON", "crash-me")
    got = _run([crash, PACK_ICB_SESSION, PACK_TRUST], workers=1, timeout_s=60)
    assert got["crash-me.pdf"].kind == "crashed"
    assert "SIGSEGV" in got["crash-me.pdf"].error
    assert got[PACK_ICB_SESSION.name].parsed is not None
    assert got[PACK_TRUST.name].parsed is not None
    assert not _workers_of_this_process()


def test_image_only_without_ocr(tmp_path, monkeypatch):
    scan = make_image_only_pdf(tmp_path / "scan.pdf", ["Finance Committee"])
    off = _run([scan], workers=1, ocr=False)["scan.pdf"]
    assert off.kind == "needs_ocr" and "OCR is switched off" in off.error
    monkeypatch.setenv("BOARDPAPERS_TESSERACT", "no-such-tesseract")
    missing = _run([scan], workers=1)["scan.pdf"]
    assert missing.kind == "needs_ocr"
    assert "tesseract is not installed" in missing.error and "apt-get install tesseract-ocr" in missing.error


def test_too_many_pages():
    got = _run([PACK_TRUST], workers=1, max_pages=5)
    assert got[PACK_TRUST.name].kind == "too_large"
    assert "5-page limit" in got[PACK_TRUST.name].error


def test_in_process_mode_same_reasons(tmp_path):
    zero = tmp_path / "zero.pdf"
    zero.write_bytes(b"")
    got = _run([zero, PACK_ICB_SESSION], workers=0)
    assert got["zero.pdf"].kind == "empty"
    assert got[PACK_ICB_SESSION.name].parsed is not None


def test_stopping_early_kills_busy_workers():
    it = run_jobs((_job(p) for p in [PACK_ICB_SESSION, PACK_2020, PACK_2020]), 2)
    first = next(it)
    assert first.parsed is not None  # usually the 2-page pack; under load either may finish first
    it.close()
    deadline = time.time() + 3
    while _workers_of_this_process() and time.time() < deadline:
        time.sleep(0.05)
    assert not _workers_of_this_process()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_ocr_runs_in_worker(tmp_path):
    scan = make_image_only_pdf(tmp_path / "scan.pdf", ["Finance Committee Minutes", "Budget approved"])
    # OCR extends the time budget per page: 0.5 s would not cover tesseract's ~1 s.
    o = _run([scan], workers=1, timeout_s=0.5)["scan.pdf"]
    assert o.parsed is not None, o.error
    page = o.parsed.document.pages[0]
    assert page.ocr and not page.needs_ocr and not page.has_text_layer
    assert "Budget approved" in page.text


def test_guard_rails_hold_while_the_caller_is_busy(tmp_path):
    """The watchdog runs in its own thread: a bomb is stopped at the cap while
    the caller is still busy with the previous outcome. One worker, so the bomb
    is sent to it before the first outcome is handed over; the caller then
    waits (without resuming the generator) until that worker is gone, which
    only a kill can do. Asserted: the kill and its reason, not a peak number
    (RSS samples depend on how busy the machine is)."""
    bomb = make_bomb_pdf(tmp_path / "bomb.pdf", 3 << 30)
    outcomes = []
    for o in run_jobs((_job(p) for p in [PACK_ICB_SESSION, bomb]), 1, mem_mb=300, timeout_s=120):
        outcomes.append(o)
        if len(outcomes) == 1:
            assert o.job.path == str(PACK_ICB_SESSION)
            deadline = time.time() + 100  # generous: only a watchdog that never runs hits it
            while _workers_of_this_process() and time.time() < deadline:
                time.sleep(0.05)
            assert not _workers_of_this_process(), (
                "the bomb's worker was not stopped while the caller was busy"
            )
    got = {Path(o.job.path).name: o for o in outcomes}
    assert got["bomb.pdf"].kind == "out_of_memory"
    assert "300 MB" in got["bomb.pdf"].error
    assert got[PACK_ICB_SESSION.name].parsed is not None


def test_workers_die_with_a_killed_parent():
    import subprocess
    import sys

    code = (
        "from boardpapers.pipeline.workers import Job, run_jobs\n"
        f"jobs = [Job({str(PACK_2020)!r}, '', 1)] * 4\n"
        "for o in run_jobs(jobs, 2): pass\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.time() + 15
        kids: list[psutil.Process] = []
        while time.time() < deadline and len(kids) < 2:
            time.sleep(0.05)
            kids = _workers_of(parent.pid)
        assert kids, "no workers started"
        parent.kill()  # SIGKILL: no cleanup code runs in the parent
        parent.wait()
        gone, alive = psutil.wait_procs(kids, timeout=5)
        assert not alive
    finally:
        if parent.poll() is None:
            parent.kill()


def test_each_file_is_opened_once(monkeypatch):
    """Page count, encryption and %%EOF checks, text and tables all come from
    one PdfDocument (before: three opens per file)."""
    import pypdfium2

    from boardpapers.pipeline.workers import GuardRails
    from boardpapers.reading import pdfium_base

    opened: list[str] = []
    real = pypdfium2.PdfDocument

    class Counting(real):
        def __init__(self, source, *args, **kwargs):
            opened.append(str(source))
            super().__init__(source, *args, **kwargs)

    monkeypatch.setattr(pdfium_base.pdfium, "PdfDocument", Counting)
    from boardpapers.pipeline.jobs import run_one

    done = run_one(_job(PACK_2020), GuardRails())
    assert done.parsed is not None, done.error
    assert any(p.tables for p in done.parsed.document.pages)  # the table reader ran too
    assert opened == [str(PACK_2020)]
