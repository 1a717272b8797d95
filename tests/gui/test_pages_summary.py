"""Summary page and the certificate PDF: results, the learner's name, and HR's record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from onboarding.content.loader import load_pack_files
from onboarding.flow.progress import ProgressStore
from onboarding.rendering import certificate_html
from onboarding.ui.certificate import write_certificate_pdf
from onboarding.ui.pages.base import PAGE_TYPES
from onboarding.ui.pages.summary import SummaryPage, certificate_file_name

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PACK = """\
format: 1
id: test
organisation: Testkommunen
title: Välkommen till Testkommunen
pass_mark: 60
chapters: [del1]
"""

CHAPTER = """\
title: Första delen
steps:
  - id: las
    type: reading
    title: Om kommunen
    body: Kommunen styrs av fullmäktige.
  - id: quiz1
    type: quiz
    title: Testa dig själv
    questions:
      - id: q1
        type: true_false
        prompt: Fullmäktige styr kommunen.
        answer: true
        step: las
        explanation: Det står på sidan.
      - id: q2
        type: true_false
        prompt: Kommunen styrs av en kung.
        answer: false
        step: las
        explanation: Nej.
      - id: q3
        type: true_false
        prompt: Fullmäktige väljs av invånarna.
        answer: true
        step: las
        explanation: Ja.
  - id: slut
    type: summary
    title: Sammanfattning
    body: Bra jobbat!
"""


@pytest.fixture
def pack():
    return load_pack_files({"pack.yaml": PACK, "del1.yaml": CHAPTER})


@pytest.fixture
def store():
    return ProgressStore.in_memory()


def answer(store, **right: bool) -> None:
    """Save a checked answer per question: True if the learner got it right."""
    for question_id, correct in right.items():
        store.save_answer(
            "test", "quiz1", question_id, True, checked=True, correct=correct, attempt=1
        )


def show_summary(qtbot, context, pack) -> SummaryPage:
    page = SummaryPage(context, pack.step("slut"))
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    # The finished run is recorded once the page has been painted (then `recorded` is set,
    # whether there was one to record or not).
    qtbot.waitUntil(lambda: page.recorded)
    return page


def type_name(qtbot, page: SummaryPage, name: str) -> None:
    page.name_field.setFocus()
    page.name_field.clear()
    qtbot.keyClicks(page.name_field, name)
    qtbot.keyClick(page.name_field, Qt.Key.Key_Return)  # editingFinished


def test_registered_for_summary_steps():
    assert PAGE_TYPES["summary"] is SummaryPage


def test_unfinished_quizzes_record_nothing(qtbot, pack, store, make_context):
    answer(store, q1=True)
    page = show_summary(qtbot, make_context(pack, store), pack)
    assert store.completions() == []
    assert not page.certificate_button.isEnabled()
    assert "1 of 3 right" in page.certificate_reason.text()
    assert "60%" in page.certificate_reason.text()


def test_not_passed_links_back_to_the_missed_questions(qtbot, pack, store, make_context, links):
    answer(store, q1=True, q2=False, q3=False)
    page = show_summary(qtbot, make_context(pack, store), pack)
    text = page.browser.toPlainText()
    assert "Not passed yet." in text
    assert "Kommunen styrs av en kung." in text  # a missed question, to review
    assert not page.certificate_button.isEnabled()
    assert page.certificate_reason.isVisible()
    assert "You have 1 of 3 right" in page.certificate_reason.text()

    page.browser.setFocus()
    qtbot.waitUntil(page.browser.hasFocus)
    qtbot.keyClick(page.browser, Qt.Key.Key_Tab)  # the first "Go back to" link
    qtbot.keyClick(page.browser, Qt.Key.Key_Return)
    assert links.steps == ["las"]

    [completion] = store.completions()
    assert (completion.correct, completion.total, completion.passed) == (1, 3, False)


def test_completion_is_recorded_once_per_result(qtbot, pack, store, make_context):
    answer(store, q1=True, q2=True, q3=False)
    show_summary(qtbot, make_context(pack, store), pack).close()
    show_summary(qtbot, make_context(pack, store), pack).close()  # reopened: same result
    assert [(c.correct, c.passed) for c in store.completions("test")] == [(2, True)]

    answer(store, q3=True)  # retried the missed question
    show_summary(qtbot, make_context(pack, store), pack)
    assert [(c.correct, c.passed) for c in store.completions("test")] == [(2, True), (3, True)]


def test_name_is_saved_and_enables_the_certificate(qtbot, pack, store, make_context):
    answer(store, q1=True, q2=True, q3=False)
    page = show_summary(qtbot, make_context(pack, store), pack)
    assert page.name_field.text() == ""
    assert not page.certificate_button.isEnabled()
    assert "Write your name" in page.certificate_reason.text()

    type_name(qtbot, page, "Anna Berg")
    assert store.learner_name() == "Anna Berg"
    assert page.certificate_button.isEnabled()
    assert not page.certificate_reason.isVisible()
    assert "Results for Anna Berg" in page.browser.toPlainText()
    # HR sees one row for the run, now with the name: not an anonymous row and a named one.
    assert [(c.learner, c.correct) for c in store.completions()] == [("Anna Berg", 2)]

    page.close()
    again = show_summary(qtbot, make_context(pack, store), pack)
    assert again.name_field.text() == "Anna Berg"  # prefilled from the store
    assert again.certificate_button.isEnabled()


def test_saving_the_certificate_writes_a_pdf_with_the_name(
    qtbot, pack, store, make_context, dialogs, tmp_path
):
    answer(store, q1=True, q2=True, q3=True)
    store.set_learner_name("Åsa Öberg")
    page = show_summary(qtbot, make_context(pack, store), pack)
    target = tmp_path / "intyg.pdf"
    dialogs.queue(str(target))
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)

    assert dialogs.kinds() == ["save_file", "info"]
    title, suggested, name_filter = dialogs.calls[0][1]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert suggested == str(Path(documents) / "Intyg-test-Åsa Öberg.pdf")
    assert name_filter == "PDF (*.pdf)"
    assert str(target) in dialogs.calls[1][1][1]  # says where it was saved

    reader = PdfReader(target)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Åsa Öberg" in text
    assert "Välkommen till Testkommunen" in text
    assert reader.metadata.creator == "Onboarding"
    assert "Åsa Öberg" in reader.metadata.title
    assert [p.name for p in tmp_path.iterdir()] == ["intyg.pdf"]  # no temp file left


def test_cancelled_save_writes_nothing(qtbot, pack, store, make_context, dialogs, tmp_path):
    answer(store, q1=True, q2=True, q3=True)
    store.set_learner_name("Anna")
    page = show_summary(qtbot, make_context(pack, store), pack)
    dialogs.queue(None)
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["save_file"]
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_gives_a_warning_not_a_traceback(
    qtbot, pack, store, make_context, dialogs, tmp_path
):
    answer(store, q1=True, q2=True, q3=True)
    store.set_learner_name("Anna")
    page = show_summary(qtbot, make_context(pack, store), pack)
    dialogs.queue(str(tmp_path / "finns-inte" / "intyg"))
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["save_file", "warning"]
    assert "finns-inte" in dialogs.calls[1][1][1]


def test_presenter_mode_shows_and_stores_no_learner_data(qtbot, pack, store, make_context):
    answer(store, q1=True, q2=True, q3=True)
    store.set_learner_name("Anna Berg")
    page = show_summary(qtbot, make_context(pack, store, presenter=True), pack)
    assert page.findChildren(QLineEdit) == []
    assert page.findChildren(QAbstractButton) == []
    assert "Anna Berg" not in page.browser.toPlainText()
    assert store.completions() == []


def test_every_interactive_widget_is_named(qtbot, pack, store, make_context):
    page = show_summary(qtbot, make_context(pack, store), pack)
    widgets = page.findChildren(QLineEdit) + page.findChildren(QAbstractButton)
    assert len(widgets) >= 2
    for widget in widgets:
        assert widget.accessibleName(), widget
    # Keyboard: name, then Tab to the button, then Space saves.
    answer(store, q1=True, q2=True, q3=True)
    page.refresh()
    page.activateWindow()
    type_name(qtbot, page, "Anna")
    qtbot.keyClick(page.name_field, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.certificate_button.hasFocus)
    assert page.certificate_button.isEnabled()


def test_certificate_file_name_is_safe():
    assert certificate_file_name("en", "test", "A/B: C?") == "Certificate-test-A_B_ C.pdf"
    assert certificate_file_name("sv", "test", "Åsa") == "Intyg-test-Åsa.pdf"


def test_write_certificate_pdf_replaces_atomically(qtbot, pack, tmp_path):
    import datetime as dt

    target = tmp_path / "cert.pdf"
    target.write_bytes(b"old")
    html = certificate_html(
        pack, learner="Per", date=dt.date(2025, 1, 2), correct=3, total=3, lang="sv"
    )
    write_certificate_pdf(target, html, title="Intyg")
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Per" in PdfReader(target).pages[0].extract_text()
    assert os.listdir(tmp_path) == ["cert.pdf"]
    if os.name == "posix":  # readable like any file the learner saves, not private
        mask = os.umask(0)
        os.umask(mask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    with pytest.raises(OSError, match="could not be saved"):
        write_certificate_pdf(tmp_path / "nope" / "x.pdf", html, title="Intyg")
