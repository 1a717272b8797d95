"""The window starts from the start-up cache when nothing changed, and from the files when
anything did: the learner always sees the pack as it is on disk."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication, QTextBrowser

from onboarding import rendering
from onboarding.flow.progress import ProgressStore
from onboarding.startcache import StartupCache
from onboarding.ui.main_window import MainWindow

CHAPTER = """\
title: Kapitel
steps:
  - {id: a, type: reading, title: Första, body: "Välkommen till **förvaltningen**."}
  - {id: b, type: reading, title: Andra, body: Mer text.}
"""


@pytest.fixture
def pack_dir(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "id: p\norganisation: Org\ntitle: Titel\nchapters: [kap]\n", encoding="utf-8"
    )
    (folder / "kap.yaml").write_text(CHAPTER, encoding="utf-8")
    return folder


@pytest.fixture
def open_window(qtbot, dialogs, tmp_path):
    """open_window(folder) -> a shown window on `folder`, with a cache in tmp_path."""

    def open_(folder):
        store, _ = ProgressStore.open(tmp_path / "data")
        cache = StartupCache(tmp_path / "cache")
        window = MainWindow(store, dialogs=dialogs, lang="sv", cache=cache)
        qtbot.addWidget(window)
        assert window.open_pack_path(folder)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def page_text(window) -> str:
    return "\n".join(b.toPlainText() for b in window.journey.page.findChildren(QTextBrowser))


def close(window) -> None:
    window.close()
    QApplication.processEvents()


def test_second_start_shows_the_cached_page_without_rendering(
    open_window, pack_dir, tmp_path, qtbot, monkeypatch
):
    first = open_window(pack_dir)
    assert "Välkommen till förvaltningen" in page_text(first)
    # Saved once the first page is on screen: the app may never be closed properly.
    qtbot.waitUntil(lambda: any((tmp_path / "cache").glob("*")))
    close(first)

    render_step = rendering.render_step

    def render_all_but_the_first(pack, step, **kwargs):
        assert step.id != "a", "the first page was rendered again"
        return render_step(pack, step, **kwargs)  # the next page, built ahead

    monkeypatch.setattr(rendering, "render_step", render_all_but_the_first)
    second = open_window(pack_dir)
    assert "Välkommen till förvaltningen" in page_text(second)
    assert second.journey.page.step.id == "a"


def test_the_learner_resumes_on_the_cached_page_of_the_step_they_left(
    open_window, pack_dir, qtbot, monkeypatch
):
    first = open_window(pack_dir)
    first.journey.go_next()
    assert first.journey.page.step.id == "b"
    close(first)  # saves the page the learner is on

    monkeypatch.setattr(rendering, "render_step", None)  # any rendering would fail (b is last)
    second = open_window(pack_dir)
    assert second.journey.page.step.id == "b"
    assert "Mer text." in page_text(second)


def test_an_edited_pack_is_shown_as_it_is_now(open_window, pack_dir, qtbot):
    first = open_window(pack_dir)
    close(first)
    chapter = pack_dir / "kap.yaml"
    chapter.write_text(CHAPTER.replace("förvaltningen", "nämnden"), encoding="utf-8")
    info = chapter.stat()  # a later time even on file systems with coarse timestamps
    os.utime(chapter, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))

    second = open_window(pack_dir)
    assert "Välkommen till nämnden" in page_text(second)


def what_the_learner_sees(window) -> dict:
    journey = window.journey
    sidebar = journey.sidebar
    return {
        "title": window.windowTitle(),
        "contents": [sidebar.item(row).text() for row in range(sidebar.count())],
        "enabled": [sidebar.item(row).isEnabled() for row in range(sidebar.count())],
        "current": sidebar.currentIndex().row(),
        "chapter": journey.chapter_label.text(),
        "position": journey.position_label.text(),
        "progress": journey.progress.value(),
        "back": journey.back_button.isEnabled(),
        "next": journey.next_button.isEnabled(),
        "page": page_text(window),
        "page name": journey.page.browser.accessibleName(),
        "style": window.styleSheet(),
    }


def frame_of(window):
    """The window as painted, without the text cursor (it blinks)."""
    window.journey.page.browser.setCursorWidth(0)
    return window.grab().toImage()


@pytest.fixture
def start_window(qtbot, dialogs, tmp_path):
    """start_window(folder, lang) -> a window started as the app starts, not yet shown."""

    def start(folder, lang="sv"):
        store, _ = ProgressStore.open(tmp_path / "data")
        cache = StartupCache(tmp_path / "cache")
        window = MainWindow(store, dialogs=dialogs, lang=lang, cache=cache)
        qtbot.addWidget(window)
        window.start(folder, outline_first=True)
        return window

    return start


def test_a_start_shows_the_saved_frame_first_then_the_same_frame_live(
    open_window, start_window, pack_dir, qtbot
):
    first = open_window(pack_dir)
    first.journey.go_next()
    qtbot.waitUntil(lambda: first.journey.sidebar.step_item(0).text().startswith("✓"))
    seen = what_the_learner_sees(first)
    close(first)  # saves the outline of the page the learner is on

    second = start_window(pack_dir)
    assert second.pack is None  # not read yet: the frame comes from the outline
    assert second.journey.page.step is None
    assert what_the_learner_sees(second) == seen
    second.show()
    outline_frame = frame_of(second)
    qtbot.waitUntil(lambda: second.pack is not None)  # opened once the frame is painted
    assert second.journey.page.step.id == "b"
    assert what_the_learner_sees(second) == seen
    assert frame_of(second) == outline_frame  # not a pixel changed
    second.journey.go_back()  # and it is live
    assert second.journey.page.step.id == "a"


def test_an_outline_is_not_shown_when_the_learner_is_elsewhere_or_reads_another_language(
    open_window, start_window, pack_dir, tmp_path
):
    first = open_window(pack_dir)
    close(first)  # saved at step a
    store, _ = ProgressStore.open(tmp_path / "data")
    store.record_visit("p", "b")  # moved on in a window that could not save its outline
    store.close()
    moved = start_window(pack_dir)
    assert moved.pack is not None  # opened from the pack, at once
    assert moved.journey.page.step.id == "b"
    close(moved)  # saves the outline at b, in Swedish
    english = start_window(pack_dir, lang="en")
    assert english.pack is not None
