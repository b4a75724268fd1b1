"""A rich progress bar fed by ingest events: files, pages, pages/s, ETA."""

from __future__ import annotations

import time

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .render import err_console


class IngestProgress:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.pages = 0
        self.start = time.perf_counter()
        self.progress: Progress | None = None
        self.task = None

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            self.progress = Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files"),
                TextColumn("{task.fields[pages]} pages, {task.fields[rate]} pages/s"),
                TimeRemainingColumn(),
                console=err_console,
                transient=True,
            )
            self.progress.__enter__()
            self.task = self.progress.add_task("ingest", total=None, pages=0, rate="-")
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.__exit__(*exc)

    def listener(self, event: str, payload: object) -> None:
        if self.progress is None:
            return
        if event == "plan":
            n_files, _n_todo, _bytes = payload  # type: ignore[misc]
            self.progress.update(self.task, total=n_files)
        elif event == "file":
            self.pages += (
                getattr(payload, "pages", 0) if getattr(payload, "status", "") in ("new", "replaced") else 0
            )
            rate = self.pages / max(time.perf_counter() - self.start, 1e-6)
            self.progress.update(self.task, advance=1, pages=self.pages, rate=f"{rate:.0f}")
