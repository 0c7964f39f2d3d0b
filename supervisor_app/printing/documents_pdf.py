"""Policy documents as A4 PDF (QTextDocument + QPdfWriter) and as standalone HTML files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from supervisor_app import APP_NAME
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.services import error_codes as codes
from supervisor_app.services.files import write_bytes

RESOLUTION_DPI = 300
# Top, right/left and bottom margins in millimetres; the bottom one holds the footer line.
_MARGINS_MM = QMarginsF(20.0, 16.0, 20.0, 14.0)
_FOOTER_GAP_MM = 6.0
_FOOTER_POINT_SIZE = 7.5
_BODY_POINT_SIZE = 10.0
_FOOTER_COLOUR = QColor("#5b6670")

# Kept so the application created here is not garbage-collected while in use.
_created_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """Return the running QGuiApplication, creating one when there is none.

    QTextDocument needs a GUI application for fonts. On a machine without a display
    (a server running the command line) the app is created on the offscreen platform
    so PDFs can still be made.
    """
    global _created_app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        # A QCoreApplication cannot be upgraded; the caller must create a GUI one first.
        raise RuntimeError("A non-GUI QCoreApplication is running; PDFs need a QGuiApplication.")
    argv = [APP_NAME]
    if not _display_available() and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    # A full QApplication, not just a GUI one: widgets created later in the same process
    # (a test run, or the app itself) need it, and it cannot be upgraded afterwards.
    _created_app = QApplication(argv)
    return _created_app


def _display_available() -> bool:
    # Windows and macOS always have a window system; elsewhere X11 or Wayland must be named.
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def write_pdf(html: str, path: Path, title: str, footer: str = "") -> None:
    """Write html as an A4 PDF with "page / pages" and footer text at the foot of every page.

    The file is replaced in one step, so a failure never leaves half a PDF behind.
    Raises UserFacingError when the file cannot be written.
    """
    ensure_gui_app()
    write_bytes(path, _pdf_bytes(html, title, footer))


def pdf_bytes(html: str, title: str, footer: str = "") -> bytes:
    """The A4 PDF of html in memory, for files that go into an archive rather than to disk."""
    ensure_gui_app()
    return _pdf_bytes(html, title, footer)


def write_html(html: str, path: Path) -> None:
    """Write html as a standalone UTF-8 HTML file that opens correctly in any browser.

    Raises UserFacingError when the file cannot be written.
    """
    if "<meta charset" not in html.lower():
        html = (
            '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n'
            f"<body>\n{html}\n</body>\n</html>\n"
        )
    write_bytes(path, html.encode("utf-8"))


def pdf_writer(buffer: QBuffer, title: str = "") -> QPdfWriter:
    """An A4 PDF writer at 300 dpi with the documents' margins, writing into buffer."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            _MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def typeset(html: str, writer: QPdfWriter) -> tuple[QTextDocument, QFont, QSizeF]:
    """The document laid out in pages for writer: (document, footer font, body size).

    The caller keeps writer alive while it uses the document, which lays out on it.
    """
    document = QTextDocument()
    # Lay text out for the PDF's resolution, not the screen's, or it prints tiny.
    document.documentLayout().setPaintDevice(writer)
    body_font = QFont(document.defaultFont())
    body_font.setPointSizeF(_BODY_POINT_SIZE)
    document.setDefaultFont(body_font)
    document.setHtml(html)
    document.setDocumentMargin(0)

    page = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer_font = QFont(body_font)
    footer_font.setPointSizeF(_FOOTER_POINT_SIZE)
    footer_height = _mm_to_px(_FOOTER_GAP_MM) + _line_height(footer_font, writer)
    body = QSizeF(page.width(), page.height() - footer_height)
    document.setPageSize(body)
    paginate(document)
    return document, footer_font, body


def _pdf_bytes(html: str, title: str, footer: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    document, footer_font, body = typeset(html, writer)
    separate_pages(document)
    page = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise UserFacingError(codes.PDF_NOT_STARTED)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            # Shift the long document up so this page's slice lands in the body area.
            painter.translate(0, -number * body.height())
            document.drawContents(painter, _page_slice(number, body))
            painter.restore()
            _draw_footer(
                painter, footer_font, body, page.height(), f"{number + 1} / {pages}", footer
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _page_slice(number: int, body: QSizeF) -> QRectF:
    """The part of the laid-out document that page number shows, as drawContents' clip.

    Qt draws every line that touches the clip and hides the rest of it by clipping, but the
    hidden text still goes into the PDF, where copying, searching and screen readers meet it
    twice. A line moved over a page break starts at the break give or take rounding, so it
    touches the page before by a hair: a clip kept a pixel inside the page (1/300 inch, no
    ink) leaves such a line to its own page.
    """
    inset = 1.0
    return QRectF(0, number * body.height() + inset, body.width(), body.height() - 2 * inset)


def paginate(document: QTextDocument) -> None:
    """Break pages as a word processor would: headings with their text, no widows or orphans.

    Each moved block pushes the rest of the text down, so the two rules take turns until
    neither moves anything (one pass per page settles it).
    """
    for _ in range(document.pageCount() + 1):
        headings = _keep_headings_with_next(document)
        lines = _avoid_widows_and_orphans(document)
        if not (headings or lines):
            return


def separate_pages(document: QTextDocument) -> None:
    """Split each paragraph that runs over a page break into one paragraph per page.

    Qt draws a paragraph's lines from the last one above a page's top edge on (not from the
    first one inside it) and hides the extra one by clipping; hidden text still goes into the
    PDF, where copying, searching and screen readers meet it twice. Split at the first line
    of the next page, with no space between the halves, each page draws only its own lines,
    where they were. Paragraphs in tables and list items are left whole.
    """
    # Each split settles one page break of one paragraph; a paragraph may cross several.
    start = document.begin()
    for _ in range(document.blockCount() + document.pageCount()):
        found = _first_spanning(document, start)
        if found is None:
            return
        block, line = found
        first, second = QTextBlockFormat(block.blockFormat()), QTextBlockFormat(block.blockFormat())
        first.setBottomMargin(0)
        second.setTopMargin(0)
        second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(first)
        cursor.setPosition(block.position() + block.layout().lineAt(line).textStart())
        cursor.insertBlock(second, block.charFormat())
        # Splitting moves nothing before it: look on from the second half.
        start = cursor.block()


def spanning_paragraphs(document: QTextDocument) -> list[str]:
    """The start of each paragraph of running text whose lines lie on more than one page."""
    found, block = [], document.begin()
    while block.isValid():
        if _page_split(document, block) is not None:
            found.append(block.text()[:40])
        block = block.next()
    return found


def _first_spanning(document: QTextDocument, block: QTextBlock) -> tuple[QTextBlock, int] | None:
    while block.isValid():
        line = _page_split(document, block)
        if line is not None:
            return block, line
        block = block.next()
    return None


def _page_split(document: QTextDocument, block: QTextBlock) -> int | None:
    """The first line of block on a later page than its first line (running text only)."""
    lines = block.layout().lineCount()
    if lines < 2 or block.textList() is not None or QTextCursor(block).currentTable() is not None:
        return None
    document.pageCount()  # the layout is lazy: this lays out the whole document first
    page_height = document.pageSize().height()
    top = document.documentLayout().blockBoundingRect(block).top()
    pages = [
        int(
            (top + block.layout().lineAt(i).y() + block.layout().lineAt(i).height() / 2)
            // page_height
        )
        for i in range(lines)
    ]
    return next((i for i in range(1, lines) if pages[i] != pages[0]), None)


def lonely_lines(document: QTextDocument) -> list[str]:
    """Paragraphs that leave a single line alone at the foot or the top of a page.

    An orphan is a paragraph's first line alone at the foot of a page; a widow its last
    line alone at the top of the next. Returns the start of each such paragraph's text.
    """
    return [block.text()[:40] for block, _before, _after in _split_paragraphs(document)]


def _split_paragraphs(document: QTextDocument) -> list[tuple[QTextBlock, int, int]]:
    """Each paragraph split by a page break with one line alone: (block, lines before, after)."""
    document.pageCount()  # the layout is lazy: this lays out the whole document first
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        lines = block.layout().lineCount()
        # Table cells are laid out by the table; only running text can be moved.
        if lines >= 2 and QTextCursor(block).currentTable() is None:
            top = layout.blockBoundingRect(block).top()
            # A line's middle says its page: a line moved over a break starts at about the
            # break itself, which rounding may put on either side.
            middles = (
                top + block.layout().lineAt(i).y() + block.layout().lineAt(i).height() / 2
                for i in range(lines)
            )
            pages = [int(middle // page_height) for middle in middles]
            before = pages.count(pages[0])
            after = lines - before
            if after and (before == 1 or after == 1):
                found.append((block, before, after))
        block = block.next()
    return found


def _avoid_widows_and_orphans(document: QTextDocument) -> bool:
    """Move the first split paragraph with a lonely line; True when something moved.

    An orphan, or a paragraph of three lines or fewer, goes to the next page whole. A widow
    of a longer paragraph gets a line's worth of space above it (above its heading, when a
    heading leads into it, so that the two stay together), so that one more line goes over.
    """
    for block, before, _after in _split_paragraphs(document):
        if before == 1 or block.layout().lineCount() <= 3:
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            return True
        line = block.layout().lineAt(0).height()
        lead = block
        while lead.previous().isValid() and _is_heading(lead.previous()):
            lead = lead.previous()
        fmt = lead.blockFormat()
        fmt.setTopMargin(fmt.topMargin() + line)
        QTextCursor(lead).setBlockFormat(fmt)
        return True
    return False


def _keep_headings_with_next(document: QTextDocument) -> bool:
    """Move a heading that would end a page to the next one, as word processors do.

    QTextDocument knows no "keep with next", so a heading can otherwise sit alone at the
    foot of a page with its text overleaf. True when a heading moved.
    """
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    any_moved = False
    # Each moved heading pushes the rest of the text down; one pass per page settles it.
    for _ in range(document.pageCount() + 1):
        moved = False
        block = document.begin()
        while block.isValid() and not moved:
            if not _is_heading(block):
                block = block.next()
                continue
            first = block
            while block.isValid() and _is_heading(block):
                block = block.next()
            if not block.isValid():
                break
            top = layout.blockBoundingRect(first).top()
            follower = layout.blockBoundingRect(block)
            first_line = block.layout().lineAt(0).height() if block.layout().lineCount() else 0.0
            at_page_top = top % page_height < 1.0
            if (
                not at_page_top
                and (follower.top() + first_line) // page_height > top // page_height
            ):
                fmt = first.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).setBlockFormat(fmt)
                moved = any_moved = True
        if not moved:
            break
    return any_moved


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _draw_footer(
    painter: QPainter, font: QFont, body: QSizeF, page_height: int, numbers: str, footer: str
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(_FOOTER_COLOUR)
    line_y = body.height() + _mm_to_px(_FOOTER_GAP_MM) / 2
    painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
    area = QRectF(0, line_y, body.width(), page_height - line_y)
    metrics = QFontMetricsF(font, painter.device())
    # A long footer (a full SHA-256) must never run into the page numbers.
    room = body.width() - metrics.horizontalAdvance(numbers) - metrics.averageCharWidth() * 4
    text = metrics.elidedText(footer, Qt.TextElideMode.ElideMiddle, room)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(area, int(bottom | Qt.AlignmentFlag.AlignLeft), text)
    painter.drawText(area, int(bottom | Qt.AlignmentFlag.AlignRight), numbers)
    painter.restore()


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * RESOLUTION_DPI


def _line_height(font: QFont, writer: QPdfWriter) -> float:
    return QFontMetricsF(font, writer).height()
