"""Reading, story and policy pages: one rendered document each, shown as a learner sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from onboarding.content.loader import load_pack_files
from onboarding.ui.pages.base import PAGE_TYPES
from onboarding.ui.pages.policy import PolicyPage
from onboarding.ui.pages.reading import ReadingPage
from onboarding.ui.pages.story import StoryPage

# The offscreen platform says so whenever a top-level widget with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PACK = """\
format: 1
id: test
organisation: Testkommunen
title: {sv: Välkommen, en: Welcome}
languages: [sv, en]
chapters: [intro]
"""

CHAPTER = """\
title: {sv: Intro, en: Intro}
steps:
  - id: uppdrag
    type: reading
    title: {sv: Vårt uppdrag, en: Our mission}
    body:
      sv: Vi finns för **invånarna**. Läs mer om [policyn](step:ansvar) och om APT.
      en: We are here for **residents**. Read about [the policy](step:ansvar) and APT.
  - id: ronita
    type: story
    title: {sv: Förskolläraren Ronita, en: "Ronita, preschool teacher"}
    person:
      name: Ronita Åberg
      role: {sv: förskollärare, en: preschool teacher}
      workplace: {sv: förskolan Solen, en: Solen preschool}
    body: Ronita arbetar med de yngsta.
    values: [Barnens bästa i fokus]
  - id: ansvar
    type: policy
    title: {sv: Ansvar, en: Responsibility}
    intro: Alla har ett ansvar.
    employee: [Du tar ansvar för ditt arbete.]
    manager: [Chefen ger förutsättningar.]
  - id: ord
    type: glossary
    title: {sv: Ordlista, en: Glossary}
    terms:
      - id: apt
        term: {sv: APT, en: APT}
        definition: {sv: Arbetsplatsträff., en: Workplace meeting.}
"""


@pytest.fixture
def pack():
    return load_pack_files({"pack.yaml": PACK, "intro.yaml": CHAPTER})


def test_pages_are_registered_by_step_type():
    assert PAGE_TYPES["reading"] is ReadingPage
    assert PAGE_TYPES["story"] is StoryPage
    assert PAGE_TYPES["policy"] is PolicyPage


def test_reading_page_shows_the_step_with_its_title_as_name(qtbot, pack, make_context):
    page = ReadingPage(make_context(pack), pack.step("uppdrag"))
    qtbot.addWidget(page)
    page.show()
    text = page.browser.toPlainText()
    assert "Vårt uppdrag" in text
    assert "invånarna" in text
    assert page.browser.accessibleName() == "Vårt uppdrag"


def test_reading_page_follows_links_from_the_keyboard(qtbot, pack, make_context, links):
    page = ReadingPage(make_context(pack), pack.step("uppdrag"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.browser.setFocus()
    qtbot.waitUntil(page.browser.hasFocus)
    # Tab moves through the links in document order; Enter follows the focused one.
    qtbot.keyClick(page.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(page.browser, Qt.Key.Key_Return)
    assert links.steps == ["ansvar"]
    qtbot.keyClick(page.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(page.browser, Qt.Key.Key_Return)
    assert links.terms == ["apt"]  # "APT" is linked to the glossary automatically


def test_language_switch_shows_english(qtbot, pack, make_context):
    page = ReadingPage(make_context(pack), pack.step("uppdrag"))
    qtbot.addWidget(page)
    page.set_language("en")
    assert "residents" in page.browser.toPlainText()
    assert page.browser.accessibleName() == "Our mission"


def test_story_page_presents_the_person(qtbot, pack, make_context):
    page = StoryPage(make_context(pack, lang="en"), pack.step("ronita"))
    qtbot.addWidget(page)
    text = page.browser.toPlainText()
    for expected in ("Ronita Åberg", "preschool teacher", "Solen preschool", "Barnens bästa"):
        assert expected in text
    assert page.browser.accessibleName() == "Ronita, preschool teacher"


def _column_tables(page: PolicyPage) -> int:
    return page.browser.toHtml().count("<table")


def test_policy_columns_stack_when_the_page_is_narrow(qtbot, pack, make_context):
    page = PolicyPage(make_context(pack, lang="en"), pack.step("ansvar"))
    qtbot.addWidget(page)
    threshold = page.narrow_threshold()
    page.resize(threshold + 200, 500)
    page.show()
    qtbot.waitExposed(page)
    assert not page.narrow
    assert _column_tables(page) == 1  # the two lists side by side
    text = page.browser.toPlainText()
    assert "As an employee" in text and "As a manager" in text

    renders = []
    original = page.render
    page.render = lambda: (renders.append(1), original())
    page.resize(threshold - 50, 500)
    qtbot.waitUntil(lambda: page.narrow)
    assert _column_tables(page) == 0  # stacked: one list under the other
    assert "Chefen ger förutsättningar." in page.browser.toPlainText()

    page.resize(threshold - 100, 500)  # still narrow: no new render
    page.resize(threshold - 20, 400)
    qtbot.waitUntil(lambda: page.width() == threshold - 20)
    assert len(renders) == 1

    page.resize(threshold + 10, 500)
    qtbot.waitUntil(lambda: not page.narrow)
    assert _column_tables(page) == 1
    assert len(renders) == 2
