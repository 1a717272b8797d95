"""PySide6 no longer reads and keeps the source of every module imported after the UI."""

import linecache
import sys

import PySide6.QtCore  # noqa: F401 (installs PySide's import hook)

import onboarding.ui  # noqa: F401 (the set-up under test runs on import)


def test_a_module_imported_after_the_ui_is_not_read_into_linecache(tmp_path, monkeypatch):
    source = tmp_path / "freshly_written_module.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    module = __import__("freshly_written_module")  # an import statement, as PySide hooks it
    try:
        assert module.VALUE == 1
        assert str(source) not in linecache.cache
    finally:
        sys.modules.pop("freshly_written_module", None)
