"""What the first frame needs and what waits until it is painted: the Qt values used before
it are Qt's; it needs no Qt namespace, and (from the start-up cache) not the content model
either; the window icon comes after it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from onboarding import paths
from onboarding.ui import qt_values


def test_each_number_is_the_value_qt_gives_it():
    roles = Qt.ItemDataRole
    assert roles.DisplayRole.value == qt_values.DISPLAY_ROLE
    assert roles.FontRole.value == qt_values.FONT_ROLE
    assert roles.AccessibleTextRole.value == qt_values.ACCESSIBLE_TEXT_ROLE
    assert roles.UserRole.value == qt_values.USER_ROLE
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == qt_values.SCROLL_BAR_ALWAYS_OFF
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value == qt_values.SCROLL_BAR_ALWAYS_ON
    flags = Qt.TextInteractionFlag
    wanted = flags.TextBrowserInteraction | flags.TextSelectableByKeyboard
    assert wanted.value == qt_values.BROWSER_TEXT_INTERACTION
    assert qt_values.namespace_built()  # this test used it


# Starts the app as a learner does (with the first-paint hook the benchmark uses) and says,
# once the first page is painted, whether the Qt namespace was built, the model loaded and the
# window icon set; then whether the icon was set once the event loop went on.
PROBE = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtWidgets import QApplication
    import onboarding.ui.first_paint as first_paint
    from onboarding.cli import main

    def report():
        from onboarding.ui import qt_values
        print("built" if qt_values.namespace_built() else "not built", flush=True)
        print("model" if "onboarding.content.models" in sys.modules else "no model", flush=True)
        app = QApplication.instance()
        print("no icon" if app.windowIcon().isNull() else "icon", flush=True)
        deadline = time.monotonic() + 10
        while app.windowIcon().isNull() and time.monotonic() < deadline:
            app.processEvents()
        print("no icon" if app.windowIcon().isNull() else "icon", flush=True)
        os._exit(0)

    first_paint._report_and_exit = report
    main(sys.argv[1:])
    """
)


@pytest.mark.parametrize("pack", ["stockholm", "norrtalje"])
def test_the_first_page_is_painted_without_the_qt_namespace_or_the_model(tmp_path, pack):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONBOARDING_BENCH_FIRST_PAINT="1")
    arguments = ["--pack", str(paths.content_dir() / pack), "--data-dir", str(tmp_path)]

    def first_frame() -> str:
        command = [sys.executable, "-c", PROBE, *arguments]
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        return done.stdout.strip() or done.stderr[-2000:]

    # The first start loads the pack and renders the page.
    assert first_frame() == "not built\nmodel\nno icon\nicon"
    # A start as the learner's (the app lives on a moment after its first paint, as the hook
    # has it) saves the start-up cache; the next start paints from its outline.
    app = [sys.executable, "-m", "onboarding", *arguments]
    subprocess.run(app, capture_output=True, env=env, timeout=60, check=True)
    assert first_frame() == "not built\nno model\nno icon\nicon"
