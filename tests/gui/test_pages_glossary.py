"""Glossary page and the term popup: find a word, read it, and keep your place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from onboarding.content.loader import load_pack_files
from onboarding.ui.pages.base import PAGE_TYPES
from onboarding.ui.pages.glossary import GlossaryPage, term_matches
from onboarding.ui.pages.reading import ReadingPage
from onboarding.ui.term_popup import TermPopup

pytestmark = [
    # The offscreen platform says these whenever a window is shown or raised.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]

PACK = """\
format: 1
id: test
organisation: Testkommunen
title: {sv: Välkommen, en: Welcome}
languages: [sv, en]
chapters: [ord]
"""

FILLER = " ".join(["Mer text om ordet."] * 40)

CHAPTER = f"""\
title: {{sv: Ord, en: Words}}
steps:
  - id: sida
    type: reading
    title: {{sv: Första sidan, en: First page}}
    body: {{sv: Nästa APT handlar om förvaltningen., en: The next APT is about the administration.}}
  - id: ordlista
    type: glossary
    title: {{sv: Ordlista, en: Glossary}}
    intro: {{sv: Ord du möter., en: Words you will meet.}}
    terms:
      - id: apt
        term: {{sv: APT, en: APT (workplace meeting)}}
        aliases: [arbetsplatsträff]
        definition: {{sv: Ett möte på arbetsplatsen. {FILLER}, en: A meeting at work. {FILLER}}}
      - id: forvaltning
        term: {{sv: förvaltning, en: administration}}
        definition: {{sv: Tjänstemän som gör det nämnden beslutar. {FILLER}, en: Staff. {FILLER}}}
      - id: atgard
        term: {{sv: åtgärdsplan, en: action plan}}
        definition: {{sv: En plan för vad som ska ÄNDRAS. {FILLER}, en: A plan. {FILLER}}}
      - id: skyddsombud
        term: {{sv: skyddsombud, en: safety representative}}
        definition: {{sv: Företräder medarbetarna i arbetsmiljöfrågor., en: Speaks for staff.}}
"""


@pytest.fixture
def pack():
    return load_pack_files({"pack.yaml": PACK, "ord.yaml": CHAPTER})


def show_glossary(qtbot, context, pack) -> GlossaryPage:
    page = GlossaryPage(context, pack.step("ordlista"))
    qtbot.addWidget(page)
    page.resize(800, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, Swedish letters included (qtbot.keyClicks only knows ASCII)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def shown_terms(page: GlossaryPage) -> list[str]:
    return [term.id for term in page.visible_terms]


def test_registered_for_glossary_steps():
    assert PAGE_TYPES["glossary"] is GlossaryPage


def test_lists_every_term_sorted_the_swedish_way(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    text = page.browser.toPlainText()
    order = [text.index(word) for word in ("APT", "förvaltning", "skyddsombud", "åtgärdsplan")]
    assert order == sorted(order)  # å after s: Swedish alphabetical order
    assert page.search.accessibleName() == "Search the glossary"
    assert page.search.placeholderText() == "Search the glossary"
    assert page.search.isClearButtonEnabled()
    assert page.browser.accessibleName() == "Ordlista"


def test_typing_filters_terms_and_says_when_nothing_matches(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    qtbot.keyClicks(page.search, "skydd")
    assert shown_terms(page) == ["skyddsombud"]
    assert "förvaltning" not in page.browser.toPlainText()

    page.search.clear()
    type_text(page.search, "ändras")  # in a definition, other case, Swedish letter
    assert shown_terms(page) == ["atgard"]

    page.search.clear()
    type_text(page.search, "ARBETSPLATSTRÄFF")  # an alias
    assert shown_terms(page) == ["apt"]

    qtbot.keyClicks(page.search, "xyz")
    assert shown_terms(page) == []
    assert "No term matches “ARBETSPLATSTRÄFFxyz”." in page.browser.toPlainText()

    page.search.clear()
    assert len(shown_terms(page)) == 4
    assert "No term matches" not in page.browser.toPlainText()


def test_search_matches_both_languages_of_the_term():
    from onboarding.content.models import Term, Text

    definition = Text("Tjänstemän", "Staff")
    term = Term(id="x", term=Text("förvaltning", "administration"), definition=definition)
    assert term_matches(term, "Administ", "sv")
    assert term_matches(term, "FÖRVALT", "en")
    assert term_matches(term, "  ", "sv")
    assert term_matches(term, "STAFF", "en")
    assert not term_matches(term, "tjänst", "en")  # the definition shown is the English one


def test_query_is_shown_as_text_not_markup(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    qtbot.keyClicks(page.search, "<b>x</b>")
    assert "No term matches “<b>x</b>”." in page.browser.toPlainText()


def test_ctrl_f_focuses_the_search_field(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    page.activateWindow()
    page.browser.setFocus()
    qtbot.waitUntil(page.browser.hasFocus)
    qtbot.keyClick(page.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_show_term_scrolls_to_it_and_clears_a_hiding_search(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    bar = page.browser.verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClicks(page.search, "skydd")
    page.show_term("atgard")  # last in Swedish order, far down the page
    assert page.search.text() == ""
    document = page.browser.document()
    heading = document.find("åtgärdsplan").block()
    top = document.documentLayout().blockBoundingRect(heading).top()
    assert top > page.browser.viewport().height()  # it was out of sight
    # Its heading is now in sight (at the top, unless the page cannot scroll that far).
    qtbot.waitUntil(lambda: bar.value() == min(round(top), bar.maximum()))


def test_show_term_before_the_page_is_shown(qtbot, pack, make_context):
    page = GlossaryPage(make_context(pack), pack.step("ordlista"))
    qtbot.addWidget(page)
    page.show_term("skyddsombud")  # the window may ask before showing the page
    page.resize(800, 300)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.browser.verticalScrollBar().value() > 0)


def test_language_switch_keeps_the_search(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    qtbot.keyClicks(page.search, "skydd")
    page.set_language("en")
    assert "safety representative" in page.browser.toPlainText()
    assert shown_terms(page) == ["skyddsombud"]


# --- The term popup ---------------------------------------------------------------------------


@pytest.fixture
def reading(qtbot, pack, make_context, links):
    """A reading page whose term links open the popup, as the window wires them."""
    context = make_context(pack)
    page = ReadingPage(context, pack.step("sida"))
    qtbot.addWidget(page)

    def open_term(term_id: str) -> None:
        links.terms.append(term_id)
        TermPopup.show_term(page, context, term_id)

    context.open_term = open_term
    page.resize(700, 400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def popup_of(page: QWidget) -> TermPopup | None:
    return page.window().findChild(TermPopup)


def test_term_link_opens_the_popup_and_esc_gives_focus_back(qtbot, reading, links):
    reading.browser.setFocus()
    qtbot.waitUntil(reading.browser.hasFocus)
    qtbot.keyClick(reading.browser, Qt.Key.Key_Tab)  # to the "APT" link
    qtbot.keyClick(reading.browser, Qt.Key.Key_Return)
    assert links.terms == ["apt"]

    popup = popup_of(reading)
    assert popup is not None and popup.isVisible()
    assert not popup.isModal()
    assert popup.windowTitle() == "APT"
    assert popup.browser.accessibleName() == "APT"
    assert "Ett möte på arbetsplatsen." in popup.browser.toPlainText()
    assert reading.browser.toPlainText().startswith("Första sidan")  # the page is unchanged
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    qtbot.waitUntil(reading.browser.hasFocus)


def test_one_popup_per_window_updated_in_place(qtbot, reading, pack):
    first = TermPopup.show_term(reading, reading.context, "apt")
    second = TermPopup.show_term(reading.browser, reading.context, "forvaltning")
    assert second is first
    assert first.windowTitle() == "förvaltning"
    assert "Tjänstemän" in first.browser.toPlainText()
    assert len(reading.window().findChildren(TermPopup)) == 1


def test_close_button_closes_and_is_named(qtbot, reading):
    popup = TermPopup.show_term(reading, reading.context, "skyddsombud")
    assert popup.close_button.accessibleName()
    qtbot.mouseClick(popup.close_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()


def test_unknown_term_says_so(qtbot, reading):
    popup = TermPopup.show_term(reading, reading.context, "finns-inte")
    assert "no explanation" in popup.browser.toPlainText()


def test_every_interactive_widget_is_named(qtbot, pack, make_context):
    page = show_glossary(qtbot, make_context(pack), pack)
    widgets = page.findChildren(QLineEdit) + page.findChildren(QAbstractButton)
    assert len(widgets) >= 2  # the search field and its clear button
    for widget in widgets:
        assert widget.accessibleName(), widget
