"""Municipality context of bodies and units whose names carry no place.

A "Steuerungskreis", "Bildungsbeirat" or "Abteilung Bildung" belongs to one municipality; the
same words in another town's minutes name another body. The context is the one municipality
named earlier on the same line ("Stadt Halle – Frau X, Jugendamt"), else the nearest enclosing
section whose heading is a municipality (minutes per municipality: "## LK Nordsachsen"), else
the municipality that publishes the document (manifest "publisher"), else none. Qualified
mentions get the canonical name "Name (Municipality)"; the resolver keeps contexts apart and
keeps the bare name as an alternative label. Organisations named only by their kind
("Jugendberufsagentur") are placed the same way, but only by the part of minutes organised per
municipality that mentions them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from ingest.entities import DESIGNATES, extract_mentions
from ingest.headed_lists import headed_list_towns
from ingest.municipal_kinds import (
    ABBREVIATIONS,
    COUNTY_NOUNS,
    GENITIVE_OF,
    KIND_GENITIVE,
    NOUNS,
    alternation,
    bare_owner_after,
)
from ingest.names import fold
from ingest.naming import ADJ_REGEX, PLACE_REGEX
from ingest.nlp import is_common_word_form
from ingest.records import Mention, Section

QUALIFIED_TYPES = frozenset({"Body", "AdministrativeUnit"})
CONTEXT = "context"  # attribute: canonical name of the municipality
CONTEXT_SURFACE = "context_surface"  # attribute: the municipality as the heading wrote it
BARE = "bare"  # attribute: the name without its qualifier
_MARKUP = re.compile(r"[*_#`]+")
_HEADING_SHARE = 0.6
_MUNICIPAL_WORDS = frozenset(
    word.lower() for word in (*NOUNS, *ABBREVIATIONS, "Hansestadt", "Land")
)
_QUALIFIER = re.compile(
    r"\([^)]*\)"
)  # a heading "is" a municipality when its name fills most of it


def municipality_in(text: str) -> tuple[str, str] | None:
    """(canonical, surface) of the municipality that a short text names, or None."""
    found = [m for m in extract_mentions(text) if m.type == "Municipality" and m.canonical]
    if found:
        return found[0].canonical or found[0].text, found[0].text
    office = _DISTRICT_OFFICE.search(text)  # "Landratsamt Wendelsau, Bildungsbüro"
    return (f"Landkreis {office['place']}", office[0]) if office else None


def district_served(name: str) -> str | None:
    """'Landratsamt Wendelsau' -> 'Landkreis Wendelsau': the county a district office serves."""
    office = _DISTRICT_OFFICE.fullmatch(name.strip())
    return f"Landkreis {office['place']}" if office else None


# the administration of a Landkreis, named by its place
_DISTRICT_OFFICE = re.compile(r"\bLandratsamt(?:es|s)?\s+(?P<place>[A-ZÄÖÜ][\wäöüß-]+)")


def heading_municipality(title: str) -> tuple[str, str] | None:
    """The municipality a heading stands for ("LK Nordsachsen"), not one it merely mentions."""
    title = _MARKUP.sub("", title).strip()
    found = municipality_in(title)
    if found is None or len(found[1]) < _HEADING_SHARE * len(title):
        return None
    return found


_PLACE_CUT = rf"(?:{KIND_GENITIVE}\s+)?"


def _place_index(
    mentions: Iterable[Mention], contexts: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Place word or adjective ('leipzig', 'leipziger') -> the municipality it stands for.

    Headings and the publisher come first, so 'Leipziger' means the city that publishes
    rather than the district of the same name.
    """
    index: dict[str, str] = {}
    names = [c[0] for c in contexts]
    names += [m.canonical or m.text for m in mentions if m.type == "Municipality"]
    for name in names:
        for word in re.findall(r"[A-ZÄÖÜ][\wäöüß-]{2,}", _QUALIFIER.sub("", name)):
            if word.lower() in _MUNICIPAL_WORDS:
                continue
            index.setdefault(word.lower(), name)
            index.setdefault(f"{word.lower()}er", name)
    return index


def place_of(name: str, places: dict[str, str]) -> tuple[str, str] | None:
    """(municipality, name without the place) when a name says where it belongs.

    'Leipziger Bildungskonferenz' -> ('Stadt Leipzig', 'Bildungskonferenz'); 'Jugendamt der
    Stadt Halle' -> ('Stadt Halle', 'Jugendamt').
    """
    words = name.split()
    if len(words) > 1 and words[0].lower() in places:
        return places[words[0].lower()], " ".join(words[1:])
    match = re.match(rf"^(.+?)\s+{_PLACE_CUT}([A-ZÄÖÜ][\wäöüß-]+)$", name)
    if match and match.group(2).lower() in places:
        return places[match.group(2).lower()], match.group(1)
    return None


def qualified_name(name: str, context: str) -> str:
    """'Bildungsbeirat' + 'Stadt Halle' -> 'Bildungsbeirat (Stadt Halle)'."""
    return f"{name} ({context})"


_KIND_PREFIX = re.compile(rf"^(?P<kind>{alternation((*NOUNS, *ABBREVIATIONS))})\s+(?P<place>.+)$")
_KIND_SHORT = {"Landkreis": "LK", "LK": "Landkreis", "Lkr.": "Landkreis", "Kreis": "LK"}


def municipality_forms(municipality: str) -> list[str]:
    """The ways a qualifier names one municipality: 'Landkreis Nordsachsen' -> 'Landkreis
    Nordsachsen', 'LK Nordsachsen', 'Nordsachsen'; 'Stadt Leipzig' -> 'Stadt Leipzig', 'Leipzig'.
    A parenthesised addition ('Halle (Saale)') is kept and also dropped."""
    forms = [municipality]
    for name in dict.fromkeys([municipality, _QUALIFIER.sub("", municipality).strip()]):
        forms.append(name)
        match = _KIND_PREFIX.match(name)
        if match:
            short = _KIND_SHORT.get(match["kind"])
            if short:
                forms.append(f"{short} {match['place']}")
            forms.append(match["place"])
    return list(dict.fromkeys(f for f in forms if f))


_TITLED_CITY = re.compile(r"^(?:Große\s+)?[A-ZÄÖÜ][a-zäöüß]+stadt\s+[A-ZÄÖÜ].*$")


def genitive_forms(municipality: str) -> list[str]:
    """'Landkreis Talbergland' -> 'des Landkreises Talbergland': how a unit's owner follows
    its name ('Bildungsbüro des Landkreises Talbergland')."""
    found = []
    for form in municipality_forms(municipality):
        match = _KIND_PREFIX.match(form)
        if match:
            found.append(f"{GENITIVE_OF[match['kind']]} {match['place']}")
        elif _TITLED_CITY.match(form):  # "der Hansestadt Elbhagen", "der Großen Kreisstadt X"
            found.append("der " + re.sub(r"^Große\b", "Großen", form))
    return list(dict.fromkeys(found))


# Supra-local by their name: federal, state and European institutions.
# ("Regionalnetzwerk X" spans several municipalities; a "Regionalstelle" is a branch's seat)
_SUPRA_LOCAL = re.compile(
    r"^(?i:bundes|landes|staat|kultus|europ|deutsch|sächs|thüring|statisti|(?:über)?regional"
    r"(?!stelle))"
)


def supra_local(name: str) -> bool:
    """'Staatliches Schulamt', 'Statistisches Amt für X': an office above the municipality."""
    return _SUPRA_LOCAL.match(name) is not None


_LOCAL_ORG_HEADS = frozenset({"förderverein", "verein", "zentrum", "kompetenzzentrum", "büro"})


def local_kind_organisation(name: str) -> bool:
    """An organisation named only by what it is ('Jugendberufsagentur', 'Förderverein
    Berufsorientierung') exists once per place, like an office; one with a proper name, an
    acronym or a federal or state prefix does not belong to the section it is mentioned in."""
    words = name.split()
    if not words or supra_local(words[0]):
        return False
    if any(not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*", w) for w in words):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in _LOCAL_ORG_HEADS)


_NAMES_ITS_DISTRICT = re.compile(r"\b(?:Landkreis|Kreis|Stadt)\s+[A-ZÄÖÜ]")


def _names_its_place(name: str) -> bool:
    """'Bildungsnetzwerk Elsterland', 'Netzwerk Ganztag Treenemarsch': a body whose name ends
    with a proper place name is that region's, not the publishing municipality's."""
    words = re.sub(r"\s*\(.*$", "", name).split()
    head = next((i for i, w in enumerate(words) if not re.match(ADJ_REGEX, w)), len(words))
    if head >= len(words) - 1:
        return False  # "Ressortübergreifende Arbeitsgruppe": the kind itself comes last
    last = words[-1]
    parts = re.split(r"[-–]", last)  # "Schule-Beruf" is a topic, "Mansfeld-Südharz" a place
    return bool(re.fullmatch(PLACE_REGEX, last.replace("–", "-"))) and not all(
        is_common_word_form(p) for p in parts
    )


def _qualifiable(mention: Mention) -> bool:
    name = mention.canonical or mention.text
    if _NAMES_ITS_DISTRICT.search(name):
        return False  # "Schulamt für den Kreis Steinfurt" says whose it is
    if mention.type == "Body" and _names_its_place(name):
        return False
    if mention.type in QUALIFIED_TYPES:
        return not supra_local(name)  # "Staatliches Schulamt": not the town's office
    return mention.type == "Organization" and local_kind_organisation(name)


def qualify_mentions(
    mentions: list[Mention],
    sections: Iterable[Section],
    publisher: str | None = None,
    owners: dict[int, Mention] | None = None,
    original: str = "",
) -> None:
    """Give place-less bodies and units the municipality of their section or publisher.

    ``owners`` maps a mention (by ``id``) to the municipality its own phrase names ('das
    Bildungsbüro des Landkreises X'): that one comes first; then one named on its line, then
    one heading its bullet list in the ``original`` text. Mutates the mentions in place
    (relations hold references to them).
    """
    owners = owners or {}
    parties = {  # "Stadt X; Landkreis Y": a joint document speaks for both
        city_name(town[0])
        for part in re.split(r"[;,]", publisher or "")
        if (town := municipality_in(part))
    }
    owned = _owners_by_name(mentions, owners, parties)
    sections = list(sections)
    by_key = {s.key: s for s in sections}
    heading = {s.key: heading_municipality(s.title) for s in sections}
    default = municipality_in(publisher) if publisher else None
    contexts = [c for c in [default, *heading.values()] if c]
    places = _place_index(mentions, contexts)
    towns = [m for m in mentions if m.type == "Municipality"]
    listed_under = headed_list_towns(original, towns)
    single = only_towns(towns)
    # Minutes or reports with a part per municipality ("## LK Nordsachsen", "## Stadt Halle").
    per_municipality = len({h[0] for h in heading.values() if h}) > 1
    longer_forms = {
        fold((m.canonical or m.text).split()[0])
        for m in mentions
        if m.type == "Organization" and len((m.canonical or m.text).split()) > 1
    }
    _place_adjective_units(mentions, towns)
    for mention in mentions:
        if not _qualifiable(mention) or CONTEXT in mention.attributes:
            continue
        name = mention.canonical or mention.text
        unit = mention.type in QUALIFIED_TYPES
        placed = place_of(name, places) if unit else None
        if placed is not None:  # keeps its name; resolves with the qualified forms
            mention.attributes.update({CONTEXT: placed[0], BARE: placed[1]})
            continue
        if not unit and (not per_municipality or fold(name) in longer_forms):
            continue  # 'Glascampus' short for the 'Glascampus Torgau' named elsewhere
        owner = owners.get(id(mention))
        found = (  # an organisation only in a part the document gives to one municipality
            ((owner.canonical or owner.text, owner.text) if owner is not None else None)
            or (owned(mention, False) if unit else None)
            or (_line_context(mention, towns) if unit else None)
            or (listed_under(mention.span.start) if unit else None)
            or _section_context(mention.span.start, sections, by_key, heading)
            or (owned(mention, True) if unit else None)
            or (default if unit else None)
            or (_sole_town(mention, sections, towns) if unit and default is None else None)
        )
        bare_owner = bare_owner_after(original, mention.span.end) if unit else None
        kind = bare_owner[1] if bare_owner else None  # "der Beirat des Landkreises": a county's
        found = _of_fitting_kind(mention, found, single, towns, kind, parties)
        if found is None:
            continue
        found = (city_name(found[0]), found[1])
        mention.attributes.update({CONTEXT: found[0], CONTEXT_SURFACE: found[1], BARE: name})
        mention.canonical = qualified_name(name, found[0])
    _share_designations(mentions)
    _share_document_context(mentions)


# Bodies and offices only a county has ("Kreistag", "Kreisjugendamt") or only a town
# ("Stadtrat", "Stadtelternrat"): a joint document's other municipality cannot own them
_COUNTY_ONLY = re.compile(r"\bKreis(?!stadt)[a-zäöüß]{3,}\b|\bLandr(?:at|ätin)\b")
_TOWN_ONLY = re.compile(r"\b(?:Stadt[a-zäöüß]{3,}|Gemeinderat|Ratsversammlung|Magistrat)\b")
_COUNTY = re.compile(rf"(?i)kreis\b(?!stadt)|^{alternation((*COUNTY_NOUNS, *ABBREVIATIONS))}(?!\w)")


def _is_county(municipality: str) -> bool:
    """'Landkreis X', 'LK X', 'Vogelsbergkreis' yes; 'Stadt X', 'Kreisstadt X' no."""
    return _COUNTY.search(municipality) is not None


def only_towns(mentions: list[Mention]) -> dict[bool, Mention]:
    """The document's only county (key True) and only town (key False), where it names just
    one of that kind: whose office a 'Landrat X' or 'Oberbürgermeisterin Y' is when the passage
    names no municipality, whose 'Kreistag' a town's document means."""
    kinds: dict[bool, dict[str, Mention]] = {True: {}, False: {}}
    for m in mentions:
        if m.type == "Municipality":
            name = m.canonical or m.text
            kinds[_is_county(name)].setdefault(name, m)
    return {
        county: next(iter(named.values())) for county, named in kinds.items() if len(named) == 1
    }


def _of_fitting_kind(
    mention: Mention,
    found: tuple[str, str] | None,
    single: dict[bool, Mention],
    towns: list[Mention],
    county: bool | None = None,
    parties: Iterable[str] = (),
) -> tuple[str, str] | None:
    """The municipality found, unless the body is of a kind it cannot have (or its phrase
    names the other kind as owner: ``county``): then the one party of the fitting kind the
    document speaks for, the one municipality of that kind it names (``single``, from
    `only_towns`), or the one of that kind named shortly before ("mit der Stadt X …,
    Abstimmung mit dem Magistrat"), else none."""
    name = mention.canonical or mention.text
    said = county is not None  # the phrase names its owner's kind: the document's own one
    if county is None and (_COUNTY_ONLY.search(name) or _TOWN_ONLY.search(name)):
        county = bool(_COUNTY_ONLY.search(name))
    if found is None or county is None or _is_county(found[0]) == county:
        return found
    fitting_parties = [p for p in parties if _is_county(p) == county]
    if len(fitting_parties) == 1:
        return fitting_parties[0], fitting_parties[0]
    of_kind = [t for t in towns if _is_county(t.canonical or t.text) == county]
    named = Counter(t.canonical or t.text for t in of_kind).most_common(2)
    if said and named and (len(named) == 1 or named[0][1] > named[1][1]):
        return named[0][0], named[0][0]  # the one the document names most
    near = [t for t in of_kind if 0 <= mention.span.start - t.span.end <= _NEAR_TOWN]
    town = single.get(county) or max(near, key=lambda t: t.span.end, default=None)
    if town is None:
        return None
    return town.canonical or town.text, town.canonical or town.text


_NEAR_TOWN = 300  # characters: the sentence or two before


_GENITIVE_GAP = re.compile(r"\s+(?:der|des)\s+")
# "des Bildungsbüros im Landkreis X": an office placed in a municipality
_PLACED_GAP = re.compile(r"\s+(?:der|des|im|in\s+der)\s+")


def body_owners(mentions: list[Mention], text: str) -> dict[int, Mention]:
    """'der Bildungsbeirat der Hansestadt X', 'des Bildungsbüros im Landkreis X': a body or
    an office followed by a municipality in the genitive (an office also by one it is placed
    in) is that municipality's (by ``id`` of the mention), in a sentence as in a list item."""
    towns = sorted((m for m in mentions if m.type == "Municipality"), key=lambda m: m.span.start)
    starts = [t.span.start for t in towns]
    owned: dict[int, Mention] = {}
    for named in (m for m in mentions if m.type in ("Body", "AdministrativeUnit")):
        i = bisect.bisect_left(starts, named.span.end)
        gap = _GENITIVE_GAP if named.type == "Body" else _PLACED_GAP
        if i < len(towns) and gap.fullmatch(text[named.span.end : towns[i].span.start]):
            owned[id(named)] = towns[i]
    owned.update(_units_after_administration(mentions, text, towns))
    return owned


_ADMINISTRATION = re.compile(r"^(?:Landratsamt|Kreisverwaltung|Stadtverwaltung|Rathaus)\s+(\S.*)$")


def _units_after_administration(
    mentions: list[Mention], text: str, towns: list[Mention]
) -> dict[int, Mention]:
    """'Landratsamt Wendelsau, Sachgebiet 22': a unit right after its administration and a
    comma is the unit of the municipality that administration serves."""
    units = sorted(
        (m for m in mentions if m.type == "AdministrativeUnit"), key=lambda m: m.span.start
    )
    owned: dict[int, Mention] = {}
    for admin, unit in itertools.pairwise(units):
        place = _ADMINISTRATION.match(admin.canonical or admin.text)
        if place is None or not re.fullmatch(r"\s*,\s*", text[admin.span.end : unit.span.start]):
            continue
        town = next(
            (t for t in towns if (t.canonical or t.text).split()[-1] == place[1].split()[-1]), None
        )
        if town is not None:
            owned[id(unit)] = town
    return owned


def _owners_by_name(
    mentions: list[Mention], owners: dict[int, Mention], parties: set[str]
) -> Callable[[Mention, bool], tuple[str, str] | None]:
    """Mention -> the one municipality whose office the document says it is ('die Stabsstelle
    X des Landkreises Y' once): the same office named bare elsewhere in the document is Y's
    too, whoever publishes it. A kind each town has ("Bildungsbüro") is Y's only in a joint
    document of Y's (one of the ``parties``), after it was called Y's, as a reader takes it,
    and where no part of the document is given to another municipality (``kind_only``)."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    first: dict[tuple[str, str], int] = {}
    for m in mentions:
        owner = owners.get(id(m))
        if owner is not None:
            key = (m.type, fold(m.canonical or m.text))
            found[key].add((owner.canonical or owner.text, owner.text))
            first[key] = min(first.get(key, m.span.start), m.span.start)
    one = {
        key: min(places)
        for key, places in found.items()
        if len({city_name(c) for c, _ in places}) == 1
    }

    def owner_of(mention: Mention, kind_only: bool) -> tuple[str, str] | None:
        key = (mention.type, fold(mention.canonical or mention.text))
        if key not in one or kind_only != (len(key[1].split()) == 1):
            return None
        if kind_only and (
            mention.span.start <= first[key] or city_name(one[key][0]) not in parties
        ):
            return None
        return one[key]

    return owner_of


def _share_designations(mentions: list[Mention]) -> None:
    """'Schulaufsichtsbehörde' once set in apposition to 'Sächsische Bildungsagentur' stands for
    it wherever the document uses it (a document-wide definition, like an abbreviation)."""
    meaning: dict[tuple[str, str], str] = {}
    for m in mentions:
        if DESIGNATES in m.attributes:
            meaning.setdefault((m.type, fold(m.text)), m.attributes[DESIGNATES])
    for m in mentions:
        named = meaning.get((m.type, fold(m.canonical or m.text)))
        if named is not None and DESIGNATES not in m.attributes:
            m.attributes[DESIGNATES] = named
            m.canonical = named


_NEAR = 6  # lines within which a bare office is the one placed just before or after it


def _share_document_context(mentions: list[Mention]) -> None:
    """A unit named without a place takes the one municipality the same document gives it
    elsewhere: 'Amt für Jugend, Familie und Bildung' in minutes that place it in Stadt Leipzig
    once is that office throughout (two municipalities for one name leave it bare)."""
    # (name kind, folded bare name) -> (line, municipality, as written) of each placed mention
    placed: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for m in mentions:
        if CONTEXT in m.attributes and BARE in m.attributes:  # placed by qualify_mentions
            surface = m.attributes.get(CONTEXT_SURFACE, m.attributes[CONTEXT])
            placed.setdefault((m.type, fold(m.attributes[BARE])), []).append(
                (m.span.line_start, m.attributes[CONTEXT], surface)
            )
    for m in mentions:
        if not _qualifiable(m) or CONTEXT in m.attributes:
            continue
        name = m.canonical or m.text
        places = placed.get((m.type, fold(name)), [])
        found = {(context, surface) for _, context, surface in places}
        if len({c for c, _ in found}) > 1:  # two towns' offices: the one named a few lines away
            found = {(c, s) for line, c, s in places if abs(line - m.span.line_start) <= _NEAR}
        if len({c for c, _ in found}) == 1:
            context, surface = min(found)
            m.attributes.update({CONTEXT: context, CONTEXT_SURFACE: surface or context, BARE: name})
            m.canonical = qualified_name(name, context)


# characters between a town and an office on its line: a label line, not a paragraph that
# names the venue first ("… findet im Markt X statt. Die Vorbereitung übernimmt das Büro")
_LINE_REACH = 100


def _line_context(mention: Mention, towns: list[Mention]) -> tuple[str, str] | None:
    """The one municipality named earlier on the mention's line ('Stadt Halle - …, Jugendamt'),
    else the one that follows it after a comma ('Jugendamt, Stadt Halle')."""
    before = {
        (t.canonical or t.text, t.text)
        for t in towns
        if t.span.line_start == mention.span.line_start
        and 0 <= mention.span.start - t.span.end <= _LINE_REACH
    }
    names = {b[0] for b in before}
    if len(names) == 1:
        return min(before)
    after = [  # "Stabsstelle Bildungsmanagement, Landkreis Y": the one right after it
        t
        for t in towns
        if t.span.line_start == mention.span.line_start
        and 1 <= t.span.start - mention.span.end <= 2  # ", " (not a table's " | ")
    ]
    return (after[0].canonical or after[0].text, after[0].text) if not names and after else None


def _innermost(offset: int, sections: list[Section]) -> Section | None:
    """The smallest section that contains a text offset."""
    inner = [s for s in sections if s.span.start <= offset < s.span.end]
    return max(inner, key=lambda s: (s.span.start, s.level), default=None)


def _sole_town(
    mention: Mention, sections: list[Section], towns: list[Mention]
) -> tuple[str, str] | None:
    """The one municipality the mention's own (innermost) section names, in a document that
    no municipality publishes: 'Entwicklung eines „Bildungsbeirates“' among Halle's tasks."""
    offset = mention.span.start
    section = _innermost(offset, sections)
    if section is None:
        return None
    named = {
        (city_name(t.canonical or t.text), t.text)
        for t in towns
        if section.span.start <= t.span.start < section.span.end
    }
    return min(named) if len({n for n, _ in named}) == 1 else None


_CITY_TITLE = re.compile(r"^(?:Große\s+)?[A-ZÄÖÜ][a-zäöüß]+stadt\s+(?=[A-ZÄÖÜ])")


_PLACE_ADJECTIVE = re.compile(r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]+)er\s+(?P<unit>\S.*)$")


def _place_adjective_units(mentions: list[Mention], towns: list[Mention]) -> None:
    """'das Talbrücker Bildungsbüro' is the Bildungsbüro of the Stadt Talbrück named in the
    document: one resource with 'Bildungsbüro (Stadt Talbrück)'."""
    by_place = {
        (town.canonical or town.text).split()[-1]: town.canonical or town.text for town in towns
    }
    for mention in mentions:
        match = _PLACE_ADJECTIVE.match(mention.canonical or mention.text)
        if mention.type != "AdministrativeUnit" or match is None:
            continue
        town = by_place.get(match["place"])
        if town is not None:
            place = city_name(town)
            mention.attributes.update({CONTEXT: place, CONTEXT_SURFACE: town, BARE: match["unit"]})
            mention.canonical = qualified_name(match["unit"], place)


def city_name(municipality: str) -> str:
    """'Bildungsstadt Halle', 'Hansestadt Rostock', 'Stadt Halle (Saale)' -> 'Stadt Halle',
    'Stadt Rostock': one name for a city however a document titles it (qualifiers and
    resolution keys agree)."""
    return _CITY_TITLE.sub("Stadt ", _QUALIFIER.sub("", municipality).strip())


def _section_context(
    offset: int,
    sections: list[Section],
    by_key: dict[str, Section],
    heading: dict[str, tuple[str, str] | None],
) -> tuple[str, str] | None:
    section = _innermost(offset, sections)
    while section is not None:
        if heading.get(section.key):
            return heading[section.key]
        section = by_key.get(section.parent or "")
    return None


def name_bare_kinds(mentions: list[Mention]) -> None:
    """'die Volkshochschule' in a document that names one 'Volkshochschule Recknitz-Trebeltal'
    is that one: the bare kind takes the name, so that documents naming different ones keep
    them apart. Mutates the mentions in place (relations hold references to them)."""
    named: dict[str, set[str]] = defaultdict(set)
    names = {m.canonical or m.text for m in mentions if m.type in _NAMEABLE}
    for m in mentions:
        words = (m.canonical or m.text).split()
        if m.type in _NAMEABLE and len(words) > 1:
            named[fold(words[0])].add(m.canonical or m.text)
    for m in mentions:
        name = m.canonical or m.text
        if m.type not in _NAMEABLE:
            continue
        if len(name.split()) == 1 and len(named[fold(name)]) == 1:
            m.canonical = next(iter(named[fold(name)]))
            continue
        # "der Agentur für Arbeit" in a document that names one "Agentur für Arbeit Tellau"
        seated = {n for n in names if n.startswith(name + " ") and _SEAT.fullmatch(n[len(name) :])}
        if len(name.split()) > 1 and len(seated) == 1:
            m.canonical = next(iter(seated))


_NAMEABLE = frozenset({"Organization"})
_SEAT = re.compile(r"\s[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*")  # " Tellau", " Lauterwald-Kirn"
