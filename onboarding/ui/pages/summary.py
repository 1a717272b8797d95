"""Summary step: scores per chapter, what to review, the learner's name and the certificate."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from onboarding.content.models import QuizStep, SummaryStep
from onboarding.flow.navigator import quiz_complete
from onboarding.flow.progress import ProgressError
from onboarding.flow.quiz import chapter_scores, missed_questions, overall_score, passed
from onboarding.rendering import certificate_html, render_step
from onboarding.ui import progress_text
from onboarding.ui.after_paint import after_next_paint
from onboarding.ui.browser import ContentBrowser
from onboarding.ui.certificate import write_certificate_pdf
from onboarding.ui.pages.base import PageContext, StepPage, register
from onboarding.ui.pages.reading import give_room

# Characters no file system likes in a name; replaced in the suggested certificate file name.
UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def certificate_file_name(lang: str, pack_id: str, learner: str) -> str:
    word = "Intyg" if lang == "sv" else "Certificate"
    name = UNSAFE_IN_FILE_NAME.sub("_", learner).strip(" ._") or "_"
    return f"{word}-{pack_id}-{name}.pdf"


@register
class SummaryPage(StepPage):
    STEP_TYPE = "summary"

    def __init__(self, context: PageContext, step: SummaryStep, parent: QWidget | None = None):
        super().__init__(context, step, parent)
        self.browser = ContentBrowser(context)
        give_room(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)

        self.name_field: QLineEdit | None = None
        self.certificate_button: QPushButton | None = None
        self.certificate_reason: QLabel | None = None
        if not context.presenter:  # presenter mode shows and stores no learner data
            layout.addWidget(self._certificate_panel())

        self._translate_ui()
        self.refresh()
        # The run is recorded when the learner has seen the page, not when it is built.
        self._seen = False
        self.recorded = False  # checked (and recorded if finished), after the first paint

    # --- widgets --------------------------------------------------------------------------

    def _certificate_panel(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel()
        self.name_field = QLineEdit(self.context.store.learner_name() or "")
        self.name_label.setBuddy(self.name_field)
        self.name_field.editingFinished.connect(self._save_name)
        self.name_field.textChanged.connect(self._update_certificate_button)

        self.certificate_button = QPushButton()
        self.certificate_button.clicked.connect(self.save_certificate)
        self.certificate_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.certificate_reason = QLabel()
        self.certificate_reason.setWordWrap(True)
        self.certificate_reason.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, self.name_field)
        button_row = QHBoxLayout()
        button_row.addWidget(self.certificate_button)
        button_row.addWidget(self.certificate_reason, 1)
        button_row.addStretch(0)
        column = QVBoxLayout(panel)
        column.addLayout(form)
        column.addLayout(button_row)
        return panel

    def _translate_ui(self) -> None:
        self.browser.setAccessibleName(self.step.title.get(self.context.lang))
        if self.name_field is None:
            return
        self.name_label.setText(self.tr("Your &name (for the certificate):"))
        self.name_field.setAccessibleName(self.tr("Your name (for the certificate)"))
        self.name_field.setPlaceholderText(self.tr("First and last name"))
        self.certificate_button.setText(self.tr("Save &certificate (PDF)…"))
        self.certificate_button.setAccessibleName(self.tr("Save certificate (PDF)"))

    # --- results ----------------------------------------------------------------------------

    def quizzes_complete(self) -> bool:
        pack, store = self.context.pack, self.context.store
        return all(
            quiz_complete(step, store.answers(pack.id, step.id))
            for step in pack.steps()
            if isinstance(step, QuizStep)
        )

    def result(self) -> dict[str, Any]:
        """The render state of the summary (see docs/internals.md)."""
        pack = self.context.pack
        saved = self.context.store.answers_for_pack(pack.id)
        correct, total = overall_score(pack, saved)
        return {
            "learner": None if self.context.presenter else self.learner(),
            "scores": chapter_scores(pack, saved),
            "correct": correct,
            "total": total,
            "passed": passed(pack, saved),
            "missed": missed_questions(pack, saved),
        }

    def learner(self) -> str | None:
        if self.name_field is not None:
            return self.name_field.text().strip() or None
        return self.context.store.learner_name()

    def refresh(self) -> None:
        self._result = self.result()
        self._revision = self.context.store.revision
        self.browser.set_content(
            render_step(
                self.context.pack,
                self.step,
                lang=self.context.lang,
                state=self._result,
                tr=self.context.tr,
            )
        )
        self._update_certificate_button()

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self._translate_ui()
        self.refresh()

    def is_stale(self) -> bool:
        # It shows every quiz's results: built ahead while the last quiz is still being
        # answered, it is out of date once an answer is saved.
        return self._revision != self.context.store.revision

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._seen:
            self._seen = True
            # A committed write: after the page is on screen, not before (it took a third
            # of the step switch on the summary).
            after_next_paint(self, self._record_when_seen)

    def _record_when_seen(self) -> None:
        self._record_if_finished()
        self.recorded = True  # whether or not there was a finished run to record

    def _record_if_finished(self) -> None:
        """Record the finished run for HR once per result (and learner name)."""
        if self.context.presenter or not self.quizzes_complete():
            return
        store, result = self.context.store, self._result
        recorded = store.completions(self.context.pack.id)
        name = store.learner_name()
        if recorded:
            last = recorded[-1]
            if (last.correct, last.total, last.passed) == (
                result["correct"],
                result["total"],
                result["passed"],
            ):
                if last.learner is None and name:
                    store.name_completion(last, name)
                if last.learner in (None, name):
                    return
        try:
            store.record_completion(
                self.context.pack.id,
                correct=result["correct"],
                total=result["total"],
                passed=result["passed"],
            )
        except ProgressError as error:
            self.context.dialogs.warning(self.tr("Not saved"), progress_text.not_saved(error))

    # --- name and certificate --------------------------------------------------------------

    def _save_name(self) -> None:
        name = self.learner()
        if name == self.context.store.learner_name():
            return
        try:
            self.context.store.set_learner_name(name)
        except ProgressError as error:
            self.context.dialogs.warning(self.tr("Not saved"), progress_text.not_saved(error))
            return
        self.refresh()
        self._record_if_finished()  # HR's record now carries the name

    def _update_certificate_button(self, *_args) -> None:
        if self.certificate_button is None:
            return
        result = self._result
        if not result["passed"]:
            reason = self.tr(
                "You have {correct} of {total} right. A certificate needs {mark}% right:"
                " go back to the questions you missed and try them again."
            )
            reason = (
                reason.replace("{correct}", str(result["correct"]))
                .replace("{total}", str(result["total"]))
                .replace("{mark}", str(self.context.pack.manifest.pass_mark))
            )
        elif not self.learner():
            reason = self.tr("Write your name above to save your certificate.")
        else:
            reason = ""
        self.certificate_button.setEnabled(not reason)
        self.certificate_reason.setText(reason)
        self.certificate_reason.setVisible(bool(reason))
        self.certificate_button.setAccessibleDescription(reason)

    def suggested_path(self) -> str:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        name = certificate_file_name(self.context.lang, self.context.pack.id, self.learner() or "")
        return str(Path(folder) / name)

    def save_certificate(self) -> None:
        learner = self.learner()
        if not (learner and self._result["passed"]):
            return
        self._save_name()
        dialogs = self.context.dialogs
        path = dialogs.save_file(
            self.tr("Save certificate"), self.suggested_path(), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        pack, lang = self.context.pack, self.context.lang
        html = certificate_html(
            pack,
            learner=learner,
            date=dt.date.today(),
            correct=self._result["correct"],
            total=self._result["total"],
            lang=lang,
            tr=self.context.tr,
        )
        title = f"{pack.manifest.title.get(lang)}: {learner}"
        try:
            write_certificate_pdf(path, html, title=title)
        except OSError as error:
            dialogs.warning(self.tr("Certificate not saved"), str(error))
            return
        dialogs.info(
            self.tr("Certificate saved"),
            self.tr("Your certificate was saved as {path}.").replace(
                "{path}", QDir.toNativeSeparators(path)
            ),
        )
