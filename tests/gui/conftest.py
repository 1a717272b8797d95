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


@dataclass
class LinkRecorder:
    """Stands in for the window's navigation: records the links a page followed."""

    terms: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)


@pytest.fixture
def links() -> LinkRecorder:
    return LinkRecorder()


@pytest.fixture
def make_context(dialogs, links):
    """make_context(pack, store=None, lang="sv", presenter=False) -> PageContext for one page.

    store defaults to an in-memory ProgressStore; css is the rendering layer's default sheet.
    """

    def make(pack, store=None, *, lang="sv", presenter=False):
        from onboarding.flow.progress import ProgressStore
        from onboarding.rendering import document_css
        from onboarding.ui.pages.base import PageContext

        return PageContext(
            pack=pack,
            store=store if store is not None else ProgressStore.in_memory(),
            lang=lang,
            open_step=links.steps.append,
            open_term=links.terms.append,
            dialogs=dialogs,
            presenter=presenter,
            css=document_css(pack.manifest.theme),
        )

    return make
