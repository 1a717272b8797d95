"""Start-up of the real app from source, exiting once the first step's page has been painted.

Runs `onboarding.cli.main` with the given arguments unchanged; the only addition is a probe
on the page MainWindow.start() builds (wrapped here, not changed in the app).
"""

from __future__ import annotations

import sys

from onboarding.cli import main as cli_main


def install_probe() -> None:
    from probe import FirstPaintProbe

    from onboarding.ui.main_window import MainWindow

    original = MainWindow.start

    def start(self, pack_path=None):
        original(self, pack_path)
        page = self.journey.page
        if page is None:
            sys.exit("bench: the window opened no page (is --pack valid?)")
        self._bench_probe = FirstPaintProbe(page)

    MainWindow.start = start


if __name__ == "__main__":
    install_probe()
    sys.exit(cli_main(sys.argv[1:]))
