"""Command line. Sub-commands live in onboarding/commands/, one module each, imported only when
called, so `onboarding validate` never loads Qt and the GUI starts without loading the others."""

from __future__ import annotations

import argparse
import importlib
import sys

from onboarding import APP_NAME, __version__

# name -> module under onboarding.commands with `main(argv: list[str]) -> int`
SUBCOMMANDS = {
    "validate": "validate",
    "schema": "schema",
    "self-check": "self_check",
    "export": "export",
}


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboarding",
        description=f"{APP_NAME} {__version__}. Sub-commands: " + ", ".join(SUBCOMMANDS),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--pack", help="content pack folder to open")
    parser.add_argument("--lang", choices=["sv", "en"], help="user interface and content language")
    parser.add_argument("--presenter", action="store_true", help="presenter mode for a projector")
    parser.add_argument("--data-dir", help="where progress is stored (default: per user)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in SUBCOMMANDS:
        module = importlib.import_module(f"onboarding.commands.{SUBCOMMANDS[argv[0]]}")
        return module.main(argv[1:])
    args = build_gui_parser().parse_args(argv)
    from onboarding.ui.app import run_gui

    return run_gui(args)
