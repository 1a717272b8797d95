"""What every step page offers the main window, and the registry of page classes by step type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from onboarding.content.models import Pack, Step


@dataclass
class PageContext:
    """Everything a page may use. Pages never navigate by themselves: they call back."""

    pack: Pack | None  # None only while the first frame is shown from its outline
    store: Any  # onboarding.flow.progress.ProgressStore
    lang: str  # "sv" or "en": which content variant to show
    open_step: Callable[[str], None]  # a `step:ID` link or "back to the step this tests"
    open_term: Callable[[str], None]  # a `term:ID` link: show the definition, keep the place
    dialogs: Any  # onboarding.ui.dialogs.Dialogs: file/message dialogs, replaced in tests
    presenter: bool = False  # presenter mode: no learner data shown or stored
    css: str = ""  # default stylesheet for rendered documents (theme + contrast mode)
    page_colour: str = ""  # the background of pages (the theme's surface), "#rrggbb"
    tr: Callable[[str], str] = str  # translates UI labels inside templates ("Content" context)
    # Documents already rendered (onboarding.startcache), by (step id, lang, repr(state)):
    # the first page shown takes its HTML from here instead of rendering it.
    prerendered: dict[tuple[str, str, str], str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


class StepPage(QWidget):
    """Base class of the page shown for one step.

    The window creates a page each time its step is shown, and again when the language, theme
    or text size changes, so a page restores its state from `context.store` in __init__ and
    keeps none of its own that matters.

    completion_changed is emitted whenever the answer to `is_complete()` may have changed
    (e.g. the last quiz question was checked); the window then asks the navigator again.
    """

    STEP_TYPE: ClassVar[str] = ""
    completion_changed = Signal()

    def __init__(self, context: PageContext, step: Step | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.step = step

    def paint_own_background(self) -> None:
        """For a page of widgets: the page fills its area in the page colour itself, and Qt
        then knows it covers every pixel (an opaque background), so the window and the page
        frame behind it are not painted there first: two fills of the whole page on every
        step switch, a fifth of showing a quiz. Single-document pages need none: their
        document fills them."""
        if not self.context.page_colour:
            return
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(self.context.page_colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def is_complete(self) -> bool:
        """May the learner go on past this step? Only quiz pages ever say no."""
        return True

    def is_stale(self) -> bool:
        """Has the store changed what this page shows since it was built? A page built
        ahead (see JourneyView) is then built again. Most pages show only their own step's
        state, which nothing changes before they are first shown."""
        return False

    def set_language(self, lang: str) -> None:
        """Show content in `lang` and re-translate UI strings (Qt sends LanguageChange too)."""
        self.context.lang = lang

    def primary_action(self) -> bool:
        """The page's main action for the 'check answer' shortcut; False if it has none."""
        return False


PAGE_TYPES: dict[str, type[StepPage]] = {}


def register(cls: type[StepPage]) -> type[StepPage]:
    """Class decorator: make `cls` the page for steps of type `cls.STEP_TYPE`."""
    PAGE_TYPES[cls.STEP_TYPE] = cls
    return cls
