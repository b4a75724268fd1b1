"""A seeded fuzz of the command line: thousands of random option values and
query strings across every command, in-process through Click's CliRunner on
the shared sample store. None may raise (a traceback) or exit with a code
outside the documented set (README "Exit codes")."""

from __future__ import annotations

import random

from click.testing import CliRunner

from boardpapers.cli import main
from boardpapers.cli_common import Exit

DOCUMENTED_EXIT_CODES = {int(e) for e in Exit}
RUNS = 2000
SEED = 13

WORDS = ["budget", "autism", "minutes", "Cabinet", "risk", "approved", "strategy", "the", "NHS", "2025"]
# (No NUL: a command line cannot carry one, argv strings being C strings.)
ODD = [
    '"',
    "*",
    ":",
    "(",
    ")",
    "[",
    "]",
    "-",
    "AND",
    "OR",
    "NOT",
    "^",
    "~",
    "\\",
    "{",
    "}",
    "/",
    "'",
    "%",
    "é",
    "😀",
    "  ",
]


def _text(rng: random.Random) -> str:
    parts = [rng.choice(WORDS + ODD) for _ in range(rng.randint(0, 6))]
    if rng.random() < 0.2:
        parts.append("".join(chr(rng.randint(32, 0xD7FF)) for _ in range(rng.randint(1, 12))))
    return rng.choice([" ", "", " "]).join(parts)


def _int(rng: random.Random) -> str:
    return str(
        rng.choice([0, 1, 2, 5, 10, 200, -1, -5, 10**5, 10**5 + 1, 10**11, 2**63, rng.randint(-1000, 5000)])
    )


def _date(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"{rng.randint(0, 9999)}-{rng.randint(0, 13):02d}-{rng.randint(0, 40):02d}",
            "yesterday",
            "2025",
            "2025-1-3",
            "",
            _text(rng),
        ]
    )


def _float(rng: random.Random) -> str:
    return rng.choice(["0", "0.5", "-1", "15", "nan", "inf", "1e308", "x", _int(rng)])


# Each command: positional argument makers, and options with value makers (None: a flag).
COMMANDS: dict[str, tuple[list, dict]] = {
    "search": (
        [_text],
        {
            "--type": lambda r: r.choice(["page", "decision", "item", "meeting", "risk", "bogus"]),
            "--body": _text,
            "--since": _date,
            "--until": _date,
            "--limit": _int,
            "--sort": lambda r: r.choice(["date", "relevance", "size"]),
            "--full": None,
            "--json": None,
            "--csv": None,
        },
    ),
    "decisions": (
        [lambda r: _text(r) if r.random() < 0.6 else None],
        {
            "--outcome": lambda r: r.choice(["approved", "noted", "resolved", _text(r)]),
            "--body": _text,
            "--since": _date,
            "--until": _date,
            "-n": _int,
            "--sort": lambda r: r.choice(["date", "relevance"]),
            "--json": None,
            "--csv": None,
        },
    ),
    "meetings": ([], {"--body": _text, "--json": None, "--csv": None}),
    "show meeting": ([lambda r: r.choice([_int(r), "1", "9", "x"])], {"--json": None}),
    "interests": (
        [],
        {"--person": _text, "--diff": None, "--query": _text, "-n": _int, "--json": None, "--csv": None},
    ),
    "actions": (
        [],
        {
            "--status": lambda r: r.choice(["open", "closed", "other", "x"]),
            "--owner": _text,
            "--overdue": None,
            "--as-of": _date,
            "--query": _text,
            "-n": _int,
            "--json": None,
            "--csv": None,
        },
    ),
    "risks": (
        [],
        {
            "--min-score": _float,
            "--rising": None,
            "--query": _text,
            "-n": _int,
            "--json": None,
            "--csv": None,
        },
    ),
    "status": ([], {"--documents": None, "--json": None}),
    "failures": ([], {"--json": None, "--csv": None}),
    # Writing commands only ever see input that cannot write: a glob that
    # matches nothing, bad guard rails, or a store that does not exist.
    "ingest": (
        [lambda r: r.choice(["/nonexistent/*.pdf", "/nonexistent/x.pdf", _text(r) + "*.nomatch"])],
        {"--workers": _int, "--timeout": _float, "--mem-mb": _int, "--json": None, "--no-ocr": None},
    ),
    "extract": ([lambda r: r.choice(["/nonexistent.pdf", _text(r)])], {"--json": None}),
}


# The cross-pack views (interests, actions, risks) cost ~50 ms a call, the
# rest a few: they are drawn half as often so the test stays well under a minute of CPU.
WEIGHTS = {name: 1 if name in ("interests", "actions", "risks") else 2 for name in COMMANDS}


def _invocation(rng: random.Random, db: str) -> list[str]:
    name = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    positional, options = COMMANDS[name]
    args = name.split()
    for make in positional:
        value = make(rng)
        if value is not None:
            args.append(value)
    for opt in rng.sample(list(options), rng.randint(0, min(4, len(options)))):
        make = options[opt]
        args += [opt] if make is None else [opt, make(rng)]
    if name not in ("extract",):
        db_arg = db if name != "ingest" else "/nonexistent/dir/bp.db"
        args = ["--db", db_arg, *args] if rng.random() < 0.3 else [*args, "--db", db_arg]
    return args


def test_no_traceback_and_only_documented_exit_codes(corpus_db):
    rng = random.Random(SEED)
    runner = CliRunner()
    seen_codes: dict[int, int] = {}
    for _ in range(RUNS):
        args = _invocation(rng, corpus_db)
        r = runner.invoke(main, args)
        assert r.exception is None or isinstance(r.exception, SystemExit), (args, repr(r.exception))
        assert r.exit_code in DOCUMENTED_EXIT_CODES, (args, r.exit_code, r.output[-500:])
        assert "Traceback" not in r.output, (args, r.output[-2000:])
        seen_codes[r.exit_code] = seen_codes.get(r.exit_code, 0) + 1
    # The fuzz reaches both the commands' work and their checks.
    assert seen_codes.get(0, 0) > RUNS // 5 and seen_codes.get(2, 0) > RUNS // 10, seen_codes
