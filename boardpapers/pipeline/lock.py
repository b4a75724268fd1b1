"""One ingest at a time per store: an advisory lock file beside the database."""

from __future__ import annotations

import fcntl
import os


class StoreBusy(RuntimeError):
    pass


class IngestLock:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path if "://" in db_path else os.path.abspath(db_path)
        self.path = db_path if "://" in db_path else self.db_path + ".ingest.lock"
        self._fh = None

    def __enter__(self) -> IngestLock:
        if (
            "://" in self.path
        ):  # a server store (PostgreSQL): its jobs table and transactions coordinate writers
            return self
        self._fh = open(self.path, "a+")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self._fh.close()
            self._fh = None
            raise StoreBusy(
                f"another ingest is writing to this store ({self.path} is locked); "
                "wait for it to finish, then run this again"
            ) from exc
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(str(os.getpid()))
        self._fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            if not os.path.exists(self.db_path):  # no store was made: leave nothing beside it
                try:
                    os.remove(self.path)
                except OSError:
                    pass
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
