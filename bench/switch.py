"""Rows 2 and 5, in one offscreen process: step switch and quiz feedback.

Step switch: for every step after the first, Next is pressed (the button's click, as a person
does) and timed until the new page is laid out and painted. The reference, alternating A/B
with it, is a bare QTextBrowser's setHtml of the same step's HTML, laid out and painted.

Quiz feedback: on every quiz page, each question gets its right answer (untimed), then
check_answer() (what "Check answer" calls) is timed until the feedback line is painted.

Prints one JSON object: {"ours": [ms], "reference": [ms], "quiz": [ms], "timeouts": n}.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

from pages import steps_html
from paintwatch import PaintWatch, WindowPaintWatch
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

from onboarding.content.loader import load_pack
from onboarding.content.models import QuizStep
from onboarding.flow.progress import ProgressStore
from onboarding.ui.app import make_application
from onboarding.ui.main_window import MainWindow
from onboarding.ui.walker import SilentDialogs

SIZE = (1120, 760)


class Result:
    def __init__(self):
        self.ours: list[float] = []
        self.reference: list[float] = []
        self.quiz: list[float] = []
        self.timeouts = 0


def settle(app: QApplication) -> None:
    """Untimed: what the event loop would do between two presses (deletes old pages)."""
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def reference_ms(app, browser: QTextBrowser, watch: WindowPaintWatch, html: str, result) -> float:
    watch.watch(browser.window())
    start = time.perf_counter()
    browser.setHtml(html)
    if not watch.wait(app):
        result.timeouts += 1
    return (time.perf_counter() - start) * 1000


def next_ms(app, window: MainWindow, watch: WindowPaintWatch, result) -> float:
    # The window's paint pass, in which the new page is laid out and painted; watched as the
    # reference's window is, before the clock starts.
    watch.watch(window)
    start = time.perf_counter()
    window.journey.next_button.click()
    if not watch.wait(app):
        result.timeouts += 1
    return (time.perf_counter() - start) * 1000


def answer_quiz_timed(app, page, watch: PaintWatch, result) -> None:
    """Answer every question right; time each check until its feedback is painted."""
    for _ in range(len(page.step.questions) + 1):
        if page.is_complete() or page.question_widget is None:
            break
        widget = page.question_widget
        widget.set_answer(widget.correct_answer())
        settle(app)
        watch.watch(page.result_line)
        start = time.perf_counter()
        page.check_answer()
        if not watch.wait(app):
            result.timeouts += 1
        result.quiz.append((time.perf_counter() - start) * 1000)
        page.next_question()
        settle(app)


def walk_pack(app, folder: str, lang: str, run: int, result: Result) -> None:
    pack = load_pack(folder)
    html = steps_html(folder, lang)
    # A store on disk, as a learner has: every visit and answer is a real write.
    store, _ = ProgressStore.open(tempfile.mkdtemp(prefix="onboarding-bench-"))
    window = MainWindow(store, dialogs=SilentDialogs(), lang=lang)
    window.resize(*SIZE)
    window.show()
    window.open_pack(pack)
    bare = QMainWindow()
    browser = QTextBrowser()
    bare.setCentralWidget(browser)
    bare.resize(*SIZE)
    bare.show()
    settle(app)
    watch = PaintWatch()  # the quiz's feedback line
    pass_watch = WindowPaintWatch()
    refs = window.journey.navigator.refs
    for ref in refs:
        page = window.journey.page
        if isinstance(ref.step, QuizStep):
            answer_quiz_timed(app, page, watch, result)
        if ref.index == len(refs) - 1:
            break
        html_next = html[ref.index + 1]
        settle(app)
        if (ref.index + run) % 2:
            result.reference.append(reference_ms(app, browser, pass_watch, html_next, result))
            settle(app)
            result.ours.append(next_ms(app, window, pass_watch, result))
        else:
            result.ours.append(next_ms(app, window, pass_watch, result))
            settle(app)
            result.reference.append(reference_ms(app, browser, pass_watch, html_next, result))
        if window.journey.page.step is not refs[ref.index + 1].step:
            sys.exit(f"bench: Next did not reach {refs[ref.index + 1].step.id}")
    window.close()
    bare.close()
    window.deleteLater()
    bare.deleteLater()
    settle(app)
    store.close()
    shutil.rmtree(store.path.parent, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("packs", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args()
    app = make_application()
    result = Result()
    for run in range(args.runs):
        for folder in args.packs:
            walk_pack(app, folder, args.lang, run, result)
    json.dump(vars(result), sys.stdout)
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown: not measured, and PySide may crash finalising filters


if __name__ == "__main__":
    sys.exit(main())
