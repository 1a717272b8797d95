"""Row 4, reference: a bare QMainWindow + QTextBrowser showing the same pages' HTML (read from
a JSON list), each laid out and painted; then print peak RSS in KiB."""

from __future__ import annotations

import json
import os
import resource
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def main(html_file: str) -> int:
    with open(html_file, encoding="utf-8") as f:
        pages = json.load(f)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    window.setCentralWidget(browser)
    window.resize(1120, 760)
    window.show()
    for html in pages:
        browser.setHtml(html)
        browser.viewport().repaint()
        app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
