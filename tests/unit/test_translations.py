"""The Swedish UI translation: complete, faithful to placeholders and mnemonics, and really used.

Swedish is the default UI language, so an untranslated string is English text in front of a new
hire. The code is the truth: lupdate runs over it here and every string it finds must have a
finished Swedish translation in the committed resources/i18n/onboarding_sv.ts.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/translations_util.py

import translations_util as tu  # noqa: E402

SV_TS = tu.ts_path("sv")
REFRESH_HELP = (
    "Refresh the .ts from the code with\n"
    f"    {tu.refresh_command_text('sv')}\n"
    "then translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist "
    "resources/i18n/onboarding_sv.ts) and mark them finished. See docs/translations.md."
)
MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonics(text: str) -> list[str]:
    return [letter.lower() for letter in MNEMONIC.findall(text.replace("&&", ""))]


def describe(messages) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r}" for m in messages)


@pytest.fixture(scope="module")
def committed() -> list[tu.Message]:
    return tu.read_ts(SV_TS)


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> list[tu.Message]:
    """Every string lupdate finds in the code today, extracted into a throwaway .ts."""
    fresh = tmp_path_factory.mktemp("lupdate") / "onboarding_sv.ts"
    tu.run_lupdate(fresh, "sv")
    return tu.read_ts(fresh)


@pytest.fixture(scope="module")
def swedish_qm(tmp_path_factory) -> Path:
    """The committed .ts compiled as the install step compiles it (the .qm is not committed)."""
    folder = tmp_path_factory.mktemp("i18n")
    tu.run_lrelease(SV_TS, folder / "onboarding_sv.qm")
    return folder


# --- completeness ---------------------------------------------------------------------------


def test_lupdate_finds_the_ui_strings(in_code):
    # Guards the tests below against an extraction that silently finds nothing.
    keys = {m.key for m in in_code}
    assert ("MainWindow", "&File") in keys
    assert ("Content", "As an employee") in keys
    assert len(keys) > 100


def test_every_ui_string_has_a_finished_swedish_translation(in_code, committed):
    translated = {m.key for m in committed} - {m.key for m in tu.untranslated(committed)}
    missing = [m for m in in_code if m.key not in translated]
    assert not missing, (
        f"{len(missing)} UI string(s) have no finished Swedish translation in "
        f"{SV_TS.relative_to(tu.ROOT)}:\n{describe(missing)}\n{REFRESH_HELP}"
    )


def test_lupdate_sees_every_tr_call_in_the_code(in_code):
    """lupdate skips some calls (one inside an f-string, for instance): such a string would
    stay English forever, however often the .ts is refreshed."""
    seen = {m.key for m in in_code}
    unseen = sorted(tu.tr_calls_in_code() - seen)
    assert not unseen, (
        "lupdate cannot read these tr()/translate() calls, so they are never translated:\n"
        + "\n".join(f"  [{context}] {source!r}" for context, source in unseen)
        + "\nWrite each as a plain call with a string literal outside any f-string, e.g.\n"
        "    label = self.tr('The right order:')\n    f'{html.escape(label)}...'"
    )


def test_every_committed_entry_is_finished(committed):
    unfinished = tu.untranslated(committed)
    assert not unfinished, f"Unfinished or empty translations:\n{describe(unfinished)}"


# --- faithful translations ------------------------------------------------------------------


def test_translations_keep_the_placeholders_of_the_source(committed):
    wrong = []
    for message in committed:
        expected = tu.placeholders(message.source)
        for text in message.translations:
            if tu.placeholders(text) != expected:
                wrong.append(f"  [{message.context}] {message.source!r} -> {text!r}")
    assert not wrong, "Placeholders must stay exactly as in the source:\n" + "\n".join(wrong)


def test_translations_keep_the_check_and_cross_marks(committed):
    wrong = [
        m
        for m in committed
        for mark in ("✓", "✗")
        if (mark in m.source) != all(mark in text for text in m.translations)
    ]
    assert not wrong, f"✓/✗ marks lost or added:\n{describe(wrong)}"


def test_a_mnemonic_in_the_source_stays_one_mnemonic_in_the_translation(committed):
    wrong = [
        m
        for m in committed
        if any(len(mnemonics(text)) != len(mnemonics(m.source)) for text in m.translations)
    ]
    assert not wrong, f"Keyboard mnemonics (&) must match the source:\n{describe(wrong)}"


def test_no_numerus_strings_without_an_english_file(committed):
    """English needs no .ts while there are no plurals: the source text is shown as is. A %n
    plural needs onboarding_en.ts too, or English shows the raw source form (docs)."""
    plural = [m for m in committed if m.numerus]
    if plural:
        needs_english = f"Plural strings need onboarding_en.ts:\n{describe(plural)}"
        assert tu.ts_path("en").is_file(), needs_english
        for message in plural:
            assert len(message.translations) == 2, f"Swedish has two plural forms: {message}"


# --- used by Qt -----------------------------------------------------------------------------


def test_qt_translates_with_the_compiled_swedish_file(qapp, swedish_qm):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("onboarding_sv", str(swedish_qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        assert QCoreApplication.translate("JourneyView", "Next") == "Nästa"
        assert QCoreApplication.translate("Content", "As a manager") == "Som chef"
        step = QCoreApplication.translate("JourneyView", "Step {number} of {total}")
        assert step.format(number=3, total=12) == "Steg 3 av 12"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_progress_and_certificate_problems_are_told_in_swedish(qapp, swedish_qm, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from onboarding.flow.progress import OpenNotice, ProgressError
    from onboarding.ui import progress_text
    from onboarding.ui.certificate import write_certificate_pdf

    translator = QTranslator()
    assert translator.load("onboarding_sv", str(swedish_qm))
    QCoreApplication.installTranslator(translator)
    try:
        full = ProgressError("Your progress could not be saved: disk full.", detail="disk full")
        assert progress_text.not_saved(full) == "Dina framsteg kunde inte sparas: disk full."
        moved = OpenNotice("moved", "/data/progress.sqlite3", "not a database", "/data/x.broken")
        text = progress_text.open_notice(moved)
        assert text.startswith("Dina sparade framsteg i /data/progress.sqlite3")
        assert "(not a database)" in text and "/data/x.broken" in text
        unsaved = progress_text.open_notice(OpenNotice("unsaved", "/data", "read-only"))
        assert unsaved.startswith("Framsteg kan inte sparas i /data (read-only).")
        blocked = tmp_path / "folder"
        blocked.mkdir()
        with pytest.raises(OSError, match="Intyget kunde inte sparas som"):
            write_certificate_pdf(blocked, "<p>Intyg</p>", title="Intyg")  # a folder, not a file
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def swedish_window(qtbot, monkeypatch, swedish_qm):
    from onboarding import paths
    from onboarding.flow.progress import ProgressStore
    from onboarding.ui.main_window import MainWindow

    monkeypatch.setattr(paths, "i18n_dir", lambda: swedish_qm)
    window = MainWindow(ProgressStore.in_memory(), lang="sv", dialogs=object())
    qtbot.addWidget(window)
    yield window
    window.translations.set_language("en")  # remove our translator: it is application-wide


def menu_tree(window) -> list[tuple[str, list[str]]]:
    """(menu title, texts of its entries) for the menu bar and every menu and submenu."""
    tree = [("menu bar", [a.text() for a in window.menuBar().actions()])]
    pending = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while pending:
        menu = pending.pop(0)
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        tree.append((menu.title(), entries))
        pending += [a.menu() for a in menu.actions() if a.menu()]
    return tree


def test_the_window_opens_in_swedish_with_distinct_mnemonics_in_each_menu(swedish_window):
    from onboarding.ui.i18n import LANGUAGES

    tree = dict(menu_tree(swedish_window))
    assert tree["menu bar"] == ["&Arkiv", "&Gå", "&Visa", "&Hjälp"]
    assert "&Kontrollera svaret" in tree["&Gå"]
    for title, entries in tree.items():
        letters = [letter for text in entries for letter in mnemonics(text)]
        assert len(letters) == len(set(letters)), f"Mnemonics clash in {title}: {entries}"
        for text in entries:
            if text not in LANGUAGES.values():  # each language is named in itself
                assert mnemonics(text), f"{title}: {text!r} has no keyboard mnemonic"


def test_switching_to_english_needs_no_english_file(qtbot, swedish_window):
    def menu_bar() -> list[str]:
        return dict(menu_tree(swedish_window))["menu bar"]

    swedish_window.set_language("en")  # Qt re-translates on the LanguageChange event
    qtbot.waitUntil(lambda: menu_bar() == ["&File", "&Go", "&View", "&Help"])
    swedish_window.set_language("sv")
    qtbot.waitUntil(lambda: menu_bar() == ["&Arkiv", "&Gå", "&Visa", "&Hjälp"])
