"""Content, flow, rendering and records stay free of Qt so they test without a display."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "onboarding"
QT_FREE = ["content", "flow", "rendering", "records", "startcache.py"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_does_not_import_qt(layer):
    path = PACKAGE / layer
    files = [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
    assert files, f"no modules found under onboarding/{layer}"
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(m for m in imported_modules(f) if "PySide" in m)
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_checker_sees_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport PySide6.QtGui\n")
    assert imported_modules(bad) == {"PySide6.QtCore", "PySide6.QtGui"}
