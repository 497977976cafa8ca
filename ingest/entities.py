"""Entity mentions in a document: naming rules, gazetteer, abbreviations and list structure.

The spaCy rules (``ingest.nlp``) run paragraph by paragraph over a cleaned copy of the text
(single spaces, line-end hyphenation joined) whose offsets map back to the original, so every
mention points at what the user can open. Around the rules: abbreviations defined in
parentheses ("… Gewerkschaftsbundes (DGB)") and bare names of municipalities and programmes
found once are looked up in the rest of the document; list items under a sentence that
announces Handlungsfelder or Themenfelder become action fields. Overlaps go to the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from ingest import naming
from ingest.abbreviations import abbreviates
from ingest.candidates import Candidate, Learned
from ingest.coordination import ellipsis_readings
from ingest.corpus_names import CorpusNames
from ingest.defined_names import defined_names
from ingest.first_names import is_first_name
from ingest.names import PRINTED, QUOTED_PART, name_pattern
from ingest.neighbours import (
    acronym_seats,
    coordinated_places,
    plural_kind_places,
    plural_numbered_units,
)
from ingest.nlp import (
    CELL_BREAK,
    german_nlp,
    german_vocabulary,
    is_common_word_form,
    names_inside,
    scheme_labels,
)
from ingest.noise import (
    DESCRIBED_KINDS,
    after_indefinite_article,
    commissioned_trade,
    generic_plural,
    has_name_part,
    kind_word,
    plausible_actor,
    role_in_process,
    single_office,
    unnamed,
)
from ingest.participants import is_person_name
from ingest.programmes import (
    coined_name_evidence,
    funding_frames,
    programme_lists,
    quoted_name_ok,
)
from ingest.records import Mention, Section
from ingest.spans import SpanOf, span_function, split_lines
from ingest.structure import heading_starts
from ingest.textutil import LABEL_LINE, continues_sentence, diagram_lines_apart

_BREAK = re.compile(
    r"(?<=[a-zäöüß])-[ \t]*\r?\n\s*(?!(?:und|oder|bzw|sowie|bis)\b)(?=[a-zäöüß])|\s+"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_HEADING_LINE = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t].*$"
    # "2.3 Partner und Netzwerke" over a line of prose: no name runs on from it into the text
    r"|^[ \t]*\d{1,2}(?:\.\d{1,2}){0,4}\.?[ \t]+[A-ZÄÖÜ][^\n.:;,]{2,70}$(?=\n[^\n]{50,})",
    re.M,
)
_ABBREVIATION = re.compile(  # after a quoted name its closing quote comes first
    r"[\"“”»«]?[ \t]*(?:\n?[ \t]*\(([A-ZÄÖÜ][\wÄÖÜäöüß-]{1,11}"
    r"|[A-ZÄÖÜ]{2}[\wÄÖÜ-]{0,6}[ \t][A-ZÄÖÜ][\wäöüß-]{2,20})\)"
    r"|[—–][ \t]*([A-ZÄÖÜ][\wäöü]{1,11})\b)"  # "(IHK)", "(IHK Flensburg)", "– TransMit"
)
# the number an office is known by, in parentheses after its name: "(Amt 40)", "(Abt. 40.1)"
# (each kind written before a number, with the head an office of that kind is named by)
_UNIT_KIND_WORDS = {
    "Amt": r"Amt\b|\w*amt\b",
    "Abt.": r"Abteilung\b",
    "Abteilung": r"Abteilung\b",
    "Fachbereich": r"Fachbereich\b",
    "FB": r"Fachbereich\b",
    "Fachdienst": r"Fachdienst\b",
    "FD": r"Fachdienst\b",
    "Referat": r"Referat\b",
    "Dezernat": r"Dezernat\b",
    "SG": r"Sachgebiet\b|\w*amt\b|\w*büro\b",  # "Kreisjugendamt (SG 41)"
}
_UNIT_NUMBER = re.compile(
    rf"[ \t]*\(((?:{'|'.join(map(re.escape, _UNIT_KIND_WORDS))})[ \t]"
    r"(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}))\)"
)


def _same_unit_kind(name: str, number: str) -> bool:
    """Does the office's name start with the kind its number is given with ('Jugendamt',
    'Amt 51')?"""
    head = re.sub(r"^(?:[A-ZÄÖÜ]\w*(?:e|es|er|en)\s+)+", "", name)  # "Städtisches Schulamt"
    return re.match(_UNIT_KIND_WORDS[number.split()[0]], head) is not None


_BULLET = re.compile(r"^(\s*)(?:(?:[•\-–*▶�·\uf0b7\u25aa]|\d{1,2}[.)](?=\s))\s*)+")
_LIST_CUE = re.compile(r"Handlungsfeld|Themenfeld|Schwerpunktthem|thematische\w* Schwerpunkt", re.I)
_TOPIC_CUE = re.compile(r"Themenfeld|Themen des|Themenbereich", re.I)
_TOPIC_LINE = re.compile(r"^\s*(?:[-*•▶]\s*)*([A-H]):\s+([A-ZÄÖÜ][^\n:]{2,60}?)\s*$")
_ITEM_CUT = re.compile(r",|;|:|\(|\s[–—-]\s|\sum\s|\sunter\s|\.\s|\.$")
_QUALIFIER = re.compile(r"\s*\([^)]*\)$")
# "Arbeitsgruppe mit allen kreiseigenen Schulen": a body that has no other name is named by
# its members (lowercase determiners and adjectives, then one noun, then the clause ends);
# not by how one sits in it ("an der Lenkungsgruppe mit beratender Stimme").
_COMPOSITION = re.compile(
    r"[ \t]+mit[ \t]+(?:[a-zäöüß]+[ \t]+){1,3}(?!(?:Stimme|Stimmrecht|Gaststatus)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?=[ \t]*(?:[>.;,:)\n]|$))"
)
# Standing groups are named in the plural ("regelmäßig tagende Arbeitskreise").
STANDING_GROUP_RULES = frozenset({"recurring-meeting", "recurring-sitting"})
_TRAILING = {",", "und", "sowie", "&", "zu", "region", "regionalstelle"}
_NAMED_ACTORS = frozenset({"Body", "Organization", "AdministrativeUnit"})
# "Robert Bosch Stiftung", "Paul Gerhardt Schule": a person's name naming an institution
_NAMESAKE_HEAD = re.compile(
    r"\s*-?\s*(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Stiftung|[Ss]chule|Gymnasium|Institut|Haus|Preis|Straße"
    r"|Platz|Universität|Hochschule|Gesellschaft|Verein|Zentrum|Campus|Bibliothek|Museum|Akademie)\b"
)
OFFICE = "office"  # mention attribute: the office written before a person's name
_TITLES = frozenset({"Frau", "Herr", "Herrn", "Dr.", "Prof."})


def clean_for_matching(raw: str) -> tuple[str, list[int]]:
    """Single-spaced text with joined line-end hyphenation, and each character's raw offset."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _BREAK.finditer(raw):
        parts.append(raw[pos : match.start()])
        offsets.extend(range(pos, match.start()))
        if not match.group().startswith("-"):
            parts.append(" ")
            offsets.append(match.start())
        pos = match.end()
    parts.append(raw[pos:])
    offsets.extend(range(pos, len(raw)))
    offsets.append(len(raw))
    return "".join(parts), offsets


def _bridged(text: str, start: int, end: int) -> bool:
    """A blank line inside a sentence ("Bundesministerium für" / "" / "Bildung und Forschung"):
    the name goes on across it."""
    before = text[text.rfind("\n", 0, start) + 1 : start].strip()
    after_end = text.find("\n", end)
    after = text[end : after_end if after_end >= 0 else len(text)].strip()
    return (
        bool(before and after)
        and not after.startswith(("#", "-", "*", "•"))
        and continues_sentence(before, after)
    )


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of the blocks of a text: blank lines end a block, a Markdown heading line is
    a block of its own ("## Partner" right above a list names nobody), and a labelled item
    ("Maßnahme 2: …") starts a new one."""
    cuts = [
        (m.start(), m.end(), False)
        for m in _PARAGRAPH.finditer(text)
        if not _bridged(text, m.start(), m.end())
    ]
    cuts += [(m.start(), m.end(), True) for m in _HEADING_LINE.finditer(text)]
    cuts += [(m.start(), m.start(), False) for m in LABEL_LINE.finditer(text)]
    pos = 0
    for start, end, heading in sorted(cuts):
        if start < pos:
            continue
        if text[pos:start].strip():
            yield pos, start
        if heading:
            yield start, end
        pos = end
    if text[pos:].strip():
        yield pos, len(text)


def _canonical(kind: str, rule: str, surface: str) -> str:
    if rule.startswith("gazetteer|"):
        return rule.split("|", 1)[1]
    acronym, _, rest = surface.partition(" ")
    if rule == "programme-plus" and acronym in naming.KNOWN_ACRONYMS:
        return f"{naming.KNOWN_ACRONYMS[acronym][1]} {rest}"  # "ESF Plus": the fund's name
    if kind == "Programme" and rule != "fund":  # names as written; a fund is a noun phrase
        return naming.repair_surface(surface)
    name = " ".join(_fix_small_caps(w) for w in naming.canonical_name(surface).split(" "))
    if kind == "Person":
        return re.sub(r"^(?:Frau|Herrn?)\s+", "", naming.repair_surface(surface))
    if rule == "body-named" and re.match(r"^[a-zäöüß][\w-]*\s+\S+\s+[A-ZÄÖÜ]", surface):
        # "der verwaltungsinternen Steuerungsgruppe Bildung": a name of its own after the head;
        # the lower-case adjective before it describes the body (the written form stays a label)
        return name.split(" ", 1)[1]
    if rule == "branch-of-authority":  # "Regionalstelle X der Y": named as "Y Regionalstelle X"
        parts = re.match(r"^(\S+)\s+(.+?)\s+(?:des|der)\s+(.+)$", " ".join(surface.split()))
        if parts:
            branch, place, authority = parts.groups()
            return f"{naming.canonical_name(authority)} {branch} {place}"
    if rule == "branch-by-place-adjective":  # "Leipziger Regionalstelle der Y"
        adjective, branch, _article, authority = " ".join(surface.split()).split(" ", 3)
        place = naming.place_of_adjective(adjective)
        return f"{naming.canonical_name(authority)} {branch} {place}"
    if rule == "state-paying":  # "des Landes X", "des Freistaates X": "Land X", "Freistaat X"
        return re.sub(r"^(Land|Freistaat)e?s\b", r"\1", name)
    if rule == "runder-tisch":  # "des Runden Tisches X", "Der Runde Tisch X": "Runder Tisch X"
        return re.sub(r"^Runden?\s+Tisch(?:es)?\b", "Runder Tisch", name)
    if rule == "numbered-unit-remit":  # "Abteilung 2 „Jugend“" is the "Abteilung 2 – Jugend"
        name = re.sub(r"^(\S+ \S+)\s+[„\"“»](.+?)[“\"«]$", r"\1 – \2", name)
    if name.partition(" ")[0] in naming.SHORT_UNIT_KINDS:  # "Abt. Jugend, …", "FD 4.1 …"
        return naming.spelled_out_kind(name)
    if rule == "verwaltung":  # "Stadtverwaltung X" is the Stadt X (see _administrations)
        kind_word, _, place = name.partition(" ")
        return f"{_ADMINISTERED[kind_word.casefold()]} {place}"
    if kind == "Municipality":
        name = re.sub(r"^Gro(?:ß|ss|B|b)en?\s+(?=Kreisstadt\b)", "Große ", name)  # "der Großen …"
        match = re.match(r"^(?:LK|Lkr\.|Landkreis|Nachbar(?:land)?kreis)\s+(.+)$", name)
        if match:
            rest = match.group(1)
            return rest if rest.lower().endswith("kreis") else f"Landkreis {rest}"
        return naming.spelled_out_kind(name)  # "VG Ellertal", "SG Hollenrade"
    return name


_ADMINISTERED = {word.casefold(): kind for word, kind in naming.ADMINISTRATIONS.items()}


def _administrations(candidates: list[Candidate]) -> None:
    """'Kreisverwaltung X' is the county the document names 'Kreis X' or 'Landkreis X' (the
    federal states differ); without one, 'Landkreis X'. Mutates the candidates' canonicals."""
    named = [c for c in candidates if c.type == "Municipality" and c.method != "pattern:verwaltung"]
    for admin in (c for c in candidates if c.method == "pattern:verwaltung"):
        kind, _, place = admin.canonical.partition(" ")
        same = [
            c.canonical
            for c in named
            if c.canonical.endswith(f" {place}")
            and (kind != "Landkreis" or re.match(r"(?:Land)?[Kk]reis\b", c.canonical))
        ]
        if same:
            admin.canonical = same[0]


def _fix_small_caps(word: str) -> str:
    """'BILDungSagentur' -> 'Bildungsagentur': PDF small capitals inside a word are noise; a
    short form before a hyphen keeps its capitals ('OloV-Steuerungsgruppe')."""
    short_form, hyphen, rest = word.partition("-")
    if hyphen and rest and len(short_form) <= 5:
        return f"{short_form}-{_fix_small_caps(rest)}"
    legal_form = re.fullmatch(r"g?(?:Gmb|mb)H|g?UG|eG", word)
    if (
        re.search(r"[a-zäöüß][A-ZÄÖÜ]", word)
        and not re.fullmatch(r"[A-ZÄÖÜ]{2,}[\w-]*", word)
        and not legal_form
    ):
        return word[0] + word[1:].lower()
    return word


def plausible_brand(token: str) -> bool:
    """A camel-case token that names a project ('BiSMit'), not a damaged word ('StaDt')."""
    lower = token.lower().replace("ss", "ß")
    words = german_vocabulary()
    if any(lower.removesuffix(end) in words for end in ("", "e", "en", "er", "es", "n", "s")):
        return False
    return not (sum(ch.isupper() for ch in token[1:]) >= 2 and len(token) >= 10)


_BRANCH_WORDS = frozenset({"regionalstelle", "außenstelle", "geschäftsstelle", "abteilung"})


def _person_after_dash(tokens: list[Any], doc: Any, end: int) -> bool:
    """A name's last two tokens are a dash and a given name that a surname follows."""
    return (
        len(tokens) > 2
        and tokens[-2].text in ("–", "—", "-")
        and is_first_name(tokens[-1].text)
        and end < len(doc)
        and doc[end].is_title
    )


# a person's role opening a line: "Geschäftsstelle" / "Prozessbegleiter Martin X" in a table
_ROLE_WORD = re.compile(
    r"(?i:leiter|begleiter|referent|koordinator|beigeordnete|sprecher|berater)(?:in|innen|r)?$"
)


def _opens_line(text: str, position: int) -> bool:
    """Only spaces stand between the last line break and ``position``."""
    start = text.rfind("\n", 0, position)
    return start >= 0 and not text[start + 1 : position].strip()


def _without_people(tokens: list[Any], doc: Any, kind: str, line_starts: set[int]) -> list[Any]:
    """A name's tokens without the person around it in a flattened table row: the surname
    before it ('Martin Leuschner Transferagentur X' is no place adjective), a role on the next
    line ('Steuerungsgruppe Bildung' / 'Sachgebietsleiterin …') and, in a unit's name, the
    person after it ('Dezernat II Sabine Lorenz-Hähnel'). `line_starts`: the tokens that open
    a line of the original text. Nothing is left when only the name's kind would remain."""
    if kind == "Person" or len(tokens) < 2:
        return tokens
    first = tokens[0]
    if (
        first.i > 0
        and is_first_name(doc[first.i - 1].text)
        and re.match(naming.ADJ_REGEX, first.text)
        and first.text[:1].isupper()
    ):
        tokens = tokens[1:]
    for k in range(1, len(tokens)):
        token = tokens[k]
        # ("Erster Kreisbeigeordneter X" on the next line: the post after its adjective)
        post = _ROLE_WORD.search(token.text) or (
            k + 1 < len(tokens) and _ROLE_WORD.search(tokens[k + 1].text)
        )
        if token.i in line_starts and post:
            return tokens[:k] if k > 1 else []
        if (
            kind == "AdministrativeUnit"
            and k + 1 < len(tokens)
            and is_first_name(token.text)
            and tokens[k + 1].text[:1].isupper()
        ):
            return tokens[:k]
    return tokens


_LIST_CLOSERS = frozenset({"und", "sowie", "oder", "&"})


def _completed_list_end(tokens: list[Any]) -> int:
    """Where a list in a name ends: 'für Bildung und Sport, Beschluss des Stadtrates' closes
    with 'und Sport'; a comma after it starts the next phrase (not a branch: ', Regionalstelle').
    A remit no conjunction closes ends at its comma: 'für Kommunales Bildungsmanagement,
    Transferkatalog' lists two things, not the agency's fields."""
    remit = next((i for i, t in enumerate(tokens) if t.lower_ == "für"), len(tokens))
    for i in range(remit + 1, len(tokens) - 1):
        if (
            tokens[i].text == ","
            and tokens[i + 1].lower_ not in _BRANCH_WORDS
            and not any(t.lower_ in _LIST_CLOSERS for t in tokens[i + 1 :])
        ):
            return i
    for i in range(len(tokens) - 3):
        closes = tokens[i].lower_ in ("und", "sowie") and tokens[i + 2].text == ","
        if closes and tokens[i + 3].lower_ not in _BRANCH_WORDS:
            return i + 2
    # "für Schule und Bildung sowie Melde- und Kitadaten": a list closed by "und" takes no
    # "sowie" after it
    joined = [
        i
        for i, t in enumerate(tokens)
        if t.lower_ == "und" and not tokens[i - 1].text.endswith("-")
    ]
    if joined:
        more = [i for i, t in enumerate(tokens) if t.lower_ == "sowie" and i > joined[0] + 1]
        if more:
            return more[0]
    return len(tokens)


_GOVERNING_PREPOSITIONS = frozenset(
    {"auf", "von", "mit", "zu", "zur", "zum", "über", "gegen", "nach"}
)


def _phrase_after_comma_end(tokens: list[Any], doc: Any, end: int) -> int:
    """Where a name ends when its last comma-joined word governs what follows: in 'des
    Dezernates IV, Ausrichtung auf mehr Beteiligung' the name is 'Dezernates IV'."""
    if len(tokens) < 3 or tokens[-2].text != "," or end >= len(doc):
        return len(tokens)
    return len(tokens) - 2 if doc[end].lower_ in _GOVERNING_PREPOSITIONS else len(tokens)


_PROSE_LINE = 50  # characters: a line this long before a break is running text, wrapped


def _cell_ends_before(text: str, position: int) -> bool:
    """Does a short line (a table cell, a list item) end right before this position?"""
    before = text[:position].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    line = before[:-1].rsplit("\n", 1)[-1]
    return len(line.strip()) < _PROSE_LINE


def _with_names_inside_rejected(doc: Any, found: list[Candidate]) -> Iterator[Any]:
    """The document's names in order; after one the caller rejected (it added no
    candidate), the shorter names that it covered, which the rulers had set aside."""
    queue = list(doc.ents)
    while queue:
        ent = queue.pop(0)
        before = len(found)
        yield ent
        if len(found) == before:
            queue[0:0] = names_inside(doc, ent.start, ent.end)


def _cells_apart(text: str, start: int, end: int, cell_breaks: frozenset[int]) -> str:
    """The block [start, end) with a token of its own where a table's cells part, so that no
    name runs on from one cell into the next. Same length, so offsets stay valid."""
    chars = list(text[start:end])
    for at in cell_breaks:
        if start <= at < end and chars[at - start] == " ":
            chars[at - start] = CELL_BREAK
    return "".join(chars)


def _rule_candidates(text: str, cell_breaks: frozenset[int] = frozenset()) -> list[Candidate]:
    """Mentions the EntityRuler finds, mapped back to offsets of `text`; `cell_breaks` are
    offsets where the cells of a table part."""
    nlp = german_nlp()
    blocks = list(paragraphs(text))
    cleaned = [
        clean_for_matching(diagram_lines_apart(_cells_apart(text, s, e, cell_breaks)))
        for s, e in blocks
    ]
    found: list[Candidate] = []
    described: set[int] = set()  # indices of mentions after an indefinite article
    quotes = set(naming.QUOTES_OPEN + naming.QUOTES_CLOSE)
    for (offset, _end), (_clean, offsets), doc in zip(
        blocks, cleaned, nlp.pipe(c for c, _ in cleaned), strict=True
    ):
        for ent in _with_names_inside_rejected(doc, found):
            rule, kind = ent.id_, ent.label_
            tokens = list(ent)
            tokens = tokens[: _completed_list_end(tokens)]
            if tokens[-1].i == ent.end - 1:
                tokens = tokens[: _phrase_after_comma_end(tokens, doc, ent.end)]
            # (and the first half of an elided compound the next name opens: "… und Sport Schul-")
            while len(tokens) > 1 and (
                tokens[-1].lower_ in _TRAILING or re.fullmatch(r"[A-ZÄÖÜ]\w+-", tokens[-1].text)
            ):
                tokens.pop()
            contact = None
            if _person_after_dash(tokens, doc, ent.end):
                contact = (tokens[-1], doc[ent.end])  # "Kreismedienzentrum X – Tanja Roos"
                tokens = tokens[:-2]
            line_starts = {  # (an indented line of an organisation chart, too)
                t.i for t in tokens if _opens_line(text, offset + offsets[t.idx])
            }
            if rule == "numbered-unit-remit" and _cell_ends_before(
                text, offset + offsets[tokens[2].idx]
            ):
                tokens, rule = tokens[:2], "numbered-unit"  # "Abteilung 4⏎Antrag": next cell
            tokens = _without_people(tokens, doc, kind, line_starts)
            if not tokens:
                continue  # "Geschäftsstelle" / "Prozessbegleiter": a table's cells, no name
            cut_unit = None
            if _next_numbered_unit(tokens, doc):  # "X – Zentrale Dienste, Geschäftsbereich 2"
                cut_unit = (tokens[-1], doc[tokens[-1].i + 1])  # the next unit, kept apart
                tokens = tokens[:-2]
            name_mode = next((r.get("name") for r in naming.NAMING_RULES if r["id"] == rule), None)
            if name_mode == "quoted":
                opening = next(i for i, t in enumerate(tokens) if t.text in quotes)
                tokens = tokens[opening + 1 : -1] or tokens
                gap = doc.text[ent.start_char : tokens[0].idx]
                if kind == "Programme" and not quoted_name_ok(
                    gap, doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
                ):
                    continue
            elif name_mode == "last":
                tokens = tokens[-1:]
            elif name_mode == "only-first":
                tokens = tokens[:1]
            elif name_mode == "after-first":
                office, tokens = tokens[0].text, tokens[1:]
            elif name_mode == "last-two":
                tokens = tokens[-2:]
            elif name_mode == "drop-first":  # "jährliche Bildungskonferenz X": not "jährliche"
                tokens = tokens[1:]
            if rule == "foundation-of" and after_indefinite_article(doc, ent.start):
                tokens = tokens[2:]  # "eine Stiftung der Sparkasse X" describes; X is named
                canonical_rule = "seated-institution"
            else:
                canonical_rule = rule
            start = offset + offsets[tokens[0].idx]
            end = offset + offsets[tokens[-1].idx + len(tokens[-1].text) - 1] + 1
            if re.fullmatch(r"(?:19|20)\d\d\.", tokens[-1].text) or (
                rule in ("numbered-unit", "numbered-group")
                and re.fullmatch(r"(?:[IVX]{1,5}|\d{1,2})\.", tokens[-1].text)
            ):
                end -= 1  # "Bildungsbericht 2024.", "Dezernat III.", "den AK 2." end a sentence
            if rule == "person-title" and _surname_ends(text, tokens):
                end = offset + offsets[tokens[-2].idx + len(tokens[-2].text) - 1] + 1
            if kind == "Body" and len(tokens) == 1 and name_mode is None:
                composition = _COMPOSITION.match(text, end)
                end = composition.end() if composition else end
            surface = text[start:end]
            if name_mode == "head":
                canonical = tokens[-1].text
            elif name_mode == "first":
                canonical = tokens[0].text
            else:
                canonical = _canonical(kind, canonical_rule, surface)
            method = "gazetteer" if rule.startswith("gazetteer|") else f"pattern:{canonical_rule}"
            if rule == "camel-case" and not plausible_brand(surface):
                continue
            if rule == "programme-named" and _NUMBERED_ITEM.match(text, end):
                continue  # "des Arbeitsprogramms\n AP 2 Leitbild": a numbered item, no name
            if rule in ("person-office", "person-after-role") and not is_person_name(surface):
                continue  # "Landrat Amt Schule": no name after the office
            if rule == "stelle-of-administration" and not _ADMINISTRATION_OWNER.match(text, end):
                continue  # "eine Anlaufstelle für Eltern": a kind of office, not one
            if rule == "stabsstelle" and len(tokens) == 1 and not _definite_before(doc, ent.start):
                continue  # "im Kontext von Koordinierungsstelle": a kind, not the office
            if rule == "person-first-name" and (
                _NAMESAKE_HEAD.match(text, end) or _NAMESAKE_HEAD.fullmatch(tokens[-1].text)
            ):
                continue
            if kind == "Body" and _FIRST_COUNCILLOR.search(text, max(0, start - 8), start):
                continue  # "die der Erste Stadtrat leitet": a post, not the council
            if kind == "Body" and _CITED_TITLE.search(text, text.rfind("\n", 0, start) + 1, start):
                continue
            if kind in _NAMED_ACTORS and commissioned_trade(surface):
                continue  # "Budget für Gestaltung durch Grafik-Agentur": a service bought
            if kind in _NAMED_ACTORS and role_in_process(surface.split()):
                continue  # "die einladende Stiftung": a role in the process
            group_of_body = _GROUP_OF_BODY.match(surface) if kind == "Body" else None
            if group_of_body and _PREDICATE_BEFORE.search(text, max(0, start - 60), start):
                # "ist seit 2022 Unterarbeitsgruppe des Regionalen Bildungsnetzwerks": the group
                # says what the subject is; the body it belongs to is named
                body = surface[group_of_body.end() :]
                canonical = _canonical(kind, "body-compound", body)
                found.append(Candidate(start + group_of_body.end(), end, kind, method, canonical))
                continue
            if (
                kind in _NAMED_ACTORS
                and generic_plural(surface)
                and rule not in STANDING_GROUP_RULES
            ):
                continue  # "thematische Arbeitskreise": a class of bodies, not one
            if (
                kind in DESCRIBED_KINDS
                and after_indefinite_article(doc, ent.start)
                and unnamed(tokens)
                and not _ACTING_SUBJECT.match(text, end)
            ):
                described.add(len(found))
            found.append(Candidate(start, end, kind, method, canonical))
            if cut_unit is not None:
                head, number = cut_unit
                unit_start = offset + offsets[head.idx]
                unit_end = offset + offsets[number.idx + len(number.text) - 1] + 1
                unit_name = f"{head.text} {number.text}"
                found.append(
                    Candidate(unit_start, unit_end, kind, "pattern:numbered-unit", unit_name)
                )
            if contact is not None:  # the person the dash names, whom the name had swallowed
                given, surname = contact
                person_start = offset + offsets[given.idx]
                person_end = offset + offsets[surname.idx + len(surname.text) - 1] + 1
                person = text[person_start:person_end]
                found.append(
                    Candidate(person_start, person_end, "Person", "pattern:contact", person)
                )
            if name_mode == "after-first":  # "Bürgermeisterin Anne Fichte": her office
                found[-1].attributes[OFFICE] = office
            if name_mode == "quoted" and QUOTED_PART.fullmatch(text, start - 1, end + 1):
                found[-1].attributes[PRINTED] = text[start - 1 : end + 1]  # „X“, as printed
    return without_descriptions(found, described)


_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\b(?![.,]\d)")  # "AP 2", "TOP 3.1"


def _next_numbered_unit(tokens: list[Any], doc: Any) -> bool:
    """Does the name end with the head of the next numbered unit of a list ('…, Dezernat')?"""
    end = tokens[-1].i + 1
    return (
        len(tokens) > 3
        and tokens[-2].text == ","
        and re.fullmatch(naming.NUMBERED_UNIT, tokens[-1].text) is not None
        and end < len(doc)
        and re.fullmatch(naming.ROMAN_OR_NUMBER, doc[end].text) is not None
    )


_FIRST_COUNCILLOR = re.compile(r"\bErste[rnm]?\s+$")
# "KGSt (2012): Lernen vor Ort. Fachforum Kommunales …": the title of a cited work, whose
# forum or conference is an event the work documents, no body of the document's own
_CITED_TITLE = re.compile(r"\((?:19|20)\d\d[a-z]?\):[^\n]*$")
_GROUP_OF_BODY = re.compile(rf"(?:{naming.GROUP_OF_BODY_WORDS})\s+(?:des|der)\s")
_PREDICATE_BEFORE = re.compile(
    r"\b(?:ist|sind|war|waren|bildet|[Aa]ls)\s+(?:(?:seit|im|ab)\s+\S+\s+)?(?:[a-zäöüß]+\s+){0,2}$"
)
# "Ein Fachbeirat begleitet die Arbeit der Agentur": a body that acts exists, though it is
# introduced with an indefinite article ("ein Beirat wird eingerichtet" is only planned)
_ACTING_SUBJECT = re.compile(
    r"\s+(?!(?:wird|soll|ist|sollte|könnte|kann|muss|müsste|hat)\b)[a-zäöüß]{3,}(?:t|en)\s+"
    r"(?:die|den|das|der|ihre?n?|seine?n?)\b"
)
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den", "im", "zur", "zum", "beim", "am"})


_ADMINISTRATION_OWNER = re.compile(naming.ADMINISTRATION_OWNER)


def _definite_before(doc: Any, start: int) -> bool:
    """Is the word before a bare kind ('der Koordinierungsstelle') a definite article?"""
    return start > 0 and doc[start - 1].lower_ in _DEFINITE


def without_descriptions(found: list[Candidate], described: set[int]) -> list[Candidate]:
    """Drop kinds that the document only ever names with an indefinite article ("ein
    regelmäßiges Forum zum Austausch"); "eine Lenkungsgruppe hat sich etabliert … die
    Lenkungsgruppe" introduces a body that is named later. A proper name of the kind elsewhere
    ("Beraternetzwerk Bildungsberatung") does not make "ein Beraternetzwerk" one."""
    named = {
        kind_word(c.canonical)
        for i, c in enumerate(found)
        if i not in described and c.canonical.split()[-1:] == [kind_word(c.canonical).title()]
    }
    return [c for i, c in enumerate(found) if i not in described or kind_word(c.canonical) in named]


def _surname_ends(text: str, tokens: list[Any]) -> bool:
    """'Frau Detsch Bindeglied …': the word after the title is a surname elsewhere in the
    document ('Kerstin Detsch,'), so the name ends there and the next word is not part of it."""
    names = [t.text for t in tokens if t.text[:1].isupper() and t.text not in _TITLES]
    if len(names) != 2:
        return False
    surname = re.escape(names[0])
    first = r"\b(?!(?:Frau|Herrn?|Dr|Prof)\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    used = rf"{first}\s+{surname}\s*[,:;()–-]"
    return re.search(used, text) is not None


def _known_as_other_kind(short: str, kind: str) -> bool:
    known = naming.KNOWN_ACRONYMS.get(short.split()[0])
    return known is not None and known[0] != kind


def _learned_names(text: str, found: list[Candidate]) -> Learned:
    """Short forms and bare names worth looking up in the whole text."""
    learned: Learned = {
        short: (kind, short, True, "propagated:acronym")
        for short, (kind, _long) in naming.KNOWN_ACRONYMS.items()
    }
    for cand in sorted(found, key=lambda c: (c.type != "Municipality", c.start)):
        match = _ABBREVIATION.match(text, cand.end)
        short = match and (match.group(1) or match.group(2))
        # After a person or a place, parentheses name an affiliation: "Frau Weber (IHK)".
        abbreviable = cand.type not in ("ActionField", "Person", "Municipality")
        if short and _known_as_other_kind(short, cand.type):
            continue  # "der Europäischen Union (ESF Plus)": the fund it pays from, not its name
        if short and sum(ch.isupper() for ch in short) >= 2 and abbreviable:
            cand.attributes["abbreviation"] = short
            learned[short] = (cand.type, cand.canonical, True, "propagated:abbreviation")
        number = _UNIT_NUMBER.match(text, cand.end)
        # "Amt für Schule und Bildung (Amt 40)"; not "Bildungsbüro (Amt 40)": the office's
        # own kind, else the number is the unit it belongs to
        if (
            number
            and cand.type == "AdministrativeUnit"
            and _same_unit_kind(cand.canonical, number[1])
        ):
            learned.setdefault(
                number[1], (cand.type, cand.canonical, True, "propagated:unit-number")
            )
        if cand.type == "Municipality":
            bare = re.sub(r"^(?:[A-ZÄÖÜ]\w*stadt|Stadt|Landkreis|Gemeinde)\s+", "", cand.canonical)
            bare = _QUALIFIER.sub("", bare)
            if bare != cand.canonical:
                learned.setdefault(bare, ("Municipality", cand.canonical, True, "propagated:place"))
        quoted = QUOTED_PART.search(cand.canonical)
        if (
            quoted
            and quoted.start() > 0
            and quoted.end() == len(cand.canonical)
            and quoted[1][:1].isupper()
            and cand.type in ("Organization", "Body")
        ):  # "Bildungsberatungsstelle „Lernhafen“ … Der Lernhafen wird …": its name alone
            learned.setdefault(quoted[1], (cand.type, cand.canonical, True, "propagated:quoted"))
        if cand.type == "Programme" and cand.method != "pattern:camel-case":
            case = (
                " " not in cand.canonical
            )  # one-word names only as written ('STARK', not 'stark')
            entry = ("Programme", cand.canonical, case, "propagated:programme")
            learned.setdefault(cand.canonical, entry)
    return learned


def _propagated(text: str, learned: Learned) -> Iterator[Candidate]:
    for name, (kind, canonical, case, method) in learned.items():
        if not name.split():
            continue
        # "… Kultur (FB 3)": where the number is given, it is part of the name's mention
        numbered = method == "propagated:unit-number"
        given = re.compile(rf"{re.escape(canonical.split()[-1])}\s*\(\s*$") if numbered else None
        for match in re.finditer(name_pattern(name), text, 0 if case else re.I):
            if given and given.search(text, max(0, match.start() - 80), match.start()):
                continue
            yield Candidate(match.start(), match.end(), kind, method, canonical)


_CLAUSE_WORDS = frozenset({"nicht", "kein", "keine", "keinen", "ist", "sind", "wird", "werden"})


def _list_label(item: str) -> str | None:
    """The name a list item gives, or None for long items, headings and clauses: a German noun
    phrase ends in a noun, so 'Themenfeld nicht gänzlich ausschließen' names nothing."""
    label = naming.repair_surface(_ITEM_CUT.split(naming.repair_surface(item), maxsplit=1)[0])
    words = label.split()
    if not words or len(words) > 6 or label.endswith(":"):
        return None
    if words[-1][:1].islower() or any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    return label


def _scheme_concept(label: str, folded: dict[str, str]) -> str | None:
    """The scheme concept a list item names: its label, or the one concept the conjuncts of
    an ellipsis name ("Fachkräfte- und Auszubildendengewinnung": Fachkräftegewinnung)."""
    if label.lower() in folded:
        return folded[label.lower()]
    conjuncts = {c.lower() for reading in ellipsis_readings(label) for c in reading}
    concepts = {folded[c] for c in conjuncts if c in folded}
    return concepts.pop() if len(concepts) == 1 else None


@cache
def _folded_scheme_labels() -> dict[str, str]:
    """Lower-cased label -> concept of the ontology's schemes (built once, read per document)."""
    return {k.lower(): v[0] for k, v in scheme_labels().items()}


def _action_field_items(
    text: str, sections: Iterable[Section], span_of: SpanOf
) -> Iterator[Candidate]:
    """List items announced by a sentence or heading naming Handlungsfelder (and topic lines)."""
    lines = split_lines(text)
    cued = heading_starts(lines, [s for s in sections if _LIST_CUE.search(s.title)], span_of)
    heading_lines = {line.number for line in lines if line.start in cued}
    folded = _folded_scheme_labels()
    block: list[str] = []  # the paragraph or item read so far
    in_list, topic_until, blank_before, indent = False, -1, False, 0
    items, loose = 0, False  # items of the list so far; a blank line between two of them
    for i, line in enumerate(lines):
        if line.blank:
            blank_before = True
            continue
        bullet = _BULLET.match(line.text)
        # the sentence that announces the list: "… in fünf Handlungsfeldern:"
        cue = re.split(r"(?<=[.;])\s+(?=[A-ZÄÖÜ])", " ".join(block))[-1]
        if bullet and not in_list and _LIST_CUE.search(cue) and cue.rstrip().endswith(":"):
            in_list, indent, items, loose = True, len(bullet.group(1).expandtabs()), 0, False
        elif in_list and blank_before and (not bullet or (items >= 2 and not loose)):
            in_list = False  # a tight list ends at its first blank line
        elif in_list and blank_before and items:
            loose = True
        nested = bullet is not None and len(bullet.group(1).expandtabs()) > indent
        if in_list and bullet and not nested and not _TOPIC_LINE.match(line.text):
            item_lines = [line.text[bullet.end() :]]
            j = i + 1
            while j < len(lines) and not lines[j].blank and not _BULLET.match(lines[j].text):
                item_lines.append(lines[j].text)
                j += 1
            if "\n".join(item_lines).rstrip().endswith(":"):
                in_list = False
            label = _list_label(" ".join(item_lines))
            items += 1
            if label and in_list:
                start = line.start + bullet.end()
                start += len(line.text[bullet.end() :]) - len(line.text[bullet.end() :].lstrip())
                end = text.find(label.split()[-1], start) + len(label.split()[-1])
                canonical = _scheme_concept(label, folded) or label
                yield Candidate(start, end, "ActionField", "list:handlungsfelder", canonical)
        block = [line.text] if bullet or blank_before else [*block, line.text]
        if line.number in heading_lines:
            block = [line.text + ":"]
        blank_before = False
        if _TOPIC_CUE.search(line.text):
            topic_until = i + 60
        topic = _TOPIC_LINE.match(line.text) if i <= topic_until else None
        if topic:
            letter, title = topic.group(1), topic.group(2).strip()
            canonical = folded.get(title.lower(), f"Themenfeld {letter}: {title}")
            start = line.start + topic.start(1)
            yield Candidate(start, line.start + topic.end(2), "ActionField", "list:themenfelder",
                             canonical, {"notation": letter})  # fmt: skip


# (the title ends its line, or its sentence: "Handlungsfeld 2: Schulerfolg. Ziel ist, …")
_FIELD_HEADING = re.compile(
    rf"^[ \t#*]*{naming.FIELD_NUMBER}\s*(?P<title>[A-ZÄÖÜ][^\n:.]{{2,80}}?)(?:[ \t*]*$|\.\s)",
    re.MULTILINE,
)


def _field_headings(text: str) -> Iterator[Candidate]:
    """'Handlungsfeld 3: Integration durch Bildung': the title names the field as a whole."""
    folded = _folded_scheme_labels()
    for match in _FIELD_HEADING.finditer(text):
        title = " ".join(match["title"].split())
        canonical = _scheme_concept(title, folded) or title
        yield Candidate(match.start("title"), match.start("title") + len(match["title"].rstrip()),
                        "ActionField", "list:field-heading", canonical)  # fmt: skip


def _programme_lists(text: str) -> Iterator[Candidate]:
    for start, end, name in programme_lists(text):
        yield Candidate(start, end, "Programme", "list:programmes", name)
    for start, end, name in funding_frames(text):
        yield Candidate(start, end, "Programme", "list:funding-frame", name)


def _with_programme_evidence(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop coined camel-case names that are neither programmes here nor short forms."""
    confirmed = {
        text[c.start : c.end]
        for c in candidates
        if c.type == "Programme" and c.method != "pattern:camel-case"
    }
    named = {c.canonical: c for c in candidates if c.method != "pattern:camel-case"}
    kept = []
    for cand in candidates:
        token = text[cand.start : cand.end]
        if cand.method != "pattern:camel-case":
            kept.append(cand)
            continue
        long_forms = [c for name, c in sorted(named.items()) if abbreviates(token, name)]
        if long_forms:  # 'BiMo' spells 'Bildungsmonitoring': it is that, whatever that is
            full = long_forms[0]
            cand.type, cand.canonical = full.type, full.canonical
            cand.attributes = {**full.attributes, **cand.attributes}
        elif not coined_name_evidence(text, cand.start, cand.end, confirmed):
            continue  # 'InDesign', '0,5 VzÄ': a tool or a unit, not a programme
        kept.append(cand)
    return kept


DESIGNATES = "designates"  # attribute: the name a generic designation stands for
_APPOSITION_AFTER = re.compile(r"\s*\(\s*")  # 'Schulaufsichtsbehörde (Sächsische …)'
_APPOSITION_BEFORE = re.compile(r"\s+als\s+(?:der|die|das|dem|den)?\s*")  # '… als Schulaufsicht'


_COPULA = re.compile(r"\s+(?:ist|war|bleibt)\s+(?:der|die|das)\s+")


def _name_designations(text: str, candidates: list[Candidate]) -> None:
    """A one-word generic designation in apposition to a named organisation is its other name.

    'der Schulaufsichtsbehörde (Sächsische Bildungsagentur, Regionalstelle Leipzig)' or 'die
    Sächsische Bildungsagentur als Schulaufsichtsbehörde'. The designation gets the name as
    canonical and the attribute DESIGNATES; ``ingest.context`` carries it to the other uses of
    the designation in the document, as a defined abbreviation is carried. Units are left out:
    'Kulturamt (Dezernat IV)' names the department the office belongs to.
    """
    orgs = sorted((c for c in candidates if c.type == "Organization"), key=lambda c: c.start)
    for first, second in zip(orgs, orgs[1:], strict=False):
        between = text[first.end : second.start]
        if _APPOSITION_AFTER.fullmatch(between):
            generic, named = first, second
        elif _APPOSITION_BEFORE.fullmatch(between):
            generic, named = second, first
        else:
            continue
        if " " in generic.canonical.strip() or " " not in named.canonical.strip():
            continue
        if not has_name_part([generic.canonical], set()):
            generic.attributes[DESIGNATES] = named.canonical
            generic.canonical = named.canonical
    # "Das zentrale Diskursgremium ist der Bildungsbeirat Lahn-Ohm": a body named by copula
    bodies = sorted((c for c in candidates if c.type == "Body"), key=lambda c: c.start)
    for generic, named in zip(bodies, bodies[1:], strict=False):
        described = generic.canonical.split()
        if (
            _COPULA.fullmatch(text[generic.end : named.start])
            and len(described) == 2
            and re.match(naming.ADJ_REGEX, described[0])
            and any(not _common(w) for w in named.canonical.split()[1:])
        ):
            generic.attributes[DESIGNATES] = named.canonical
            generic.canonical = named.canonical


def _resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first; at equal length rules beat lists beat propagated names."""
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for cand in sorted(candidates, key=lambda c: c.rank):
        if cand.end <= cand.start or occupied.intersection(range(cand.start, cand.end)):
            continue
        taken.append(cand)
        occupied.update(range(cand.start, cand.end))
    return sorted(taken, key=lambda c: (c.start, c.end))


_PLACE_AND_DATE = re.compile(r",\s*(?:im|am|den|\d)")
# an enumeration going on after a name: "…⏎Geestland und der", "…⏎Elbe-Geest, die"
_RUNS_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:die|der|das|des|dem|den)|[ \t]+(?:und|oder|sowie))\b")
_BRANCHED_RULES = frozenset({"pattern:office-compound", "pattern:org-compound"})
_SEATED_RULES = frozenset(
    {
        "pattern:body-compound-place",
        "pattern:seated-institution",
        "pattern:chamber-seat",
        "pattern:state-office-seat",
        "pattern:amt-compound-seat",
    }
)


def _common(word: str) -> bool:
    """An ordinary German word form, capitalised or not ('Themen', 'Kommunales')."""
    return is_common_word_form(word) or is_common_word_form(word.lower())


def _with_plausible_seats(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'Bildungsforum Grevensee' names a seat, 'im Bildungsbeirat Themen' does not: the word
    after the kind is a municipality of this document or no ordinary German word form."""
    towns = {
        word
        for c in candidates
        if c.type == "Municipality"
        for word in (c.canonical or text[c.start : c.end]).split()
    }

    def seat(candidate: Candidate) -> str:
        """The word after the institution's kind ('Nord' of 'IHK Nord Westfalen')."""
        words = [w for w in text[candidate.start : candidate.end].split() if w[:1].isupper()]
        while len(words) > 2 and re.match(naming.ADJ_REGEX, words[0]):
            words = words[1:]  # "Kommunales Integrationszentrum Kreis X"
        return words[1] if len(words) > 1 else ""

    def broken(candidate: Candidate) -> bool:
        """'… | Bildungsbüro⏎Ohmburg, im März 2024', '… Bildungsbüro⏎Svea Brandhorst': a seat
        alone on the next line starts that line, unless a known town runs on."""
        surface = text[candidate.start : candidate.end]
        head, _, last = surface.rpartition("\n")
        if not head or len(last.split()) != 1:
            return False
        dated = _PLACE_AND_DATE.match(text, candidate.end)  # "Ohmburg, im März 2024"
        # "die Hochschule⏎Geestland und der …": the sentence runs on after the seat
        runs_on = (  # not onto a slide's title line (" Netzwerke und Zusammenarbeit")
            _RUNS_ON.match(text, candidate.end) is not None
            and dated is None
            and not last.startswith((" ", "\t"))
        )
        return (last.strip() not in towns and not runs_on) or dated is not None

    def topic_named(candidate: Candidate) -> bool:
        """'Fachforum Lebenslanges Lernen': no seat, but a forum named by its topic."""
        kind = text[candidate.start : candidate.end].split()[0]
        return candidate.type == "Body" and re.match(naming.BODY_NAMED, kind) is not None

    return [
        c
        for c in candidates
        if not (c.method in _SEATED_RULES | _BRANCHED_RULES and broken(c))
        and (
            c.method not in _SEATED_RULES
            or seat(c) in towns
            or not _common(seat(c))
            or topic_named(c)
        )
    ]


def _without_field_labels(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'… des Landkreises⏎Zeitraum: 03/2024': a name does not run on into the label of the
    next line ('Quartal 3–4:'), nor into an address."""

    def runs_off(c: Candidate) -> bool:
        broken = text.rfind("\n", c.start, c.end)
        if broken < 0:
            return False
        return bool(_LABEL_AFTER.match(text, c.end) or _ADDRESS_LINE.match(text, broken + 1))

    return [c for c in candidates if not runs_off(c)]


_LABEL_AFTER = re.compile(r"[ \t]*(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?[ \t]*)?:")  # ":", " 3–4:"


# "Rathausmarkt 3, 24561 Brunskamp": a postal address, never the rest of a name above it
_ADDRESS_LINE = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:\s+[\w.-]+)?\s+\d+\s?[a-z]?\s*,\s*\d{5}\s")


def extract_mentions(
    text: str,
    span_of: SpanOf | None = None,
    sections: Iterable[Section] | None = None,
    corpus_names: CorpusNames | None = None,
    cell_breaks: frozenset[int] = frozenset(),
) -> list[Mention]:
    """All entity mentions of a document text, in text order, without overlaps.

    `span_of` maps offsets of `text` to spans of the original document (default: lines of
    `text` itself); `sections` lets headings announce lists of action fields; `corpus_names`
    are short forms and programme names other documents of the corpus defined; `cell_breaks`
    are the offsets where a table's cells part (see `textutil.column_gaps`).
    """
    to_span = span_function(text, span_of)
    found = _without_field_labels(text, _rule_candidates(text, cell_breaks))
    found += defined_names(text, found)
    listed = list(_programme_lists(text))
    # A programme listed once ("RÜMSA, Jugend Stärken im Quartier") is that programme wherever
    # the document names it again ("Mitarbeiterin RÜMSA"); two-letter forms are too ambiguous.
    learned = _learned_names(text, found + [c for c in listed if len(c.canonical) > 3])
    for name, (kind, canonical) in (corpus_names or {}).items():
        learned.setdefault(name, (kind, canonical, True, "propagated:corpus"))
    propagated = list(_propagated(text, learned))
    candidates = [
        *found,
        *propagated,
        *acronym_seats(text, found + propagated, learned),
        *coordinated_places(text, found + propagated),
        *plural_kind_places(text),
        *plural_numbered_units(text),
        *_action_field_items(text, sections or [], to_span),
        *_field_headings(text),
        *listed,
    ]
    candidates = _with_programme_evidence(text, _with_plausible_seats(text, candidates))
    _name_designations(text, candidates)
    _administrations(candidates)
    return [
        Mention(
            text[c.start : c.end],
            c.type,
            to_span(c.start, c.end),
            c.method,
            c.canonical,
            c.attributes,
        )  # fmt: skip
        for c in _joined_fields(text, _resolve_overlaps(candidates))
    ]


_FIELD_JOIN = re.compile(r"\s*(?:/|&|\bund\b)\s*")


def _joined_fields(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'Zuwanderung und Integration' names one field when both words are labels of it: one
    mention, so the document's own wording becomes a label of the concept."""
    joined: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: c.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and c.type == last.type == "ActionField"
            and c.canonical == last.canonical
            and _FIELD_JOIN.fullmatch(text[last.end : c.start])
        ):
            joined[-1] = Candidate(last.start, c.end, c.type, last.method, c.canonical,
                                   {**last.attributes, **c.attributes})  # fmt: skip
            continue
        joined.append(c)
    return joined


ACTOR_TYPES = ("Organization", "AdministrativeUnit", "Municipality", "Body", "Programme", "Person")
_ACTOR_SPLIT = re.compile(
    r"/(?!-)|;|,|:|\(|\)|\bsowie\b|\bbzw\.|[•�▪\uf0b7]|\n(?=\s*[A-ZÄÖÜ•�▪\uf0b7])"
    r"|(?<!-)\s(?:und|oder)\s(?=[A-ZÄÖÜ])"
)
# (what an actor contributes is no actor: "Gemeinde X (Melde- und Kitadaten)")
_JUNK_PAREN = re.compile(
    r"\((?:u\.\s?a\.|vgl\.|insb|Dezernat|Vorsitz|[^()]*\w(?:daten|statistik)\b)[^)]*\)"
)
_ROLE_HEAD = re.compile(
    r"(?:meister|leiter|leiterin|vertreter|beigeordnete[r]?|koordinator|moderator|protokollant|"
    r"organisator|rektor|geschäftsführer|vorsitzende[r]?|referent|beauftragte|landrat|landrätin)"
    r"(?:/-innen|/-in|innen|in)?$",
    re.I,
)
_FILLER = re.compile(
    r"^(?:z\.\s?B\.|u\.\s?a\.|wenn vorhanden|teilweise Abfragen (?:an|bei)|\d+)\s+", re.I
)


def _protected(text: str) -> set[int]:
    """Character offsets a split must not cut: 'für A, B und C' enumerations."""
    keep: set[int] = set()
    for match in re.finditer(
        r"\bfür(?: [A-ZÄÖÜ][\wäöüß-]*,)* [A-ZÄÖÜ][\wäöüß-]* und [A-ZÄÖÜ]\w*", text
    ):
        keep.update(range(match.start(), match.end()))
    return keep


# an office of a municipality listed as an actor: it stands for its holder
_OFFICE_OF_TOWN = re.compile(
    r"(?m)(?<![\w-])(?:Ober)?(?:[Bb]ürgermeister(?:in)?|Landr(?:at|ätin))[ \t]+(?:des|der)[ \t]+"
    rf"{naming.TOWN_GENITIVE}[ \t]+[A-ZÄÖÜ][\w-]*"
)


def extract_mask_actor_mentions(field_text: str, span_of: SpanOf | None = None) -> list[Mention]:
    """One mention per actor named in a BETEILIGTE AKTEURE field of a product mask.

    Known names come from the naming rules; the rest of the list is split on '/', ',', '(',
    'und', 'sowie' and each remaining capitalised phrase becomes an Organization (or, for
    role words such as 'Oberbürgermeister', a Person standing for the role).
    """
    to_span = span_function(field_text, span_of)
    text = re.sub(r"[\t\r]", " ", field_text)  # same length: offsets stay valid
    text = _JUNK_PAREN.sub(lambda m: " " * len(m.group()), text)
    found = [m for m in extract_mentions(field_text) if m.type in ACTOR_TYPES]
    places = {
        w.lower()
        for m in found
        if m.type == "Municipality"
        for w in (m.canonical or m.text).split()[-1:]
    }
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    keep = _protected(text) | taken
    actors = [
        Mention(
            m.text, m.type, to_span(m.span.start, m.span.end), m.method, m.canonical, m.attributes
        )  # fmt: skip
        for m in found
    ]
    people = [m for m in found if m.type == "Person"]
    for office in _OFFICE_OF_TOWN.finditer(text):  # "Oberbürgermeisterin der Stadt X (Vorsitz)"
        if not any(m.span.start <= office.start() < m.span.end for m in people):
            phrase = office.group().strip()
            actors.append(
                Mention(
                    phrase,
                    "Person",
                    to_span(office.start(), office.start() + len(phrase)),
                    "mask-office",
                    naming.canonical_name(phrase),
                )  # fmt: skip
            )
    pos = 0
    cuts = [m for m in _ACTOR_SPLIT.finditer(text) if m.start() not in keep]
    for end, next_pos in [*((m.start(), m.end()) for m in cuts), (len(text), len(text))]:
        start, pos = pos, next_pos
        if taken.intersection(range(start, end)):
            continue
        phrase = _FILLER.sub("", text[start:end].strip())
        if text[end : end + 1] == ":":  # a label such as "Intern:"
            continue
        words = phrase.split()
        first_cap = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
        if first_cap is None or len(words) > 8 or not re.search(r"[a-zäöüß]{3}", phrase):
            continue
        before = words[first_cap - 1] if first_cap else ""
        adjective = before[-1:] in ("e", "n", "r") and before.lower() not in naming.FUNCTION_WORDS
        begin = first_cap - 1 if adjective else first_cap
        label = " ".join(words[begin:]).strip(" .:")
        a = text.find(label, start)
        if a < 0:
            continue
        kind = "Person" if _ROLE_HEAD.search(words[first_cap]) else "Organization"
        if kind == "Person" and not single_office(label):
            continue  # 'Moderator/-innen', 'Vertreter der Stadtverwaltung': roles, not persons
        if kind == "Organization" and not plausible_actor(label, places):
            continue  # "Schulen", "Druck", "Präsenz auf": groups, activities, fragments
        method = "mask-actor-list:role" if kind == "Person" else "mask-actor-list"
        canonical = naming.canonical_name(label)
        canonical = canonical[:1].upper() + canonical[1:]
        actors.append(Mention(field_text[a : a + len(label)], kind, to_span(a, a + len(label)),
                              method, canonical))  # fmt: skip
    return sorted(actors, key=lambda m: (m.span.start, m.span.end))
