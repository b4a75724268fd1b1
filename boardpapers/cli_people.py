"""CLI commands over resolved people and organisations: people, person,
people review, orgs, org (issue 9)."""

from __future__ import annotations

import sys

import click

from .api import people as api
from .cli_common import _fmt, _fmt_options, _open_store, db_option, main
from .render import console, emit, emit_json


class _QueryOrCommand(click.Group):
    """`people [QUERY]` and `people review`: a first word that is not a
    subcommand is the query."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            ctx.meta["people_query"] = args.pop(0)
        return super().parse_args(ctx, args)


PEOPLE_COLUMNS = [
    ("name", "person"),
    ("meetings", "meetings"),
    ("interests", "interests"),
    ("declarations", "declared"),
    ("actions", "actions"),
    ("risks", "risks"),
    ("leads", "leads"),
    ("prose", "in minutes"),
    ("mentions", "mentions"),
    ("id", "id"),
]


@main.group("people", cls=_QueryOrCommand, invoke_without_command=True)
@_fmt_options
@db_option
@click.pass_context
def people_group(ctx, as_json, as_csv, db_path):
    """People with counts (meetings attended, interests, actions); QUERY filters by name.
    `people review` works the queue of pairs the rules could not decide."""
    if ctx.invoked_subcommand is not None:
        return
    store = _open_store(db_path)
    query = ctx.meta.get("people_query")
    rows = api.list_people(store, query)
    emit(rows, _fmt(as_json, as_csv), PEOPLE_COLUMNS, title=f"{len(rows)} people", widths={"name": 32})


@people_group.command("review")
@click.option("--pair", type=int, help="Judge this pair (its number in the list) with --verdict.")
@click.option("--verdict", type=click.Choice(["same", "different"]))
@click.option("--list", "list_only", is_flag=True, help="List the queue without asking.")
@_fmt_options
@db_option
def review_cmd(pair, verdict, list_only, as_json, as_csv, db_path):
    """Pairs of names the rules could not decide: judge same / different / skip.
    Judgements are kept by name keys and survive a re-ingest; 'different' always wins."""
    store = _open_store(db_path, read_only=False)  # judgements are written to the store
    queue = api.review_queue(store)
    for i, r in enumerate(queue, 1):
        r["n"] = i
    cols = [
        ("n", "#"),
        ("name_a", "name"),
        ("name_b", "name"),
        ("reason", "why"),
        ("key_a", "key"),
        ("key_b", "key"),
    ]
    if pair is not None:
        if not verdict:
            raise click.UsageError("--pair needs --verdict same|different")
        if not 1 <= pair <= len(queue):
            raise click.UsageError(f"no pair {pair}: the queue has {len(queue)}")
        r = queue[pair - 1]
        api.record_judgement(store, r["key_a"], r["key_b"], verdict)
        console.print(f"{r['name_a']} / {r['name_b']}: {verdict}")
        return
    fmt = _fmt(as_json, as_csv)
    if fmt != "table" or list_only or not sys.stdin.isatty():
        emit(queue, fmt, cols, title=f"{len(queue)} pairs to review", widths={"reason": 40})
        return
    if not queue:
        console.print("nothing to review")
        return
    for r in queue:
        console.print(f"[bold]{r['name_a']}[/]  vs  [bold]{r['name_b']}[/]  — {r['reason']}")
        console.print(f"  [dim]{r['key_a']}  /  {r['key_b']}[/]")
        answer = click.prompt(
            "  same, different, skip or quit", type=click.Choice(["s", "d", "k", "q"]), default="k"
        )
        if answer == "q":
            break
        if answer in ("s", "d"):
            api.record_judgement(store, r["key_a"], r["key_b"], "same" if answer == "s" else "different")


@main.command("person")
@click.argument("name")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), help="Date for overdue actions (default today).")
@_fmt_options
@db_option
def person_cmd(name, as_of, as_json, as_csv, db_path):
    """One person's profile: name variants, roles by body, attendance, interests by
    register with what changed, declarations, actions owned, decisions of meetings attended."""
    store = _open_store(db_path)
    data = api.profile(store, name, as_of.date() if as_of else None)
    if data is None:
        raise click.ClickException(f"no person found for {name!r} (see `boardpapers people`)")
    fmt = _fmt(as_json, as_csv)
    if fmt == "json":
        emit_json(data)
        return
    if fmt == "csv":
        rows = (
            [{"section": "attendance", **a} for a in data["attendance"]]
            + [
                {
                    "section": "interest",
                    **{
                        k: r.get(k)
                        for k in (
                            "register",
                            "register_date",
                            "organisation",
                            "nature",
                            "category",
                            "document",
                            "page",
                        )
                    },
                }
                for g in data["registers"]
                for r in g["rows"]
            ]
            + [
                {
                    "section": "declaration",
                    **{
                        k: d.get(k)
                        for k in (
                            "declared_on",
                            "organisation",
                            "nature",
                            "matches_register",
                            "document",
                            "page",
                        )
                    },
                }
                for d in data["declarations"]
            ]
            + [
                {
                    "section": "action",
                    **{k: a.get(k) for k in ("ref", "text", "due", "status_raw", "overdue")},
                }
                for a in data["actions"]
            ]
        )
        keys = list(dict.fromkeys(k for r in rows for k in r))  # every section's columns, in order seen
        emit(rows, "csv", [(k, k) for k in keys])
        return
    p = data["person"]
    console.print(f"[bold]{p['name']}[/]  [dim]{p['key']}  rules: {', '.join(p['rules']) or 'none'}[/]")
    console.print(
        "  written as: " + "; ".join(f"{v['name']} ({v['mentions']})" for v in data["variants"]),
        highlight=False,
    )
    if data["other_matches"]:
        console.print("  [yellow]also matches:[/] " + ", ".join(o["name"] for o in data["other_matches"]))
    if data["roles"]:
        emit(
            data["roles"],
            "table",
            [
                ("body", "body"),
                ("role", "role"),
                ("organisation", "organisation"),
                ("first", "first"),
                ("last", "last"),
            ],
            title="roles",
        )
    if data["attendance"]:
        emit(
            data["attendance"],
            "table",
            [
                ("date", "date"),
                ("body", "body"),
                ("status", "status"),
                ("document", "document"),
                ("page", "page"),
            ],
            title=f"attendance ({len(data['attendance'])})",
        )
    for g in data["registers"]:
        emit(
            g["rows"],
            "table",
            [
                ("organisation", "organisation"),
                ("nature", "nature"),
                ("category", "category"),
                ("page", "page"),
            ],
            title=f"{g['register']} ({g['date'] or 'undated'})",
            widths={"nature": 50},
        )
    for d in data["diffs"]:
        console.print(
            f"[bold]{d['from']['register']} ({d['from']['date']}) → {d['to']['register']} ({d['to']['date']})[/]"
        )
        if not d["changes"]:
            console.print("  no changes")
        for c in d["changes"]:
            row = c["after"] or c["before"]
            mark = {
                "added": "[green]+[/]",
                "removed": "[red]-[/]",
                "changed": "[yellow]~[/]",
                "role changed": "[yellow]~[/]",
            }[c["change"]]
            console.print(
                f"  {mark} {c['change']}: {row.get('organisation') or row.get('role') or ''}", highlight=False
            )
    if data["declarations"]:
        emit(
            data["declarations"],
            "table",
            [
                ("declared_on", "meeting"),
                ("organisation", "organisation"),
                ("nature", "nature"),
                ("matches_register", "in register"),
                ("page", "page"),
            ],
            title="declared at meetings",
        )
    if data["actions"]:
        emit(
            data["actions"],
            "table",
            [
                ("ref", "ref"),
                ("text", "action"),
                ("due", "due"),
                ("status_raw", "status"),
                ("overdue", "overdue"),
            ],
            title=f"actions owned ({len(data['actions'])})",
            widths={"text": 60},
        )
    if data["decisions"]:
        console.print(f"[bold]decisions of meetings attended:[/] {len(data['decisions'])} (see --json)")
    if data["prose"]:
        console.print(f"[bold]named in minutes:[/] {len(data['prose'])} time(s)")


@main.command("orgs")
@click.argument("query", required=False)
@_fmt_options
@db_option
def orgs_cmd(query, as_json, as_csv, db_path):
    """Organisations (abbreviations and spellings joined), with interests declared in each."""
    store = _open_store(db_path)
    rows = api.list_orgs(store, query)
    emit(
        rows,
        _fmt(as_json, as_csv),
        [
            ("name", "organisation"),
            ("interests", "interests"),
            ("people", "people"),
            ("mentions", "mentions"),
            ("key", "key"),
        ],
        title=f"{len(rows)} organisations",
        widths={"name": 40},
    )


@main.command("org")
@click.argument("name")
@_fmt_options
@db_option
def org_cmd(name, as_json, as_csv, db_path):
    """Who declared an interest in an organisation, and when."""
    store = _open_store(db_path)
    data = api.org_detail(store, name)
    if data is None:
        raise click.ClickException(f"no interests found in {name!r} (see `boardpapers orgs`)")
    fmt = _fmt(as_json, as_csv)
    if fmt == "json":
        emit_json(data)
        return
    emit(
        data["interests"],
        fmt,
        [
            ("person", "person"),
            ("register_date", "register date"),
            ("declared_on", "declared"),
            ("category", "category"),
            ("nature", "nature"),
            ("document", "document"),
            ("page", "page"),
        ],
        title=f"{data['organisation']}: {len(data['interests'])} interest(s)"
        + (
            f"  (also written {', '.join(v for v in data['variants'] if v != data['organisation'])})"
            if len(data["variants"]) > 1
            else ""
        ),
        widths={"nature": 40},
    )
