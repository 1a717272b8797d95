"""The main window: menus, settings, which pack is open, and the journey through it."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from onboarding import APP_NAME, paths
from onboarding.startcache import Outline, Snapshot, StartupCache
from onboarding.ui import theme
from onboarding.ui.after_paint import after_next_paint
from onboarding.ui.dialogs import Dialogs
from onboarding.ui.i18n import LANGUAGES, Translations, translate_content_label
from onboarding.ui.journey import JourneyView
from onboarding.ui.pages.base import PageContext

if TYPE_CHECKING:
    # Imported where used: neither the chooser nor the term popup is needed for the first paint.
    from onboarding.content.models import Pack
    from onboarding.ui.pack_chooser import PackChooser


class MainWindow(QMainWindow):
    def __init__(
        self,
        store,
        *,
        translations: Translations | None = None,
        dialogs=None,
        lang: str | None = None,
        cache: StartupCache | None = None,
    ):
        # Before any widget exists, this window included: widgets take their parent's font when
        # made, and under a stylesheet keep it when the application font changes later.
        text_scale = int(store.setting("text_scale") or 100)
        theme.apply_text_scale(QApplication.instance(), text_scale)
        super().__init__()
        self.store = store
        self.cache = cache or StartupCache(None)
        # The pack folder opened and what was loaded from it, kept for the start-up cache.
        self._opened: tuple[Path, Snapshot] | None = None
        self._prerendered: dict[tuple[str, str, str], str] = {}
        self._cache_missed = False  # save the snapshot once the first page has painted

        self.translations = translations or Translations(QApplication.instance())
        self.dialogs = dialogs or Dialogs(self)
        self.lang = lang or store.setting("lang") or "sv"
        self.theme_name = store.setting("theme") or "default"
        self.text_scale = text_scale
        self.pack: Pack | None = None

        self.journey = JourneyView(self._make_context)
        self.journey.settled.connect(self._on_settled)
        self.chooser: PackChooser | None = None
        self.error_view = self._build_error_view()
        self.stack = QStackedWidget()
        for widget in (self.journey, self.error_view):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self.translations.set_language(self.lang)
        # No stylesheet yet: it comes with the pack (its colours), or on showing without one
        # (showEvent). Set here as well, it was parsed and every widget styled twice before
        # the first paint.
        self.retranslate()
        self.resize(1120, 760)
        geometry = store.setting("geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromHex(geometry.encode()))

    # --- what is shown ------------------------------------------------------------------

    def start(self, pack_path: str | Path | None = None, *, outline_first: bool = False) -> None:
        """Open the pack asked for, else the last used one, else the only one, else choose.

        With outline_first (the app starting), the first frame may come from the start-up
        cache's outline, and the pack opens once it is painted (see open_pack_path)."""
        if pack_path:
            self.open_pack_path(Path(pack_path), outline_first=outline_first)
            return
        last = self.store.setting("last_pack")
        if last and (Path(last) / "pack.yaml").is_file():
            self.open_pack_path(Path(last), outline_first=outline_first)
            return
        bundled = paths.bundled_packs()
        if len(bundled) == 1:
            self.open_pack_path(bundled[0], outline_first=outline_first)
        else:
            self.show_chooser()

    def show_chooser(self) -> None:
        from onboarding.content.loader import load_pack_lenient
        from onboarding.ui.pack_chooser import PackChooser, PackEntry

        entries = []
        for folder in paths.bundled_packs():
            pack, problems = load_pack_lenient(folder)
            if pack is None:
                entries.append(PackEntry(folder, folder.name, problems=tuple(problems)))
                continue
            manifest = pack.manifest
            description = manifest.description.get(self.lang) if manifest.description else ""
            title = f"{manifest.organisation.get(self.lang)}: {manifest.title.get(self.lang)}"
            entries.append(PackEntry(folder, title, description))
        if self.chooser is not None:
            self.stack.removeWidget(self.chooser)
            self.chooser.deleteLater()
        self.chooser = PackChooser(entries)
        self.chooser.pack_chosen.connect(self.open_pack_path)
        self.stack.addWidget(self.chooser)
        self.stack.setCurrentWidget(self.chooser)
        self.chooser.list.setFocus()
        self.setWindowTitle(APP_NAME)

    def open_pack_path(self, folder: Path, *, outline_first: bool = False) -> bool:
        """Open the pack in `folder`; chapters with problems are left out, and said so.

        With outline_first, a current outline in the start-up cache is shown at once and the
        pack opened after that frame is painted: the window looks the same, and is live
        before the learner can do anything in it."""
        if outline_first:
            outline = self.cache.load_outline(folder)
            if outline is not None and self._show_outline(outline):
                after_next_paint(self, lambda: self.open_pack_path(folder))
                return True
        snapshot = self.cache.load(folder)
        cache_missed = snapshot is None
        if snapshot is None:
            # Loaded only now: PyYAML and the checks are not needed when the cache is good.
            from onboarding.content.loader import load_pack_lenient

            pack, problems = load_pack_lenient(folder)
            if pack is None:
                self.show_problems(folder, problems)
                return False
            snapshot = Snapshot(pack, problems)
        pack, problems = snapshot.pack, snapshot.problems
        self.store.set_setting("last_pack", str(folder.resolve()))
        self.open_pack(pack, prerendered=snapshot.pages)
        self._opened = (folder, snapshot)
        self._cache_missed = cache_missed
        if problems:
            shown = "\n".join(str(p) for p in problems[:12])
            more = len(problems) - 12
            if more > 0:
                shown += "\n" + self.tr("…and {count} more.").format(count=more)
            self.dialogs.warning(
                self.tr("Some chapters are left out"),
                self.tr(
                    "These files have problems, so their chapters are left out until they are"
                    " corrected. Please tell the person responsible for the introduction."
                )
                + "\n\n"
                + shown,
            )
        return True

    def open_pack(self, pack: Pack, prerendered: dict | None = None) -> None:
        self.pack = pack
        self._opened = None
        self._prerendered = dict(prerendered or {})
        self._apply_theme()
        self.journey.open_pack(pack, resume_at=self.store.last_step(pack.id))
        self.stack.setCurrentWidget(self.journey)
        self._update_title()

    def _show_outline(self, outline: Outline) -> bool:
        """Show the frame `outline` describes, if it is this window's: same language and
        theme, and the step the learner resumes at. False, showing nothing, if not."""
        if (outline.lang, outline.theme) != (self.lang, self.theme_name):
            return False
        if self.store.last_step(outline.pack_id) != outline.step_id:
            return False
        self.setStyleSheet(outline.stylesheet)
        self.journey.sidebar.set_colours(theme.Palette(**outline.colours))
        context = self._context(None, outline.document_css, outline.colours["surface"])
        self.journey.show_outline(outline, context)
        self.stack.setCurrentWidget(self.journey)
        self.setWindowTitle(outline.title)
        return True

    def show_problems(self, folder: Path, problems) -> None:
        """A pack that cannot be opened: say exactly where and why, offer the others."""
        self.error_heading.setText(
            self.tr("The introduction in {folder} cannot be opened.").format(folder=folder)
        )
        self.error_text.setPlainText("\n".join(str(p) for p in problems))
        self.stack.setCurrentWidget(self.error_view)
        self.error_choose.setFocus()

    def _build_error_view(self) -> QWidget:
        view = QWidget()
        self.error_heading = QLabel()
        self.error_heading.setWordWrap(True)
        self.error_explain = QLabel()
        self.error_explain.setWordWrap(True)
        self.error_text = QPlainTextEdit()
        self.error_text.setReadOnly(True)
        self.error_choose = QPushButton()
        self.error_choose.clicked.connect(self.show_chooser)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(32, 32, 32, 32)
        for widget in (self.error_heading, self.error_explain, self.error_text):
            layout.addWidget(widget)
        buttons = QHBoxLayout()  # the button at the right, without a `Qt` alignment flag
        buttons.addStretch(1)
        buttons.addWidget(self.error_choose)
        layout.addLayout(buttons)
        return view

    def _make_context(self, pack: Pack) -> PageContext:
        pack_theme = pack.manifest.theme
        css = theme.document_stylesheet(self.theme_name, pack_theme)
        return self._context(pack, css, theme.palette(self.theme_name, pack_theme).surface)

    def _context(self, pack: Pack | None, css: str, page_colour: str) -> PageContext:
        """The pages' context; without a pack only while an outline is shown."""
        return PageContext(
            pack=pack,
            store=self.store,
            lang=self.lang,
            open_step=self.journey.go_to_step,
            open_term=self.show_term,
            dialogs=self.dialogs,
            css=css,
            page_colour=page_colour,
            tr=translate_content_label,
            prerendered=self._prerendered,
        )

    def start_presenter(self):
        """Presenter mode for a group session on the open pack; learner progress untouched."""
        if self.pack is None:
            return None
        from onboarding.ui.presenter.launch import start_presenter

        return start_presenter(self.pack, lang=self.lang, parent=self)

    def show_term(self, term_id: str) -> None:
        if self.journey.pack is not None:  # not while the outline is shown
            from onboarding.ui.term_popup import TermPopup

            TermPopup.show_term(self, self.journey.context, term_id)

    # --- settings -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.translations.set_language(lang)
        self.store.set_setting("lang", lang)
        self.journey.rebuild()
        if self.chooser is not None and self.stack.currentWidget() is self.chooser:
            self.show_chooser()
        self._update_title()

    def set_text_scale(self, percent: int) -> None:
        if percent == self.text_scale:
            return
        self.text_scale = percent
        theme.apply_text_scale(QApplication.instance(), percent)
        self.store.set_setting("text_scale", str(percent))
        self.journey.rebuild()

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in theme.THEMES else "default"
        self.store.set_setting("theme", self.theme_name)
        self._apply_theme()
        self.journey.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.styleSheet():
            self._apply_theme()  # shown before any pack was opened: the default look
        super().showEvent(event)

    def _apply_theme(self) -> None:
        pack_theme = self.pack.manifest.theme if self.pack else None
        # On this window, not the application: its dialogs and popups (children) follow it,
        # and a presenter window beside it keeps its own look. Set again unchanged (after an
        # outline), Qt would style every widget again.
        sheet = theme.window_stylesheet(self.theme_name, pack_theme)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.journey.sidebar.set_colours(theme.palette(self.theme_name, pack_theme))

    def _update_title(self) -> None:
        if self.pack is None:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(f"{self.pack.manifest.title.get(self.lang)} – {APP_NAME}")

    # --- menus --------------------------------------------------------------------------

    def _action(self, menu, slot, *shortcuts) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.choose_action = self._action(self.file_menu, self.show_chooser, "Ctrl+O")
        self.presenter_action = self._action(self.file_menu, self.start_presenter, "F5")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)

        self.go_menu = bar.addMenu("")
        self.back_action = self._action(self.go_menu, self.journey.go_back, "Alt+Left")
        self.next_action = self._action(self.go_menu, self.journey.go_next, "Alt+Right")
        self.check_action = self._action(self.go_menu, self._primary, "Ctrl+Return", "Ctrl+Enter")
        self.glossary_action = self._action(self.go_menu, self._open_glossary, "Ctrl+G")

        self.view_menu = bar.addMenu("")
        self.bigger_action = self._action(
            self.view_menu, lambda: self._scale(1), QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.smaller_action = self._action(
            self.view_menu, lambda: self._scale(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.normal_action = self._action(
            self.view_menu, lambda: self.set_text_scale(100), "Ctrl+0"
        )
        self.view_menu.addSeparator()
        self.contrast_action = self._action(
            self.view_menu,
            lambda on: self.set_theme("high_contrast" if on else "default"),
            "Ctrl+Shift+H",
        )
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.theme_name == "high_contrast")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.keys_action = self._action(self.help_menu, self._show_keys, "F1")
        self.about_action = self._action(self.help_menu, self._show_about)

    def _scale(self, step: int) -> None:
        self.set_text_scale(theme.next_scale(self.text_scale, step))

    def _primary(self) -> None:
        page = self.journey.page
        if page is not None and self.stack.currentWidget() is self.journey:
            page.primary_action()

    def _open_glossary(self) -> None:
        if self.pack is None:
            return
        glossary = next((s for s in self.pack.steps() if s.TYPE == "glossary"), None)
        if glossary is not None:
            self.journey.go_to_step(glossary.id)

    def _show_keys(self) -> None:
        rows = [
            (self.tr("Next step"), "Alt+→"),
            (self.tr("Previous step"), "Alt+←"),
            (self.tr("Check answer"), "Ctrl+Enter"),
            (self.tr("Glossary"), "Ctrl+G"),
            (self.tr("Larger / smaller text"), "Ctrl + / Ctrl −"),
            (self.tr("High contrast"), "Ctrl+Shift+H"),
            (self.tr("Move between controls"), "Tab / Shift+Tab"),
        ]
        text = "\n".join(f"{keys}\t{what}" for what, keys in rows)
        self.dialogs.info(self.tr("Keyboard shortcuts"), text)

    def _show_about(self) -> None:
        from onboarding import __version__

        self.dialogs.info(
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}: a first-day introduction for new employees.").format(
                app=APP_NAME, version=__version__
            ),
        )

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.choose_action.setText(self.tr("&Choose introduction…"))
        self.presenter_action.setText(self.tr("&Presenter mode"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.back_action.setText(self.tr("&Back"))
        self.next_action.setText(self.tr("&Next"))
        self.check_action.setText(self.tr("&Check answer"))
        self.glossary_action.setText(self.tr("&Glossary"))
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_action.setText(self.tr("&Normal text size"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.language_menu.setTitle(self.tr("L&anguage"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About"))
        self.error_explain.setText(
            self.tr(
                "Each line names the file, line and column, and what is wrong. "
                "Correct the file, or choose another introduction."
            )
        )
        self.error_choose.setText(self.tr("Choose another introduction"))
        self.error_text.setAccessibleName(self.tr("Problems found"))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.lang)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # A window being destroyed has lost its menus already; it has nothing to translate.
        if event.type() == event.Type.LanguageChange and shiboken6.isValid(self.file_menu):
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.store.set_setting("geometry", bytes(self.saveGeometry().toHex()).decode())
        self._save_startup_cache()
        super().closeEvent(event)

    def _on_settled(self) -> None:
        if self._cache_missed:  # now, not only on closing: the app may never be closed
            self._cache_missed = False
            self._save_startup_cache()

    def _save_startup_cache(self) -> None:
        """Keep the open pack and the page the learner will resume at for the next start."""
        if self._opened is None or self._opened[1].pack is not self.pack:
            return
        folder, snapshot = self._opened
        rendered = getattr(self.journey.page, "rendered", None)  # single-document pages
        pages = dict([rendered]) if rendered else {}
        frame = self.journey.outline()
        outline = None
        if frame is not None:
            outline = Outline(
                lang=self.lang,
                theme=self.theme_name,
                title=self.windowTitle(),
                stylesheet=self.styleSheet(),
                colours=asdict(theme.palette(self.theme_name, self.pack.manifest.theme)),
                document_css=self.journey.context.css,
                **frame,
            )
        self.cache.save(folder, Snapshot(snapshot.pack, snapshot.problems, pages, outline))
