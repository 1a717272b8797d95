"""Shared GUI-test helpers: a scripted Dialogs fake, so no test ever blocks on a modal."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import pytest


@dataclass
class FakeDialogs:
    """Answers queued by the test, calls recorded for asserting what the person was asked."""

    answers: deque = field(default_factory=deque)
    calls: list[tuple[str, tuple]] = field(default_factory=list)

    def queue(self, *answers) -> FakeDialogs:
        self.answers.extend(answers)
        return self

    def _answer(self, kind: str, args: tuple, default=None):
        self.calls.append((kind, args))
        return self.answers.popleft() if self.answers else default

    def save_file(self, title, suggested_path, name_filter):
        return self._answer("save_file", (title, suggested_path, name_filter))

    def open_folder(self, title, start=""):
        return self._answer("open_folder", (title, start))

    def ask_text(self, title, label, text=""):
        return self._answer("ask_text", (title, label, text))

    def info(self, title, text):
        self._answer("info", (title, text))

    def warning(self, title, text):
        self._answer("warning", (title, text))

    def confirm(self, title, text):
        return self._answer("confirm", (title, text), default=True)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()
