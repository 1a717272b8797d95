"""The one place that knows where bundled files live: source tree, installed, or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """Folder that holds `resources/` and `content/`.

    Frozen (PyInstaller): sys._MEIPASS. From source or an editable install: the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def content_dir() -> Path:
    return bundle_root() / "content"


def bundled_packs() -> list[Path]:
    """Every folder under content/ that holds a pack.yaml, sorted by name."""
    root = content_dir()
    if not root.is_dir():
        return []
    return sorted(p.parent for p in root.glob("*/pack.yaml"))
