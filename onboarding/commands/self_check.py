"""`onboarding self-check [--pack PATH]`: open every pack in the real window, offscreen, visit
every step in every language the pack has, answer every quiz correctly through the page's own
controls, and exit 0 only if every step rendered and every quiz let the learner go on.

IT runs it on a freshly installed bundle; HR runs it on a pack before handing it out.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onboarding.content.models import Pack


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboarding self-check",
        description="Open every pack offscreen, visit every step and answer every quiz.",
    )
    parser.add_argument("--pack", action="append", help="pack folder (default: bundled packs)")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    # Before Qt loads: no display needed, and no window flashes on the screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from onboarding import paths
    from onboarding.content.errors import PackError
    from onboarding.content.loader import load_pack

    folders = [Path(p) for p in args.pack] if args.pack else paths.bundled_packs()
    if not folders:
        print(f"self-check: no content packs found in {paths.content_dir()}", file=sys.stderr)
        return 1
    failures = 0
    for folder in folders:
        try:
            pack = load_pack(folder)  # strict: a pack with any problem fails the check
        except PackError as error:
            failures += 1
            for problem in error.problems:
                print(problem)
            print(f"FAIL {folder}: {len(error.problems)} problem(s) in the pack")
            continue
        failures += _walk_pack(pack)
    print("self-check: " + ("all packs OK" if not failures else f"{failures} pack(s) failed"))
    return 1 if failures else 0


def _walk_pack(pack: Pack) -> int:
    """Walk one pack in each of its languages; print a line per language; 0 if all worked."""
    from onboarding import paths
    from onboarding.flow.progress import ProgressStore
    from onboarding.flow.quiz import overall_score
    from onboarding.ui.app import make_application
    from onboarding.ui.i18n import Translations
    from onboarding.ui.main_window import MainWindow
    from onboarding.ui.walker import SilentDialogs, walk

    app = make_application()
    failed = 0
    if not Translations(app).set_language("sv"):
        print(f"  the Swedish translation is missing from {paths.i18n_dir()}")
        failed = 1
    for lang in pack.manifest.languages:
        store = ProgressStore.in_memory()
        window = MainWindow(store, dialogs=SilentDialogs(), lang=lang)
        window.resize(1024, 720)
        window.show()
        window.open_pack(pack)
        errors = walk(window, app)
        correct, total = overall_score(pack, store.answers_for_pack(pack.id))
        if correct != total:
            errors.append(f"quizzes scored {correct}/{total} after answering correctly")
        window.close()
        window.deleteLater()
        app.processEvents()
        steps = len(list(pack.step_refs()))
        if errors:
            failed = 1
            for error in errors:
                print(f"  {error}")
            print(f"FAIL {pack.id} ({lang}): {len(errors)} error(s)")
        else:
            print(f"OK   {pack.id} ({lang}): {steps} steps shown, {total} questions answered")
    return failed
