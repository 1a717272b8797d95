"""Checklist page: ticks by mouse and keyboard are saved at once and come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from onboarding.content.loader import load_pack_files
from onboarding.flow.progress import ProgressStore
from onboarding.ui.pages.base import PAGE_TYPES
from onboarding.ui.pages.checklist import ChecklistPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PACK = """\
format: 1
id: test
organisation: Testkommunen
title: Välkommen
chapters: [dag1]
"""

CHAPTER = """\
title: Första dagen
steps:
  - id: lista
    type: checklist
    title: Din första dag
    intro: Bocka av det du har gjort.
    items:
      - id: mal
        text: Ta reda på enhetens mål
        help: Fråga din chef eller läs **verksamhetsplanen**.
      - id: apt
        text: Gå på din första APT
        help: Fråga när nästa [APT](term:apt) är.
      - id: nyckel
        text: Hämta ut nyckelkort
  - id: ord
    type: glossary
    title: Ordlista
    terms:
      - id: apt
        term: APT
        definition: Arbetsplatsträff.
"""


@pytest.fixture
def pack():
    return load_pack_files({"pack.yaml": PACK, "dag1.yaml": CHAPTER})


@pytest.fixture
def store():
    return ProgressStore.in_memory()


def show_page(qtbot, context, pack) -> ChecklistPage:
    page = ChecklistPage(context, pack.step("lista"))
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_box(qtbot, box: QCheckBox) -> None:
    """Click the tick box itself, as a person aims for it."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())


def test_registered_for_checklist_steps():
    assert PAGE_TYPES["checklist"] is ChecklistPage


def test_shows_items_with_help_and_accessible_texts(qtbot, pack, store, make_context):
    page = show_page(qtbot, make_context(pack, store), pack)
    assert "Bocka av det du har gjort." in page.intro.toPlainText()
    box = page.boxes["mal"]
    assert box.text() == "Ta reda på enhetens mål"
    assert box.accessibleName() == "Ta reda på enhetens mål"
    assert box.accessibleDescription() == "Fråga din chef eller läs verksamhetsplanen."
    assert "<strong>verksamhetsplanen</strong>" in page.help_labels["mal"].text()
    assert page.help_labels["mal"].isVisible()
    assert not page.help_labels["nyckel"].isVisible()  # no help: no empty line
    assert page.progress.text() == "0 of 3 done"
    for widget in page.findChildren(QCheckBox):
        assert widget.accessibleName()
    assert page.intro.accessibleName() == "Din första dag"


def test_mouse_tick_is_saved_at_once_and_restored(qtbot, pack, store, make_context):
    page = show_page(qtbot, make_context(pack, store), pack)
    click_box(qtbot, page.boxes["apt"])
    assert page.boxes["apt"].isChecked()
    assert store.ticked("test", "lista") == {"apt"}
    assert page.progress.text() == "1 of 3 done"

    page.close()
    again = show_page(qtbot, make_context(pack, store), pack)
    assert again.boxes["apt"].isChecked()
    assert not again.boxes["mal"].isChecked()
    assert again.progress.text() == "1 of 3 done"

    click_box(qtbot, again.boxes["apt"])  # untick
    assert store.ticked("test", "lista") == set()
    assert again.progress.text() == "0 of 3 done"


def test_keyboard_tab_and_space_tick_an_item(qtbot, pack, store, make_context):
    page = show_page(qtbot, make_context(pack, store), pack)
    page.activateWindow()
    page.boxes["mal"].setFocus()
    qtbot.waitUntil(page.boxes["mal"].hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(page.boxes["apt"].hasFocus)  # Tab moves to the next item
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.boxes["apt"].isChecked()
    assert store.ticked("test", "lista") == {"apt"}

    # Past the help text, which has a link (a stop for the text, one for the link) ...
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(page.boxes["nyckel"].hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert store.ticked("test", "lista") == {"apt", "nyckel"}
    assert page.progress.text() == "2 of 3 done"


def test_help_links_open_the_glossary(qtbot, pack, store, make_context, links):
    page = show_page(qtbot, make_context(pack, store), pack)
    label = page.help_labels["apt"]
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # focus the link inside the label
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert links.terms == ["apt"]


def test_presenter_ticks_are_not_saved(qtbot, pack, store, make_context):
    store.set_ticked("test", "lista", "mal", True)  # a learner's earlier tick on this PC
    page = show_page(qtbot, make_context(pack, store, presenter=True), pack)
    assert not page.boxes["mal"].isChecked()  # presenter mode shows no learner data
    click_box(qtbot, page.boxes["nyckel"])
    assert page.boxes["nyckel"].isChecked()
    assert page.progress.text() == "1 of 3 done"
    assert store.ticked("test", "lista") == {"mal"}


def test_language_switch_keeps_ticks(qtbot, pack, store, make_context):
    page = show_page(qtbot, make_context(pack, store), pack)
    click_box(qtbot, page.boxes["mal"])
    page.set_language("en")  # this pack is Swedish only: texts fall back to Swedish
    assert page.boxes["mal"].isChecked()
    assert page.boxes["mal"].text() == "Ta reda på enhetens mål"
    assert page.progress.text() == "1 of 3 done"
