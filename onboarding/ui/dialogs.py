"""Every modal question the app asks, behind one small service.

Pages and the window never call QFileDialog or QMessageBox directly: they ask `Dialogs`, which
tests replace with a scripted fake (tests/gui/conftest.py), so no test ever blocks on a modal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# The dialog classes are imported where used: none is needed to start, and each costs
# PySide some set-up on first import.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Dialogs:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def save_file(self, title: str, suggested_path: str, name_filter: str) -> str | None:
        """Where to save a file; None if the learner cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested_path, name_filter)
        return path or None

    def open_folder(self, title: str, start: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self.parent, title, start)
        return path or None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text (e.g. the learner's name); None if cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def warning(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
