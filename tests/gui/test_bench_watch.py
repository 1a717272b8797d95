"""The step-switch bench stops its clock at the window's paint pass: that pass must include
the new page, or the bench would time less than a learner waits for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from paintwatch import PaintWatch, WindowPaintWatch  # noqa: E402 (bench/ is not a package)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_paint_pass_the_bench_waits_for_paints_the_new_page(qtbot, tiny_window):
    window = tiny_window
    journey = window.journey
    app = QApplication.instance()
    for _ in range(3):  # reading -> story -> glossary -> quiz
        qtbot.waitUntil(lambda: journey._prebuilt is not None)
        coming = journey._prebuilt
        page = PaintWatch()
        page.watch(coming)
        window_pass = WindowPaintWatch()
        window_pass.watch(window)
        journey.next_button.click()  # as bench/switch.py presses it
        assert journey.page is coming
        assert window_pass.wait(app)
        assert page.painted  # by the time the watched pass is over
