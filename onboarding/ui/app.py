"""Start the GUI: the application object, the progress store, the window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from onboarding import APP_NAME, ORG_NAME, paths
from onboarding.ui import first_paint
from onboarding.ui.after_paint import after_next_paint


def make_application(*, icon: bool = True) -> QApplication:
    """The application, in the app's style; with `icon`, its window icon too (the learner's
    window sets it once its first frame is painted: see set_window_icon)."""
    # Qt splits large blends (Fusion's scroll bar gradients, say) over a thread pool and
    # waits for it. On the two-CPU virtual desktops many workplaces run, waking those threads
    # costs more than the blend: a checklist page took 5.6 ms to show with the pool, 3.7 ms
    # without. Qt reads this once, at the first blend, so before anything is painted.
    os.environ["QT_NO_GUI_THREADPOOL"] = "1"
    # Fusion: the same look, and the same focus frames, on every platform. A new application
    # gets it as the `-style` argument rather than setStyle("Fusion"): setStyle returns the
    # QStyle, and wrapping that makes PySide build every QStyle enum (about 10 ms before the
    # first paint). Qt removes the argument, so arguments() stays as given.
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    else:
        app.setStyle("Fusion")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    if icon:
        set_window_icon(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon for every window: Qt gives it to windows already shown as well. Its
    SVG needs Qt's SVG plugin and library loaded (about 2 ms)."""
    icon = paths.icons_dir() / "app.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def default_data_dir() -> Path:
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    return Path(QStandardPaths.writableLocation(location))


def cache_dir(args: argparse.Namespace) -> Path:
    """Beside the data when a data folder is given (tests, kiosks), else the user's cache."""
    if args.data_dir:
        return Path(args.data_dir) / "cache"
    location = QStandardPaths.StandardLocation.CacheLocation
    return Path(QStandardPaths.writableLocation(location))


def run_gui(args: argparse.Namespace) -> int:
    app = make_application(icon=args.presenter)
    if args.presenter:
        # A room session: its own windows and an in-memory store; no data folder is touched.
        from onboarding.ui.presenter import launch_from_args

        session = launch_from_args(args)
        return app.exec() if session is not None else 1

    from onboarding.flow.progress import ProgressStore
    from onboarding.startcache import StartupCache
    from onboarding.ui.main_window import MainWindow

    # open() never raises for a bad file or folder: it moves a broken database aside, or
    # falls back to memory, and says so in `message`.
    store, message = ProgressStore.open(
        Path(args.data_dir) if args.data_dir else default_data_dir()
    )
    window = MainWindow(store, lang=args.lang, cache=StartupCache(cache_dir(args)))
    window.start(args.pack, outline_first=True)
    after_next_paint(window, lambda: set_window_icon(app))
    first_paint.watch(window)  # a no-op unless the start-up benchmark asks for it; last
    window.show()
    if message:
        from onboarding.ui import progress_text

        title = QCoreApplication.translate("App", "Your progress")
        text = progress_text.open_notice(message)
        QTimer.singleShot(0, lambda: window.dialogs.warning(title, text))
    return app.exec()
