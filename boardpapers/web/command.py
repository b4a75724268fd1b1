"""The `serve` command (registered on the CLI group by cli.py)."""

from __future__ import annotations

import click

from ..store.store import default_db_path

LOCAL_ONLY = "127.0.0.1"  # safe default: only this machine can connect
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    default=None,
    metavar="PATH",
    help="SQLite store (default ./boardpapers.db or $BOARDPAPERS_DB).",
)
@click.option(
    "--host",
    default=LOCAL_ONLY,
    show_default=True,
    help="Address to listen on (0.0.0.0 exposes it to the network).",
)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db_path: str | None, host: str, port: int) -> None:
    """Browse the store in a web page (read-only): search, meetings, people, PDFs."""
    import uvicorn

    from .app import create_app

    try:
        # On loopback, answer only requests addressed to this machine by name.
        hosts = ["127.0.0.1", "localhost", "[::1]"] if host in LOOPBACK else None
        app = create_app(db_path or default_db_path(), allowed_hosts=hosts)
    except (FileNotFoundError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc
    if host not in LOOPBACK:
        click.echo(
            f"warning: listening on {host}: anyone who can reach this address can read the store", err=True
        )
    click.echo(f"boardpapers: http://{host}:{port}/ (read-only; Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
