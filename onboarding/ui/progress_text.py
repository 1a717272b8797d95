"""What the learner is told when progress cannot be read or saved, in the UI's language.

The progress store (onboarding.flow, no Qt) says what went wrong in fields; the sentences
are worded here, through Qt's translations. The technical detail (the system's own words)
stays as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onboarding.flow.progress import OpenNotice, ProgressError


def not_saved(error: ProgressError) -> str:
    if not error.detail:
        return str(error)  # a sentence only, nothing to word anew
    return QCoreApplication.translate(
        "Progress", "Your progress could not be saved: {detail}."
    ).format(detail=error.detail)


def open_notice(notice: OpenNotice) -> str:
    if notice.kind == "moved":
        text = QCoreApplication.translate(
            "Progress",
            "Your saved progress in {path} could not be read ({detail}), so the file was moved"
            " to {moved} and a new one was started. Nothing was deleted.",
        )
    else:
        text = QCoreApplication.translate(
            "Progress",
            "Progress cannot be saved in {path} ({detail}). You can go through the"
            " introduction, but what you do now will not be kept when the app closes.",
        )
    return text.format(path=notice.where, detail=notice.detail, moved=notice.moved_to)
