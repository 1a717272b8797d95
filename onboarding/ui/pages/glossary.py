"""Glossary step: every term of the step, filtered as the learner types in a search field."""

from __future__ import annotations

import dataclasses
import html
import unicodedata

from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from onboarding.content.models import GlossaryStep, Term
from onboarding.rendering import render_step
from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext, StepPage, register
from onboarding.ui.pages.reading import give_room

# The glossary template names each term's anchor ANCHOR_PREFIX + term id (scrollToAnchor).
ANCHOR_PREFIX = ""


def folded(text: str) -> str:
    """Text for case-insensitive matching: composed (å typed as a + ring matches å), casefolded."""
    return unicodedata.normalize("NFC", text).casefold()


def term_matches(term: Term, query: str, lang: str) -> bool:
    """Does `query` occur in the term (either language), an alias or the definition shown?"""
    needle = folded(query.strip())
    if not needle:
        return True
    haystacks = (term.term.sv, term.term.en or "", *term.aliases, term.definition.get(lang))
    return any(needle in folded(text) for text in haystacks)


@register
class GlossaryPage(StepPage):
    STEP_TYPE = "glossary"

    def __init__(self, context: PageContext, step: GlossaryStep, parent: QWidget | None = None):
        super().__init__(context, step, parent)
        self._pending_term: str | None = None
        self.visible_terms: tuple[Term, ...] = step.terms

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._filter)
        self.browser = ContentBrowser(context)
        give_room(self.browser)

        # One white sheet: the search row sits on the document's background, lined up with
        # its text.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        room = self.fontMetrics().height()
        self.search.setMaximumWidth(self.fontMetrics().averageCharWidth() * 50)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(room, room, room, 0)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(search_row)
        layout.addWidget(self.browser, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

        self._translate_ui()
        self._render()

    # --- public -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_term(self, term_id: str) -> None:
        """Scroll to `term_id`, clearing a search that hides it."""
        if all(term.id != term_id for term in self.visible_terms):
            self.search.clear()
        self._pending_term = term_id
        if self.isVisible():
            self._scroll_to_pending()

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self._translate_ui()
        self._render()

    # --- internals ----------------------------------------------------------------------

    def _translate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Search the glossary"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the terms whose word or explanation contains what you type.")
        )
        for clear_button in self.search.findChildren(QToolButton):  # the field's own ✕
            clear_button.setAccessibleName(self.tr("Clear the search"))
        self.browser.setAccessibleName(self.step.title.get(self.context.lang))

    def _filter(self, _text: str = "") -> None:
        self._render()

    def _render(self) -> None:
        query = self.search.text()
        lang = self.context.lang
        self.visible_terms = tuple(t for t in self.step.terms if term_matches(t, query, lang))
        shown = dataclasses.replace(self.step, terms=self.visible_terms)
        document = render_step(self.context.pack, shown, lang=lang, tr=self.context.tr)
        if not self.visible_terms:  # said where the terms would be, under the intro
            message = self.tr("No term matches “{query}”.").replace("{query}", query.strip())
            document += f'<p class="muted">{html.escape(message)}</p>'
        self.browser.set_content(document)

    def _scroll_to_pending(self) -> None:
        if self._pending_term is not None:
            self.browser.scrollToAnchor(ANCHOR_PREFIX + self._pending_term)
            self._pending_term = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._scroll_to_pending()
