"""Extract, read and refresh the UI translation sources (.ts): shared by tests and developers.

Refresh the committed Swedish source after adding or changing UI strings:

    .venv/bin/python tests/translations_util.py

It runs pyside6-lupdate over every Python file in onboarding/ (existing translations are kept,
new strings are added unfinished, strings no longer in the code are dropped) and lists what
still needs a translation. See docs/translations.md.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "en"
# Languages with a committed .ts. English is the source language and needs none (see docs).
TRANSLATED_LANGUAGES = ("sv",)

# Placeholders filled in after translation: {name} for str.format/replace, %1 and %n for Qt.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+|%n|%L\d+")


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"onboarding_{lang}.ts"


def refresh_command_text(lang: str = "sv") -> str:
    """The command a developer runs to bring the committed .ts up to date with the code."""
    return ".venv/bin/python tests/translations_util.py" + ("" if lang == "sv" else f" {lang}")


def qt_tool(name: str) -> str:
    """A PySide6 tool from the virtualenv running us (its scripts sit next to the interpreter)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install the project's virtualenv first")
    return found


def lupdate_command(ts: Path, lang: str = "sv") -> list[str]:
    """lupdate over every Python file under onboarding/ (run from the repository root).

    No source locations: line numbers would change the .ts on every edit of the code and make
    merges between engineers noisy; context and source text identify each message.
    """
    return [
        qt_tool("pyside6-lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "onboarding",
        "-ts",
        str(ts),
    ]


def run_lupdate(ts: Path, lang: str = "sv") -> None:
    subprocess.run(lupdate_command(ts, lang), cwd=ROOT, check=True, capture_output=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one entry, or one per plural form when numerus
    finished: bool
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type") or ""
                if numerus:
                    texts = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    finished=kind not in ("unfinished", "vanished", "obsolete"),
                    numerus=numerus,
                )
            )
    return messages


def untranslated(messages: list[Message]) -> list[Message]:
    return [m for m in messages if not m.finished or not all(t.strip() for t in m.translations)]


def tr_calls_in_code(source_dir: Path = ROOT / "onboarding") -> set[tuple[str, str]]:
    """(context, source) of every tr() call with literal text, found with Python's own parser.

    lupdate's Python reader misses some calls (one inside an f-string, for instance); comparing
    its output with this list shows which strings would silently stay English.
    """
    found: set[tuple[str, str]] = set()
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _collect(tree, None, found)
    return found


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _collect(node: ast.AST, class_name: str | None, found: set[tuple[str, str]]) -> None:
    if isinstance(node, ast.ClassDef):
        class_name = node.name
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = _literal(node.args[0])
        second = _literal(node.args[1]) if len(node.args) > 1 else None
        if name in ("tr", "QT_TR_NOOP") and first is not None and class_name:
            found.add((class_name, first))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and first and second is not None:
            found.add((first, second))
    for child in ast.iter_child_nodes(node):
        _collect(child, class_name, found)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def main(argv: list[str]) -> int:
    langs = argv or list(TRANSLATED_LANGUAGES)
    missing_any = False
    for lang in langs:
        ts = ts_path(lang)
        run_lupdate(ts, lang)
        messages = read_ts(ts)
        missing = untranslated(messages)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} strings, {len(missing)} to translate")
        for message in missing:
            print(f"  [{message.context}] {message.source!r}")
        missing_any = missing_any or bool(missing)
    if missing_any:
        print("Translate them in Qt Linguist: .venv/bin/pyside6-linguist resources/i18n/*.ts")
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
