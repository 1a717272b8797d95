"""Start-up reference: a bare PySide6 QMainWindow with a QTextBrowser, exits on first paint."""

from __future__ import annotations

import sys

from probe import FirstPaintProbe
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

HTML = "<h1>Välkommen</h1><p>Här börjar din första dag hos oss.</p>"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    browser.setHtml(HTML)
    window.setCentralWidget(browser)
    window.resize(1120, 760)
    probe = FirstPaintProbe(browser)  # noqa: F841 (kept alive until the paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
