"""Command line. Sub-commands are dispatched here; Qt is imported only when a GUI starts."""

from __future__ import annotations

import argparse
import sys

from onboarding import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onboarding", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--pack", help="content pack folder to open")
    parser.add_argument("--lang", choices=["sv", "en"], help="user interface and content language")
    parser.add_argument("--presenter", action="store_true", help="presenter mode for a projector")
    parser.add_argument("--data-dir", help="where progress is stored (default: per user)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from onboarding.ui.app import run_gui

    return run_gui(args)
