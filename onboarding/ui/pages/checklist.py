"""Checklist step: first-day tasks the learner ticks off; each tick is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from onboarding.content.models import ChecklistItem, ChecklistStep
from onboarding.flow.progress import ProgressError
from onboarding.rendering import render_step
from onboarding.rendering.markdown import plain_text, render_markdown
from onboarding.ui import progress_text
from onboarding.ui.browser import EXTERNAL_SCHEMES, ContentBrowser
from onboarding.ui.pages.base import PageContext, StepPage, register


@register
class ChecklistPage(StepPage):
    STEP_TYPE = "checklist"

    def __init__(self, context: PageContext, step: ChecklistStep, parent: QWidget | None = None):
        super().__init__(context, step, parent)
        self.paint_own_background()
        self.boxes: dict[str, QCheckBox] = {}
        self.help_labels: dict[str, QLabel] = {}

        self.intro = ContentBrowser(context, fit_height=True)
        self.progress = QLabel()
        self.progress.setObjectName("checklistProgress")

        body = QWidget()
        # The same background as the rendered intro above, so the page reads as one sheet.
        body.setBackgroundRole(QPalette.ColorRole.Base)
        body.setAutoFillBackground(True)
        column = QVBoxLayout(body)
        room = self.fontMetrics().height()
        column.setContentsMargins(room, room, room, room)
        column.setSpacing(room // 4)
        self.intro.document().setDocumentMargin(0)  # the layout's margin lines it up
        column.addWidget(self.intro)
        indent = self._indicator_indent()
        for item in step.items:
            box = QCheckBox()
            box.toggled.connect(lambda ticked, item_id=item.id: self._ticked(item_id, ticked))
            self.boxes[item.id] = box
            column.addSpacing(room // 2)
            column.addWidget(box)
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(indent, 0, 0, 0)
            label.linkActivated.connect(self._follow)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)  # relative: scales with the app font
            label.setFont(font)
            self.help_labels[item.id] = label
            column.addWidget(label)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.progress)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop; it follows focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._fill_texts()
        saved = set() if context.presenter else context.store.ticked(context.pack.id, step.id)
        for item_id, box in self.boxes.items():
            box.blockSignals(True)  # restoring is not ticking: nothing to save
            box.setChecked(item_id in saved)
            box.blockSignals(False)
        self._update_progress()

    # --- texts ----------------------------------------------------------------------------

    def _fill_texts(self) -> None:
        lang = self.context.lang
        self.intro.setAccessibleName(self.step.title.get(lang))
        linked: set[str] = set()  # each term is linked once on the page, help texts included
        self.intro.set_content(
            render_step(self.context.pack, self.step, lang=lang, tr=self.context.tr, linked=linked)
        )
        for item in self.step.items:
            self._fill_item(item, lang, linked)

    def _fill_item(self, item: ChecklistItem, lang: str, linked: set[str]) -> None:
        box = self.boxes[item.id]
        text = item.text.get(lang)
        box.setText(text)
        box.setAccessibleName(text)
        label = self.help_labels[item.id]
        if item.help is None:
            label.hide()
            box.setAccessibleDescription("")
            return
        html = render_markdown(item.help, lang=lang, terms=self.context.pack.terms(), linked=linked)
        # Only a help text with links takes keyboard focus: Tab goes item to item otherwise.
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if "<a " in html:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        label.setTextInteractionFlags(flags)
        # The document stylesheet gives help links the theme's colour, as in the intro.
        label.setText(
            f"<html><head><style>{self.context.css}</style></head><body>{html}</body></html>"
        )
        box.setAccessibleDescription(plain_text(item.help, lang=lang))
        label.show()

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self._fill_texts()
        self._update_progress()

    # --- ticks ----------------------------------------------------------------------------

    def _ticked(self, item_id: str, ticked: bool) -> None:
        self._update_progress()
        if self.context.presenter:
            return
        try:
            self.context.store.set_ticked(self.context.pack.id, self.step.id, item_id, ticked)
        except ProgressError as error:
            self.context.dialogs.warning(self.tr("Not saved"), progress_text.not_saved(error))

    def ticked_count(self) -> int:
        return sum(box.isChecked() for box in self.boxes.values())

    def _update_progress(self) -> None:
        text = self.tr("{done} of {total} done")
        self.progress.setText(
            text.replace("{done}", str(self.ticked_count())).replace(
                "{total}", str(len(self.boxes))
            )
        )

    # --- helpers --------------------------------------------------------------------------

    def _indicator_indent(self) -> int:
        """Left indent that lines a help text up with its checkbox's text."""
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )

    def _follow(self, link: str) -> None:
        """Links in a help text behave as in any rendered document."""
        url = QUrl(link)
        if url.scheme() == "term":
            self.context.open_term(url.path())
        elif url.scheme() == "step":
            self.context.open_step(url.path())
        elif url.scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
