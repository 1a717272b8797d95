"""Reading step: one rendered document. Also the base of the other single-document pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext, StepPage, register

if TYPE_CHECKING:
    from onboarding.content.models import Step


def give_room(browser: ContentBrowser) -> None:
    """A margin of about one line around the text, so it does not touch the edges (scales
    with the font, like everything else)."""
    browser.document().setDocumentMargin(browser.fontMetrics().height())


def document_view(page: StepPage) -> ContentBrowser:
    """The page's one document, filling it, with the focus."""
    browser = ContentBrowser(page.context, page)
    give_room(browser)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(browser)
    page.setFocusProxy(browser)
    return browser


class PreviewPage(StepPage):
    """A rendered page shown from the start-up cache's outline before its pack is read (see
    JourneyView.show_outline): the same document view, showing the HTML it was given. The
    journey replaces it with the live page once the pack is open."""

    def __init__(self, context: PageContext, html: str, name: str, parent: QWidget | None = None):
        super().__init__(context, None, parent)
        self.browser = document_view(self)
        self.browser.setAccessibleName(name)
        self.browser.set_content(html)


class RenderedStepPage(StepPage):
    """A page that is a single ContentBrowser showing `render_step` for its step.

    Subclasses that need render state (e.g. the policy layout) override `render_state`.
    """

    def __init__(self, context: PageContext, step: Step, parent: QWidget | None = None):
        super().__init__(context, step, parent)
        self.browser = document_view(self)
        self.render()

    def render_state(self) -> dict[str, Any] | None:
        return None

    def render(self) -> None:
        """(Re)build the document, keeping the reader's place in it."""
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        lang = self.context.lang
        state = self.render_state()
        key = (self.step.id, lang, repr(state))
        html = self.context.prerendered.pop(key, None)
        if html is None:
            # Jinja2 and markdown-it load on first use: not before a cached page
            from onboarding import rendering

            html = rendering.render_step(
                self.context.pack, self.step, lang=lang, state=state, tr=self.context.tr
            )
        self.rendered = (key, html)  # what the start-up cache keeps for the next start
        self.browser.setAccessibleName(self.step.title.get(lang))
        self.browser.set_content(html)
        if fraction:
            bar.setValue(round(fraction * bar.maximum()))

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self.render()


@register
class ReadingPage(RenderedStepPage):
    STEP_TYPE = "reading"
