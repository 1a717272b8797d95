"""Row 4, ours: walk a whole pack through the real window, then print peak RSS in KiB.

Between steps the posted deletes run, as the app's event loop would run them.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QEvent

import onboarding.ui  # noqa: F401 (first, as in the app: it sets PySide up before the rest)
from onboarding.content.loader import load_pack
from onboarding.content.models import QuizStep
from onboarding.flow.progress import ProgressStore
from onboarding.ui.app import make_application
from onboarding.ui.main_window import MainWindow
from onboarding.ui.walker import SilentDialogs, answer_quiz


def main(folder: str) -> int:
    app = make_application()
    with tempfile.TemporaryDirectory() as data_dir:
        store, _ = ProgressStore.open(data_dir)
        window = MainWindow(store, dialogs=SilentDialogs())
        window.resize(1120, 760)
        window.show()
        window.open_pack(load_pack(folder))
        journey = window.journey
        for ref in journey.navigator.refs:
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if isinstance(ref.step, QuizStep):
                errors = answer_quiz(journey.page, app)
                if errors:
                    sys.exit("bench: " + "; ".join(errors))
            journey.next_button.click()
        app.processEvents()
        if journey.navigator.index != len(journey.navigator.refs) - 1:
            sys.exit("bench: the walk did not reach the last step")
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
