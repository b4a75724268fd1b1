"""Run the web app in-process on a free local port (uvicorn in a thread), for
browser tests and the screenshot script."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from boardpapers.web.app import create_app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db_path: str) -> Iterator[str]:
    """Yields the base URL while the server runs."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


HOSTILE_LINES = [
    "<img src=x onerror=alert(2)> Hostile Board minutes",
    "Minutes of the meeting held on 4 March 2024",
    "The board noted <script>alert(1)</script> in the paper.",
    "Prepared by </mark><b>bold</b> & co.",
]


def write_hostile_pdf(path):
    """A one-page PDF whose text holds markup that must show as text."""
    from tinypdf import write_pdf

    return write_pdf(path, [[(72, 72 + 24 * i, 12, line) for i, line in enumerate(HOSTILE_LINES)]])


def build_web_store(folder, packs) -> str:
    """A store (and index) over the given packs, the hostile PDF and one file that fails."""
    from boardpapers.pipeline.ingest import ingest

    folder.mkdir(parents=True, exist_ok=True)
    hostile = write_hostile_pdf(folder / "hostile.pdf")
    broken = folder / "broken.pdf"  # a failure for the status page to list with its reason
    broken.write_bytes(b"this is not a PDF")
    db = str(folder / "web.db")
    summary = ingest([str(p) for p in packs] + [str(hostile), str(broken)], db, workers=0, ocr=False)
    failed = [f["path"] for f in summary.as_dict()["failures"]]
    assert failed == [str(broken)], failed
    return db
