"""`onboarding validate PATH...`: check content packs without starting the app (no Qt).

A PATH is a pack folder (it has pack.yaml) or a folder of packs (e.g. `content/`). Prints one
line per problem as `file:line:col: message` and exits 1, or prints a one-line summary and
exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from onboarding.content.errors import PackError, Problem
from onboarding.content.loader import MANIFEST, load_pack
from onboarding.content.models import Pack, QuizStep


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboarding validate",
        description="Check content packs: a pack folder (with pack.yaml) or a folder of packs.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="pack folder or folder of packs")
    return parser


def pack_folders(given: str) -> tuple[list[str], list[Problem]]:
    """The pack folders a PATH stands for, as paths to show; or why there are none."""
    path = Path(given)
    try:
        if not path.exists():
            return [], [Problem(given, 1, 1, "This path does not exist.")]
        if not path.is_dir():
            return [], [Problem(given, 1, 1, "This is not a folder; give a pack folder.")]
        if (path / MANIFEST).exists():
            return [given], []
        packs = sorted(
            os.path.join(given, child.name)
            for child in path.iterdir()
            if child.is_dir() and (child / MANIFEST).is_file()
        )
    except OSError as error:
        return [], [Problem(given, 1, 1, f"This folder cannot be read ({error.strerror}).")]
    if not packs:
        return [], [Problem(given, 1, 1, "No pack here: neither a pack.yaml nor folders with one.")]
    return packs, []


def check(folder: str) -> tuple[Pack | None, list[Problem]]:
    try:
        return load_pack(folder), []
    except PackError as error:
        return None, error.problems
    except (OSError, ValueError, RecursionError) as error:  # never a traceback for content
        return None, [Problem(folder, 1, 1, f"The pack cannot be read ({error}).")]


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    problems: list[Problem] = []
    packs = steps = questions = 0
    for given in args.paths:
        folders, found = pack_folders(given)
        problems += found
        for folder in folders:
            pack, found = check(folder)
            problems += found
            if pack is not None:
                packs += 1
                all_steps = pack.steps()
                steps += len(all_steps)
                questions += sum(len(s.questions) for s in all_steps if isinstance(s, QuizStep))
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return 1
    print(
        f"OK: {packs} pack{'s' if packs != 1 else ''}, {steps} step{'s' if steps != 1 else ''},"
        f" {questions} question{'s' if questions != 1 else ''} checked."
    )
    return 0
