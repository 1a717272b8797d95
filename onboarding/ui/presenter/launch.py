"""Start a room session: the views, which screen gets which, and the command-line entry.

Nothing here reads or writes progress: the session has its own in-memory store, so it runs
beside an open learner window without touching that learner's data, and `onboarding
--presenter` never creates a data folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtWidgets import QApplication

from onboarding import paths
from onboarding.content.loader import load_pack_lenient
from onboarding.content.models import Pack
from onboarding.flow.progress import ProgressStore
from onboarding.ui import theme
from onboarding.ui.dialogs import Dialogs
from onboarding.ui.i18n import Translations, translate_content_label
from onboarding.ui.pages.base import PageContext
from onboarding.ui.presenter.audience import AudienceView
from onboarding.ui.presenter.presenter_view import PresenterView
from onboarding.ui.presenter.screens import ScreenPlan, plan_screens
from onboarding.ui.presenter.session import PresenterSession

# Sessions stay alive until they end, even if the caller drops its reference.
_RUNNING: set[PresenterSession] = set()


def start_presenter(
    pack: Pack, *, lang: str, parent: QObject | None = None, high_contrast: bool | None = None
) -> PresenterSession:
    """Open presenter mode for `pack`: the audience view full screen on the projector (the
    only screen when there is one) and, with a second screen, the presenter view on the
    laptop. Works beside an open learner window; `parent` (that window) only lends its
    theme setting. Returns the running session; it ends with Q or by closing a view."""
    app = QApplication.instance()
    if high_contrast is None:
        high_contrast = getattr(parent, "theme_name", "default") == "high_contrast"
    theme_name = "high_contrast" if high_contrast else "default"
    if not app.styleSheet():  # started on its own: give it the app's look
        app.setStyleSheet(theme.window_stylesheet(theme_name, pack.manifest.theme))
    session = PresenterSession(pack, lang=lang, parent=parent)
    plan = plan_screens(app.screens(), app.primaryScreen())
    context = PageContext(
        pack=pack,
        store=ProgressStore.in_memory(),
        lang=lang,
        open_step=lambda step_id: session.go(step_id),
        open_term=lambda term_id: _show_term(session, term_id),
        dialogs=Dialogs(None),
        presenter=True,
        css=theme.document_stylesheet(theme_name, pack.manifest.theme),
        tr=translate_content_label,
    )
    session.audience = AudienceView(session, context, dark=high_contrast)
    session.context = context
    replan(session, plan)  # the presenter view and the overview, as when the screens change
    session.fullscreen_changed.connect(lambda on: _set_fullscreen(session, on))
    session.ended.connect(lambda: _close(session))
    # A projector plugged in, or pulled out, during the session: the views follow. Through a
    # child of the session, so the connection ends with it.
    follow = _ScreenFollower(session)
    app.screenAdded.connect(follow.screens_changed)
    app.screenRemoved.connect(follow.screens_changed)
    _RUNNING.add(session)
    return session


class _ScreenFollower(QObject):
    def __init__(self, session: PresenterSession):
        super().__init__(session)
        self.session = session

    def screens_changed(self, *_screen) -> None:
        app = QApplication.instance()
        replan(self.session, plan_screens(app.screens(), app.primaryScreen()))


def replan(session: PresenterSession, plan: ScreenPlan) -> None:
    """Put the views where `plan` says, after the screens changed: a second screen brings the
    presenter view (and the overview moves into it); back to one screen, the presenter view
    goes and the audience view takes the overview again. The room keeps its slide."""
    if not session.is_running or session.audience is None:
        return
    session.set_overview(False)  # open on the old layout: closed, not moved
    if plan.two_screens and session.presenter_view is None:
        session.presenter_view = PresenterView(session, session.context)
    elif not plan.two_screens and session.presenter_view is not None:
        view, session.presenter_view = session.presenter_view, None
        view.hide()  # not close(): closing a view ends the session
        view.deleteLater()
    session.audience.allow_overview(not plan.two_screens)
    session.plan = plan
    session.set_fullscreen(True)  # on its new screen, as at the start
    _place(session, plan)


def _place(session: PresenterSession, plan: ScreenPlan) -> None:
    audience = session.audience
    if plan.audience is not None:
        audience.setScreen(plan.audience)
        audience.setGeometry(plan.audience.geometry())
    audience.showFullScreen()
    view = session.presenter_view
    if view is not None:
        area = plan.presenter.availableGeometry()
        view.setScreen(plan.presenter)
        view.setGeometry(_inset(area, 0.9))
        view.show()
        view.activateWindow()
        view.setFocus()
    else:
        audience.activateWindow()
        audience.setFocus()


def _inset(area: QRect, fraction: float) -> QRect:
    width, height = round(area.width() * fraction), round(area.height() * fraction)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def _set_fullscreen(session: PresenterSession, on: bool) -> None:
    audience = session.audience
    if audience is None:
        return
    if on:
        audience.showFullScreen()
        return
    audience.showNormal()
    screen = audience.screen()
    if screen is not None:  # a window the presenter can see, move and put back (F5)
        audience.setGeometry(_inset(screen.availableGeometry(), 0.8))


def _show_term(session: PresenterSession, term_id: str) -> None:
    from onboarding.ui.term_popup import TermPopup

    TermPopup.show_term(session.audience, session.context, term_id)


def _close(session: PresenterSession) -> None:
    for view in (session.presenter_view, session.audience):
        if view is not None:
            view.close()
            view.deleteLater()
    session.presenter_view = session.audience = None
    _RUNNING.discard(session)
    # Not kept alive by the learner window any more: gone once the caller lets go of it.
    session.setParent(None)


def running_sessions() -> list[PresenterSession]:
    return list(_RUNNING)


# --- command line -------------------------------------------------------------------------


def pack_folder(args: argparse.Namespace) -> Path | None:
    """The pack asked for, else the only bundled one, else the first (the chooser of the
    learner window would read the last used pack from the data folder: not here)."""
    if getattr(args, "pack", None):
        return Path(args.pack)
    bundled = paths.bundled_packs()
    return bundled[0] if bundled else None


def launch_from_args(args: argparse.Namespace, *, dialogs=None) -> PresenterSession | None:
    """`onboarding --presenter [--pack PATH] [--lang sv|en]`: start the session, or say in a
    message box why it cannot start (and return None)."""
    app = QApplication.instance()
    lang = getattr(args, "lang", None) or "sv"
    Translations(app).set_language(lang)  # the translators belong to the app from here on
    theme.apply_text_scale(app, 100)  # the presenter's laptop view: the app's usual size
    dialogs = dialogs or Dialogs(None)
    title = QCoreApplication.translate("Presenter", "Presenter mode")
    folder = pack_folder(args)
    if folder is None:
        dialogs.warning(title, QCoreApplication.translate("Presenter", "No introduction found."))
        return None
    # Like the learner window: a chapter file with problems is left out, the rest is shown.
    pack, problems = load_pack_lenient(folder)
    if problems:
        text = QCoreApplication.translate(
            "Presenter", "The introduction in {folder} cannot be opened."
        ).format(folder=folder)
        if pack is not None:
            text = QCoreApplication.translate(
                "Presenter", "Some chapters in {folder} have problems and are left out."
            ).format(folder=folder)
        dialogs.warning(title, text + "\n\n" + "\n".join(str(p) for p in problems))
    if pack is None:
        return None
    return start_presenter(pack, lang=lang)
