"""The glossary popup: a term's explanation over the page, which stays as it was."""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from onboarding.rendering import render_term
from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext
from onboarding.ui.pages.reading import give_room


class TermPopup(QDialog):
    """Non-modal: the learner can read on while it is open. Esc or Close hides it and gives
    focus back to the widget that had it, so the place in the page is kept."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.context = context
        self.term_id: str | None = None
        self._return_focus: QWidget | None = None

        self.browser = ContentBrowser(context)
        give_room(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the explanation"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_term(cls, parent: QWidget, context: PageContext, term_id: str) -> TermPopup:
        """Show `term_id` in the window's one popup (made on first use, reused after)."""
        window = parent.window()
        popup = window.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if popup is None:
            popup = cls(context, window)
        popup.context = popup.browser.context = context  # language or theme may have changed
        popup.set_term(term_id)
        popup.open_over_page()
        return popup

    def set_term(self, term_id: str) -> None:
        self.term_id = term_id
        lang = self.context.lang
        term = self.context.pack.terms().get(term_id)
        if term is None:  # the loader checks term links; this only guards a stale link
            title = self.tr("Unknown term")
            message = self.tr("This word has no explanation in the glossary.")
            html = f"<p>{escape(message)}</p>"
        else:
            title = term.term.get(lang)
            html = render_term(term, lang=lang, tr=self.context.tr)
        self.setWindowTitle(title)
        self.browser.setAccessibleName(title)
        self.browser.set_content(html)
        self._fit_to_content()

    def _fit_to_content(self) -> None:
        """As tall as the explanation needs, within limits; measured in characters and lines
        so the popup grows with the text size."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 70
        margins = self.layout().contentsMargins()
        # Measured on a copy: the browser keeps its own document's width to its viewport's.
        document = self.browser.document().clone(self)
        document.setDocumentMargin(self.browser.document().documentMargin())
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        document.setTextWidth(width - margins.left() - margins.right() - scrollbar)
        chrome = margins.top() + margins.bottom() + self.layout().spacing()
        chrome += self.buttons.sizeHint().height() + metrics.lineSpacing()  # slack
        height = int(document.size().height()) + chrome
        document.deleteLater()
        lines = metrics.lineSpacing()
        self.resize(width, max(lines * 8, min(height, lines * 30)))

    def open_over_page(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused) and focused is not self:
            self._return_focus = focused
        if self.isVisible():
            self.raise_()  # already open, maybe behind the window: bring it forward
        self.show()
        self.activateWindow()
        self.browser.setFocus()

    # --- closing gives the place back -------------------------------------------------------

    def _give_focus_back(self) -> None:
        widget, self._return_focus = self._return_focus, None
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        self._give_focus_back()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        super().closeEvent(event)
        self._give_focus_back()
