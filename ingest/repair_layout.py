"""Layout repairs: whitespace, running page headers, page numbers, footnotes, bullets.

Each function reads a text and proposes edits (start, end, replacement); `ingest.repair`
applies them and keeps the offset map. Detection is generic: by shape and frequency (headers),
by an increasing sequence (page numbers), by a matching reference in the text (footnotes),
never by what one particular document says.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.first_names import is_first_name
from ingest.naming import FUNCTION_WORDS
from ingest.ocr_repair import GermanLexicon

Edit = tuple[int, int, str]

_INLINE_SPACE = re.compile(r"[ \t\u00a0]{2,}|\t")
# a slide footer's column bar, read by PDF extraction as a capital I between wide gaps
_SEPARATOR_I = re.compile(r"(?<=[ \t\u00a0]{2})I(?=[ \t\u00a0]{2})")
_LABEL = r"[A-ZÄÖÜ][A-ZÄÖÜß\-]+(?: [A-ZÄÖÜ][A-ZÄÖÜß\-]+){0,4}"
_SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})+\.?"
_LONE_LABEL = re.compile(rf"^{_LABEL}$")
_LABEL_FIRST = re.compile(rf"^({_LABEL}) ({_SECTION_NUMBER}) (.*[a-zäöüß].*)$")
_LABEL_LAST = re.compile(rf"^({_SECTION_NUMBER}) (.*?[a-zäöüß].*?) ({_LABEL})$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_FOOTNOTE = re.compile(r"(\d{1,2})\s+(?=[^\d\s])")  # used with match(text, pos)
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_ABBREVIATION = re.compile(
    r"(?:[^\W\d_]{1,2}\.)+|(?:bzw|ggf|vgl|ca|evtl|inkl|bspw|sog|insb|Nr|Abs)\."
)
_INLINE_HYPHENATED = re.compile(r"\b[^\W\d_]+-[^\W\d_]+\b")
_HYPHEN_BREAK = re.compile(
    r"(?<![\w/])([^\W\d_]+(?:-[^\W\d_]+)*)-([ \t]*\n(?:[ \t]*\n)?[ \t]*)([^\W\d_]+\.?)"
)
# After a suspended hyphen ("Kinder- und Jugendhilfe") the line break is only a space.
SUSPENDED_FOLLOWERS = {"und", "oder", "bzw.", "sowie", "als", "bis", "wie", "noch", "resp."}
MIN_HEADER_REPEATS = 3


_FIELD_LINE = re.compile(r"^\s*(?:[-*•]\s*)?[A-ZÄÖÜ][\w/-]*(?:\s+[\w/-]+)?\s*:\s+\S")


def sentence_ended(line: str) -> bool:
    """Does the line end a sentence? "(z. B." or "bzw." do not."""
    words = line.split()
    if not words or not _SENTENCE_END.search(line):
        return False
    return not (words[-1].endswith(".") and _ABBREVIATION.fullmatch(words[-1].lstrip("(")))


def line_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line; end is the index of its newline or len(text)."""
    bounds, start = [], 0
    for m in re.finditer("\n", text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def whitespace_edits(text: str) -> list[Edit]:
    """Tabs -> space, runs of spaces inside a line -> one space, trailing blanks removed.

    Leading indentation is kept (Markdown nests lists with it), only its tabs become spaces.
    """
    edits: list[Edit] = []
    for start, end in line_bounds(text):
        line = text[start:end]
        body = line.lstrip(" \t\u00a0")
        if not body:
            if line:
                edits.append((start, end, ""))
            continue
        lead = len(line) - len(body)
        edits.extend((start + i, start + i + 1, " ") for i in range(lead) if line[i] == "\t")
        core = body.rstrip(" \t\u00a0")
        if len(core) < len(body):
            edits.append((start + lead + len(core), end, ""))
        for m in _INLINE_SPACE.finditer(core):
            edits.append((start + lead + m.start(), start + lead + m.end(), " "))
        for m in _SEPARATOR_I.finditer(core):  # "Dr. X  I  Ausschuss  I  07.06.2023"
            edits.append((start + lead + m.start(), start + lead + m.end(), "|"))
    return edits


def _header_label(line: str) -> tuple[str, bool] | None:
    """The chapter label of a header-shaped line and whether it carries a section number."""
    if _LONE_LABEL.match(line):
        return line, False
    if m := _LABEL_FIRST.match(line):
        return m.group(1), True
    if m := _LABEL_LAST.match(line):
        return m.group(3), True
    return None


def running_header_lines(lines: list[str]) -> set[int]:
    """Indices of running page headers: a chapter label printed on many pages.

    A label counts as a running header when it also appears combined with a section number and
    title ("DISKURS 3.3.3.5 Stiftungstreffen", "3.1.3.2 Zukunftskonzept STRATEGISCHE ZIELE")
    and at least MIN_HEADER_REPEATS times in all. Form-field headings such as
    "KURZBESCHREIBUNG" repeat too but never carry a section number, so they stay.
    """
    found = {i: _header_label(line.strip()) for i, line in enumerate(lines)}
    total: Counter[str] = Counter()
    combined: Counter[str] = Counter()
    for hit in found.values():
        if hit:
            total[hit[0]] += 1
            combined[hit[0]] += hit[1]
    labels = {k for k, n in total.items() if n >= MIN_HEADER_REPEATS and combined[k] >= 1}
    return {i for i, hit in found.items() if hit and hit[0] in labels}


def page_edge_lines(lines: list[str]) -> set[int]:
    """Header/footer lines of form-feed separated pages: the same first/last line on many pages."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line:
            pages.append([])
        elif line.strip():
            pages[-1].append(i)
    if len(pages) < MIN_HEADER_REPEATS:
        return set()
    edges = [(p[0], p[-1]) for p in pages if p]
    shape = {i: re.sub(r"\d+", "#", lines[i].strip()) for pair in edges for i in pair}
    counts: Counter[str] = Counter()
    for first, last in edges:
        counts.update({shape[first], shape[last]})
    needed = max(MIN_HEADER_REPEATS, len(pages) // 2)
    return {i for i, s in shape.items() if counts[s] >= needed or s == "#"}


_PAGE_LABEL = re.compile(r"(?:^|\s)Seite\s+#(?:\s*(?:von|/)\s*#)?$")


def page_label_lines(lines: list[str]) -> set[int]:
    """Running header or footer lines that end in their page ("Stadt X – Fachbereich Y
    Seite 2 von 5"): the same line, but for its numbers, on several pages. The first stays:
    on the first page it is the document's letterhead ("Landkreis X – Antrag im Programm Y")."""
    shapes = {i: re.sub(r"\d+", "#", line.strip()) for i, line in enumerate(lines)}
    labelled = {i: shape for i, shape in shapes.items() if _PAGE_LABEL.search(shape)}
    counts = Counter(labelled.values())
    first = {shape: min(i for i, s in labelled.items() if s == shape) for shape in counts}
    return {i for i, shape in labelled.items() if counts[shape] >= 2 and i != first[shape]}


# a goal table's priority cell: the bare number above it numbers the row, not a page
_PRIORITY = re.compile(r"^\s*(?:sehr hoch|hoch|mittel|niedrig|gering)\s*$", re.IGNORECASE)


def page_number_lines(lines: list[str]) -> set[int]:
    """Bare numbers between blank lines that rise through the document like page numbers (not
    the row numbers of a goal table, each above its priority)."""
    cands = [
        (i, int(line))
        for i, line in enumerate(lines)
        if _PAGE_NUMBER.match(line.strip())
        and (i == 0 or not lines[i - 1].strip())
        and (i == len(lines) - 1 or not lines[i + 1].strip())
        and not _PRIORITY.match(next((ln for ln in lines[i + 1 :] if ln.strip()), ""))
    ]
    # longest strictly increasing subsequence (quadratic; candidates are few)
    best: list[list[int]] = []
    for k, (_, value) in enumerate(cands):
        prev = [best[j] for j in range(k) if cands[j][1] < value]
        best.append(max(prev, key=len, default=[]) + [k])
    chain = max(best, key=len, default=[])
    return {cands[k][0] for k in chain} if len(chain) >= MIN_HEADER_REPEATS else set()


def drop_line_edits(text: str, drop: set[int]) -> list[Edit]:
    """Edits that delete the given lines and tidy the blank lines around them.

    Where a sentence runs on across the removed lines ("... (z. B.\n\nHEADER\n\nBeschäftigungs-
    politik)") the blank lines go too, so the sentence stays one paragraph; otherwise one blank
    line is kept as the paragraph break.
    """
    bounds = line_bounds(text)
    blank = [not text[a:b].strip() for a, b in bounds]
    gone: set[int] = set()
    last_kept = ""
    i = 0
    while i < len(bounds):
        if i not in drop and (not blank[i] or not _run_has_drop(i, drop, blank)):
            if not blank[i]:
                last_kept = text[slice(*bounds[i])]
            i += 1
            continue
        j = i
        while j < len(bounds) and (j in drop or blank[j]):
            j += 1
        run = range(i, j)
        open_sentence = (
            bool(last_kept)
            and not sentence_ended(last_kept)
            and not _FIELD_LINE.match(last_kept)  # "Zeitraum: 03/2026 - 08/2027" is complete
            and j < len(bounds)
        )
        keep = next((k for k in run if blank[k]), None)
        gone.update(k for k in run if open_sentence or k != keep)
        i = j
    edits: list[Edit] = []
    for i in sorted(gone):
        start, end = bounds[i]
        if edits and edits[-1][1] == start:
            start = edits.pop()[0]
        edits.append((start, min(end + 1, len(text)), ""))
    if edits and edits[-1][1] == len(text) and not text.endswith("\n") and edits[-1][0] > 0:
        start, end, _ = edits.pop()  # the last line has no newline: take the one before it
        if edits and edits[-1][1] == start:
            edits.append((start, end, ""))
        else:
            edits.append((start - 1, end, ""))
    return edits


def _run_has_drop(i: int, drop: set[int], blank: list[bool]) -> bool:
    """Does the run of blank/dropped lines starting at line i contain a dropped line?"""
    while i < len(blank) and (i in drop or blank[i]):
        if i in drop:
            return True
        i += 1
    return False


def running_header_edits(text: str) -> list[Edit]:
    """Remove running page headers, header/footer lines of pages and page numbers."""
    lines = text.split("\n")
    drop = (
        running_header_lines(lines)
        | page_edge_lines(lines)
        | page_number_lines(lines)
        | page_label_lines(lines)
    )
    return drop_line_edits(text, drop)


def looks_like_heading(line: str) -> bool:
    """A short numbered title ("2 Ausgangslage in Leipzig"): no digits, no punctuation."""
    rest = _FOOTNOTE.sub("", line.strip(), count=1)
    return len(rest.split()) <= 6 and not re.search(r"[\d.,;:()]", rest)


def footnote_edits(text: str) -> list[Edit]:
    """Remove footnote lines whose number is referenced before them, glued to a word.

    "... leben heute2 etwa ..." with a later line "2 Stand: 2011/2012; ..." is a footnote: the
    line goes and so does the reference digit. Numbers must rise through the document and
    title-like lines are skipped, so numbered headings and lists ("2 Ausgangslage in Leipzig",
    "1 Einleitung") stay.
    """
    bounds = line_bounds(text)
    drop: set[int] = set()
    refs: list[Edit] = []
    last_number, search_from = 0, 0
    for i, (start, end) in enumerate(bounds):
        m = _FOOTNOTE.match(text, start, end)
        if not m or int(m.group(1)) <= last_number or looks_like_heading(text[start:end]):
            continue
        ref = re.compile(rf"(?<=[^\W\d_]){m.group(1)}(?![\w])")
        hits = list(ref.finditer(text, search_from, start))
        if not hits:
            continue
        drop.add(i)
        refs.extend((hit.start(), hit.end(), "") for hit in hits)
        last_number, search_from = int(m.group(1)), hits[-1].end()
    return sorted(refs + drop_line_edits(text, drop))


def page_break_edits(text: str) -> list[Edit]:
    """Form feeds between pages go; a sentence that runs across the page break is rejoined."""
    edits: list[Edit] = []
    for m in re.finditer(r"\n?\f\n?", text):
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        keep = "\n\n" if not before or sentence_ended(before) else "\n"
        edits.append((m.start(), m.end(), keep if m.start() > 0 else ""))
    return edits


_WRAPPED_WIDTH = 50  # characters: a line this long that ends in no punctuation was wrapped
# words after which a sentence plainly runs on: articles, prepositions, conjunctions, pronouns
# (the words that never end a name), and the auxiliaries
_RUNS_ON = frozenset(FUNCTION_WORDS) | {
    "an", "zwischen", "gegen", "dass", "bzw.", "sich", "ist", "sind", "wird", "werden", "hat",
    "haben",
}  # fmt: skip
_PROSE_DOCUMENT = 8  # plain run-ons that show a whole document is double-spaced prose
# a line that opens a heading, a list item or a field ("4.3 Diskurs", "• X", "ZIELE", "Ort:")
_OPENS_BLOCK = re.compile(r"^\s*(?:[\d•▪●◦*\-–]|[A-ZÄÖÜ]{2,}\b|[^\s:]+(?:\s+\S+)?\s*:)")
# a row of a table or a table of contents: "X (Seite 22) ● ● ●", "4.2 X ........ 27"
_TABLE_ROW = re.compile(r"\(Seite\s+\d+\)|[●○■□✓✔]|\.{4,}")


def wrapped_line_edits(text: str) -> list[Edit]:
    """Double-spaced prose ("… der Zweite Bürgermeister Florian⏎⏎Gschwendtner. Im …"): the
    blank line after a wrapped line goes where the sentence plainly runs on (the next line
    opens in lower case, or the line ends in an article, a preposition or a given name). In a
    document that is double-spaced prose throughout, a wrapped line runs on into any next
    line that opens no heading, item or field."""
    bounds = line_bounds(text)
    plain: list[Edit] = []
    capital: list[Edit] = []
    for (start, end), (gap_start, gap_end), (next_start, next_end) in zip(
        bounds, bounds[1:], bounds[2:], strict=False
    ):
        line, following = text[start:end].strip(), text[next_start:next_end].lstrip()
        if len(line) < _WRAPPED_WIDTH or sentence_ended(line) or text[gap_start:gap_end].strip():
            continue
        if not following or line.endswith((":", ";")):
            continue
        last = line.split()[-1]
        if following[0].islower() or last.lower() in _RUNS_ON or is_first_name(last):
            plain.append((end, next_start, "\n"))
        elif not any(_OPENS_BLOCK.match(x) or _TABLE_ROW.search(x) for x in (line, following)):
            capital.append((end, next_start, "\n"))
    if len(plain) < _PROSE_DOCUMENT:
        return plain
    return sorted(plain + capital)


def keeps_hyphen(left: str, right: str, lexicon: GermanLexicon) -> bool:
    """Doubtful lowercase continuation: keep "win-win" where both halves are words on their
    own and the joined form is no German word or compound."""
    return (
        left.islower()
        and lexicon.known(left)
        and lexicon.known(right)
        and not lexicon.plausible(left + right)
    )


def hyphenation_edits(text: str, lexicon: GermanLexicon) -> list[Edit]:
    """Rejoin words split at line ends, also across one blank line.

    "Bildungsland-\nschaft" -> "Bildungslandschaft"; a capital continuation keeps its hyphen
    ("Kita-\nGrundschule" -> "Kita-Grundschule"); a suspended hyphen keeps hyphen and a space
    ("Kinder- \nund" -> "Kinder- und"). A form or lowercase prefix the document itself prints
    with a hyphen inside a line ("non-formaler") keeps its hyphen at a line end too.
    """
    hyphenated = {w.lower() for w in _INLINE_HYPHENATED.findall(text)}
    prefixes = {w.split("-")[0] for w in hyphenated if w[0].islower()}  # "non-" as in "non-formal"
    edits: list[Edit] = []
    for m in _HYPHEN_BREAK.finditer(text):
        left, right = m.group(1).rsplit("-", 1)[-1], m.group(3)
        gap_start, gap_end = m.start(2), m.end(2)
        word = right.rstrip(".")
        if right.lower() in SUSPENDED_FOLLOWERS or word in SUSPENDED_FOLLOWERS:
            edits.append((gap_start, gap_end, " "))
        elif (
            right[0].isupper()
            or keeps_hyphen(left, word, lexicon)
            or (f"{left}-{word}".lower() in hyphenated and not lexicon.plausible(left + word))
            or (left in prefixes and not lexicon.known(left + word))
        ):
            edits.append((gap_start, gap_end, ""))
        else:
            edits.append((gap_start - 1, gap_end, ""))
    return edits


# U+FFFD where a bullet glyph was lost, and the private-use glyphs of the Symbol and Wingdings
# fonts (U+F0B7 "", U+F0A7 "") that PDF extraction writes for bullets
_LOST_BULLET = re.compile("[\ufffd\uf000-\uf0ff]")


def bullet_edits(text: str) -> list[Edit]:
    """A lost or private-use bullet glyph (line start or before an item) -> "•"."""
    edits: list[Edit] = []
    for m in _LOST_BULLET.finditer(text):
        at_line_start = m.start() == 0 or text[m.start() - 1] in "\n "
        nxt = text[m.end() : m.end() + 1]
        if nxt in (" ", "\n", "") or at_line_start:
            edits.append((m.start(), m.end(), "•" if nxt in (" ", "\n", "") else "• "))
    return edits


# OCR reads the low double quote „ as two commas: ",,Bildungskommunen"" -> „Bildungskommunen"
_COMMA_QUOTE = re.compile(r"(?<![\w,]),,(?=[^\W\d_])")


def quote_edits(text: str) -> list[Edit]:
    """Two commas opening a quotation become the German opening quote."""
    return [(m.start(), m.end(), "„") for m in _COMMA_QUOTE.finditer(text)]
