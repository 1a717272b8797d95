"""The read-only view of rendered content, and where content links are handled."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from onboarding.ui import qt_values
from onboarding.ui.after_paint import after_next_paint
from onboarding.ui.pages.base import PageContext

EXTERNAL_SCHEMES = {"http", "https", "mailto"}


def viewport_of(browser: QTextBrowser) -> QWidget:
    """browser.viewport(), found by its name: asked for directly, PySide looks the plain
    QWidget that Qt made up among every widget class it has, building them all (about 10 ms,
    before the first paint); found as a child of a given class, it does not. Not to be kept
    in an attribute: PySide then let such a wrapper outlive its widget (a crash)."""
    return browser.findChild(QWidget, "qt_scrollarea_viewport") or browser.viewport()


class ContentBrowser(QTextBrowser):
    """QTextBrowser showing HTML from onboarding.rendering.

    `term:ID` opens the glossary popup and `step:ID` asks the window to navigate, both through
    the page context, so the page never decides navigation itself. Web links open in the
    system browser; anything else is ignored (content cannot make the app load a file).

    With fit_height the browser grows to its document's height instead of scrolling, for
    stacking several documents (a question and its feedback) inside one scroll area.
    """

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        fit_height: bool = False,
    ):
        super().__init__(parent)
        self.context = context
        self._fit_height = fit_height
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The document paints every pixel of the view: its root frame's background (the body
        # colour every stylesheet of onboarding.rendering.styles sets) fills the whole
        # exposed area. Saying so spares the window, the page frame and the viewport's own
        # style from filling the same area first, each a full-page fill (about 0.2 ms of a
        # 1.5 ms step switch).
        # The attribute is a `Qt` enum: a page shown in the window's first frame takes it
        # after that frame (see qt_values), which it paints the plain way.
        if context.css:
            if qt_values.namespace_built():
                self._make_opaque()
            else:
                after_next_paint(self, self._make_opaque)
        self.set_content("")  # empty, but in the document's colours
        self.setProperty("textInteractionFlags", qt_values.BROWSER_TEXT_INTERACTION)
        if fit_height:
            self.setProperty("verticalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
            self.setProperty("horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _make_opaque(self) -> None:
        viewport_of(self).setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_content(self, html: str) -> None:
        """Show `html` with the context's stylesheet (theme colours, contrast mode)."""
        self.document().setDefaultStyleSheet(self.context.css)
        # Rendered HTML is a fragment; in a body the stylesheet's body rule (text and
        # background colour) applies, and the background is what fills the opaque viewport.
        self.setHtml(f"<body>{html}</body>")

    def clear(self) -> None:
        """Empty, in the document's colours (QTextEdit.clear would drop the background)."""
        self.set_content("")

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "term":
            self.context.open_term(url.path())
        elif scheme == "step":
            self.context.open_step(url.path())
        elif scheme in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)

    # --- fit_height ---------------------------------------------------------------------

    def _fit(self, *_args) -> None:
        margins = self.contentsMargins()
        height = int(self.document().size().height()) + margins.top() + margins.bottom() + 2
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._fit_height:
            self.document().setTextWidth(viewport_of(self).width())
            self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # A scroll area's own minimum (about 68 px) would leave gaps under one-line documents.
        hint = super().minimumSizeHint()
        if self._fit_height:
            hint.setHeight(self.minimumHeight())
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        if self._fit_height:
            hint.setHeight(self.minimumHeight())
        return hint
