"""The README's command table and `extract` JSON schema agree with the code
(as sqlite-utils checks its docs): every command in the table exists and every
command is in the table, the options it names exist, the --type list is the
registry's, and each record line lists exactly the dataclass's fields."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import PACK_ICB_SESSION

from boardpapers.cli import main
from boardpapers.extract.registry import ENTRY_TYPES, RECORD_TYPES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _command_table() -> dict[str, str]:
    """'ingest' -> the table row's text, for each `boardpapers NAME ...` row."""
    section = README.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        if not line.startswith("| `boardpapers"):
            continue
        for name in re.findall(r"`boardpapers ([a-z-]+)", line.split("|")[1]):
            rows[name] = line
    return rows


def _schema_block() -> str:
    section = README.split("## The `extract` JSON schema", 1)[1]
    return section.split("```", 2)[1]


def _fields(text: str) -> list[str]:
    while re.search(r"\([^()]*\)", text):
        text = re.sub(r"\([^()]*\)", "", text)  # drop explanations, innermost first
    return [f.strip() for f in re.split(r"[,/]", text) if f.strip()]


def _schema_lines() -> dict[str, list[str]]:
    out: dict[str, str] = {}
    current = None
    for line in _schema_block().strip().splitlines()[1:]:
        m = re.match(r"^([a-z_]+):\s+(.*)$", line)
        if m:
            current = m.group(1)
            out[current] = m.group(2)
        elif current:
            out[current] += " " + line.strip()
    return {k: _fields(v) for k, v in out.items()}


def test_command_table_lists_every_command():
    assert set(_command_table()) == set(main.commands)


def test_options_in_the_table_exist():
    for name, row in _command_table().items():
        cmd = main.commands[name]
        opts = {o for p in cmd.params for o in getattr(p, "opts", [])}
        if isinstance(cmd, click.Group):
            opts |= {o for sub in cmd.commands.values() for p in sub.params for o in p.opts}
        named = set(re.findall(r"(--[a-z][a-z-]*)", row))
        assert named <= opts, f"{name}: README names {sorted(named - opts)}, not options of the command"


def test_type_choices_are_the_registry():
    row = _command_table()["search"]
    listed = re.search(r"`--type ([a-z\\|]+)`", row).group(1).split("\\|")
    assert tuple(listed) == ENTRY_TYPES


@pytest.mark.parametrize("rt", RECORD_TYPES, ids=lambda rt: rt.table)
def test_extract_schema_lists_the_dataclass_fields(rt):
    assert _schema_lines()[rt.table] == list(rt.column_names)


def test_extract_output_has_the_documented_keys():
    top = _fields(_schema_block().strip().splitlines()[0])
    result = CliRunner().invoke(main, ["extract", str(PACK_ICB_SESSION), "--json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.output)
    assert set(data) == set(top) | {rt.table for rt in RECORD_TYPES}
