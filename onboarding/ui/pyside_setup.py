"""One adjustment to PySide6 itself, made once, before the app's modules are imported."""

from __future__ import annotations

import sys
from types import ModuleType


def skip_feature_source_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 hooks every import to see whether the module opts in to its `__feature__` syntax
    (snake_case, true_property): it reads the module's whole source and keeps every line in
    linecache for the life of the process, about 15 ms of start-up and 5 MB here. No module
    this app imports uses `__feature__`, so the answer is no without reading. If a PySide6
    version has no such function, nothing is changed.
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(_module: ModuleType) -> bool:
    return False
