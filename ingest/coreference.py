"""Which forms one document uses for the same entity (in-document coreference).

Across documents only equal or clearly related names merge (`ingest.resolve`); inside one
document a writer shortens what is already introduced: 'verwaltungsinterne Lenkungsgruppe' and
'Lenkungsgruppe', 'Netzwerk X' and 'Beraternetzwerk X', 'Frau Berger' for 'Dr. Anja Berger',
'das Regionalnetzwerk' for the one 'Regionalnetzwerk Bildungsmanagement Elster-Saale' it
names. Each function returns groups of resolution forms that name one entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ingest.abbreviations import FUNCTION_WORDS, abbreviates
from ingest.context import BARE, CONTEXT, municipality_forms
from ingest.names import QUOTED_PART, fold
from ingest.naming import ADJ_REGEX, INITIAL_REGEX
from ingest.records import Mention

Form = tuple[str, str]  # (type family, fold key), as in ingest.resolve
Records = list[tuple[str, Mention]]  # (document id, mention), sorted
Find = Callable[[Form], Form]  # the form a form is merged into so far

_VARIANT_TYPES = frozenset({"Body", "AdministrativeUnit"})
_ADJECTIVE = re.compile(ADJ_REGEX)


def adjectival_variant(bare: str) -> tuple[str, str] | None:
    """(head, quoted name) of 'Verwaltungsinterne Lenkungsgruppe „X“'; None when a word other
    than an adjective modifies the head ('Lenkungsgruppe Bildung' is a name of its own)."""
    quoted = [q.strip() for q in QUOTED_PART.findall(bare)]
    words = QUOTED_PART.sub("", bare).split()
    if not words or len(quoted) > 1:
        return None
    if not all(_ADJECTIVE.match(w) and w.lower() not in FUNCTION_WORDS for w in words[:-1]):
        return None
    return fold(words[-1]), fold(quoted[0]) if quoted else ""


def adjectival_groups(records: Records, form_of: list[Form]) -> list[set[Form]]:
    """'Lenkungsgruppe', 'verwaltungsinterne Lenkungsgruppe' and 'zuständigkeitsübergreifende
    Lenkungsgruppe' in one document and municipality are one body: adjectives describe, names
    distinguish. Not merged when the document names two variants on one line ('die interne und
    die externe Arbeitsgruppe') or gives two different quoted names."""
    groups: dict[tuple[str, str, str, str], dict[Form, str]] = defaultdict(dict)
    lines: dict[tuple[str, str, str, str], dict[int, set[Form]]] = defaultdict(dict)
    for (doc, mention), form in zip(records, form_of, strict=True):
        context = mention.attributes.get(CONTEXT)
        variant = adjectival_variant(mention.attributes.get(BARE, mention.text))
        if mention.type not in _VARIANT_TYPES or not context or variant is None:
            continue
        key = (doc, context, mention.type, variant[0])
        groups[key][form] = variant[1]
        lines[key].setdefault(mention.span.line_start, set()).add(form)
    merged = []
    for key, variants in sorted(groups.items()):
        names = {q for q in variants.values() if q}
        together = any(len(on_line) > 1 for on_line in lines[key].values())
        if len(variants) >= 2 and len(names) <= 1 and not together:
            merged.append(set(variants))
    return merged


_BODY_KIND_END = re.compile(
    r"(?:netzwerk|arbeitskreis|arbeitsgruppe|beirat|konferenz|ausschuss|forum|gremium)$"
)


def compound_kind_groups(records: Records, form_of: list[Form]) -> list[set[Form]]:
    """'Beraternetzwerk Bildungsberatung' and 'Netzwerk Bildungsberatung' of one municipality
    are one body: the compound only says more about the kind, the name after it distinguishes.
    Not merged when two different compounds share the name ('Eltern-' and 'Schülerbeirat X')."""
    groups: dict[tuple[str, str, str, str], dict[Form, bool]] = defaultdict(dict)
    for (_doc, mention), form in zip(records, form_of, strict=True):
        context = mention.attributes.get(CONTEXT)
        words = mention.attributes.get(BARE, mention.text).split()
        if mention.type != "Body" or not context or len(words) < 2:
            continue
        head = words[0].casefold()
        kind = _BODY_KIND_END.search(head)
        if kind:
            key = (context, mention.type, kind.group(), fold(" ".join(words[1:])))
            groups[key][form] = head == kind.group()
    return [
        set(variants)
        for variants in groups.values()
        if any(variants.values()) and sum(not bare for bare in variants.values()) == 1
    ]


_PERSON_TITLES = re.compile(r"^(?:(?:Frau|Herrn?|Prof\.|Dr\.(?:\s?[a-z]+\.)*)\s+)+")


_TITLED = re.compile(r"^(?:dr|prof)\b", re.IGNORECASE)  # a folded form: "dr pietzsch"


def _docs_of(records: Records, form_of: list[Form]) -> dict[Form, set[str]]:
    docs: dict[Form, set[str]] = defaultdict(set)
    for (doc, _mention), form in zip(records, form_of, strict=True):
        docs[form].add(doc)
    return docs


def surname_groups(records: Records, form_of: list[Form], find: Find) -> list[set[Form]]:
    """'Frau Berger' is the 'Dr. Anja Berger' the same document names in full, when it names
    only one person of that surname; across documents a surname alone identifies nobody, but
    a doctor's or professor's surname names the one person of it the corpus names in full."""
    full: dict[tuple[str, str], set[Form]] = defaultdict(set)
    bare: dict[tuple[str, str], set[Form]] = defaultdict(set)
    docs_of = _docs_of(records, form_of)
    for (doc, mention), form in zip(records, form_of, strict=True):
        if mention.type != "Person":
            continue
        words = _name_words(mention)
        if len(words) == 1 and words[0][:1].isupper():
            bare[(doc, words[0])].add(form)
        elif _is_full_name(words):
            full[(doc, words[-1])].add(form)
    merged = []
    anywhere: dict[str, set[Form]] = defaultdict(set)  # surname -> its full forms, all documents
    for (_doc, surname), forms in full.items():
        anywhere[surname] |= forms
    for key, short_forms in sorted(bare.items()):
        owners = {find(f) for f in full.get(key, set())}
        alone = all(docs_of[f] == {key[0]} for f in short_forms)  # the surname form is this doc's
        if len(owners) == 1 and alone:
            merged.append(short_forms | full[key])
        elif not owners and all(_TITLED.match(f[1]) for f in short_forms):
            # "Dr. Pietzsch" in minutes, "Landrat Dr. Reinhard Pietzsch" only in the catalogue:
            # the one person of that surname the corpus names in full
            elsewhere = anywhere.get(key[1], set())
            if len({find(f) for f in elsewhere}) == 1:
                merged.append(short_forms | elsewhere)
    return merged


_INITIAL = re.compile(INITIAL_REGEX)


def is_initial(word: str) -> bool:
    """'H.' stands for a given name."""
    return _INITIAL.match(word) is not None


def _name_words(mention: Mention) -> list[str]:
    """A person's name without the forms of address and titles before it."""
    return _PERSON_TITLES.sub("", mention.canonical or mention.text).split()


def _is_full_name(words: list[str]) -> bool:
    """Given names and a surname, each capitalised ('Anja Berger', 'Anna Lena Vogt')."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def initialled_groups(records: Records, form_of: list[Form], find: Find) -> list[set[Form]]:
    """'H. Berger' on a slide is the 'Dr. Hanna Berger' the corpus names in full, where only
    one person of that surname has a given name with that initial (titles aside)."""
    full: dict[tuple[str, str], set[Form]] = defaultdict(set)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    initialled: dict[tuple[str, str], set[Form]] = defaultdict(set)
    for (_doc, mention), form in zip(records, form_of, strict=True):
        if mention.type != "Person":
            continue
        words = _name_words(mention)
        if len(words) == 2 and is_initial(words[0]):
            initialled[(words[0][0], words[1])].add(form)
        elif _is_full_name(words) and "." not in words[0]:
            full[(words[0][0], words[-1])].add(form)
            names[(words[0][0], words[-1])].add(" ".join(words))
    return [
        short | full[key]
        for key, short in sorted(initialled.items())
        if len(names[key]) == 1 or len({find(f) for f in full.get(key, set())}) == 1
    ]


_DESCRIBED_TYPES = frozenset({"Body", "Organization", "AdministrativeUnit"})
_OFFICE_ATTRIBUTES = ("office", "role")  # set by ingest.entities and ingest.participants
_GENITIVE = re.compile(r"e?s$")


def _kind_of(name: str) -> str:
    """The noun naming what something is: 'schulamt' of 'Staatliches Schulamt Wendelsburg'
    (without a genitive ending: 'Regionalnetzwerks X' is a 'regionalnetzwerk')."""
    words = [w for w in name.split() if not (_ADJECTIVE.match(w) and w[:1].isupper())]
    return _GENITIVE.sub("", words[0].casefold()) if words else ""


def _is_kind(bare: str, kind: str) -> bool:
    """'beirat' names a 'bildungsbeirat'; 'VHS' a 'volkshochschule' by its initials."""
    initials = bare.isupper() and abbreviates(bare, kind.capitalize())
    return kind.endswith(bare.casefold()) or initials


def _office_stem(word: str) -> str:
    """'Bürgermeisters', 'Oberbürgermeisterin' -> 'bürgermeister', 'oberbürgermeister'."""
    return re.sub(r"(?:in|s|es|n)$", "", word.casefold())


# Adjectives that every place's office of a kind carries ("Staatliches Schulamt",
# "Kommunales Integrationszentrum"): they name no particular one
_OFFICE_OF_EVERY_PLACE = re.compile(r"(?:Staatlich|Kommunal|Städtisch)(?:e|es|er|en|em)?$")


def _described(doc: str, mention: Mention, towns: set[str]) -> tuple[str, str, str] | None:
    """('bare'|'named', kind, context or seat) of a mention that may take part."""
    if mention.type == "Person":
        words = (mention.canonical or mention.text).split()
        if len(words) == 1 and not mention.attributes.get("affiliation"):
            return "bare", _office_stem(words[0]), ""
        offices = [mention.attributes.get(a, "").split() for a in _OFFICE_ATTRIBUTES]
        office = next((o[0] for o in offices if o), "")
        return ("named", _office_stem(office), "") if office else None
    if mention.type not in _DESCRIBED_TYPES:
        return None
    context = mention.attributes.get(CONTEXT, "")
    words = mention.attributes.get(BARE, mention.canonical or mention.text).split()
    while len(words) > 1 and _OFFICE_OF_EVERY_PLACE.match(words[0]):
        words = words[1:]  # "das Staatliche Schulamt": a kind every district has
    if len(words) == 1:
        word = words[0] if words[0].isupper() else _GENITIVE.sub("", words[0].casefold())
        return "bare", word, context
    if not context:
        return "named", _kind_of(" ".join(words)), next((w for w in words if w in towns), "")
    return None


def definite_description_groups(
    records: Records, form_of: list[Form], find: Find
) -> list[set[Form]]:
    """A bare kind ('das Regionalnetzwerk', 'der Beirat', 'die Oberbürgermeisterin') is the one
    entity of that kind its document introduces by name ('Regionalnetzwerk Bildungsmanagement
    Elster-Saale', the municipality's 'Bildungsbeirat', 'Oberbürgermeisterin Claudia X'). One
    seated in a place ('Staatliches Schulamt X') is meant only in passages about that place;
    a bare form is merged only when every document using it means the same entity."""
    towns: dict[str, set[str]] = defaultdict(set)
    for (doc, mention), _form in zip(records, form_of, strict=True):
        if mention.type == "Municipality":
            towns[doc].update((mention.canonical or mention.text).split()[-1:])
    named: dict[tuple[str, str], dict[Form, str]] = defaultdict(dict)  # (doc, kind) -> seat
    bare: dict[Form, dict[str, tuple[str, str]]] = defaultdict(dict)  # form -> doc -> kind, ctx
    people: set[Form] = set()
    for (doc, mention), form in zip(records, form_of, strict=True):
        if mention.type == "Person":
            people.add(form)
        found = _described(doc, mention, towns[doc])
        if found and found[0] == "named":
            named[(doc, found[1])][form] = found[2]
        elif found:
            bare[form][doc] = (found[1], found[2])
            compound = _GENITIVE.sub("", mention.attributes.get(BARE, "").casefold())
            if context := found[2]:  # "Bildungsbeirat" of a town is named for its "Beirat"
                named[(doc, f"{compound}|{context}")][form] = ""
    merged = []
    for form, uses in sorted(bare.items()):
        targets = {
            _target(doc, kind, context, named, find) for doc, (kind, context) in uses.items()
        }
        targets.discard(None)  # a document naming no one of that kind points nowhere else
        if len(targets) == 1:
            target = targets.pop()
        elif not targets and form in people:  # named in none of them: the corpus's one holder
            target = _sole_holder({kind for kind, _ in uses.values()}, named, people, find)
        else:
            target = None
        if target is not None and find(target) != find(form):
            merged.append({form, target})
    return merged


def _sole_holder(
    kinds: set[str], named: dict[tuple[str, str], dict[Form, str]], people: set[Form], find: Find
) -> Form | None:
    """'die Landrätin' in a document that names her nowhere: the one person of that office the
    corpus names ('Landrätin Dr. X' in the minutes), if there is exactly one."""
    holders = {
        find(form): form
        for (_doc, kind), forms in named.items()
        if kinds == {kind}
        for form in forms
        if form in people
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _target(
    doc: str,
    kind: str,
    context: str,
    named: dict[tuple[str, str], dict[Form, str]],
    find: Find,
) -> Form | None:
    """The one named form of this kind the document introduces, fit for the passage's place."""
    candidates = {}
    for (named_doc, named_kind), forms in named.items():
        if named_doc != doc:
            continue
        compound, _, place = named_kind.partition("|")
        fits = (
            compound != kind and _is_kind(kind, compound) and place == context
            if place
            else _is_kind(kind, named_kind)
        )
        for form, seat in forms.items() if fits else ():
            if not seat or not context or seat in municipality_forms(context):
                candidates[find(form)] = form
    return next(iter(candidates.values())) if len(candidates) == 1 else None
