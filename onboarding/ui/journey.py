"""The learner's walk through one pack: sidebar, step header, the page, Back and Next.

The navigator (onboarding.flow) decides where the learner may go; this view only asks it and
shows the answer. Every visit is saved the moment a step is shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from onboarding.flow.progress import ProgressError
from onboarding.ui import progress_text
from onboarding.ui.after_paint import after_next_paint
from onboarding.ui.pages.base import PAGE_TYPES, PageContext, StepPage
from onboarding.ui.sidebar import Sidebar, entries_of

if TYPE_CHECKING:
    from onboarding.content.models import Pack, Step
    from onboarding.flow.navigator import Navigator
    from onboarding.startcache import Outline


def is_quiz(step: Step | None) -> bool:
    return step is not None and step.TYPE == "quiz"


def page_class(step_type: str) -> type[StepPage]:
    """The page for `step_type`; its module (named after the type) is imported on first use,
    so start-up loads only the first step's page, not the quiz widgets or the PDF writer."""
    if step_type not in PAGE_TYPES:
        importlib.import_module(f"onboarding.ui.pages.{step_type}")
    return PAGE_TYPES[step_type]


def deliver_pending_resizes(widget: QWidget) -> None:
    """Send the resize events Qt holds back for a hidden widget tree until it is shown.

    A text browser lays its document out on its resize event, so a page built ahead would
    otherwise lay out every document again on Next. Done here, parents before children, as
    QWidget::show() does it; show() then finds nothing pending."""
    pending = QtCore.Qt.WidgetAttribute.WA_PendingResizeEvent  # after the first paint
    if widget.testAttribute(pending):
        widget.setAttribute(pending, False)
        QApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            deliver_pending_resizes(child)


def lay_out_hidden(page: QWidget, widgets: list[QWidget]) -> None:
    """Lay a hidden page out as show() would, so showing it later changes no geometry.

    Resizes lay out documents and inner layouts, whose new sizes (a document's height, the
    content of a scroll area) lay out again. Hidden widgets neither invalidate their parent's
    layout nor have layout requests handled, so every layout is run again, and every scroll
    area asked to fit its content, each round."""
    layouts = [w.layout() for w in widgets if w.layout() is not None]
    scroll_areas = [w for w in widgets if isinstance(w, QScrollArea)]
    for _ in range(3):
        for layout in layouts:
            layout.invalidate()
            layout.activate()
        for area in scroll_areas:
            QApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        deliver_pending_resizes(page)


def preload_pages() -> None:
    """Import every page module, so no later step (a jump in the contents) waits for one."""
    importlib.import_module("onboarding.ui.pages.all")


class JourneyView(QWidget):
    # The page shown has been painted and the contents brought up to date: a moment when
    # the learner is reading, for work nobody waits for.
    settled = Signal()

    def __init__(self, make_context: Callable[[Pack], PageContext], parent=None):
        super().__init__(parent)
        self._make_context = make_context
        self.pack: Pack | None = None
        self.navigator: Navigator | None = None
        self.context: PageContext | None = None
        self.page: StepPage | None = None
        # The next step's page, built while the learner reads this one (see _prebuild_next).
        self._prebuilt: StepPage | None = None
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.setInterval(0)
        self._prebuild_timer.timeout.connect(self._prebuild_next)
        self._waiting_for_paint = False
        # Quiz steps known to be complete or not, by step id, so a step switch does not read
        # every quiz's answers back from the store. Only a quiz's own page changes its
        # answers: while it is shown the page is asked live, and what it says when it is
        # left is what the store holds.
        self._complete: dict[str, bool] = {}
        self._sidebar_stale = False
        # The step shown but not yet saved as visited: saved once the page is painted.
        self._unsaved_visit: tuple[str, str] | None = None

        self.sidebar = Sidebar()
        self.sidebar.step_chosen.connect(self.go_to_index)

        self.chapter_label = QLabel()
        self.chapter_label.setObjectName("ChapterLabel")
        self.position_label = QLabel()
        self.position_label.setObjectName("PositionLabel")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)

        self.page_frame = QFrame()
        self.page_frame.setObjectName("PageFrame")
        self.page_layout = QVBoxLayout(self.page_frame)
        self.page_layout.setContentsMargins(8, 8, 8, 8)

        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setProperty("primary", True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.next_hint = QLabel()
        self.next_hint.setObjectName("PositionLabel")
        self.next_hint.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.chapter_label, 1)
        header.addWidget(self.position_label)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_hint, 1)
        nav.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 16, 12)
        right_layout.setSpacing(8)
        right_layout.addLayout(header)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.page_frame, 1)
        right_layout.addLayout(nav)

        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Reading order for Tab: contents, page, Back, Next.
        QWidget.setTabOrder(self.sidebar, self.page_frame)
        QWidget.setTabOrder(self.back_button, self.next_button)
        self.retranslate()

    # --- opening ------------------------------------------------------------------------

    def show_outline(self, outline: Outline, context: PageContext) -> None:
        """The first frame from the start-up cache's outline, before the pack is read (the
        content model alone takes 14 ms to load): the contents, the page and everything
        around it as they were saved. open_pack then puts the same, live, in its place."""
        from onboarding.ui.pages.reading import PreviewPage

        self.context = context
        self.sidebar.populate(outline.entries)
        self.fit_sidebar()
        current, visited, reachable = outline.state
        self.sidebar.update_state(current, set(visited), reachable)
        self.page = PreviewPage(context, outline.html, outline.page_name, self.page_frame)
        self.page_layout.addWidget(self.page)
        self.page.show()
        self.page.setFocus()
        self.chapter_label.setText(outline.chapter)
        number, total = outline.position
        self._show_navigation(
            number, total, outline.progress, outline.can_go_back, outline.can_go_next
        )

    def outline(self) -> dict | None:
        """What show_outline needs to show this frame again, for the start-up cache: None
        unless the page is a single rendered document."""
        nav, page = self.navigator, self.page
        rendered = getattr(page, "rendered", None)
        if nav is None or rendered is None or page.step is not nav.current.step:
            return None
        number, total = nav.position()
        return {
            "pack_id": self.pack.id,
            "step_id": page.step.id,
            "entries": self.sidebar.listed,
            "state": self.sidebar.marked,
            "chapter": self.chapter_label.text(),
            "position": (number, total),
            "progress": self.progress.value(),
            "can_go_back": self.back_button.isEnabled(),
            "can_go_next": self.next_button.isEnabled(),
            "page_name": page.browser.accessibleName(),
            "html": rendered[1],
        }

    def open_pack(self, pack: Pack, resume_at: str | None = None) -> None:
        from onboarding.flow.navigator import Navigator  # with the model: after the first frame

        self._discard_prebuilt()
        self.pack = pack
        self._complete.clear()
        self.context = self._make_context(pack)
        self.navigator = Navigator(pack, self._step_complete)
        self.sidebar.populate(entries_of(pack, self.context.lang))
        self.fit_sidebar()
        if not (resume_at and self.navigator.go(resume_at)):
            self.navigator.go(0)
        self.show_current()
        self._refresh_sidebar()  # just filled: show where the learner is from the start

    def _step_complete(self, step: Step) -> bool:
        if not is_quiz(step):
            return True
        if self.page is not None and self.page.step is step:
            return self.page.is_complete()
        known = self._complete.get(step.id)
        if known is None:
            # Imported here, not on each call: asked twenty times a step switch, and every
            # import statement runs PySide's import hook (about 5 us).
            from onboarding.flow.navigator import quiz_complete

            saved = self.context.store.answers(self.pack.id, step.id)
            known = self._complete[step.id] = quiz_complete(step, saved)
        return known

    # --- moving -------------------------------------------------------------------------

    def go_next(self) -> None:
        if self.navigator and self.navigator.can_go_next():
            self.navigator.next()
            self.show_current()

    def go_back(self) -> None:
        if self.navigator and self.navigator.can_go_back():
            self.navigator.back()
            self.show_current()

    def go_to_index(self, index: int) -> None:
        if self.navigator and index != self.navigator.index and self.navigator.go(index):
            self.show_current()

    def go_to_step(self, step_id: str) -> None:
        if self.navigator and self.navigator.go(step_id):
            self.show_current()

    def show_current(self, *, keep_focus: bool = True) -> None:
        """Show the page of the current step, update everything around it; the visit is
        saved once the page is painted."""
        self._save_visit()  # the step before, if it was left before its page was painted
        ref = self.navigator.current
        focus = QApplication.focusWidget()
        page = self._take_prebuilt(ref.step)
        if page is None:
            page = page_class(ref.step.TYPE)(self.context, ref.step, self.page_frame)
        # No setUpdatesEnabled around the swap: turning updates back on marks the whole frame
        # dirty, and a page that paints its own background (glossary, checklist) was then
        # painted twice. Hiding the old page and showing the new one dirty the same area once.
        old = self.page
        if old is not None:
            if is_quiz(old.step):
                self._complete[old.step.id] = old.is_complete()  # answered there, maybe
            self.page_layout.removeWidget(old)  # first: two pages would share the room
        self.page = page
        self.page.completion_changed.connect(self.update_navigation)
        self.page_layout.addWidget(self.page)
        self.page.show()
        # Keyboard users paging with Back/Next keep their place on the button; everyone else
        # lands on the new page, so a screen reader starts reading it. Focus moves before the
        # old page hides: hiding the focused page first would pass focus to the contents,
        # whose focus frame re-lays out and repaints the whole list (about 3 ms a step).
        if not (keep_focus and focus in (self.back_button, self.next_button) and focus.isEnabled()):
            self.page.setFocus()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._unsaved_visit = (self.pack.id, ref.step.id)
        lang = self.context.lang
        self.chapter_label.setText(ref.chapter.title.get(lang))
        self.update_navigation()

    # --- the next page, built ahead -----------------------------------------------------

    def _after_next_paint(self) -> None:
        """Once the window has painted what changed, bring the contents list up to date and
        then build the next page; never before: the learner is waiting for the page, and
        both would delay it. The build waits for the pass of the event loop after that, so
        it never holds up events that came with the paint."""
        self._prebuild_timer.stop()
        if self.window() is self:
            return  # not in a window: nothing paints it
        # Also while the window is still hidden (a pack opened before showing): its first
        # paint is the one to wait for.
        if not self._waiting_for_paint:
            self._waiting_for_paint = True
            after_next_paint(self, self._after_paint)
            self.position_label.update()  # a paint pass comes even if nothing else changed

    def _after_paint(self) -> None:
        self._waiting_for_paint = False
        if not self.isVisible():
            return  # closed meanwhile (its store may be closed too)
        self._save_visit()
        self._refresh_sidebar()
        self.settled.emit()
        self._prebuild_timer.start()

    def _prebuild_next(self) -> None:
        """Build the next step's page, hidden, once the event loop is idle after a step is
        shown: a learner reads every page for seconds, so Next then only swaps widgets.

        A page whose saved state changed since (is_stale: the summary, while the quiz before
        it is answered) is built again the next time the window settles, and never shown
        stale; a language, theme or text-size change or another pack discards the built page
        (it belongs to the old context)."""
        preload_pages()  # after the first paint, like this build; a no-op once imported
        nav = self.navigator
        if nav is None or self.context is None or nav.index + 1 >= len(nav.refs):
            return
        if not self.isVisible():
            return  # closed (its store may be closed too): no one will press Next
        step = nav.refs[nav.index + 1].step
        if self._prebuilt is not None:
            if self._is_usable(self._prebuilt, step):
                return
            self._discard_prebuilt()
        page = page_class(step.TYPE)(self.context, step, self.page_frame)
        page.hide()
        # Do now what show() would do on Next: style every widget and lay the page out at
        # the size it will get (for a checklist that is most of the switch).
        if self.page is not None:
            page.setGeometry(self.page.geometry())
        widgets = [page, *page.findChildren(QWidget)]
        for widget in widgets:
            widget.ensurePolished()
        lay_out_hidden(page, widgets)
        self._prebuilt = page

    def _take_prebuilt(self, step: Step) -> StepPage | None:
        """The page built ahead for `step` in the current context, or None (and drop any
        other, which is now stale)."""
        page = self._prebuilt
        if page is not None and self._is_usable(page, step):
            self._prebuilt = None
            return page
        self._discard_prebuilt()
        return None

    def _is_usable(self, page: StepPage, step: Step) -> bool:
        return page.step is step and page.context is self.context and not page.is_stale()

    def _discard_prebuilt(self) -> None:
        self._prebuild_timer.stop()
        if self._prebuilt is not None:
            self._prebuilt.deleteLater()
            self._prebuilt = None

    def update_navigation(self) -> None:
        nav = self.navigator
        if nav is None:
            return
        number, total = nav.position()
        progress = round(1000 * nav.progress_fraction())
        self._show_navigation(number, total, progress, nav.can_go_back(), nav.can_go_next())
        # The contents list follows once the page is painted: any change to its wrapped items
        # re-lays out and repaints the whole list (about 3 ms), which the page need not wait for.
        self._sidebar_stale = True
        self._after_next_paint()

    def _show_navigation(
        self, number: int, total: int, progress: int, can_go_back: bool, can_go_next: bool
    ) -> None:
        self.position_label.setText(
            self.tr("Step {number} of {total}").format(number=number, total=total)
        )
        # QProgressBar.setValue repaints synchronously: with the new page not laid out yet,
        # that painted the whole window once more per step (about half the step switch).
        # With updates off it only schedules the paint that the next frame does anyway.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(progress)
        self.progress.setUpdatesEnabled(True)
        self.back_button.setEnabled(can_go_back)
        self.next_button.setEnabled(can_go_next)
        blocked = not can_go_next and number != total
        self.next_hint.setText(self.tr("Answer every question to go on.") if blocked else "")
        self.next_button.setAccessibleDescription(self.next_hint.text())

    def _save_visit(self) -> None:
        """Save the step being shown as visited and as where to resume. After the paint,
        not before: on a slow disk the sync would hold the page up."""
        if self._unsaved_visit is None:
            return
        pack_id, step_id = self._unsaved_visit
        self._unsaved_visit = None
        try:
            self.context.store.record_visit(pack_id, step_id)
        except ProgressError as error:
            self.context.dialogs.warning(self.tr("Not saved"), progress_text.not_saved(error))

    def _refresh_sidebar(self) -> None:
        # The current step is never marked done, so its visit need not be saved yet: every
        # step before it was saved when it was left (show_current).
        nav = self.navigator
        if not self._sidebar_stale or nav is None:
            return
        self._sidebar_stale = False
        visited_ids = self.context.store.visited(self.pack.id)
        visited = {ref.index for ref in nav.refs if ref.step.id in visited_ids}
        self.sidebar.update_state(nav.index, visited, nav.furthest_reachable())

    # --- language, theme, text size -----------------------------------------------------

    def rebuild(self) -> None:
        """Re-create the context and the current page (language, theme or text size changed)."""
        if self.pack is None:
            return
        self._discard_prebuilt()
        self.context = self._make_context(self.pack)
        self.sidebar.populate(entries_of(self.pack, self.context.lang))
        self.fit_sidebar()
        self.show_current(keep_focus=False)
        self._refresh_sidebar()

    def fit_sidebar(self) -> None:
        """Room for about 24 characters, so long Swedish words fit at any text size; never
        more than 40 % of the window."""
        chars = self.sidebar.fontMetrics().averageCharWidth() * 24 + 64  # + margins, scroll bar
        width = min(chars, int(self.width() * 0.4)) if self.width() > 200 else chars
        self.splitter.setSizes([width, max(1, self.width() - width)])

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.sidebar.setAccessibleName(self.tr("Contents"))
        self.progress.setAccessibleName(self.tr("Progress through the introduction"))
        if self.navigator is not None:
            self.update_navigation()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._save_visit()  # closing: the window's store closes after this
        self._discard_prebuilt()
        super().hideEvent(event)
