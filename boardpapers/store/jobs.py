"""The jobs table: how several ingesting machines share one PostgreSQL store.

Each file to parse is a row. A machine claims rows with
`SELECT ... FOR UPDATE SKIP LOCKED` (two machines never claim the same row),
holds a lease that a heartbeat renews while it works, and finishes the row in
the same transaction that stores the document, after checking it still owns
the row (a fencing check: a machine whose lease expired and was taken over
writes nothing). A killed machine's rows are claimed again once its lease
expires. The table is defined with the others (schema.JOBS)."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from typing import Any

# A lease a machine holds on a file while it parses it; renewed every
# LEASE_SECONDS / 3 by a heartbeat, so only a dead (or frozen) machine loses it.
# 60 s: longer than any pause of a busy machine we saw, short enough that a
# dead machine's files are taken over within a minute.
LEASE_SECONDS = float(os.environ.get("BOARDPAPERS_LEASE_SECONDS", "60"))

NOW = "extract(epoch from clock_timestamp())"

# A file claimed this many times by machines that all stopped before finishing
# it (each lease expired) is not claimed again: it is recorded as failed, since
# it is most likely what stops them (a crash inside PDFium, the system's
# out-of-memory killer taking the whole process). Three: one lost machine is
# routine, two in a row on one file is rare, a third would repeat it for ever.
MAX_CLAIMS = 3


def machine_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class ClaimedJob:
    path: str
    sha256: str | None
    size: int
    mtime: float
    previous_sha: str | None
    attempts: int

    @property
    def given_up(self) -> bool:
        """Claimed more than MAX_CLAIMS times without being finished."""
        return self.attempts > MAX_CLAIMS


class JobQueue:
    """Claims, leases and finishes jobs for one machine, on the store's connection."""

    def __init__(self, db, owner: str | None = None, lease_seconds: float = LEASE_SECONDS) -> None:
        self.db = db
        self.owner = owner or machine_id()
        self.lease_seconds = lease_seconds

    def enqueue(self, planned: list[Any]) -> None:
        """Add files to parse (`Planned` rows). A row another machine holds
        under a live lease is left alone; anything else is queued again, keeping
        the count of claims of a row whose holder stopped (see MAX_CLAIMS)."""
        with self.db.atomic():
            for p in planned:
                self.db.execute(
                    "insert into jobs (path, sha256, size, mtime, previous_sha, state, attempts) "
                    "values (?, ?, ?, ?, ?, 'queued', 0) "
                    "on conflict (path) do update set sha256 = excluded.sha256, size = excluded.size, "
                    "mtime = excluded.mtime, previous_sha = excluded.previous_sha, state = 'queued', "
                    "owner = null, lease_until = null, "
                    "attempts = case when jobs.state = 'running' then jobs.attempts else 0 end "
                    f"where jobs.state <> 'running' or jobs.lease_until < {NOW}",
                    [p.path, p.sha256, p.size, p.mtime, p.previous_sha],
                )

    def claim(self) -> ClaimedJob | None:
        """The next queued job (largest first), or one whose lease expired."""
        with self.db.atomic():
            rows = list(
                self.db.query(
                    "select path from jobs where state = 'queued' "
                    f"or (state = 'running' and lease_until < {NOW}) "
                    "order by (state = 'running') desc, size desc limit 1 for update skip locked",
                    [],
                )
            )
            if not rows:
                return None
            row = next(
                self.db.query(
                    f"update jobs set state = 'running', owner = ?, lease_until = {NOW} + ?, "
                    f"attempts = attempts + 1, claimed_at = {NOW} where path = ? "
                    "returning path, sha256, size, mtime, previous_sha, attempts",
                    [self.owner, self.lease_seconds, rows[0]["path"]],
                )
            )
        return ClaimedJob(**row)

    def renew(self) -> int:
        """Extend this machine's leases; returns how many it holds."""
        cur = self.db.execute(
            f"update jobs set lease_until = {NOW} + ? where owner = ? and state = 'running'",
            [self.lease_seconds, self.owner],
        )
        return cur.rowcount

    def still_mine(self, path: str) -> bool:
        """Lock the job row and check this machine still holds it: call inside
        the transaction that stores the result."""
        rows = list(self.db.query("select owner, state from jobs where path = ? for update", [path]))
        return bool(rows) and rows[0]["owner"] == self.owner and rows[0]["state"] == "running"

    def finish(self, path: str, state: str) -> None:
        self.db.execute(
            f"update jobs set state = ?, lease_until = null, finished_at = {NOW} where path = ? and owner = ?",
            [state, path, self.owner],
        )

    def release(self) -> None:
        """Hand back what this machine still holds (on a clean exit or error);
        a file handed back was not a failed attempt."""
        self.db.execute(
            "update jobs set state = 'queued', owner = null, lease_until = null, "
            "attempts = greatest(attempts - 1, 0) "
            "where owner = ? and state = 'running'",
            [self.owner],
        )

    def unfinished(self, paths: list[str]) -> int:
        """How many of `paths` are still queued or being parsed somewhere."""
        if not paths:
            return 0
        row = self.db.execute(
            "select count(*) from jobs where state in ('queued', 'running') and path = any(?)", [paths]
        ).fetchone()
        return int(row[0])


def job_summary(db) -> dict[str, Any]:
    """Counts per state and who is working on what (for `status`)."""
    if "jobs" not in db.table_names():
        return {}
    counts = {r["state"]: r["n"] for r in db.query("select state, count(*) as n from jobs group by state")}
    running = list(
        db.query(
            f"select owner, path, attempts, round(({NOW} - claimed_at)::numeric, 1) as seconds, "
            f"round((lease_until - {NOW})::numeric, 1) as lease_left from jobs "
            "where state = 'running' order by owner, path"
        )
    )
    for r in running:
        r["seconds"] = float(r["seconds"]) if r["seconds"] is not None else None
        r["lease_left"] = float(r["lease_left"]) if r["lease_left"] is not None else None
        r["expired"] = r["lease_left"] is not None and r["lease_left"] < 0
    return {"counts": counts, "running": running}
