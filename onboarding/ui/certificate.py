"""The certificate as a PDF file, printed from the HTML onboarding.rendering makes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from onboarding.files import write_atomically

RESOLUTION_DPI = 300
MARGIN_MM = 20
BASE_POINT_SIZE = 14  # on paper, body text of a certificate reads well a little large


def write_certificate_pdf(path: str | os.PathLike[str], html: str, *, title: str) -> None:
    """Write `html` as an A4 PDF at `path`, atomically: a crash leaves the old file or none.

    Raises OSError with a sentence the learner understands (in the UI's language) when the
    file cannot be written.
    """
    target = Path(path)
    data = _print(html, title)
    if not data.startswith(b"%PDF-"):
        raise OSError(
            QCoreApplication.translate(
                "Certificate", "The certificate could not be made for {path}."
            ).format(path=target)
        )
    try:
        write_atomically(target, data, private=False)  # a certificate is the learner's to share
    except OSError as error:
        raise OSError(
            QCoreApplication.translate(
                "Certificate",
                "The certificate could not be saved as {path}: {detail}. Choose another folder,"
                " for example Documents.",
            ).format(path=target, detail=error.strerror or error)
        ) from error


def _print(html: str, title: str) -> bytes:
    """The PDF, in memory: the file is written in one atomic step afterwards."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Onboarding")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE)  # the template's sizes (large, xx-large) scale from it
    document.setDefaultFont(font)
    document.setHtml(html)
    # A document with a page size prints as laid out, scaled to the page, and without the
    # page numbers and extra 2 cm margins print_() adds otherwise. The page size is in the
    # document's own units (screen pixels), so fonts keep their point size on paper.
    dpi = _layout_dpi()
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    size = QSizeF(page.width() * dpi, page.height() * dpi)
    document.setPageSize(size)
    _centre_vertically(document, size.height())
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    return bytes(buffer.data())


def _centre_vertically(document: QTextDocument, page_height: float) -> None:
    """Move a one-page certificate down so it sits a little above the middle of the sheet."""
    spare = page_height - document.size().height()
    if spare <= 0 or document.pageCount() > 1:
        return
    frame = document.rootFrame().frameFormat()
    frame.setTopMargin(spare * 0.4)
    document.rootFrame().setFrameFormat(frame)


def _layout_dpi() -> float:
    """The resolution QTextDocument lays text out at when it has no paint device."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96.0
