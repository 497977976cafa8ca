"""Entity resolution: one resource per real-world entity across all documents.

Mentions arrive inflected ("der Sächsischen Bildungsagentur"), abbreviated ("SBA", "TransMit"),
hyphen-broken by PDF extraction ("Ar- beit") or OCR-damaged ("fiir"). Forms are merged in
stages that get less certain: equal fold keys, abbreviations defined in parentheses, initials
and camel-case syllables, truncated short forms that fit exactly one long form, and near-equal
OCR variants. Everything is sorted first, so the same mentions in any order give the same keys.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ingest.abbreviations import FUNCTION_WORDS, abbreviates, is_abbreviation, is_known_word
from ingest.context import (
    BARE,
    CONTEXT,
    CONTEXT_SURFACE,
    city_name,
    genitive_forms,
    municipality_forms,
    qualified_name,
)
from ingest.coreference import (
    adjectival_groups,
    compound_kind_groups,
    definite_description_groups,
    initialled_groups,
    is_initial,
    surname_groups,
)
from ingest.names import PRINTED, QUOTED_PART, clean_surface, fold, loose, word_keys
from ingest.records import Entity, Mention
from ingest.textutil import slugify

# Precedence when mentions disagree about the type of one entity (ties of the majority vote).
TYPE_PRECEDENCE = ("Municipality", "AdministrativeUnit", "Body", "Programme", "Organization")
_ACTOR_FAMILY = frozenset(TYPE_PRECEDENCE)
_DEFINED = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-ZÄÖÜ][\wÄÖÜäöüß&-]{1,11})\)$")
_BRANCH = re.compile(
    r"^(?P<org>.{4,}?),\s*(?P<unit>(?:Regionalstelle|Außenstelle|Geschäftsstelle|Niederlassung"
    r"|Standort|Abteilung|Referat|Sachgebiet|Fachbereich|Dezernat)\b.+)$"
)
_FUZZY_MIN = 92
# Folded heads of groups and associations: "Steuerungsgruppe Bildungsregion X" or
# "Zweckverband Volkshochschule X" is named after X and is not X.
_NAMED_AFTER_HEAD = re.compile(
    r"(?:grupp|verband|verein|rat|ausschuss|netzwerk|konferenz|gremium)$"
)
_CONTEXT_MARK = "|"
_WEAK_TYPE_METHODS = frozenset({"pattern:camel-case"})
_PARAPHRASED_HEADS = ("ministerium", "behörde", "agentur", "amt")
# Saxon and Thuringian deputies of the mayor are "Beigeordnete" titled "Bürgermeister für X".
_DEPUTY_TITLE = re.compile(r"^(?:Bürgermeister(?:in)?|Beigeordnete[rn]?)\s+(?=für\s)")
# One municipality has one elected council, whatever its statute calls it (Leipzig's "Stadtrat"
# is officially the "Ratsversammlung"): within a municipality these names are one body.
_COUNCIL_NAMES = ("Stadtrat", "Ratsversammlung", "Gemeinderat", "Stadtverordnetenversammlung")
_COUNCIL_KEYS = {fold(name): fold(_COUNCIL_NAMES[0]) for name in _COUNCIL_NAMES}


def family(entity_type: str) -> str:
    """Actor types may merge with one another (the type vote decides); others stay apart."""
    return "actor" if entity_type in _ACTOR_FAMILY else entity_type


@dataclass
class Resolution:
    """Resolved entities, the mention -> entity map and the duplicates still detectable."""

    entities: list[Entity]
    by_mention: dict[tuple[str, str, int, int], Entity] = field(default_factory=dict)
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    def entity_of(self, mention: Mention) -> Entity:
        """The entity a mention stands for (KeyError for mentions that were not resolved)."""
        return self.by_mention[_mention_key(mention)]

    def sub_organizations(self) -> list[tuple[str, str]]:
        """(unit key, parent key) pairs derived from names such as "X, Regionalstelle Y"."""
        return sorted((e.key, e.parent) for e in self.entities if e.parent)


def _mention_key(mention: Mention) -> tuple[str, str, int, int]:
    return (mention.text, mention.type, mention.span.start, mention.span.end)


class _Forms:
    """Union-find over surface forms, identified by (family, fold key)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def add(self, form: tuple[str, str]) -> None:
        self.parent.setdefault(form, form)

    def find(self, form: tuple[str, str]) -> tuple[str, str]:
        while self.parent[form] != form:
            self.parent[form] = self.parent[self.parent[form]]
            form = self.parent[form]
        return form

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smaller key is root: order-independent

    def groups(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        out: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for form in sorted(self.parent):
            out[self.find(form)].append(form)
        return out


def resolve(mentions_by_doc: dict[str, list[Mention]]) -> Resolution:
    """Merge the mentions of all documents into entities with labels, alt labels and keys."""
    records = sorted(
        ((doc, m) for doc, ms in mentions_by_doc.items() for m in ms),
        key=lambda dm: (dm[0], dm[1].span.start, dm[1].span.end, dm[1].text, dm[1].type),
    )
    forms = _Forms()
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    form_of: list[tuple[str, str]] = []
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    for _doc, mention in records:
        fam = family(mention.type)
        surface = clean_surface(mention.canonical or mention.text)
        context = mention.attributes.get(CONTEXT)
        if context:
            bare_key = fold(mention.attributes.get(BARE, surface))
            bare_key = _COUNCIL_KEYS.get(bare_key, bare_key)
            form = (fam, context_key(bare_key, context))
            forms.add(form)
            surfaces[form][surface] += 1
            for alt in _context_alternatives(mention):
                surfaces[form][alt] += 0
            types[form][mention.type] += 1
            form_of.append(form)
            continue
        defined = _DEFINED.match(surface)
        if defined:
            surface = defined.group("long")
            short = (fam, fold(defined.group("short")))
            forms.add(short)
            surfaces[short][defined.group("short")] += 1
        key_surface = surface
        if mention.type == "Municipality":  # "Bildungsstadt Halle", "Hansestadt X" = "Stadt X"
            key_surface = _ASSOCIATION_KIND.sub("Verbandsgemeinde ", city_name(surface))
        form = (fam, fold(key_surface))
        forms.add(form)
        if defined:
            forms.union(form, short)
        branch = _BRANCH.match(surface)
        if branch:
            org = (fam, fold(branch.group("org")))
            forms.add(org)
            surfaces[org][branch.group("org")] += 0  # known as a label, not as a mention
            types[org]["Organization"] += 0
            parents[form] = org
            unit = (fam, fold(branch.group("unit")))
            forms.add(unit)
            surfaces[unit][branch.group("unit")] += 0
            forms.union(form, unit)
        surfaces[form][surface] += 1
        if mention.method in _WEAK_TYPE_METHODS:
            types[form][mention.type] += 0  # a brand name is typed by what it is defined as
            form_of.append(form)
            continue
        raw = clean_surface(mention.text)
        raw_defined = _DEFINED.match(raw)
        raw = raw_defined.group("long") if raw_defined else raw
        if raw != surface:
            surfaces[form][raw] += 0
        for printed in _quoted_as_printed(mention.attributes.get(PRINTED, mention.text)):
            surfaces[form][printed] += 0
        types[form][mention.type] += 1
        form_of.append(form)
    _union_each(forms, adjectival_groups(records, form_of))
    _union_each(forms, compound_kind_groups(records, form_of))
    _merge_abbreviations(forms, surfaces)
    _merge_abbreviated_heads(forms, surfaces, types)
    _merge_paraphrased(forms, surfaces, types)
    _union_each(forms, initialled_groups(records, form_of, forms.find))  # before the surnames
    _merge_truncated(forms, surfaces, types, set(parents.values()))
    _merge_numbered(forms)
    _merge_numbered_groups(forms)
    _merge_registered_associations(forms)
    _merge_ocr_variants(forms, types)
    _merge_joined_compounds(forms, surfaces, types)
    _merge_unplaced(forms, types)
    _merge_place_suffixed(forms, types)
    _merge_office_titles(forms, surfaces, types)
    _union_each(forms, surname_groups(records, form_of, forms.find))
    _union_each(forms, definite_description_groups(records, form_of, forms.find), types)
    return _build(records, form_of, forms, surfaces, types, parents)


def context_key(folded: str, context: str) -> str:
    """Fold key of a qualified name: the name's words, then the municipality after '|' (a city
    however titled: 'Hansestadt X' and 'Stadt X' place one office)."""
    return f"{folded} {_CONTEXT_MARK} {fold(city_name(context))}"


def _split_context(key: str) -> tuple[tuple[str, ...], str]:
    name, _, context = key.partition(f" {_CONTEXT_MARK} ")
    return word_keys(name), context


def _quoted_as_printed(text: str) -> list[str]:
    """A name with a quoted part as printed, quotes kept ('Steuerungsgruppe „Bildungsregion X“'),
    for a label beside the cleaned form; nothing for a name without quotes."""
    printed = " ".join(text.split())
    return [printed] if QUOTED_PART.search(printed) else []


def _context_alternatives(mention: Mention) -> list[str]:
    """The bare name, and the name qualified by each way of naming its municipality
    ('Stiftungstreffen (Leipzig)', 'Schulamt (LK Nordsachsen)'), also as printed with quotes."""
    bare = clean_surface(mention.attributes.get(BARE, mention.text))
    alts = [bare, clean_surface(mention.text), *_quoted_as_printed(mention.text)]
    names = [bare, *_quoted_as_printed(mention.attributes.get(BARE, mention.text))]
    places = [mention.attributes[CONTEXT], mention.attributes.get(CONTEXT_SURFACE, "")]
    for place in dict.fromkeys(clean_surface(p) for p in places if p):
        forms = municipality_forms(place)
        for form in forms:
            alts.extend(qualified_name(name, form) for name in names)
        # 'Bildungsbüro LK Mansfeld-Südharz': the municipality as an apposition, by its full name
        alts.extend(f"{name} {form}" for name in names for form in forms[:2])
        alts.extend(f"{name} {owner}" for name in names for owner in genitive_forms(place))
    return alts


def _label_of(group: list[tuple[str, str]], surfaces: dict[tuple[str, str], Counter[str]]) -> str:
    return _best_label(Counter({s: n for f in group for s, n in surfaces[f].items()}))


_LEGAL_FORM_END = re.compile(r"\s+(?:e\.\s?V\.|g?GmbH|GmbH & Co\. KG|AG|eG|KdöR)$")


def _merge_abbreviations(forms: _Forms, surfaces: dict[tuple[str, str], Counter[str]]) -> None:
    """An abbreviation joins the one long form whose initials or syllables it spells."""
    all_forms = sorted(forms.parent)
    for short in all_forms:
        bare = (_LEGAL_FORM_END.sub("", s) for s in sorted(surfaces[short]))  # "IBRE e.V."
        names = [s for s in bare if is_abbreviation(s)]
        if not names:
            continue
        hits = {
            forms.find(long)
            for long in all_forms
            if long[0] == short[0] and long != short
            for name in sorted(surfaces[long])
            if not is_abbreviation(name) and any(abbreviates(a, name) for a in names)
        }
        if len(hits) > 1:  # "BI": prefer the name whose word initials spell it exactly
            hits = {
                forms.find(long)
                for long in all_forms
                if forms.find(long) in hits
                for name in surfaces[long]
                if any(_initials(name) == loose(a) for a in names)
            }
        if len(hits) == 1:
            forms.union(short, hits.pop())


def _merge_abbreviated_heads(
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
) -> None:
    """'VHS Auenfels' is the 'Volkshochschule Auenfels', 'IHK Elster' the 'Industrie- und
    Handelskammer Elster': an abbreviated kind before the same seat, when one long form fits."""
    # (form, head, name without its legal form) by the rest of the name after the head
    by_rest: dict[tuple[str, str], list[tuple[tuple[str, str], str, str]]] = defaultdict(list)
    for form in sorted(forms.parent):
        for surface in sorted(surfaces[form]):
            name = _LEGAL_FORM_END.sub("", surface)  # "… Kreisverband X e. V."
            words = name.split()
            # heads of up to seven words ("RLSB X": "Regionales Landesamt für Schule und
            # Bildung X")
            for cut in range(1, min(len(words), 8)):
                head, rest = " ".join(words[:cut]), " ".join(words[cut:])
                by_rest[(form[0], fold(rest))].append((form, head, name))
    for entries in by_rest.values():
        for short, abbreviation, _ in entries:
            if not is_abbreviation(abbreviation):
                continue
            fitting = [
                (forms.find(long), name)
                for long, head, name in entries
                if not is_abbreviation(head)
                and abbreviates(abbreviation, head)
                and _same_type(types[short], types[long])
            ]
            # one entity, or one name written with and without its legal form ("… gGmbH")
            if fitting and (
                len({long for long, _ in fitting}) == 1 or len({n for _, n in fitting}) == 1
            ):
                for long, _ in fitting:
                    forms.union(short, long)
    # "VHS" alone is the one "Volkshochschule X" of the corpus, where there is only one
    # (each written head tested once, not once per form that has it)
    longs_by_head: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entries in by_rest.values():
        for long, head, _ in entries:
            if not is_abbreviation(head):
                longs_by_head[head].add(long)
    for form in sorted(forms.parent):
        alone = [s for s in surfaces[form] if " " not in s and is_abbreviation(s)]
        if not alone or _CONTEXT_MARK in form[1]:
            continue
        longs = {
            forms.find(long)
            for head, candidates in longs_by_head.items()
            if any(abbreviates(a, head) for a in alone)
            for long in candidates
            if long != form and _same_type(types[form], types[long])
        }
        if len(longs) == 1:
            forms.union(form, longs.pop())


def _initials(name: str) -> str:
    return loose("".join(w[0] for w in name.split() if w.lower() not in FUNCTION_WORDS))


def _merge_paraphrased(
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
) -> None:
    """'Kultusministerium' joins the one '… Staatsministerium für (Unterricht und) Kultus'
    (compound = 'für')."""
    all_forms = sorted(forms.parent)
    for short in all_forms:
        for word in sorted(surfaces[short]):
            head = next((h for h in _PARAPHRASED_HEADS if word.lower().endswith(h)), None)
            if " " in word or head is None or len(word) < len(head) + 3:
                continue
            modifier = loose(word[: -len(head)]).removesuffix("s")
            # a ministry's remit lists several fields: "für Unterricht und Kultus", "für
            # Kultus, Jugend und Sport"; an office's names its one field last ("Amt für Jugend")
            listed = r"(?:[\w-]+(?:\s*,\s*|\s+und\s+))*" if head == "ministerium" else ""
            ending = r"\b" if head == "ministerium" else "$"
            pattern = re.compile(
                rf"{head}\s+(?:für|fuer|fur)\s+{listed}{re.escape(modifier)}\w*{ending}"
            )
            hits = {
                forms.find(long)
                for long in all_forms
                if long[0] == short[0] and long != short and _same_type(types[short], types[long])
                for name in surfaces[long]
                if pattern.search(loose(name))
            }
            if len(hits) == 1:
                forms.union(short, hits.pop())


# the number in a folded (stemmed) unit name: "fachbereich 5 jugend famili und bildung",
# "abteil 51 3 kindertagesbetreu" ("Abteilung 51.3 …")
_UNIT_NUMBER = re.compile(
    r"^(?P<kind>fachbereich|abteil|dezernat|fachdien|referat|sachgebiet|amt|geschaftsbereich) "
    r"(?:\d{1,3}(?: \d{1,2}){0,2}|[ivx]{1,5}) (?=[a-zäöüß])"
)


def _merge_numbered(forms: _Forms) -> None:
    """'Fachbereich 5 – Jugend und Familie' and 'Fachbereich Jugend und Familie' are one unit:
    the number is dropped where the remit alone says which."""
    by_key = {form[1]: form for form in forms.parent}
    for form in sorted(forms.parent):
        plain = _UNIT_NUMBER.sub(r"\g<kind> ", form[1], count=1)
        twin = by_key.get(plain) if plain != form[1] else None
        if twin is not None and twin[0] == form[0]:
            forms.union(form, twin)


# "Verein Lernbrücke X e. V." (folded): the registered name after the word for its kind
_REGISTERED_ASSOCIATION = re.compile(r"^verein (?P<name>.+ e v)$")


def _merge_registered_associations(forms: _Forms) -> None:
    """'Verein Lernbrücke X e. V.' is 'Lernbrücke X e. V.': the registered name already says
    that it is an association."""
    for form in sorted(forms.parent):
        match = _REGISTERED_ASSOCIATION.match(form[1])
        if match and (bare := (form[0], match.group("name"))) in forms.parent:
            forms.union(form, bare)


# "VG X" reads as a Verbandsgemeinde, in Bavaria it is a Verwaltungsgemeinschaft: one key
_ASSOCIATION_KIND = re.compile(r"^Verwaltungsgemeinschaft\s+")
# a working group counted through, folded: "ak 2 ubergang schul beruf", "arbeitsgrupp 3"
_GROUP_NUMBER = re.compile(r"^(?P<kind>ak|arbeitskreis|ag|arbeitsgrupp) (?P<number>\d{1,2})(?: |$)")
_GROUP_KIND = {"ak": "ak", "arbeitskreis": "ak", "ag": "ag", "arbeitsgrupp": "ag"}


def _merge_numbered_groups(forms: _Forms) -> None:
    """'AK 2', 'AK 2 Übergang Schule–Beruf' and 'Arbeitskreis 2 „Übergang …“' are one group:
    within a corpus the number says which, however its remit is worded."""
    first: dict[tuple[str, str, str, str], tuple[str, str]] = {}
    for form in sorted(forms.parent):
        words, _, context = form[1].partition("|")
        match = _GROUP_NUMBER.match(words)
        if match is None:
            continue
        key = (form[0], _GROUP_KIND[match.group("kind")], match.group("number"), context)
        if key in first:
            forms.union(first[key], form)
        else:
            first[key] = form


# kinds of body that compounds name ("Bildungsbeirat", "Steuerungsgruppe"), folded
_COMPOUNDED_KINDS = ("beirat", "rat", "ausschuss", "kreis", "gruppe", "konferenz", "netzwerk")


def _merge_truncated(
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
    parents: set[tuple[str, str]],
) -> None:
    """'Transferagentur' joins 'Transferagentur Mitteldeutschland …' when no other form fits
    (the beginning, the end, or all but a region after the head)."""
    all_forms = sorted(forms.parent)
    keys = {f: _split_context(f[1]) for f in all_forms}
    compounds = {  # (family, kind) of the kinds a compound name stands for
        (f[0], kind)
        for f in all_forms
        for kind in _COMPOUNDED_KINDS
        if keys[f][0] and keys[f][0][0] != kind and keys[f][0][0].endswith(kind)
    }
    for short in all_forms:
        words, context = keys[short]
        # a short name is too vague to join a longer one, but an acronym is not ("IHK" alone,
        # where the corpus names one "IHK Hainstetten-Rodenwald")
        acronym = len(short[1]) >= 3 and any(is_abbreviation(s) for s in surfaces[short])
        if not words or (len(short[1]) < 5 and not acronym) or short in parents:
            continue
        hits = set()
        for long in all_forms:
            other, other_context = keys[long]
            if long[0] != short[0] or len(other) <= len(words) or other_context != context:
                continue
            # "Regionales Bildungsnetzwerk" is not short for "Lenkungskreis des Regionalen
            # Bildungsnetzwerks": a genitive names another entity
            tail = (
                other[-len(words) :] == words
                and not (other[-len(words) - 1] in ("des", "der") and types[short]["Body"])
                and not any(_NAMED_AFTER_HEAD.search(word) for word in other[: -len(words)])
            )
            # "Transferagentur für Kommunales Bildungsmanagement": the one "Transferagentur
            # Küste-Weser für …", its region written after the head
            inserted = (
                len(words) >= 3
                and len(other) - len(words) <= 2
                and other[:1] == words[:1]
                and other[len(other) - len(words) + 1 :] == words[1:]
            )
            if (other[: len(words)] == words or tail or inserted) and _same_type(
                types[short], types[long]
            ):
                hits.add(forms.find(long))
        # ("Beirat" is not short for the "Beirat für Migration" where a "Bildungsbeirat" of
        # the same type is named too: a bare kind with a compound rival is ambiguous)
        if len(hits) == 1 and not (len(words) == 1 and (short[0], words[0]) in compounds):
            forms.union(short, hits.pop())


def _same_type(a: Counter[str], b: Counter[str]) -> bool:
    return not a or not b or _vote(a) == _vote(b)


def _merge_ocr_variants(forms: _Forms, types: dict[tuple[str, str], Counter[str]]) -> None:
    """Near-equal forms of one type with the same number of words ('fiir'/'für' is folded)."""
    all_forms = sorted(f for f in forms.parent if len(f[1]) >= 10)
    for i, a in enumerate(all_forms):
        for b in all_forms[i + 1 :]:
            if a[0] != b[0] or not _same_type(types[a], types[b]):
                continue
            wa, wb = a[1].split(), b[1].split()
            if len(wa) != len(wb) or fuzz.ratio(a[1], b[1]) < _FUZZY_MIN:
                continue
            if all(x[:1] == y[:1] and fuzz.ratio(x, y) >= 75 for x, y in zip(wa, wb, strict=True)):
                forms.union(a, b)


_REGION_NAME_WORDS = 3  # "… Rennsburg-Wipfertal", folded "rennsburg wipfertal"
_PLACED_NAME_WORDS = 3  # "Ausschuss für Schulen und Bildung": specific enough to place


def _merge_unplaced(forms: _Forms, types: dict[tuple[str, str], Counter[str]]) -> None:
    """A slide footer's 'Ausschuss für Schulen und Bildung' is the one 'Ausschuss für Schulen und
    Bildung' that another document places in its municipality: a name of several words found
    placed in exactly one municipality. A short name ('Jugendamt') stays apart."""
    placed: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for form in sorted(forms.parent):
        name, mark, _context = form[1].partition(f" {_CONTEXT_MARK} ")
        if mark:
            placed[(form[0], name)].add(forms.find(form))
    for form in sorted(forms.parent):
        roots = placed.get(form)
        if (
            _CONTEXT_MARK not in form[1]
            and len(form[1].split()) >= _PLACED_NAME_WORDS
            and roots is not None
            and len(roots) == 1
            and _same_type(types[form], types[next(iter(roots))])
        ):
            forms.union(form, next(iter(roots)))


_REMIT_LINKS = frozenset({"fur", "fiir", "im"})  # folded "für" (and its OCR misreading), "im"


def _merge_place_suffixed(forms: _Forms, types: dict[tuple[str, str], Counter[str]]) -> None:
    """'Netzwerk Übergang Schule–Beruf' placed in the Stadt Flensburg is the 'Netzwerk Übergang
    Schule–Beruf Flensburg' another passage names with its town: the name, then the place. A
    joint region's name counts when it is the only one with the place: 'Steuerungsgruppe
    Bildungsregion' placed in the Landkreis Y is the 'Steuerungsgruppe Bildungsregion X-Y'; an
    office placed there is the one whose remit names the place ('Jugendamt für den Landkreis Y')."""
    suffixed: dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    of_whole: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for form in sorted(forms.parent):
        words = form[1].split()
        if _CONTEXT_MARK in words:
            continue
        for cut in range(1, len(words)):
            # the place in the last words, or after a remit ("Schulamt für den Landkreis X")
            if cut >= len(words) - _REGION_NAME_WORDS or words[cut] in _REMIT_LINKS:
                suffixed[(form[0], " ".join(words[:cut]))].append((form, words[cut:]))
        if len(words) > 2 and words[1] in ("des", "der"):
            of_whole[(form[0], words[0])].append(form)
    for form in sorted(forms.parent):
        name, mark, context = form[1].partition(f" {_CONTEXT_MARK} ")
        if not mark:
            continue
        place = context.split(" ", 1)[-1]
        exact = [(form[0], f"{name} {p}") for p in (context, place)]
        fitting = [o for o in exact if o in forms.parent and _same_type(types[form], types[o])]
        if not fitting:
            fitting = [
                other
                for other, rest in suffixed.get((form[0], name), [])
                if _contains(rest, place.split()) and _same_type(types[form], types[other])
            ]
            if not fitting and " " not in name:
                # "Lenkungskreis" placed in the Kreis X is the one "Lenkungskreis des Regionalen
                # Bildungsnetzwerks Kreis X": a body of a whole, named with the place
                fitting = [
                    other
                    for other in of_whole.get((form[0], name), [])
                    if _contains(other[1].split(), place.split())
                    and _same_type(types[form], types[other])
                ]
            if len({forms.find(other) for other in fitting}) > 1:
                continue  # the place is part of two names
        for other in fitting:
            forms.union(form, other)


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _merge_joined_compounds(
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
) -> None:
    """'Körber-Stiftung', 'Körberstiftung' and 'Körber Stiftung' are one name: German writes
    compounds with a hyphen, a space or neither (the municipality part must agree). A kind
    alone known only as other names' label ('Volkshochschule' for 'Volkshochschule X' and
    'Volkshochschule Y') names none of them: it would chain them all into one."""
    printed: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    labelled: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    kind_alone: set[tuple[str, str, str]] = set()
    for form in sorted(forms.parent):
        _name, _, context = form[1].partition(f" {_CONTEXT_MARK} ")
        for surface, count in surfaces[form].items():
            joined = re.sub(r"[\W_]+", "", surface.lower())
            if len(joined) >= 6:
                key = (form[0], joined, context)
                (printed if count else labelled)[key].add(form)
                if " " not in surface.strip():
                    kind_alone.add(key)
    for key in sorted(printed.keys() | labelled.keys()):
        only_labelled = labelled[key] - printed[key]
        ambiguous = key in kind_alone and len({forms.find(f) for f in only_labelled}) > 1
        group = printed[key] | (set() if ambiguous else only_labelled)
        if group:
            _union_each(forms, [group], types)


def _merge_office_titles(
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
) -> None:
    """An office is known by its remit, under either title: 'Bürgermeister für Jugend, …' and
    'Beigeordneter für Jugend, …' are one person (after forms are merged by truncation)."""
    by_remit: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for form in sorted(forms.parent):
        if not types[form] or _vote(types[form]) != "Person":
            continue
        for surface in surfaces[form]:
            if _DEPUTY_TITLE.match(surface):
                by_remit[fold(_DEPUTY_TITLE.sub("", surface))].add(form)
    _union_each(forms, by_remit.values())


def _union_each(
    forms: _Forms,
    groups: Iterable[set[tuple[str, str]]],
    types: dict[tuple[str, str], Counter[str]] | None = None,
) -> None:
    """Merge the forms of each group (only forms of one type, when ``types`` is given)."""
    for variants in groups:
        first, *rest = sorted(variants)
        for other in rest:
            if types is None or _same_type(types[first], types[other]):
                forms.union(first, other)


def _vote(counts: Counter[str]) -> str:
    """Majority type; ties go to the more specific type."""
    rank = {t: i for i, t in enumerate(TYPE_PRECEDENCE)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))


def _best_label(counts: Counter[str]) -> str:
    """Long form over abbreviation or initial, more words, then the nominative-looking and
    frequent form."""

    def score(label: str) -> tuple[int, int, int, int, int, int, int, str]:
        words = label.split()
        initials = sum(1 for w in words if is_initial(w))  # "Dr. S. Berger"
        inflected = sum(1 for w in words if w[:1].isupper() and w.endswith(("en", "es", "em")))
        unknown = sum(1 for w in words if not is_known_word(w))
        return (
            int(counts[label] == 0),
            int(is_abbreviation(label)),
            initials,
            -len(words),
            unknown,
            inflected,
            -counts[label],
            label,
        )

    return min(counts, key=score)


def _build(
    records: list[tuple[str, Mention]],
    form_of: list[tuple[str, str]],
    forms: _Forms,
    surfaces: dict[tuple[str, str], Counter[str]],
    types: dict[tuple[str, str], Counter[str]],
    parents: dict[tuple[str, str], tuple[str, str]],
) -> Resolution:
    groups = forms.groups()
    root_entity: dict[tuple[str, str], Entity] = {}
    taken: set[str] = set()  # keys are unique across types: the graph and parents use them
    for root in sorted(groups, key=lambda r: (_label_of(groups[r], surfaces), r)):
        group = groups[root]
        counts = Counter({s: n for f in group for s, n in surfaces[f].items()})
        label = _best_label(counts)
        type_counts: Counter[str] = Counter()
        for f in group:
            type_counts.update({t: n for t, n in types[f].items() if n} or types[f])
        entity_type = _vote(type_counts) if type_counts else "Organization"
        key = slugify(label)
        n = 1
        while key in taken:
            n += 1
            key = f"{slugify(label)}-{n}"
        taken.add(key)
        alt = {s for s in counts if s != label}
        root_entity[root] = Entity(key=key, type=entity_type, label=label, alt_labels=alt)
    resolution = Resolution(entities=sorted(root_entity.values(), key=lambda e: (e.type, e.key)))
    for (doc, mention), form in zip(records, form_of, strict=True):
        entity = root_entity[forms.find(form)]
        entity.mentions.append((doc, mention))
        resolution.by_mention[_mention_key(mention)] = entity
    for child, parent in parents.items():
        unit, org = root_entity[forms.find(child)], root_entity[forms.find(parent)]
        if unit is not org:
            unit.parent = org.key
    resolution.duplicates = _duplicates(resolution.entities)
    return resolution


def _duplicates(entities: list[Entity]) -> list[tuple[str, str]]:
    """Pairs of entities whose labels fold to the same string: one entity, split by mistake."""
    seen: dict[str, str] = {}
    found: list[tuple[str, str]] = []
    for entity in entities:
        folded = fold(entity.label)
        if folded in seen:
            found.append((seen[folded], entity.key))
        else:
            seen[folded] = entity.key
    return found
