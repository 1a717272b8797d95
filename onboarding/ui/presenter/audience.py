"""What the room sees on the projector: the step in large type, nothing else.

The base text size comes from the height of the view (so a 1280x720 projector and a
1920x1080 one both fill with the same amount of text), times the presenter's zoom. A slide
that would not fit is set smaller, down to a floor, before it ever scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext
from onboarding.ui.presenter.overview import OverviewTree
from onboarding.ui.presenter.session import PresenterSession, option_count
from onboarding.ui.presenter.slides import question_html, right_indices, step_html
from onboarding.ui.presenter.tally import Bar, TallyChart

LINES_PER_SCREEN = 27  # body text lines that fit the height: about 30 pt at 1080 p
FIT_STEPS = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)  # how far a long slide may shrink


def slide_pixel_size(height: int, zoom: int = 100) -> int:
    """Body text height in pixels for a view `height` pixels tall at `zoom` percent."""
    return max(12, round(height / LINES_PER_SCREEN * zoom / 100))


def slide_font(base: QFont, height: int, dpi: float, zoom: int = 100) -> QFont:
    """`base` (the application font, family and all) at the projector's size, in points so
    the keyword sizes of the rendered HTML (xx-large, large) scale from it."""
    font = QFont(base)
    font.setPointSizeF(slide_pixel_size(height, zoom) * 72.0 / max(dpi, 1.0))
    return font


class SlideBrowser(ContentBrowser):
    """A ContentBrowser that never takes focus (keys belong to the session) and sets a long
    slide smaller until it fits instead of scrolling."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_scale = 1.0

    def show_html(self, html: str) -> None:
        self.set_content(html)
        self.fit()

    def fit(self) -> None:
        base = self.font()
        document = self.document()
        width = self.viewport().width()
        height = self.viewport().height()
        if width <= 0 or height <= 0:
            return
        for scale in FIT_STEPS:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            document.setDefaultFont(font)
            document.setDocumentMargin(QFontMetricsF(font).height() * 0.4)
            document.setTextWidth(width)
            if document.size().height() <= height:
                self.fit_scale = scale
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                return
        # Too long even when smaller: let a mouse scroll it rather than cut it off.
        self.fit_scale = FIT_STEPS[-1]
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit()


class BlackScreen(QWidget):
    """The room sees nothing (B or . on a clicker)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Black screen"))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        QPainter(self).fillRect(self.rect(), QColor("#000000"))


class AudienceView(QWidget):
    def __init__(
        self,
        session: PresenterSession,
        context: PageContext,
        *,
        dark: bool = False,
    ):
        super().__init__()
        self.setObjectName("AudienceView")
        self.session = session
        self.context = context
        self.dark = dark
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Onboarding: audience view"))
        self.setAccessibleName(self.tr("Audience view"))
        palette = self.palette()
        background, text = ("#000000", "#ffffff") if dark else ("#ffffff", "#1b1b1b")
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(background))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(text))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.browser = SlideBrowser(context)
        self.chart = TallyChart(colour=session.pack.manifest.theme.primary, dark=dark)
        self.chart.hide()
        self.chapter_label = QLabel()
        self.position_label = QLabel()
        for label in (self.chapter_label, self.position_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setForegroundRole(QPalette.ColorRole.WindowText)

        content = QWidget()
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.browser, 3)
        body.addWidget(self.chart, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.chapter_label, 1)
        footer.addWidget(self.position_label)
        self.content_layout = QVBoxLayout(content)
        self.content_layout.addLayout(body, 1)
        self.content_layout.addLayout(footer)
        self.black = BlackScreen()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.black)

        # With one screen the overview has nowhere else to go: over the slide's right side
        # (allow_overview; launch.replan decides).
        self.overview: OverviewTree | None = None
        session.overview_toggled.connect(self._show_overview)

        session.step_changed.connect(self.refresh)
        session.tally_changed.connect(self.update_chart)
        session.chart_toggled.connect(self.update_chart)
        session.blanked.connect(self._blank)
        session.zoom_changed.connect(self._resize_text)
        self._resize_text()
        self.refresh()

    # --- what is shown ------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        session = self.session
        lang = session.lang
        step = session.step
        question = session.question()
        if question is None:
            html = step_html(session.pack, step, lang=lang)
        else:
            html = question_html(
                step,
                session.frame.question,
                session.display_order(question),
                lang=lang,
                revealed=session.frame.revealed,
                dark=self.dark,
            )
        self.browser.setAccessibleName(step.title.get(lang))
        self.browser.show_html(html)
        number, total = session.position()
        self.chapter_label.setText(session.ref.chapter.title.get(lang))
        self.position_label.setText(f"{number} / {total}")
        self.update_chart()

    def update_chart(self, *_args) -> None:
        session = self.session
        question = session.question()
        visible = bool(question is not None and session.chart_visible and option_count(question))
        if visible:
            counts = session.tally(question)
            right = right_indices(question) if session.frame.revealed else set()
            self.chart.set_bars(
                [
                    Bar(str(position), counts.get(index, 0), index in right)
                    for position, index in enumerate(session.display_order(question), start=1)
                ]
            )
        if visible != self.chart.isVisible():
            self.chart.setVisible(visible)
            self.browser.fit()

    def audience_text(self) -> str:
        """Everything the room can read right now (for tests and accessibility checks)."""
        if self.session.is_blank:
            return ""
        return "\n".join(
            [self.browser.toPlainText(), self.chapter_label.text(), self.position_label.text()]
        )

    def _blank(self, blank: bool) -> None:
        self.stack.setCurrentWidget(self.black if blank else self.stack.widget(0))

    def _resize_text(self, *_args) -> None:
        screen = self.screen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        font = slide_font(self.font(), max(self.height(), 1), dpi, self.session.zoom)
        self.browser.setFont(font)
        self.chart.setFont(font)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.6)
        for label in (self.chapter_label, self.position_label):
            label.setFont(small)
        margin_x = round(self.width() * 0.04)
        margin_y = round(self.height() * 0.03)
        self.content_layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y // 2)
        self._place_overview()

    # --- overview (one screen only) -----------------------------------------------------

    def allow_overview(self, allowed: bool) -> None:
        """Whether the overview opens here, over the slide: only while there is no presenter
        view to open it in (one screen). The screens can change during a session."""
        if allowed and self.overview is None:
            self.overview = OverviewTree(self.session, self)
            self.overview.step_chosen.connect(self._jump)
            self.overview.hide()
        elif not allowed and self.overview is not None:
            self.overview.hide()
            self.overview.deleteLater()
            self.overview = None

    def _show_overview(self, open_: bool) -> None:
        if self.overview is None:
            return
        self.overview.setVisible(open_)
        if open_:
            self._place_overview()
            self.overview.raise_()
            self.overview.select_step(self.session.navigator.index)
            self.overview.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_overview(self) -> None:
        if self.overview is not None:
            width = max(self.width() // 3, 200)
            self.overview.setGeometry(self.width() - width, 0, width, self.height())

    def _jump(self, index: int) -> None:
        self.session.go(index)
        self.session.set_overview(False)

    # --- Qt events ----------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._resize_text()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.session.handle_key(event.key(), event.modifiers()):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.session.end()
        super().closeEvent(event)
