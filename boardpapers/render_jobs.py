"""`status` on a shared store: the jobs table, who is working on what."""

from __future__ import annotations

from .render import console


def print_jobs(jobs: dict) -> None:
    counts = jobs.get("counts", {})
    console.print(
        "  jobs: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in ("queued", "running", "done", "failed"))
    )
    for r in jobs.get("running", []):
        lease = "lease EXPIRED (will be taken over)" if r["expired"] else f"lease {r['lease_left']:.0f}s left"
        console.print(
            f"    {r['owner']}: {r['path']} ({r['seconds']:.0f}s, attempt {r['attempts']}, {lease})"
        )
