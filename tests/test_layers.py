"""The package's imports run one way, down the layers, and close no cycle.

Read from the source with ast (every import, also those inside functions), so
a lazy import that runs back up the layers fails here as surely as a
top-level one.

Layers, bottom to top (a module may import its own package and lower layers):
    base      boardpapers (package), model, text, table_headers, names, abbreviations
    reading   PDF -> Document          | siblings: neither imports the other
    extract   Document -> records      |
    store     SQLite
    search    the index                 | siblings: neither imports the other
    people    mentions and resolution   |
    api       what the CLI and web show
    pipeline  ingest, workers
    web       the web page (boardpapers/web): api, store, search below it
    cli       cli, cli_common, cli_records, cli_people, render, progress, __main__ (registers `serve` from web)
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "boardpapers"

BASE_MODULES = {
    "boardpapers",
    "boardpapers.model",
    "boardpapers.text",
    "boardpapers.table_headers",
    "boardpapers.names",  # person names' parts: an extractor and the people resolver compare names
    "boardpapers.abbreviations",
}
CLI_MODULES = {
    "cli",
    "cli_common",
    "cli_records",
    "cli_copy",
    "cli_people",
    "render",
    "render_jobs",
    "progress",
    "__main__",
}
LAYERS: dict[str, int] = {
    "base": 0,
    "layout": 1,  # the layout layer: pure analysis of a Document's lines, read by reading and extract
    "reading": 2,
    "extract": 2,
    "store": 3,
    "search": 4,
    "people": 4,  # beside search: reads the store, writes its own tables
    "api": 5,
    "pipeline": 6,
    "web": 7,
    "cli": 8,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def group_of(module: str) -> str:
    if module in BASE_MODULES:
        return "base"
    parts = module.split(".")
    top = parts[1]
    if top in LAYERS:
        return top
    if top in CLI_MODULES:
        return "cli"
    raise AssertionError(f"{module}: not placed in a layer; add it to tests/test_layers.py")


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PKG.rglob("*.py")}


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Modules of the package that `module` imports (resolved to modules, not names)."""
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.split(".")[0] == "boardpapers"]
            out.update(n for n in names if n in modules)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = module.split(".")
                if not is_pkg:
                    base_parts = base_parts[:-1]
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "boardpapers":
                base = node.module
            else:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                out.add(sub if sub in modules else base)
    out.discard(module)
    return {m for m in out if m in modules}


def graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {m: imports_of(m, p, modules) for m, p in modules.items()}


def test_imports_run_down_the_layers():
    wrong = []
    for module, targets in graph().items():
        g = group_of(module)
        for t in targets:
            tg = group_of(t)
            if tg == g or tg == "base":
                continue
            if LAYERS[tg] >= LAYERS[g]:
                wrong.append(f"{module} ({g}) imports {t} ({tg})")
    assert not wrong, "imports that run up or across the layers:\n" + "\n".join(sorted(wrong))


def find_cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(g.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    cycles = find_cycles(graph())
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_the_checker_sees_lazy_and_relative_imports():
    """The checks above must be able to fail: a function-level relative import
    back up the layers, and a two-module cycle, are both found."""
    g = {"boardpapers.reading.a": {"boardpapers.store.x"}, "boardpapers.store.x": {"boardpapers.reading.a"}}
    assert find_cycles(g) == [["boardpapers.reading.a", "boardpapers.store.x"]]
    modules = all_modules()
    found = imports_of(
        "boardpapers.pipeline.process", modules["boardpapers.pipeline.process"], modules
    )  # imports extract and reading inside parse_file
    assert "boardpapers.reading.pdf_reader" in found
