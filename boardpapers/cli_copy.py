"""`boardpapers copy SRC DST`: a whole store from one backend to another."""

from __future__ import annotations

import click

from .cli_common import _open_store, main
from .render import console


@main.command("copy")
@click.argument("src")
@click.argument("dst")
def copy_cmd(src, dst):
    """Copy the store SRC to the empty store DST (paths or postgresql:// URLs),
    records included, without re-parsing; DST's search index is rebuilt."""
    from .search.sync import IndexSync
    from .store.copy import DestinationNotEmpty, copy_store
    from .store.open import open_store
    from .store.schema import RECORD_TABLES

    source = _open_store(src)
    try:
        target = open_store(dst)
    except Exception as exc:  # psycopg.OperationalError: server down, bad URL
        raise click.ClickException(f"cannot open {dst}: {str(exc).strip().splitlines()[0]}") from exc
    try:
        counts = copy_store(source, target, lambda t, n: console.print(f"  {t}: {n} rows"))
        sync = IndexSync(target)
        docs = sync.rebuild()
        entries = sync.index.num_docs()
        sync.close()
    except DestinationNotEmpty as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        source.close()
        target.close()
    console.print(
        f"copied {counts['documents']} documents, {counts['pages']} pages, "
        f"{sum(counts[t] for t in RECORD_TABLES)} records; "
        f"search index rebuilt: {docs} documents, {entries} entries"
    )
