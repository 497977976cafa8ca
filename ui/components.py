"""Small building blocks of the pages: safe Markdown, highlighted passages, links, cards.

Everything that comes from a document or a user is escaped for Markdown (no HTML is ever
rendered unsafely): `md` backslash-escapes Markdown syntax, `$` (LaTeX) and `<`/`>`, so a
"<script>" in a title shows up as text. Highlights use Streamlit's own ``:orange-background[]``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import streamlit as st

from ui.graph_data import FIELD_LABELS, TYPE_LABELS

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=^])")
_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    (
        "der",
        "die",
        "das",
        "und",
        "oder",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "für",
        "mit",
        "von",
        "zu",
        "zum",
        "zur",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "wie",
        "was",
        "wer",
        "bei",
        "nach",
        "aus",
        "über",
        "unter",
        "ist",
        "sind",
        "wird",
        "werden",
        "als",
        "auch",
    )
)
PAGE_TRANSFER = "transfergegenstand"
PAGE_NETWORK = "netzwerk"
DEFAULT_PAGE = "suche"
# Page files relative to ui/app.py (the main script), keyed by their URL path.
PAGES: dict[str, str] = {
    name: f"views/{name}.py"
    for name in ("suche", "transfergegenstand", "vergleichen", "loesungen", "netzwerk",
                 "sparql", "daten", "erfassen", "dokumente")
}  # fmt: skip


def md(text: object) -> str:
    """Text shown literally in st.markdown: Markdown, HTML and LaTeX syntax escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", "  \n")


_LIST_LINE = re.compile(r"^\s*(?:[-–•*▪◦]|\d+[.)])\s")


def prose(text: str) -> str:
    """Escaped Markdown of document text: lines broken by the PDF layout are joined, list
    items and paragraphs are kept."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not _LIST_LINE.match(line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        paragraphs.append("  \n".join(md(line) for line in lines if line))
    return "\n\n".join(paragraphs)


def fold(word: str) -> str:
    """Coarse matching key: lower case, umlauts and their spellings reduced to the plain
    vowel, so 'Uebergaenge', 'Übergänge' and 'Übergang' share a stem."""
    word = word.casefold().replace("ß", "ss")
    for umlaut, plain in (
        ("ä", "a"),
        ("ö", "o"),
        ("ü", "u"),
        ("ae", "a"),
        ("oe", "o"),
        ("ue", "u"),
    ):
        word = word.replace(umlaut, plain)
    return word


def query_terms(query: str) -> list[str]:
    """Folded stems of the query's content words (at least 3 letters, no stop words)."""
    words = [w for w in _WORD.findall(query) if len(w) >= 3 and w.casefold() not in STOPWORDS]
    return sorted({fold(w)[: max(4, len(fold(w)) - 2)] for w in words})


_SOURCE_MARKUP = re.compile(r"(?m)(?:^|(?<=\s))#{1,6}\s+|\*\*|__")


def plain(text: str) -> str:
    """Passage text without the Markdown markup of its source ('## Titel', '**fett**'), which
    would otherwise show up literally in an escaped result card."""
    return _SOURCE_MARKUP.sub("", text)


def highlight(text: str, query: str) -> str:
    """Escaped Markdown of ``text`` with words that start like a query term highlighted."""
    terms = query_terms(query)
    out: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        folded = fold(word)
        if terms and any(folded.startswith(t) or (len(t) >= 5 and t in folded) for t in terms):
            out.append(md(text[last : match.start()]))
            out.append(f":orange-background[**{md(word)}**]")
            last = match.end()
    out.append(md(text[last:]))
    return "".join(out)


def page_link_url(page: str, **params: str) -> str:
    """Relative URL of a page with query parameters (works as a Markdown link)."""
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())
    path = "/" if page == DEFAULT_PAGE else f"/{page}"  # the default page lives at the root
    return f"{path}?{query}" if query else path


def link(label: str, page: str, **params: str) -> str:
    """A Markdown link with an escaped label."""
    return f"[{md(label)}]({page_link_url(page, **params)})"


def transfer_link(iri: str, label: str) -> str:
    return link(label, PAGE_TRANSFER, id=iri)


def actor_link(iri: str, label: str) -> str:
    return link(label, PAGE_NETWORK, akteur=iri)


def type_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, kind)


def lines_text(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return f"Z. {start}" if end in (None, start) else f"Z. {start}–{end}"


def source_caption(document: str, section: str = "", lines: str = "", page: str = "") -> str:
    """'Quelle: Dokument · Abschnitt 3.1 · S. 12 · Z. 40–52' (escaped)."""
    parts = [f"Quelle: {document}"] if document else []
    if section:
        parts.append(f"Abschnitt {section}")
    if page:
        parts.append(f"S. {page}")
    if lines:
        parts.append(lines)
    return md(" · ".join(parts))


def hit_card(hit: Any, query: str, resources: str = "", key: str = "") -> None:
    """One search result: title (linked for transfer objects), type, passage, resources,
    source."""
    with st.container(border=True):
        title = hit.label or hit.section or hit.document
        st.markdown(f"#### {md(title)}")
        field = FIELD_LABELS.get(hit.evidence_field, hit.evidence_field)
        st.caption(md(type_label(hit.type)) + (f" · Feld: {md(field)}" if field else ""))
        if hit.evidence:
            st.markdown(highlight(plain(hit.evidence), query))
        if resources:
            flat = " ".join(resources.split())
            short = flat if len(flat) <= 300 else flat[:299] + " …"
            st.markdown(f"**Ressourcen:** {md(short)}")
        st.caption(
            source_caption(hit.document, hit.section, lines_text(hit.start_line, hit.end_line))
        )
        if hit.type == "TransferObject":
            st.page_link(
                PAGES[PAGE_TRANSFER],
                label="Ganze Produktmaske ansehen",
                icon=":material/description:",
                query_params={"id": hit.id},
            )


def empty_state(message: str, examples: list[str]) -> None:
    """A friendly hint with clickable example queries (they fill the search box)."""
    st.info(message)
    if examples:
        st.markdown("**Beispiele:** " + " · ".join(link(e, "suche", q=e) for e in examples))
