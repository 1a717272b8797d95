"""`onboarding export`: completion records for HR as CSV, JSON or xAPI statements.

Reads the progress database read-only (never creates one, never migrates one, works while the
app is open) and writes the file atomically, so a half-written export never replaces a good one.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from onboarding.files import write_atomically
from onboarding.flow.progress import ProgressStore, ProgressUnavailable
from onboarding.records.export import FORMATS, export_bytes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboarding export",
        description="Export finished introductions (learner, score, passed, time) for HR.",
    )
    parser.add_argument("--data-dir", required=True, help="folder that holds progress.sqlite3")
    parser.add_argument("--format", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--out", help="file to write (default: standard output)")
    return parser


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help or a usage error: argparse has printed why
        return exit_.code if isinstance(exit_.code, int) else 2

    try:
        store = ProgressStore.open_read_only(args.data_dir)
    except ProgressUnavailable as error:
        print(f"onboarding export: {error}", file=sys.stderr)
        return 1
    try:
        data = export_bytes(store.completions(), args.format)
    except sqlite3.Error as error:  # e.g. locked for longer than the busy timeout
        print(f"onboarding export: could not read {store.path}: {error}.", file=sys.stderr)
        return 1
    finally:
        store.close()

    if args.out is None:
        stdout = getattr(sys.stdout, "buffer", None)
        if stdout is None:  # a text-only stream (e.g. some IDE consoles)
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            stdout.write(data)
            stdout.flush()
        return 0

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"onboarding export: there is no folder {out.parent} to write into.", file=sys.stderr)
        return 1
    try:
        write_atomically(out, data, private=True)  # names of learners: owner only
    except OSError as error:
        print(
            f"onboarding export: could not write {out}: {error.strerror or error}.", file=sys.stderr
        )
        return 1
    print(f"onboarding export: wrote {out}", file=sys.stderr)
    return 0
