"""The presenter's own window on the laptop: now, next, speaker notes, the clock, the tally.

The room never sees this. The current slide is previewed with the answer already shown, so
the presenter knows it before revealing it. G opens the chapter overview on the left.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from onboarding.rendering import render_markdown
from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext
from onboarding.ui.presenter.overview import OverviewTree
from onboarding.ui.presenter.session import PresenterSession, option_count
from onboarding.ui.presenter.slides import frame_title, question_html, step_html


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class PanelBrowser(ContentBrowser):
    """Read-only text on the presenter's screen; keys go to the session, not to scrolling."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)


class PresenterView(QWidget):
    def __init__(self, session: PresenterSession, context: PageContext):
        super().__init__()
        self.setObjectName("PresenterView")
        self.session = session
        self.context = context
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Onboarding: presenter view"))
        base = self.font()

        self.clock_label = QLabel(session.clock.text())
        self.clock_label.setFont(_scaled(base, 2.0, bold=True))
        self.position_label = QLabel()
        self.position_label.setFont(_scaled(base, 1.3))
        self.status_label = QLabel()
        self.status_label.setFont(_scaled(base, 1.3, bold=True))
        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        top.addSpacing(self.fontMetrics().height() * 2)
        top.addWidget(self.position_label, 1)
        top.addWidget(self.status_label)

        self.overview = OverviewTree(session)
        self.overview.step_chosen.connect(self._jump)
        self.overview.hide()

        self.now_heading = QLabel()
        self.now_label = QLabel()
        self.next_heading = QLabel()
        self.next_label = QLabel()
        self.notes_heading = QLabel()
        for heading in (self.now_heading, self.next_heading, self.notes_heading):
            heading.setObjectName("PositionLabel")  # the theme's muted colour
        for label in (self.now_label, self.next_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(_scaled(base, 1.3, bold=True))
        self.preview = PanelBrowser(context)
        self.notes = PanelBrowser(context)
        self.notes.setFont(_scaled(base, 1.25))
        self.tally_label = QLabel()
        self.tally_label.setWordWrap(True)
        self.tally_label.setFont(_scaled(base, 1.2))

        now = QVBoxLayout()
        now.addWidget(self.now_heading)
        now.addWidget(self.now_label)
        now.addWidget(self.preview, 1)
        side = QVBoxLayout()
        side.addWidget(self.next_heading)
        side.addWidget(self.next_label)
        side.addWidget(self.notes_heading)
        side.addWidget(self.notes, 1)
        side.addWidget(self.tally_label)
        middle = QHBoxLayout()
        middle.addWidget(self.overview, 2)
        middle.addLayout(now, 3)
        middle.addLayout(side, 3)

        self.help_label = QLabel()
        self.help_label.setObjectName("PositionLabel")
        self.help_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.help_label)

        session.clock.ticked.connect(self.clock_label.setText)
        session.step_changed.connect(self.refresh)
        session.tally_changed.connect(self.update_tally)
        session.chart_toggled.connect(self.update_status)
        session.blanked.connect(self.update_status)
        session.fullscreen_changed.connect(self.update_status)
        session.overview_toggled.connect(self._show_overview)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.now_heading.setText(self.tr("Now"))
        self.next_heading.setText(self.tr("Next"))
        self.notes_heading.setText(self.tr("Speaker notes"))
        self.clock_label.setAccessibleName(self.tr("Time since the session started"))
        self.position_label.setAccessibleName(self.tr("Position in the introduction"))
        self.status_label.setAccessibleName(self.tr("What the room sees"))
        self.now_label.setAccessibleName(self.tr("Shown now"))
        self.next_label.setAccessibleName(self.tr("Shown next"))
        self.preview.setAccessibleName(self.tr("Preview of the current slide with its answer"))
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.tally_label.setAccessibleName(self.tr("Show of hands"))
        self.help_label.setText(
            self.tr(
                "Next: PageDown, →, Space · Back: PageUp, ← · Black screen: B or . · "
                "Overview: G · Show of hands: 1–9 (Alt+digit takes one away, 0 clears), "
                "T shows or hides the chart · Larger/smaller text: + / − · "
                "Full screen: F5, leave with Esc · End: Q"
            )
        )
        self.help_label.setAccessibleName(self.tr("Keys"))

    # --- what is shown ------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        session = self.session
        lang = session.lang
        frame = session.frame
        question = session.question()
        number, total = session.position()
        self.position_label.setText(
            self.tr("Step {number} of {total} · {chapter}").format(
                number=number, total=total, chapter=session.ref.chapter.title.get(lang)
            )
        )
        self.now_label.setText(frame_title(session.step, frame.question, frame.revealed, lang=lang))
        if question is None:
            preview = step_html(session.pack, session.step, lang=lang)
        else:
            order = session.display_order(question)
            preview = question_html(session.step, frame.question, order, lang=lang, revealed=True)
        self.preview.set_content(preview)
        upcoming = session.next_frame()
        if upcoming is None:
            self.next_label.setText(self.tr("The end of the introduction"))
        else:
            ref, next_frame = upcoming
            if ref is session.ref and next_frame.revealed:
                self.next_label.setText(self.tr("Reveal the answer"))
            else:
                title = frame_title(ref.step, next_frame.question, next_frame.revealed, lang=lang)
                self.next_label.setText(title)
        notes = session.step.notes
        if notes is not None and notes.get(lang).strip():
            self.notes.set_content(render_markdown(notes, lang=lang))
        else:
            none = self.tr("No notes for this step.")
            self.notes.set_content(f"<p><i>{escape(none)}</i></p>")
        self.update_tally()
        self.update_status()
        if self.overview.isVisible():
            self.overview.select_step(session.navigator.index)

    def update_tally(self, *_args) -> None:
        session = self.session
        question = session.question()
        if question is None or not option_count(question):
            self.tally_label.setText("")
            return
        counts = session.tally(question)
        parts = [
            f"{position}: {counts.get(index, 0)}"
            for position, index in enumerate(session.display_order(question), start=1)
        ]
        self.tally_label.setText(
            self.tr("Show of hands: {counts}").format(counts=" · ".join(parts))
        )

    def update_status(self, *_args) -> None:
        session = self.session
        if session.is_blank:
            text = self.tr("Room: black screen")
        elif session.chart_visible:
            text = self.tr("Room: chart shown")
        else:
            text = self.tr("Room: slide shown")
        if not session.is_fullscreen:
            text += " · " + self.tr("not full screen")
        self.status_label.setText(text)

    # --- overview -----------------------------------------------------------------------

    def _show_overview(self, open_: bool) -> None:
        self.overview.setVisible(open_)
        if open_:
            self.overview.select_step(self.session.navigator.index)
            self.overview.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _jump(self, index: int) -> None:
        self.session.go(index)
        self.session.set_overview(False)

    # --- Qt events ----------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.session.handle_key(event.key(), event.modifiers()):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.session.end()
        super().closeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
