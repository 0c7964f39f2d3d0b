"""Documents exported as PDF and HTML: readable, multi-page, UTF-8, never half-written."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from supervisor_app.domain.documents import all_template_names, render
from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.policy import DocumentKind, Policy
from supervisor_app.printing.documents_pdf import (
    ensure_gui_app,
    lonely_lines,
    paginate,
    pdf_bytes,
    pdf_writer,
    separate_pages,
    spanning_paragraphs,
    typeset,
    write_html,
    write_pdf,
)
from supervisor_app.services.policy_toml import load_policy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def templates() -> dict[str, str]:
    """Every template file."""
    folder = ROOT / "resources" / "templates"
    return {name: (folder / name).read_text(encoding="utf-8") for name in all_template_names()}


@pytest.fixture(scope="module")
def policy() -> Policy:
    """The complete example policy."""
    return load_policy((ROOT / "resources" / "policy.example.toml").read_text(encoding="utf-8"))


def page_count(pdf: bytes) -> int:
    """Count page objects in the PDF bytes (no PDF library or poppler needed)."""
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))
    # The page tree's /Count must agree, or a viewer would show something else.
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf, re.S)]
    assert counts == [pages]
    return pages


def page_streams_text(pdf: bytes) -> bytes:
    """The content streams, inflated, so painted text can be looked for."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    return b"\n".join(found)


def test_staff_regulation_makes_a_multi_page_pdf(
    qapp: QApplication, tmp_path: Path, templates: dict[str, str], policy: Policy
) -> None:
    document = render(
        DocumentKind.STAFF_REGULATION, policy, "nl", templates, 3, dt.date(2026, 9, 1)
    )
    target = tmp_path / "personeelsreglement.pdf"
    write_pdf(document.html, target, document.title, footer=f"SHA-256 {document.sha256[:16]}")

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    pages = page_count(data)
    assert pages >= 2
    # The title goes into the metadata, in UTF-8, for viewers and document systems.
    assert document.title.encode("utf-8") in data
    # Text is painted, not a blank page: every page draws glyphs.
    assert page_streams_text(data).count(b"Tj") + page_streams_text(data).count(b"TJ") > pages
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left


def test_a_longer_footer_does_not_change_the_page_count(
    qapp: QApplication, tmp_path: Path, templates: dict[str, str], policy: Policy
) -> None:
    document = render(DocumentKind.AGENT_PROTOCOL, policy, "en", templates)
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    write_pdf(document.html, short, document.title)
    write_pdf(document.html, long, document.title, footer="SHA-256 " + "ab" * 64)
    assert page_count(short.read_bytes()) == page_count(long.read_bytes()) >= 1


def test_exporting_again_replaces_the_file(
    qapp: QApplication, tmp_path: Path, templates: dict[str, str], policy: Policy
) -> None:
    target = tmp_path / "protocol.pdf"
    target.write_bytes(b"an older export")
    document = render(DocumentKind.AGENT_PROTOCOL, policy, "nl", templates)
    write_pdf(document.html, target, document.title)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protocol.pdf"]


def test_an_unwritable_place_gives_one_sentence_and_no_file(
    qapp: QApplication, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "out.pdf"
    with pytest.raises(UserFacingError) as caught:
        write_pdf("<p>Tekst</p>", target, "Titel")
    message = str(caught.value)
    assert "out.pdf" in message
    assert message.endswith(".") and message.count(". ") == 0
    assert not target.parent.exists()
    with pytest.raises(UserFacingError):
        write_html("<p>Tekst</p>", target.with_suffix(".html"))


def test_html_export_is_utf8_with_the_dutch_text(
    tmp_path: Path, templates: dict[str, str], policy: Policy
) -> None:
    document = render(DocumentKind.STAFF_REGULATION, policy, "nl", templates)
    target = tmp_path / "personeelsreglement.html"
    write_html(document.html, target)
    data = target.read_bytes()
    text = data.decode("utf-8")  # raises if the file is not UTF-8
    assert text == document.html
    assert '<meta charset="utf-8">' in text
    assert "Privégesprekken worden nooit teruggeluisterd.".encode() in data
    assert "Gesprekken worden steekproefsgewijs opgenomen" in text


def test_an_html_fragment_becomes_a_standalone_utf8_page(tmp_path: Path) -> None:
    target = tmp_path / "fragment.html"
    write_html("<p>Één privégesprek</p>", target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
    assert "<p>Één privégesprek</p>" in text


def test_ensure_gui_app_reuses_the_running_application(qapp: QApplication) -> None:
    assert ensure_gui_app() is qapp


def test_pdf_export_works_without_a_display(tmp_path: Path) -> None:
    # The command line runs on servers without a window system: no DISPLAY, no platform set.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    target = tmp_path / "headless.pdf"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from supervisor_app.printing.documents_pdf import write_pdf\n"
        "write_pdf('<h1>Gespreksprotocol</h1><p>Één pagina</p>', Path(sys.argv[1]), 'Protocol')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert page_count(target.read_bytes()) == 1


# --- no line alone at the foot or the top of a page ---------------------------------------------


def _typeset(html: str) -> tuple[list[str], list[str], int]:
    """(lonely lines before, after paginating, pages) of html laid out as the PDF lays it out."""
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setDocumentMargin(0)
    page = writer.pageLayout().paintRectPixels(300)
    document.setPageSize(QSizeF(page.width(), page.height()))
    before = lonely_lines(document)
    paginate(document)
    after = lonely_lines(document)
    laid_out, _font, _body = typeset(html, writer)  # what write_pdf prints
    assert lonely_lines(laid_out) == []
    buffer.close()
    return before, after, document.pageCount()


def test_paragraphs_leave_no_line_alone_on_a_page(qapp: QApplication) -> None:
    paragraph = "<p>" + " ".join(["woord"] * 60) + "</p>"
    found = 0
    # Shifting the text a line at a time makes page breaks fall everywhere in a paragraph.
    for shift in range(1, 16):
        lead = "<p>" + "<br>".join(["x"] * shift) + "</p>"
        before, after, _pages = _typeset(lead + paragraph * 30)
        found += len(before)
        assert after == [], f"shift {shift}: {after}"
    assert found, "no widow or orphan to fix: the check could not fail"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_documents_leave_no_line_alone_on_a_page(
    qapp: QApplication, templates: dict[str, str], policy: Policy, language: str
) -> None:
    for kind in DocumentKind:
        html = render(kind, policy, language, templates, 3, dt.date(2026, 9, 1)).html
        _before, after, _pages = _typeset(html)
        assert after == [], f"{kind} ({language}): {after}"


# --- each line is written once -----------------------------------------------------------------


def drawn_lines(pdf: bytes) -> list[bytes]:
    """Each run of text the PDF paints, as its glyph codes (positions left out)."""
    runs = re.findall(rb"BT\n(.*?)\nET", page_streams_text(pdf), re.S)
    return [b"".join(re.findall(rb"<[0-9A-Fa-f]+>", run)) for run in runs]


def test_a_line_at_a_page_break_is_written_into_the_pdf_once(qapp: QApplication) -> None:
    # Every line of this text differs, so a run painted twice is a line written twice (a copy
    # hidden by clipping at the edge of the page before is still text to copy or to read out).
    words = iter(f"woord{n}" for n in range(100_000))
    paragraphs = ["<p>" + " ".join(next(words) for _ in range(45)) + "</p>" for _ in range(60)]
    pdf = pdf_bytes("".join(paragraphs), "Test")
    assert page_count(pdf) >= 3
    runs = [run for run in drawn_lines(pdf) if len(run) > 40]  # the text, not the page numbers
    assert len(runs) > 100
    repeated = {run for run in runs if runs.count(run) > 1}
    assert not repeated, f"{len(repeated)} lines written twice"


def _line_places(document: QTextDocument) -> list[tuple[str, int]]:
    """Each line's text with where it is drawn on the laid-out pages, in whole pixels."""
    layout, places = document.documentLayout(), []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text = block.text()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i)
            piece = text[line.textStart() : line.textStart() + line.textLength()].strip()
            places.append((piece, round(top + line.y())))
        block = block.next()
    return places


def _separated(html: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[str]]:
    """(line places before, after separating pages, paragraphs that crossed a page)."""
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    document, _font, _body = typeset(html, writer)
    before, pages, crossing = (
        _line_places(document),
        document.pageCount(),
        spanning_paragraphs(document),
    )
    separate_pages(document)
    assert spanning_paragraphs(document) == []
    assert document.pageCount() == pages
    after = _line_places(document)
    buffer.close()
    return before, after, crossing


def test_separating_pages_moves_no_line(
    qapp: QApplication, templates: dict[str, str], policy: Policy
) -> None:
    words = iter(f"woord{n}" for n in range(100_000))
    # One paragraph longer than a page, then many that each may cross a page break.
    long = "<p>" + " ".join(next(words) for _ in range(900)) + "</p>"
    many = "".join("<p>" + " ".join(next(words) for _ in range(45)) + "</p>" for _ in range(40))
    sources = [long + many] + [
        render(DocumentKind.STAFF_REGULATION, policy, language, templates, 3, None).html
        for language in ("nl", "en")
    ]
    crossed = 0
    for html in sources:
        before, after, crossing = _separated(html)
        crossed += len(crossing)
        assert [text for text, _y in after] == [text for text, _y in before]
        moved = [(b, a) for b, a in zip(before, after, strict=True) if abs(b[1] - a[1]) > 2]
        assert not moved, moved[:3]
    assert crossed >= 2, "no paragraph crossed a page: the test could not fail"
