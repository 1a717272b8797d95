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


@pytest.fixture(autouse=True)
def fresh_application_state(qapp):
    """Language, text size and stylesheet are application-wide: reset them after each test so
    one test's Swedish window or 200 % text never leaks into the next."""
    yield
    from onboarding.ui import theme
    from onboarding.ui.i18n import Translations

    Translations(qapp).set_language("en")
    qapp.setStyleSheet("")
    theme.apply_text_scale(qapp, 100)


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


TINY_PACK = {
    "pack.yaml": """\
format: 1
id: tiny
organisation: {sv: Lilla kommunen, en: Small Municipality}
title: {sv: Välkommen till Lilla kommunen, en: Welcome to Small Municipality}
languages: [sv, en]
pass_mark: 50
shuffle: false
chapters: [start, slut]
""",
    "start.yaml": """\
title: {sv: Början, en: Beginning}
steps:
  - id: hej
    type: reading
    title: {sv: Hej och välkommen, en: Hello and welcome}
    body: Här börjar din första dag. Gå gärna på din första **APT**.
  - id: kollega
    type: story
    title: {sv: Möt Ronja, en: Meet Ronja}
    person: {name: Ronja Berg, role: {sv: förskollärare, en: preschool teacher}}
    body: Ronja arbetar med de yngsta barnen.
    values: [Barnens bästa]
  - id: ordlista
    type: glossary
    title: {sv: Ordlista, en: Glossary}
    terms:
      - id: apt
        term: {sv: APT, en: APT}
        aliases: [arbetsplatsträff]
        definition: {sv: Arbetsplatsträff där alla på enheten möts., en: A workplace meeting.}
  - id: testa
    type: quiz
    title: {sv: Testa dig själv, en: Check yourself}
    questions:
      - id: q1
        type: single
        prompt: Vem arbetar med de yngsta barnen?
        step: kollega
        explanation: Ronja är förskollärare.
        options:
          - {text: Ronja, correct: true, feedback: Rätt.}
          - {text: Ingen, feedback: Fel.}
""",
    "slut.yaml": """\
title: {sv: Slut, en: End}
steps:
  - id: klart
    type: summary
    title: {sv: Sammanfattning, en: Summary}
    body: Bra jobbat!
""",
}


@pytest.fixture
def tiny_pack():
    from onboarding.content.loader import load_pack_files

    return load_pack_files(TINY_PACK)


@pytest.fixture
def tiny_window(qtbot, dialogs, tiny_pack):
    """A shown main window on the tiny pack, progress in memory, English UI."""
    from onboarding.flow.progress import ProgressStore
    from onboarding.ui.main_window import MainWindow

    made = MainWindow(ProgressStore.in_memory(), dialogs=dialogs, lang="en")
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    made.open_pack(tiny_pack)
    qtbot.waitExposed(made)
    return made
