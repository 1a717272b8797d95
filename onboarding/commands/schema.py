"""`onboarding schema [--output FILE]`: print the JSON Schema of pack files (for editors).

The committed copy is `content/schema.json`; regenerate it with
`python -m onboarding schema --output content/schema.json` after changing the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def schema_text() -> str:
    from onboarding.content.schema import pack_schema

    return json.dumps(pack_schema(), indent=2, ensure_ascii=False) + "\n"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboarding schema",
        description="Print the JSON Schema (draft 2020-12) of pack.yaml and chapter files.",
    )
    parser.add_argument("--output", "-o", help="write to this file instead of printing")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    text = schema_text()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        print(f"onboarding schema: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return 1
    return 0
