"""Records of every PDF in ../shared/corpus, written to a folder, and the difference between two such folders.

Why: most of the corpus is unlabelled, so a change to an extractor cannot be scored there; but it can
be seen. Dump the records before and after a change and read what moved: a rule that changes no
other document is safe for precision but shows no transfer, and a rule that changes many is worth
reading before it lands.

  python benchmarks/corpus_records.py dump DIR [--jobs N]   one JSON per PDF (OCR off, so it is quick)
  python benchmarks/corpus_records.py diff OLD NEW [-v]      files whose records differ, per type counts;
                                                             -v prints the records added and removed
Exit status 0; `dump` skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
# The seed packs are scored by extraction_accuracy.py; the rest of the corpus has no truth.
DUMPED_FOLDERS = ("real", "bulk", "dev", "register", "scanned", "bad", "packs", "packs-borderless")


def corpus_pdfs() -> list[str]:
    found: list[str] = []
    for folder in DUMPED_FOLDERS:
        found += glob.glob(os.path.join(CORPUS, folder, "**", "*.pdf"), recursive=True)
    return sorted(found)


def dump_key(pdf: str) -> str:
    """A file name unique across corpus folders."""
    return os.path.relpath(pdf, CORPUS).replace(os.sep, "__")[: -len(".pdf")] + ".json"


def records_of(pdf: str) -> dict:
    from boardpapers.extract.records import to_dict
    from boardpapers.pipeline.process import parse_file

    try:
        parsed = parse_file(pdf, ocr=False)
    except Exception as exc:  # a bad PDF is a record of its own here, not a stop
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {name: [to_dict(r) for r in records] for name, records in parsed.records.items()}


def _dump_one(args: tuple[str, str]) -> str:
    pdf, out_dir = args
    with open(os.path.join(out_dir, dump_key(pdf)), "w") as fh:
        json.dump(records_of(pdf), fh, indent=1, sort_keys=True, default=str)
    return pdf


def dump(out_dir: str, jobs: int) -> int:
    pdfs = corpus_pdfs()
    if not pdfs:
        print(f"skipped: no PDFs under {CORPUS}")
        return 0
    os.makedirs(out_dir, exist_ok=True)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for n, _ in enumerate(pool.map(_dump_one, [(p, out_dir) for p in pdfs], chunksize=4), 1):
            if n % 50 == 0:
                print(f"{n}/{len(pdfs)}", file=sys.stderr)
    print(f"{len(pdfs)} PDFs dumped to {out_dir}")
    return 0


def _canon(record: dict) -> str:
    # sha256 and boxes say where, not what; a moved box alone is not a changed record
    return json.dumps({k: v for k, v in record.items() if k not in ("sha256", "bbox")}, sort_keys=True)


def diff(old_dir: str, new_dir: str, verbose: bool) -> int:
    names = sorted(set(os.listdir(old_dir)) | set(os.listdir(new_dir)))
    changed = 0
    for name in names:
        old = _load(os.path.join(old_dir, name))
        new = _load(os.path.join(new_dir, name))
        lines = []
        for typ in sorted(set(old) | set(new)):
            a, b = old.get(typ, []), new.get(typ, [])
            if not isinstance(a, list) or not isinstance(b, list):
                if a != b:
                    lines.append(f"  {typ}: {a!r} -> {b!r}")
                continue
            ca, cb = [_canon(r) for r in a], [_canon(r) for r in b]
            gone = [r for r in ca if r not in cb]
            added = [r for r in cb if r not in ca]
            if gone or added:
                lines.append(f"  {typ}: {len(a)} -> {len(b)} (-{len(gone)} +{len(added)})")
                if verbose:
                    lines += [f"    - {r}" for r in gone] + [f"    + {r}" for r in added]
        if lines:
            changed += 1
            print(name)
            print("\n".join(lines))
    print(f"{changed} of {len(names)} files differ")
    return 0


def _load(path: str) -> dict:
    if not os.path.exists(path):
        return {}
    with open(path) as fh:
        return json.load(fh)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out_dir")
    d.add_argument("--jobs", type=int, default=2)
    f = sub.add_parser("diff")
    f.add_argument("old_dir")
    f.add_argument("new_dir")
    f.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out_dir, args.jobs)
    return diff(args.old_dir, args.new_dir, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
