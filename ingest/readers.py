"""Document readers: a file on disk -> `SourceText`, or a `DocumentError` that says why not.

Users bring plain text, Markdown, PDF, Word and HTML. Every reader returns the text later steps
index into (offsets and line numbers refer to it), with "\\r\\n" normalised to "\\n". A file that
cannot be read gives an error in plain words naming the file, never a stack trace.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.records import SourceText

PAGE_BREAK = "\n\f\n"  # between PDF pages; `SourceText.page_starts` records where pages start
MAX_REPLACEMENT_RATIO = 0.005  # U+FFFD inside words per word: more means a wrong decode
_BLOCK_TAGS = (
    "p", "div", "section", "article", "header", "footer", "li", "ul", "ol", "table", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "br", "hr",
)  # fmt: skip


class DocumentError(Exception):
    """A document that cannot be read; str() is "<path>: <problem>"."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """Bytes -> (text, encoding): UTF-8 (BOM stripped) first, then the detected encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise DocumentError(path, "enthält Binärdaten (NUL-Bytes) – keine Textdatei")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guessed = best.encoding if best is not None else None
    for encoding in (guessed, "cp1252", "latin-1"):
        if encoding is None or (encoding != "cp1252" and encoding.startswith(("utf_16", "utf_32"))):
            continue
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentError(path, "Zeichenkodierung nicht erkennbar")  # pragma: no cover


def check_text(text: str, path: Path | str) -> str:
    """Reject empty text, binary garbage and text full of U+FFFD inside words."""
    if not text.strip():
        raise DocumentError(path, "Datei ist leer oder enthält nur Leerraum")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * len(text):
        raise DocumentError(path, "enthält Binärdaten (Steuerzeichen) – keine Textdatei")
    broken = len(re.findall(r"[^\W\d_]\ufffd", text))  # bullets stand after space, not letters
    words = max(1, len(text.split()))
    if broken >= 3 and broken / words > MAX_REPLACEMENT_RATIO:
        raise DocumentError(
            path,
            f"{broken} Ersatzzeichen (U+FFFD) mitten in Wörtern – "
            "die Datei wurde vermutlich mit falscher Zeichenkodierung gespeichert",
        )
    return text


def read_plain(path: Path) -> tuple[str, str]:
    text, encoding = decode_text(path.read_bytes(), path)
    return check_text(normalise_newlines(text), path), encoding


def read_pdf(path: Path) -> tuple[str, list[int]]:
    """Page texts joined with PAGE_BREAK, plus the offset where each page starts."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(path, "PDF ist verschlüsselt (Passwort nötig)")
        pages = [normalise_newlines(page.extract_text() or "") for page in reader.pages]
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(path, f"PDF ist beschädigt oder verschlüsselt ({exc})") from exc
    except Exception as exc:  # pypdf raises assorted errors on broken files
        raise DocumentError(path, f"PDF ist beschädigt ({type(exc).__name__}: {exc})") from exc
    if not any(p.strip() for p in pages):
        raise DocumentError(path, "PDF enthält keinen extrahierbaren Text (gescannt? OCR nötig)")
    starts, pos = [], 0
    for page in pages:
        starts.append(pos)
        pos += len(page) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages), starts


def _heading_level(style_name: str) -> int:
    """Word heading styles ("Heading 2", "Überschrift 2", "Title") -> Markdown level, else 0."""
    if style_name in ("Title", "Titel"):
        return 1
    m = re.match(r"(?:Heading|Überschrift)\s*(\d)", style_name)
    return int(m.group(1)) if m else 0


def read_docx(path: Path) -> str:
    """Paragraphs and tables in body order; headings as "# ", table rows as "a | b | c"."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zip/xml/package errors on broken files
        raise DocumentError(path, f"Word-Datei ist beschädigt ({type(exc).__name__})") from exc
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # merged cells repeat the same element
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                blocks.append(" | ".join(cells))
            continue
        text = block.text.strip()
        style = block.style.name if block.style is not None else ""
        level = _heading_level(style or "")
        if text and level:
            blocks.append("#" * level + " " + text)
        elif text and "List" in (style or ""):
            blocks.append("• " + text)
        else:
            blocks.append(text)
    return check_text(normalise_newlines("\n".join(blocks)).strip() + "\n", path)


def read_html(path: Path) -> tuple[str, str]:
    """Visible text with a line break after each block element; headings as "# "."""
    from bs4 import BeautifulSoup

    raw, encoding = decode_text(path.read_bytes(), path)
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for tag in soup.find_all(re.compile(r"^h[1-6]$")):
        tag.insert(0, "#" * int(tag.name[1]) + " ")
    for tag in soup.find_all("li"):
        tag.insert(0, "• ")
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after(" | ")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    text = re.sub(r"[ \t]*\|[ \t]*\n", "\n", normalise_newlines(text))
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return check_text(text, path), encoding


def read_document(path: Path, doc_id: str | None = None) -> SourceText:
    """Read one document by its suffix; raises DocumentError when it cannot be read."""
    path = Path(path)
    doc = doc_id or path.stem
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DocumentError(path, "Datei nicht gefunden")
    if suffix in (".txt", ".text"):
        text, encoding = read_plain(path)
        return SourceText(doc, str(path), text, "text/plain", encoding)
    if suffix in (".md", ".markdown"):
        text, encoding = read_plain(path)
        return SourceText(doc, str(path), text, "text/markdown", encoding)
    if suffix == ".pdf":
        text, starts = read_pdf(path)
        return SourceText(doc, str(path), text, "application/pdf", None, starts)
    if suffix == ".docx":
        media = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return SourceText(doc, str(path), read_docx(path), media, None)
    if suffix in (".html", ".htm"):
        text, encoding = read_html(path)
        return SourceText(doc, str(path), text, "text/html", encoding)
    raise DocumentError(
        path,
        f"Dateityp '{suffix or '(ohne Endung)'}' wird nicht unterstützt "
        "(.txt, .md, .pdf, .docx, .html)",
    )
