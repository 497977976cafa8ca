"""Readers: every supported format gives the text users see; broken files give plain errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.readers import PAGE_BREAK, DocumentError, read_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GERMAN = "Übergänge für Maßnahmen der Öffentlichkeitsarbeit"


def write_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        else:
            pdf.rect(10, 10, 50, 50)
    pdf.output(str(path))
    return path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Bildungsbericht", 1)
    document.add_paragraph("Das Bildungsbüro koordiniert die Arbeitskreise.")
    document.add_heading("Akteure", 2)
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Name", "Rolle"), ("Amt für Schule", "Träger")]):
        for c, value in enumerate(row):
            table.rows[r].cells[c].text = value
    document.add_paragraph("Schluss.")
    document.save(str(path))
    return path


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md")))
def test_corpus_documents_read_with_stem_as_id(path: Path) -> None:
    source = read_document(path)
    assert source.doc_id == path.stem
    assert source.encoding == "utf-8"
    assert source.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_fffd_bullets_are_accepted() -> None:
    source = read_document(CORPUS / "eisenach-zielvereinbarung-transmit.txt")
    assert source.text.count("\ufffd") > 50


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"{GERMAN}\r\nZweite Zeile\r\n".encode())
    source = read_document(path, "plan-1")
    assert source.text == f"{GERMAN}\nZweite Zeile\n"
    assert source.doc_id == "plan-1"
    assert source.media_type == "text/plain"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_decode_umlauts(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "alt.txt"
    text = f"{GERMAN} – „Straße“\n" if encoding == "cp1252" else f"{GERMAN}, Straße\n"
    path.write_bytes((text * 3).encode(encoding))
    source = read_document(path)
    assert source.text == text * 3
    assert source.encoding is not None and source.encoding != "utf-8"


def test_markdown_kept_as_is(tmp_path: Path) -> None:
    text = "# Protokoll\n\n- **Teilnehmende:** Frau A (Landkreis B)\n- [Link](http://x.de)\n"
    path = tmp_path / "protokoll.md"
    path.write_text(text, encoding="utf-8")
    source = read_document(path)
    assert source.text == text
    assert source.media_type == "text/markdown"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("leer.txt", b"", "leer"),
        ("blank.txt", b" \n\t\n  ", "leer"),
        ("binaer.txt", b"abc\x00\x01\x02def" * 20, "Binärdaten"),
        (
            "kaputt.txt",
            ("F\ufffdr die \ufffdberg\ufffdnge und Ma\ufffdnahmen. " * 5).encode(),
            "U+FFFD",
        ),
        ("tabelle.xlsx", b"PK\x03\x04", "nicht unterstützt"),
        ("kaputt.pdf", b"%PDF-1.4\n this is not a pdf", "PDF"),
        ("kaputt.docx", b"no zip at all", "Word-Datei ist beschädigt"),
    ],
)
def test_unreadable_files_raise_document_error(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert str(info.value).startswith(f"{path}: ")
    assert problem in info.value.problem
    assert info.value.path == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="nicht gefunden"):
        read_document(tmp_path / "fehlt.txt")


def test_pdf_pages_and_page_starts(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "katalog.pdf", [f"{GERMAN}\nzweite Zeile", "Seite zwei"])
    source = read_document(path)
    assert source.media_type == "application/pdf"
    assert len(source.page_starts) == 2
    assert source.text.startswith(GERMAN)
    assert source.text[source.page_starts[1] :].startswith("Seite zwei")
    assert source.text[: source.page_starts[1]].endswith(PAGE_BREAK)


def test_pdf_without_text(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [""])
    with pytest.raises(DocumentError, match="keinen extrahierbaren Text"):
        read_document(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    plain = write_pdf(tmp_path / "offen.pdf", ["Geheim"])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="geheim", owner_password="x", algorithm="RC4-128")
    path = tmp_path / "zu.pdf"
    writer.write(str(path))
    with pytest.raises(DocumentError, match="verschlüsselt"):
        read_document(path)


def test_docx_headings_paragraphs_tables_in_order(tmp_path: Path) -> None:
    source = read_document(write_docx(tmp_path / "bericht.docx"))
    lines = source.text.splitlines()
    assert lines == [
        "# Bildungsbericht",
        "Das Bildungsbüro koordiniert die Arbeitskreise.",
        "## Akteure",
        "Name | Rolle",
        "Amt für Schule | Träger",
        "Schluss.",
    ]


def test_html_blocks_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "seite.html"
    path.write_text(
        "<html><head><script>var x = 1;</script><style>p{}</style></head><body>"
        "<h2>Bildungsbüro</h2><p>Das ist <b>wichtig</b> hier.</p>"
        "<ul><li>eins</li><li>zwei</li></ul></body></html>",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert "## Bildungsbüro" in text.splitlines()
    assert "Das ist wichtig hier." in text.splitlines()
    assert "• eins" in text.splitlines()
    assert "var x" not in text and "p{}" not in text


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"), include_characters="\n"
        ),
        min_size=1,
    ).filter(lambda t: t.strip() and "\ufffd" not in t)
)
def test_plain_text_round_trips(tmp_path: Path, text: str) -> None:
    path = tmp_path / "prop.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(path).text == text.lstrip("\ufeff")
