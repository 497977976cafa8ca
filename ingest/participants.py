"""Who took part, for whom, in which role: participant lists of minutes and contact blocks.

Minutes list participants as "**Stadt Halle** - Annett Fritzsche, Mitarbeiterin …", as
"Felix Aust – Bildungsmonitoring" under an organisation heading, as "Referentin: Jenny Richter"
or in prose as "Herr Stefan Bareither (LK Saalekreis)"; slides close with contact blocks
(name, role, organisation, phone). Persons are recognised by shape alone: two or three
capitalised tokens (with "von", hyphenated first names, Dr./Prof./Frau/Herr before them) on a
line shaped like a participant entry. No names are listed anywhere in the code.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.first_names import is_first_name
from ingest.municipal_kinds import ABBREVIATIONS, COUNTY_NOUNS, KIND_GENITIVE, alternation
from ingest.naming import NAME_LETTERS, PLACE_REGEX, canonical_name, spelled_out_kind
from ingest.participant_tables import participant_table_entries
from ingest.records import Mention, RelationRecord, Section, Span
from ingest.spans import Line, SpanOf, span_function, split_lines
from ingest.textutil import TEAM_TITLE, clean_inline

_TOKEN = rf"[A-ZÄÖÜ]{NAME_LETTERS}+(?:-[A-ZÄÖÜ]{NAME_LETTERS}+)?"
_TITLE = r"(?:(?:Prof|Dr)\.\s*(?:(?:Dr|rer|phil|nat|med|habil|paed|pol)\.\s*)*)"
_NAME = (
    rf"(?P<name>(?:{_TITLE})?(?:(?:Frau|Herr)\s+)?(?:{_TITLE})?"
    rf"{_TOKEN}(?:\s+{_TOKEN})?(?:\s+(?:von der|von dem|von|van|de|zu|vom))?\s+{_TOKEN})"
)
_ENTRY = re.compile(
    rf"^{_NAME}(?:\s*\((?P<initials>[a-zäöü]{{1,4}})\))?"
    rf"(?:\s*[–:,]\s*(?P<role>.*)|\s*-\s+(?P<role2>.*)|\s+-(?P<role3>\S.*))?$"
)
_BOLD_AFFILIATION = re.compile(r"^\s*\*\*(?P<org>[^*]{2,80})\*\*\s*[–\-:]\s*(?P<rest>.+)$")
# "- Landkreis Rabenau – Anja Berger, Dezernentin": the same entry without bold type
# councils of a group ("Kreiselternrat", "Jugendrat"); a "Kreisrat" is a post
_COUNCIL = r"(?:eltern|schüler|senioren|jugend|integrations|migranten)rat"
_ORG_HEAD = re.compile(  # "Schulamt X", "Kreiselternrat X", "Bezirksregierung X"
    rf"(?:agentur|kammer|stiftung|zentrum|büro|amt|betrieb|regierung|handwerkerschaft|jugendring"
    r"|(?<!netz)(?<!hand)[Ww]erk"  # "Diakonisches Werk X", "Bildungswerk X"
    rf"|{_COUNCIL}|(?:personal|betriebs)rat)\b"
)
_AFFILIATION_FIRST = re.compile(r"^(?P<org>[^–—:]{2,80}?)\s+[–—-]\s+(?P<rest>.+)$")
_ROLE_FIRST = re.compile(r"^(?P<role>[A-ZÄÖÜ][\w/]*(?:\s+[\w/]+){0,2}):\s*(?P<names>.+)$")
# "Moderation: …", "Protokoll erstellt von: …", "Referentin: …" — not "Produktmaske: …"
_ROLE_WORD = re.compile(
    r"\b(?:Moderation|Protokoll|Leitung|Vorsitz|Gäste|Gast|Teilnehmende?|Anwesend|Entschuldigt"
    r"|Kontakt|Ansprechp\w*|Verantwortlich\w*|Zuständig\w*|Begrüßung|Vortrag|Input"
    r"|Vorstand|Vorständin|Vorsitzende[rn]?)\b"
    r"|[A-ZÄÖÜ]\w{2,}(?:er|erin|erinnen|(?<!m)ent|entin|enten|ant|antin|eur|eurin|tor|torin|torinnen"
    r"|beamte|beamter|beamtin)$"
)
_NAME_IN_PARENS = re.compile(rf"{_NAME}\s*\((?P<org>[^()]{{2,60}})\)")  # "Anna Weber (VHS)"
_IN_PARENS = re.compile(  # in running text, after a title
    r"(?:\b(?:Frau|Herr)\s+|(?<![\w.])(?=(?:Prof|Dr)\.))" + _NAME_IN_PARENS.pattern
)
# "*Entschuldigt:* Rüdiger Hambach (Handwerkskammer X, Abteilungsleiter …)" in a participant list
_LISTED_IN_PARENS = re.compile(
    rf"^[\s*_-]*(?:[A-ZÄÖÜ]\w+:[*_]*\s*)?{_NAME}\s*\((?P<org>[^()]{{2,60}})\)"
)
_MARKERS = re.compile(r"^(?:\s*[-*+•▶►→]\s*)+")
_REMARK = re.compile(
    r"\s*\((?:Teilnahme|ab|bis|nur|zeitweise|in Vertretung|vertretungsweise)[^)]*\)$"
)
_BODY = re.compile(  # "Steuerungskreis", "Kreiselternrat Emsland": a body, also by its place
    r"(?:(?:ungs|its|chs|es)kreis|gruppe|runde|[Bb]eirat|konferenz|[Aa]usschuss|gremium|forum"
    # "Beirat für Migration und Integration": its remit after it
    rf"|{_COUNCIL})(?:\s+[A-ZÄÖÜ][\w-]*|\s+für\s+[A-ZÄÖÜ][^,;()]*)?$"
)
_GENITIVE_END = re.compile(r"e?s\b")
_PARTICIPANT_HEADING = re.compile(
    r"Teilnehm|Anwesend|Gäste|Mitglieder|Referent|Entschuldigt|Abwesend|Verhindert", re.IGNORECASE
)
_MUNICIPALITY = re.compile(
    r"^(?:(?:Große\s+)?(?:Stadt|[A-ZÄÖÜ][a-zäöüß]+stadt)"
    rf"|{alternation((*COUNTY_NOUNS, *ABBREVIATIONS))}|Markt"
    r"|(?:Samt|Verbands|Orts)?[Gg]emeinde|Verwaltungsgemeinschaft|Bezirk)\s+\S|^(?:SG|VG)\s+[A-ZÄÖÜ]"
    r"|^[A-ZÄÖÜ][\w-]*(?<!ungs)(?<!its)(?<!chs)(?<!es)kreis$"
)
_UNIT = re.compile(
    r"\b(?:Amt|Referat|Dezernat|Fachbereich|Fachdienst|Abteilung|Stabsstelle|Sachgebiet)\s+"
    r"(?:für\s+|des\s+|der\s+|(?:\d{1,2}|[IVX]{1,4})\s*[–-]\s*|(?=[A-ZÄÖÜ]))"
    r"[A-ZÄÖÜ][\w-]*(?:(?:,\s*|\s+und\s+|\s+)[A-ZÄÖÜ][\w-]*)*|\b[A-ZÄÖÜ]?\w*[Bb]üros?\b"
    # "Kommunale Statistikstelle", "Regionale Arbeitsstelle Bildung"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+e\s+[A-ZÄÖÜ][a-zäöüß]{3,}stelle\b(?:\s+[A-ZÄÖÜ][a-zäöüß]+\b(?!\s*,))?"
)
# "Fachbereichsleiterin Schule und Bildung", "Sachgebietsleiter Bildungsmonitoring": the post
# names its unit, "Fachbereich Schule und Bildung"
_REMIT_WORD = r"[A-ZÄÖÜ][\w-]*"
_UNIT_POST = re.compile(
    r"\b(?P<head>Fachbereich|Fachdienst|Abteilung|Sachgebiet|Referat|Fachgebiet|Fachstelle)s?"
    rf"leiter(?:in)?\s+(?P<remit>{_REMIT_WORD}(?:(?:\s*,\s*{_REMIT_WORD})*\s+und\s+(?:{_REMIT_WORD}|-[a-zäöüß]+)"
    rf"|(?:\s+{_REMIT_WORD})*))"
)
_ORG_WORDS = re.compile(
    r"\b(?:Amt|Büro|Agentur|Stiftung|Institut|Verein|e\.\s?V\.|GmbH|Zentrum|Netzwerk|Ministerium"
    r"|Universität|Hochschule|Kammer|Jobcenter|Verwaltung|Dezernat|Referat|Behörde|Fachbereich"
    r"|Fachdienst|Abteilung|Sachgebiet|Stabsstelle|Koordinierungsstelle|Servicestelle|Fachstelle"
    r"|Kompetenzstelle|Geschäftsstelle|Regionalstelle|Außenstelle|Landesstelle)\b"
    r"|(?:institut|schule|akademie|verband|verein|agentur|kammer|stiftung|zentrum|gesellschaft"
    r"|handwerkerschaft)\b"
)
_NOT_NAME = frozenset(
    [
        "Stadt",
        "Landkreis",
        "Kreis",
        "Gemeinde",
        "Amt",
        "Unser",
        "Unsere",
        "Referentin",
        "Referent",
        "Referenten",
        "Moderation",
        "Protokoll",
        "Teilnehmende",
        "Tagesordnung",
        "Hinweis",
        "Termin",
        "Status",
        "Ziel",
        "Link",
        "Links",
        "Bildung",
        "Deutsches",
        "Frage",
        "Fragen",
        "Projekt",
        "Thema",
        "Dank",
        "Kurze",
        "Vorstellung",
        "Ergänzung",
        "Ergänzungen",
        "Rückfragen",
        "Nachtrag",
    ]
)
# a given name never ends like a kind of town, a surname may ("Anna Neustadt")
_TOWN_KINDS = ("stadt", "gemeinde", "markt")
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "ium", "amt", "büro", "zentrum", "institut", "kreis", "tion",
    "tät", "ismus", "land", "revier", "leiter", "leiterin", "agenda", "anlage", "schule",
    "verband", "beauftragte", "beauftragter", "referentin", "konferenz", "gruppe", "netzwerk",
    "beirat", "ausschuss", "forum", "gremium", "lernen", "verbund", "assistenz", "sekretariat",
    "management", "monitoring", "marketing", "controlling", "team", "koordinator",
    "koordinatorin", "kreistag", "landtag", "bundestag", "agentur", "verein",
)  # fmt: skip
_DOCUMENT_KIND = re.compile(
    r"^\W*(?:\w*[Pp]rotokoll|Niederschrift|Tagesordnung|Einladung|Konzept|Bericht|Vermerk)\b"
)
# "2.1 Verortung in der Verwaltung", "Entwicklung der Netzwerke": what a section is about
_TOPIC_HEADING = re.compile(
    r"^\W*(?:(?:TOP|Top|Tagesordnungspunkt)\s*\d+[a-z]?\s*[.:–-]?\s*|\d+(?:\.\d+)*\.?\s+)?"
    r"(?!\w*(?:Stiftung|Vereinigung|Verwaltung)\b)"
    r"[A-ZÄÖÜ]\w*(?:ung|heit|keit|ion|nis)\s+(?:in|im|an|am|der|des|von|vom|zur|zum|für|mit|und)\b"
)
_ORG_COLON = re.compile(r"^(?P<org>[A-ZÄÖÜ][^:]{1,60}):\s*(?P<rest>\S.+)$")
_GUESTS = re.compile(r"^\W*G[äa]st", re.IGNORECASE)  # guests are no members of the body
_GUEST_PREFIX = re.compile(r"^\W*G[äa]st(?:in)?\s*:\s*", re.IGNORECASE)
_LIST_INTRO = re.compile(
    r"^\W*(?:\w+\s+)?(?:anwesend|teilnehm\w*|gäste|gast|entschuldigt|mitglieder)\b[^:]{0,40}:\W*$",
    re.IGNORECASE,
)
_ATTENDANCE = re.compile(r"^\W*(?:Anwesend|Teilnehm\w*|Gäste|Gast|Entschuldigt|Abwesend)\w*\s*:")
_CHAIR_ROLE = re.compile(r"Sitzungsleitung|Vorsitz(?:ende[rn]?)?|Leitung der Sitzung")
# "| Lara X | Sprecherin | Jugendforum Y |": who speaks for a body chairs it
_BODY_CHAIR_ROLE = re.compile(rf"{_CHAIR_ROLE.pattern}|Sprecher(?:in)?\b")
# "Die Sitzung leitet Landrat X", "Die Sitzung wird von Frau X geleitet"
_LEADS_SITTING = re.compile(
    r"\bSitzung\s+(?:leitet|leitete|moderiert|moderierte|wird\s+von|wurde\s+von)\s+"
    r"(?:(?P<role>[A-ZÄÖÜ]\w*(?:rat|rätin|meister|meisterin|ent|entin|ter|terin|tor|torin))\s+)?"
    rf"(?P<name>(?:(?:Frau|Herr)\s+)?(?:{_TITLE})?{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)
# "Dezernent (Vorsitz)", "Erste Kreisbeigeordnete, Vorsitzende" for her county: chairs the sitting
_CHAIRS_SITTING = re.compile(r"\((?:Vorsitz|Sitzungsleitung)\)|(?:^|,\s*)Vorsitzende[rn]?\s*$")
# "Bildungsmanagerin (Protokoll)", "Dezernent (Vorsitz)": the meeting's duties, not the post
_REMARK_IN_ROLE = re.compile(r"\s*\((?:Vorsitz|Protokoll|Moderation|Sitzungsleitung|Gast)\)")
_CONTACT_HEADING = re.compile(r"Kontakt|Ansprechp", re.IGNORECASE)
_CONTACT_INTRO = re.compile(
    r"^\W*(?:Kontakt|Ansprechpartner(?:in|innen)?|Ansprechperson(?:en)?)\s*:?\s*$"
)
# "• Team:", or a slide titled "Unser Team" over "Name – Aufgabe" lines
_DASHED = re.compile(r"\S\s+[–-]\s+\S")  # "Ina Wolf – Teamassistenz"
_TEAM_INTRO = re.compile(r"^\W*(?:(?:Team\s*:)|(?:Unser|Das|Ihr)\s+Team\s*:?)\s*$")
# "Dr. Ulrike Stoltenberg Leitung": given name, surname and post of a two-column team list
_TEAM_ROW = re.compile(rf"^(?P<name>(?:{_TITLE})?{_TOKEN}\s+{_TOKEN})\s+(?P<post>[A-ZÄÖÜ].*)$")
_MINUTES_HEADING = re.compile(
    r"^(?:(?:[\w-]*[Pp]rotokoll|Niederschrift)\s*(?:\s(?:der|des|zur|zum|vom|über\s+die)|[–—:-])\s+"
    r"|(?=\d+\.\s*\w*[Ss]itzung))(?:\d+\.\s*)?"
    r"(?:[\w-]*(?:[Vv]eranstaltung|[Ss]itzung|[Tt]reffen|[Tt]agung|[Bb]eratung|[Kk]onferenz"
    r"|[Ww]orkshop)s?)\s+(?:(?:des|der|zum|zur)\s+)?"
    r"(?P<body>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3}?"
    r"(?:\s+[„\"“»][^“\"”«]{3,80}[“\"”«])?"  # "Steuerungsgruppe „Bildungsregion X“"
    # "des Lenkungskreises des Regionalen Bildungsnetzwerks Kreis X": a body of a body
    r"(?:\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?:netzwerk|bündnis|verbund|region)(?:e?s)?"
    r"(?:\s+[A-ZÄÖÜ][\w-]*){0,3}(?=\s*(?:\bam\b|\bvom\b|\(|\d|$)))?)"  # its whole name only
    r"(?=\s*(?:[–—-]\s|\bam\b|\bvom\b|\bdes\b|\bder\b|\(|\d|$))"
)


# "Protokoll der 5. Netzwerksitzung am …": a sitting of the body the heading above names
# "Ergebnisprotokoll der 6. …", "Niederschrift über die …": the opening of a minutes heading
_MINUTES_OF = r"^(?:[\w-]*[Pp]rotokoll|Niederschrift)\s+(?:der|des|über\s+die)\s+(?:\d+\.\s*)?"
_UNNAMED_SITTING = re.compile(
    _MINUTES_OF + r"(?P<kind>[A-ZÄÖÜ][a-zäöüß]+?)s?(?:sitzung|treffen|tagung)s?\b"
)
_BARE_SITTING = re.compile(_MINUTES_OF + r"(?:Sitzung|Treffens?)\b")
_BODY_NAME = re.compile(
    r"(?i:netzwerk|kreis|gruppe|beirat|konferenz|ausschuss|forum|allianz|gremium|runde|rat)\b"
)
# "Schulrätin Gabriele Wintering": an office written before the name
_LEADING_OFFICE = re.compile(  # "Schulrätin", "Leitende Regierungsschuldirektorin"
    r"^(?:(?:Leitende|Stellvertretende|Erste|Kommissarische)[rn]?\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:rätin|rat|meisterin|meister|direktorin|direktor|leiterin|leiter"
    r"|entin|ent|torin|tor))\s+"
)


@dataclass
class ParticipantsResult:
    """Person and affiliation mentions, and the memberOf relations between them."""

    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)


def is_person_name(name: str) -> bool:
    """Shape check beyond the regex: no organisation words or abstract nouns as name parts."""
    bare = strip_title(name)
    tokens = [t for t in re.split(r"[\s-]+", bare) if t and t[0].isupper()]
    if len(tokens) < 1 or (len(tokens) < 2 and bare == name):
        return False
    given = is_first_name(tokens[0])  # "Carsten Weiland", "Roland Ahrens": a name, not a land
    if tokens[0].lower().endswith(_TOWN_KINDS):
        return False  # "Kreisstadt Ohmburg", "Hansestadt X" on a list of members
    if not given and _described_noun(tokens):
        return False  # "Geplante Laufzeit", "Neue Mitglieder": an adjective and a noun
    return not any(
        t in _NOT_NAME
        or (t.lower().endswith(_NOUN_ENDINGS) and not (given and t.lower().endswith("land")))
        for t in tokens
    )


def _described_noun(tokens: list[str]) -> bool:
    """An inflected adjective before a common noun, both in the German dictionary."""
    from ingest.abbreviations import is_known_word

    first, last = tokens[0], tokens[-1]
    return (
        len(tokens) >= 2
        and first.lower().endswith(("e", "en", "er", "es"))
        and is_known_word(first)
        and is_known_word(last)
    )


def strip_title(name: str) -> str:
    """'Dr. Heike Schaarschmidt' -> 'Heike Schaarschmidt'; 'Frau Hellwig' -> 'Hellwig'."""
    bare = re.sub(rf"^(?:{_TITLE}|(?:Frau|Herr)\s+)+", "", name.strip())
    return re.sub(r"\s+", " ", bare)


_CAPITAL_INITIALS = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<initials>[A-ZÄÖÜ]{2,4})\)")


def _own_initials_lowered(entry: str) -> str:
    """'Sabine Ertl (SE) – …' -> 'Sabine Ertl (se) – …': initials in capitals are the person's
    own when they spell the name; '(VHS)' after a name stays an organisation's short form."""
    m = _CAPITAL_INITIALS.match(entry)
    if m is None:
        return entry
    words = [w for w in re.split(r"[\s-]+", strip_title(m["name"])) if w[:1].isupper()]
    if "".join(w[0] for w in words) != m["initials"]:
        return entry
    return f"{entry[: m.start('initials')]}{m['initials'].lower()}{entry[m.end('initials') :]}"


def split_name_role(line: str) -> tuple[str, str | None, str | None] | None:
    """(name as written, role, initials) of a participant entry, or None for other lines.

    'Felix Aust (fa) - Bildungsmonitoring' -> ('Felix Aust', 'Bildungsmonitoring', 'fa').
    A role that asks or tells something ('Mario Bischof: Wo finden …?') is no role.
    """
    cleaned = _own_initials_lowered(clean_inline(_MARKERS.sub("", line)))
    m = _ENTRY.match(cleaned)
    office = _LEADING_OFFICE.match(cleaned)
    if not m and office and " " in office[0].strip():  # "Leitende Schuldirektorin Dr. X Y, …"
        m = _ENTRY.match(cleaned[office.end() :])
    if not m or not is_person_name(m["name"]):
        return None
    written = (m["role"] or m["role2"] or m["role3"] or "").strip()  # "-" only when spaced
    sentence = written.endswith((".", "!", "?")) and len(written.split()) > 4
    if sentence or "?" in written or len(written.split()) > 16:
        return None  # 'Mario Bischof: Wo finden …?' reports speech, it names no role
    if re.match(r"(?:der|die|das|dem|den|welche[rs]?)\b", written):
        return None  # 'Viele Strukturen, die in den vergangenen Jahren …': a relative clause
    role = written.rstrip(".") or None
    if role:
        role = _REMARK.sub("", re.sub(r"\s*/\s*", "/", role)) or None
    name = m["name"]
    if m.string is not cleaned and office:  # the office stays before the name, as it is written
        name = office[0] + name
    return name, role, m["initials"]


def affiliation_type(name: str) -> str:
    """Municipality ('Stadt X', 'LK X', '…kreis'), Body, AdministrativeUnit ('Amt für …') or
    Organization."""
    name = _ITEM_REMARK.sub("", name)
    if _UNIT_OF_TOWN.match(name):
        return "AdministrativeUnit"
    kind_word, _, place = name.partition(" ")
    if _MUNICIPALITY.search(name) or (kind_word == "Amt" and re.match(PLACE_REGEX, place)):
        return "Municipality"  # "Amt Kattrade": the Amt of small municipalities, no office
    if _BODY.search(name):
        return "Body"
    if re.search(
        r"^(?:Amt|Referat|Dezernat|Fachbereich|Fachdienst|FD|Abteilung|Abt\.|Stabsstelle"
        r"|Sachgebiet|Geschäftsbereich)(?=\s|$)"
        r"|(?:büro|amt)(?:\s+[A-ZÄÖÜ][\w-]*)?$",
        name,
    ):
        return "AdministrativeUnit"
    return "Organization"


# "Leiterin des Jugendamtes X", "Referent im Bildungsbüro Y": a role, then where it is held
_ROLE_AT = re.compile(
    r"^(?P<role>(?:stellv\.\s+|stellvertretende\w*\s+)?[A-ZÄÖÜ][\w/-]*"
    r"(?:\s+(?:(?:für|und)\s+)?[A-ZÄÖÜ][\w/-]*){0,3}?)"
    r"\s+(?P<prep>des|der|im|in\s+der|beim|bei\s+der|bei\s+dem|vom|von\s+der|am)\s+"
    r"(?P<org>[A-ZÄÖÜ].{1,80})$"
)


def _role_and_affiliation(text: str) -> tuple[str | None, str | None]:
    """What a parenthesis after a name says: 'Jugendamt X, Teamleiterin', 'Erste
    Beigeordnete, Landkreis X', 'Leiterin des Jugendamtes X', 'Leiterin Bildungsbüro'."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) == 1:
        held, org = split_role_affiliation(parts[0])
        if held is None and _has_role_word(org):
            return org, None  # a post with the unit it is held in, no organisation
        return held, org
    orgs = [part for part in parts if affiliation_like(part) and not _has_role_word(part)]
    if not orgs and _has_role_word(parts[0]):
        return ", ".join(parts), None  # "Leiter Fachbereich Bildung, Jugend und Sport": a post
    if not orgs:
        return ", ".join(parts[1:]) or None, parts[0]
    roles = [part for part in parts if part not in orgs]
    return ", ".join(roles) or None, ", ".join(orgs)


def _is_role_word(word: str) -> bool:
    organisation = (
        r"(?:center|zentrum|kammer|verband|verein|amt|büro|(?:eltern|schüler|senioren)rat)$"
    )
    if re.search(organisation, word, re.I):
        return False  # "Jobcenter", "Handwerkskammer" are organisations
    return bool(_ROLE_WORD.search(word)) or re.search(r"beauftragte[rn]?$", word, re.I) is not None


def _has_role_word(phrase: str) -> bool:
    """A role word anywhere, except as the place after an organisation ('Bezirksregierung
    Münster', 'Schulamt Hannover')."""
    words = phrase.split()
    return any(
        _is_role_word(word)
        and not (i and word.endswith("er") and _ORG_HEAD.search(words[i - 1].casefold()))
        for i, word in enumerate(words)
    )


_POST_THEN_OFFICE = re.compile(
    r"^(?P<post>[A-ZÄÖÜ][\w-]+)\s+(?P<org>[A-ZÄÖÜ][^()]+?)(?:\s*\([^()]*\))?$"
)


def _post_and_office(text: str) -> tuple[str | None, str]:
    """'Leitende Beamtin des Amtes X' -> ('Leitende Beamtin', 'Amt X'); also without the
    article: 'Leiterin Kommunales Integrationszentrum X (zu TOP 4)'."""
    held, org = split_role_affiliation(text)
    if held is not None:
        return held, org
    bare = _POST_THEN_OFFICE.match(text)
    if bare and _is_role_word(bare["post"]) and affiliation_like(bare["org"]):
        return (None, text) if _has_role_word(bare["org"]) else (bare["post"], bare["org"].strip())
    return None, text


def split_role_affiliation(text: str) -> tuple[str | None, str]:
    """'Leiterin des Jugendamtes Gifhorn' -> ('Leiterin', 'Jugendamt Gifhorn'); text without a
    role word before the preposition is all affiliation."""
    m = _ROLE_AT.match(text.strip())
    if not m or not _has_role_word(m["role"]):
        return None, text.strip()
    organisation = canonical_name(f"{m['prep']} {m['org']}")
    if not affiliation_like(organisation):
        return None, text.strip()
    return m["role"], organisation


def canonical_affiliation(name: str) -> str:
    """'LK Nordsachsen' -> 'Landkreis Nordsachsen'; 'LK Burgenlandkreis' -> 'Burgenlandkreis';
    'Transferagentur (TransMit)' -> 'Transferagentur'."""
    name = _ITEM_REMARK.sub("", name)  # "(zu TOP 2)": when, not who
    name = re.sub(r"\s*\([^()]{1,12}\)$", "", name)  # "… Halle-Dessau (IHK)": short form
    name = re.sub(r",\s*(?:Campus|Standort)\s.*$", "", name)  # "Hochschule X, Campus Y"
    if m := re.match(r"^LK\s+(.+)$", name):
        rest = m[1].strip()
        return rest if rest.endswith("kreis") else f"Landkreis {rest}"
    name = spelled_out_kind(name)  # "SG Hollenrade" -> "Samtgemeinde Hollenrade", "FD 4.1 X"
    if m := _UNIT_OF_TOWN.match(name):  # "Bildungsbüro der Kreisverwaltung X": X's office
        return f"{m['unit']} ({_TOWN_KIND[m['kind']]} {m['place']})"
    return name


# "(zu TOP 2)", "(Ziel 2)", "(M 1.3)": an item of the document the person is there for, no name
_ITEM_REMARK = re.compile(
    r"\s*\((?:(?:zu|nur|ab|bis)\s+TOP\b|(?:Ziel|Ziele|Maßnahmen?|Handlungsfeld|Arbeitspaket|Anlage"
    r"|TOP|AP|HF|M|Z)\s*[\dIVX])[^()]*\)\.?$"
)
_BARE_OWNER = re.compile(rf"(?<=\S)\s+{KIND_GENITIVE}$")
_TOWN_KIND = {
    "Kreisverwaltung": "Landkreis",
    "Landkreises": "Landkreis",
    "Kreises": "Kreis",
    "Stadtverwaltung": "Stadt",
    "Stadt": "Stadt",
}
_UNIT_OF_TOWN = re.compile(
    r"^(?P<unit>(?:[A-ZÄÖÜ][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:büro|amt)|Amt|Fachbereich|Fachdienst|Abteilung"
    r"|Dezernat|Referat|Stabsstelle|Sachgebiet)(?:\s+[\w–,-]+){0,5}?)\s+(?:der|des)\s+"
    rf"(?P<kind>{'|'.join(_TOWN_KIND)})\s+(?P<place>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)$"
)


def meeting_body(title: str, above: str = "") -> str | None:
    """The meeting series a minutes heading names: 'Protokoll der 3. Sitzung des Beirats Schule
    am 1.2.2021' -> 'Beirats Schule'; whoever is listed as taking part takes part in it.
    'Protokoll der 5. Netzwerksitzung' names its body by kind only: the heading ``above`` it
    ('# Bildungsnetzwerk Elsterland (BiNet)') names it, if it is a body of that kind."""
    cleaned = clean_inline(title).strip("*# ")
    found = _MINUTES_HEADING.match(cleaned)
    if found:
        return found["body"]
    unnamed = _UNNAMED_SITTING.match(cleaned)
    quoted = (
        re.match(r"\s*[„\"“»](?P<name>[^“\"”«]{3,80})[“\"”«]", cleaned[unnamed.end() :])
        if unnamed
        else None
    )
    if unnamed and quoted:  # "Protokoll des 4. Netzwerktreffens „X“": the Netzwerk „X“
        return f"{unnamed['kind']} „{quoted['name']}“"
    parent = re.sub(r"\s*\([^()]*\)\s*$", "", clean_inline(above).strip("*# "))
    if unnamed and unnamed["kind"].casefold() in parent.casefold() and _BODY_NAME.search(parent):
        return parent
    # "# Bildungsbeirat der Stadt X" / "## Ergebnisprotokoll der 6. Sitzung": the body above
    # ("# Kreis X – Steuerungsgruppe Bildung": the body after its municipality)
    for part in _HEADING_PARTS.split(parent)[::-1] if _BARE_SITTING.match(cleaned) else ():
        if _BODY_NAME.search(part.split()[0] if part else "") and not _MUNICIPALITY.search(part):
            return part
    return None


_HEADING_PARTS = re.compile(r"\s+[–—-]\s+")


def _bold_affiliation(name: str) -> bool:
    """'**Berufsbildende Schulen X** - Name, Role': an organisation in bold over its people,
    not an agenda item ('**TOP 3 Input: …**')."""
    if ":" in name or re.match(r"TOP\b|\d", name):
        return False
    return (
        affiliation_like(name) or re.search(r"\bSchulen?\b|(?:stelle|amte?s)\b", name) is not None
    )


def affiliation_like(name: str) -> bool:
    """Does the text after a name or before it in a participant entry name an organisation?
    Beside the heading shapes, any compound with an organisation head ('Jugendamt')."""
    return looks_like_organisation(name) or bool(_ORG_HEAD.search(name))


def looks_like_organisation(title: str) -> bool:
    """Heading that names an organisation: municipality, organisation word or a coined acronym;
    not the heading of a document ('Ergebnisprotokoll AG Übergang Kita – Grundschule')."""
    if _DOCUMENT_KIND.match(title) or _TOPIC_HEADING.match(title):
        return False
    if _MUNICIPALITY.search(title) or _ORG_WORDS.search(title):
        return True
    if _BODY.search(title):
        return True
    coined = (  # "BiSMit", "IHK", "IHK Elster-Saale", "IHK zu Rostock", "IHK für die Pfalz"
        r"[A-ZÄÖÜ][a-zäöü]+[A-Z][\w-]*|[A-ZÄÖÜ]{2,6}(?:\s+(?:zu\s+|für\s+(?:die\s+|den\s+)?)?"
        r"[A-ZÄÖÜ][a-zäöü]+[\w-]*)?"
    )
    return bool(re.fullmatch(coined, title))  # "BiSMit", "IHK", "IHK Elster-Saale"


class _Builder:
    """Collects mentions and relations with spans into the original text."""

    def __init__(self, text: str, span_of: SpanOf) -> None:
        self.text, self.span_of, self.result = text, span_of, ParticipantsResult()
        self.chairs: list[tuple[Mention, Span]] = []  # who chairs the sitting, and where said

    def mention(self, surface: str, kind: str, line: Line, method: str, **attrs: str) -> Mention:
        at = self.text.find(surface, line.start, line.end + 200)
        start, end = (at, at + len(surface)) if at >= 0 else (line.start, line.end)
        if at >= 0 and (inflected := _GENITIVE_END.match(self.text, end)):
            end = inflected.end()  # "des Schulverwaltungsamts" written for "Schulverwaltungsamt"
        canonical = strip_title(surface) if kind == "Person" else canonical_affiliation(surface)
        if kind == "AdministrativeUnit":
            canonical = canonical_name(canonical)  # "des Bildungsbüros" -> "Bildungsbüro"
        found = Mention(surface, kind, self.span_of(start, end), method, canonical,
                        {k: v for k, v in attrs.items() if v})  # fmt: skip
        self.result.mentions.append(found)
        return found

    def units_of_post(self, role: str) -> list[str]:
        """'Fachbereichsleiterin Schule und Bildung' -> 'Fachbereich Schule und Bildung', when the
        document names that unit elsewhere; alone, the post is only a post."""
        units = []
        for post in _UNIT_POST.finditer(role):
            named = f"{post['head']} {post['remit']}"
            if re.search(rf"{re.escape(named)}(?![\w-]|\s+und\s+[-A-ZÄÖÜ])", self.text):
                units.append(named)
        return units

    def person(self, name: str, role: str | None, initials: str | None, org: str | None,
               lines: list[Line], method: str) -> Mention:  # fmt: skip
        """Her mention, with memberOf relations to the organisation and unit named."""
        if (leading := _LEADING_OFFICE.match(name)) and len(strip_title(name).split()) > 2:
            name, role = name[leading.end() :], role or leading[0].strip()  # "Schulrätin X Y"
        if org:
            org = re.sub(r"\s*\([^)]*$", "", org).rstrip(" ,;") or None  # a wrapped line's rest
            org = _ITEM_REMARK.sub("", org or "") or None  # "Bildungsbüro (Ziel 2)": her item
            # "Bildungsbüro der Städteregion": the document's own municipality, named by kind
            org = _BARE_OWNER.sub("", org or "") or None
            # "Stadt X | Amt für Bildung" (repaired from "Stadt X  I  Amt …"): her office there
            org = re.sub(r"\s+\|\s+", ", ", org, count=1) if org else None
        if org and "," in org:  # "Landkreis X (Niedersachsen, Gast)": a remark, no office
            org = re.sub(r"\s*\([^()]*,[^()]*\)", "", org).strip() or None
        title = name[: len(name) - len(strip_title(name))].strip()
        attrs = {"role": role or "", "title": title, "initials": initials or ""}
        person = self.mention(name, "Person", lines[0], method, affiliation=org or "", **attrs)
        evidence = self.span_of(lines[0].start, lines[-1].end)
        units = [unit[0].strip() for unit in _UNIT.finditer(role or "")]
        units += self.units_of_post(role or "")
        for unit_name in units:
            office = self.mention(unit_name, "AdministrativeUnit", lines[0], method)
            self.result.relations.append(  # 'Leiterin Bildungsbüro': she works in that unit
                RelationRecord(person, "memberOf", office, evidence, method, role)
            )
        post, held_in = split_role_affiliation(role or "")
        unstated = org and "," not in org and post and not units
        if unstated and affiliation_type(org or "") == "Municipality" and affiliation_like(held_in):
            org = f"{org}, {held_in}"  # "Leiterin des Schulverwaltungsamts, Stadt X": its office
        if not org:
            return person
        town, _, office_name = (part.strip() for part in org.partition(","))
        if office_name and (
            affiliation_type(town) == "Municipality" or affiliation_like(office_name)
        ):
            org = town  # "Landkreis X, Bildungsbüro", "Universität Y, Institut Z": her office there
            office = self.mention(office_name, affiliation_type(office_name), lines[0], method)
            self.result.relations.append(
                RelationRecord(person, "memberOf", office, evidence, method, role)
            )
        organisation = self.mention(org, affiliation_type(org), lines[0], method)
        self.result.relations.append(
            RelationRecord(person, "memberOf", organisation, evidence, method, role)
        )
        if organisation.type == "Body" and _BODY_CHAIR_ROLE.match(role or ""):
            self.result.relations.append(  # "X, Kreiselternrat Y, Vorsitzender": its chair
                RelationRecord(organisation, "chairedBy", person, evidence, method, role)
            )
        return person

    def chair(self, person: Mention, lines: list[Line]) -> None:
        """She chairs the sitting the document minutes."""
        self.chairs.append((person, self.span_of(lines[0].start, lines[-1].end)))

    def on_guest_line(self, position: int) -> bool:
        """'Gäste: Lena X, Transferagentur Y': a guest's line names no member of the body."""
        line_start = self.text.rfind("\n", 0, position) + 1
        return _GUESTS.match(self.text[line_start : line_start + 20]) is not None

    def meeting_participation(self, sections: list[Section]) -> None:
        """Organisations of the people listed in minutes take part in the minuted body."""
        memberships = [r for r in self.result.relations if r.method == "participant-list"]
        # a unit takes part only for who names no other organisation ("Leiterin Bildungsbüro");
        # "Stadt Halle – X, Dezernat IV" takes part as the city
        placed = {id(r.subject) for r in memberships if r.object.type != "AdministrativeUnit"}
        memberships = [
            r for r in memberships
            if r.object.type != "AdministrativeUnit" or id(r.subject) not in placed
        ]  # fmt: skip
        titles = {s.key: s.title for s in sections}

        def minuted(section: Section) -> str | None:
            return meeting_body(section.title, titles.get(section.parent or "", ""))

        minutes = [s for s in sections if minuted(s)]
        for section in minutes:
            name = minuted(section) or ""
            # minutes of one sitting list their participants anywhere, also under a heading
            # of its own ("# Anwesende" after "# Niederschrift über die 9. Sitzung des X")
            start, end = (
                (0, 1 << 62) if len(minutes) == 1 else (section.span.start, section.span.end)
            )
            guests = [g.span for g in sections if _GUESTS.match(g.title)]
            inside = [
                r for r in memberships
                if start <= r.evidence.start < end
                and r.object.type in ("Municipality", "Organization", "AdministrativeUnit", "Body")
                and not any(g.start <= r.evidence.start < g.end for g in guests)
                and not self.on_guest_line(r.evidence.start)
            ]  # fmt: skip
            if not inside:
                continue
            written = name.split("„")[-1].rstrip("“")  # "Netzwerk „X“" stands as "…treffens „X“"
            heading = min(
                (
                    self.span_of(m.start(), m.end())
                    for m in re.finditer(re.escape(written), self.text)
                ),
                key=lambda span: abs(span.start - section.span.start),
                default=section.span,
            )
            body = Mention(name, "Body", heading, "minutes-heading", canonical_name(name))
            self.result.mentions.append(body)
            for chair, said in self.chairs:
                self.result.relations.append(
                    RelationRecord(body, "chairedBy", chair, said, "minutes-heading")
                )
            for r in inside:
                self.result.relations.append(
                    RelationRecord(r.object, "participatesIn", body, r.evidence, "minutes-heading")
                )


def _entry_lines(lines: list[Line], i: int) -> list[Line]:
    """A participant line and the wrapped lines of its paragraph (a role running on)."""
    out = [lines[i]]
    while i + len(out) < len(lines):
        nxt = lines[i + len(out)]
        if nxt.blank or _BOLD_AFFILIATION.match(nxt.text) or _MARKERS.match(nxt.text):
            break
        if nxt.text.lstrip().startswith("#") or split_name_role(nxt.text) is not None:
            break  # the next entry of a list written without blank lines
        out.append(nxt)
    return out


def _context_org(sections: list[Section], offset: int) -> tuple[str | None, str]:
    """(organisation named by the enclosing heading, 'contact'/'participants'/'' list kind).

    `offset` is in the original text, where the section spans are."""
    enclosing = [s for s in sections if s.span.start <= offset < s.span.end]
    enclosing.sort(key=lambda s: s.span.start, reverse=True)
    contact = ""
    if any(TEAM_TITLE.match(s.title) for s in enclosing[:1]):
        contact = "team"
    elif any(_CONTACT_HEADING.search(s.title) for s in enclosing[:2]):
        contact = "contact"
    elif any(_PARTICIPANT_HEADING.search(s.title) for s in enclosing[:2]):
        contact = "participants"
    for s in enclosing[:2]:
        named = _KIND_OF_ORG.match(s.title)  # "Geschäftsstelle (Regionales Bildungsbüro)"
        if s.span.start < offset and named and affiliation_like(named["org"]):
            return named["org"], contact
        if s.span.start < offset and looks_like_organisation(s.title):
            return s.title, contact
        if not looks_like_organisation(s.title) and split_name_role(s.title) is None:
            break
    return None, contact


_KIND_OF_ORG = re.compile(r"^[A-ZÄÖÜ][\w-]+\s*\((?P<org>[^()]{3,60})\)\s*$")
_CONTACT_DETAIL = re.compile(r"@|\b(?:Telefon|Tel\.|Fax|Mobil)\b|\+?\d[\d /-]{6,}\d")


def _filled_below(lines: list[Line], i: int, count: int) -> list[Line]:
    """The first ``count`` non-blank lines among the seven below line ``i``."""
    return [ln for ln in lines[i + 1 : i + 8] if not ln.blank][:count]


def _contact_details_follow(lines: list[Line], i: int) -> bool:
    """Phone or e-mail within the four lines below a name line."""
    return any(_CONTACT_DETAIL.search(ln.text) for ln in _filled_below(lines, i, 4))


def _contact_org(lines: list[Line], i: int) -> tuple[str | None, str | None, list[Line]]:
    """Role and organisation in the lines below a contact name (before phone and e-mail)."""
    below = _filled_below(lines, i, 3)
    role = org = None
    used = [lines[i]]
    for ln in below:
        t = clean_inline(ln.text)
        if "@" in t or re.search(r"\d{3,}", t):
            break
        if org is None and looks_like_organisation(t) and (role or not _has_role_word(t)):
            org = t  # "Leiterin der Transferagentur" is her post; the organisation comes next
            used.append(ln)
            break
        if role is None:
            role = t
            used.append(ln)
    return role, org, used


def _signature_below(lines: list[Line], i: int) -> tuple[str, str, Line] | None:
    """The post and office on the line below a name alone on its line, as under a signature:
    'Oberbürgermeister der Stadt X', 'Leiterin des Bildungsbüros'."""
    below = next((ln for ln in lines[i + 1 : i + 3] if not ln.blank), None)
    if below is None:
        return None
    held, office = split_role_affiliation(clean_inline(below.text))
    return (held, office, below) if held else None


def _text_below(lines: list[Line], i: int) -> str:
    """The next non-blank line after line ``i``."""
    return next((ln.text for ln in itertools.islice(lines, i + 1, None) if not ln.blank), "")


def _team_entry(lines: list[Line], i: int) -> tuple[str, str | None, list[Line]] | None:
    """(name, post, lines) of a team slide's entry: 'Name' over 'Post', or 'Name Post' on one
    line (columns whose gap the text lost); a wrapped post continues on indented lines."""
    text = clean_inline(_MARKERS.sub("", lines[i].text))
    if TEAM_TITLE.match(text):
        return None
    if not (re.fullmatch(_NAME, text) and is_person_name(text)):
        row = _TEAM_ROW.match(text)
        if not row or not is_person_name(row["name"]):
            return None
        used, post = [lines[i]], row["post"]
        for nxt in lines[i + 1 : i + 3]:
            if nxt.blank or not nxt.text.startswith("   "):
                break
            used.append(nxt)
            post += " " + nxt.text.strip()
        return row["name"], post.rstrip(","), used
    below = _filled_below(lines, i, 1)
    post = clean_inline(below[0].text) if below and below[0].number == lines[i].number + 1 else ""
    if post and not is_person_name(post) and len(post.split()) <= 8 and "@" not in post:
        return text, post, [lines[i], below[0]]
    return text, None, [lines[i]]


def _short_role(role: str | None) -> str | None:
    """A long role loses what follows it as a clause of its own ('…, zugleich Sprecherin des
    Netzwerks'); names inside it keep their lists ('Fachbereich 3 – Bildung, Jugend'). A
    semicolon ends the entry ('Diakonisches Werk X; in Vertretung nimmt … teil')."""
    role = role.split(";")[0].strip() if role else role
    if role is None or len(role.split()) <= 8:
        return role
    return re.split(r",\s+(?=[a-zäöüß])", role, maxsplit=1)[0]


def parse_participants(
    text: str, sections: list[Section], span_of: SpanOf | None = None
) -> ParticipantsResult:
    """Participants, speakers and contacts with role and affiliation (memberOf relations)."""
    build = _Builder(text, span_function(text, span_of))
    lines = split_lines(text)
    lowercase_words = set(re.findall(r"(?<![\w-])[a-zäöüß]+(?![\w-])", text))

    def plausible(name: str) -> bool:
        """First name never written in lowercase elsewhere (adjectives and verbs are)."""
        first = strip_title(_LEADING_OFFICE.sub("", name)).split()[0].split("-")[0]
        return first.lower() not in lowercase_words

    consumed: set[int] = set()
    for row in participant_table_entries(lines):
        guest = _GUEST_PREFIX.match(row.name)
        name = row.name[guest.end() :] if guest else row.name
        if not (_ENTRY.fullmatch(name) and is_person_name(name)):
            continue
        role = _REMARK_IN_ROLE.sub("", row.role or "").strip() or None
        method = "participant-guest" if guest else "participant-list"
        person = build.person(name, role, None, row.organisation, [row.line], method)
        consumed.add(row.line.number - 1)
        chairing = _CHAIRS_SITTING.search(row.role or "")
        of_town = _MUNICIPALITY.search(row.organisation or "") is not None
        if chairing and (chairing[0].startswith("(") or of_town):  # not of her own association
            build.chair(person, [row.line])
    listing = guests = team = False  # in a list under "Anwesend:", "Gäste:", "Team:"
    contact_until = -1  # "Ansprechpartnerin:" over a name, also across a blank line
    for i, line in enumerate(lines):
        raw = re.sub(r"^\s{0,3}#{1,6}\s+", "", line.text)
        if line.blank or i in consumed:
            continue
        if _TEAM_INTRO.match(raw) and (":" in raw or _DASHED.search(_text_below(lines, i))):
            team = True  # "• Team:", or a slide "Unser Team" over "Name – Aufgabe" lines
            continue
        if team and (staff := split_name_role(raw)) and plausible(staff[0]):
            build.person(staff[0], staff[1], staff[2], None, [line], "team-list")
            continue
        wrapped = len(raw.strip()) <= 40 and ":" not in raw and not _MARKERS.match(raw)
        if team and wrapped and not _TEAM_ROW.match(raw.strip()):
            continue  # the rest of an entry wrapped on the slide ("Vorpommern", "(Außenstelle X)")
        team = False
        if _CONTACT_INTRO.match(raw):
            contact_until = i + 3
            continue
        if _LIST_INTRO.search(raw):  # "Gäste:", "Ebenfalls anwesend:" over a list of entries
            listing, guests = True, bool(_GUESTS.match(raw))
        elif not _MARKERS.match(raw):
            listing = guests = False
        if m := _BOLD_AFFILIATION.match(raw):
            entry = _entry_lines(lines, i)
            rest = clean_inline(" ".join([m["rest"]] + [ln.text for ln in entry[1:]]))
            if (parsed := split_name_role(rest)) and _bold_affiliation(m["org"].strip()):
                name, role, initials = parsed
                build.person(name, role, initials, m["org"].strip(), entry, "participant-list")
            continue
        cleaned = clean_inline(_MARKERS.sub("", raw))
        if (
            (m := _AFFILIATION_FIRST.match(cleaned))
            and _context_org(sections, build.span_of(line.start, line.end).start)[1]
            and affiliation_like(m["org"])
            and (parsed := split_name_role(m["rest"]))
        ):
            name, role, initials = parsed
            build.person(name, role, initials, m["org"].strip(), [line], "participant-list")
            continue
        listed = _context_org(sections, build.span_of(line.start, line.end).start)[1]
        in_parens = list(_IN_PARENS.finditer(line.text))
        if listed and not in_parens:
            in_parens = [m for m in [_LISTED_IN_PARENS.match(line.text)] if m]
        method = "name-parenthesis"
        if attendance := _ATTENDANCE.match(cleaned):  # "Anwesend: A (X), B (Y)"
            in_parens = list(_NAME_IN_PARENS.finditer(line.text))
            method = "participant-guest" if _GUESTS.match(attendance[0]) else "participant-list"
        leader = _LEADS_SITTING.search(cleaned)
        if leader and is_person_name(leader["name"]):
            build.chair(build.person(leader["name"], leader["role"], None, None, [line],
                                     "participant-list"), [line])  # fmt: skip
        for p in in_parens:
            role, org = _role_and_affiliation(p["org"])
            if org is None and role and attendance and _UNIT.search(role):
                build.person(p["name"], role, None, None, [line], method)  # "(Leiterin Büro X)"
            elif org and affiliation_like(org) and is_person_name(p["name"]):
                heading, _ = _context_org(sections, build.span_of(line.start, line.end).start)
                if heading and affiliation_type(heading) == "Municipality":
                    org = f"{heading}, {org}"  # "Frau X (Jugendamt)" under "Stadt Y"
                build.person(p["name"], role or None, None, org, [line], method)
        # "Stadt X: Lisa Kaufhold, Koordinatorin, Stabsstelle Y"
        org_first = _ORG_COLON.match(cleaned)
        if (
            org_first
            and affiliation_like(org_first["org"])
            and not _has_role_word(org_first["org"])
        ):
            colon_entry = split_name_role(org_first["rest"])
            if colon_entry is not None and plausible(colon_entry[0]):
                held, unit = (
                    _role_and_affiliation(colon_entry[1]) if colon_entry[1] else (None, None)
                )
                # "Für die Transferagentur: X, Landeskoordinator": the agency
                named = re.sub(r"^Für\s+(?:die|den|das)\s+", "", org_first["org"])
                org = named + (f", {unit}" if unit and affiliation_like(unit) else "")
                build.person(
                    colon_entry[0],
                    held or colon_entry[1],
                    colon_entry[2],
                    org,
                    [line],
                    "participant-list",
                )
                continue
        rf = _ROLE_FIRST.match(cleaned)
        duty = rf and (_ROLE_WORD.search(rf["role"]) or _CHAIR_ROLE.fullmatch(rf["role"]))
        if rf and duty and not split_name_role(cleaned):
            # "Vorsitz: Landrätin Dr. Insa X": the office before the name is no part of it
            names = [
                _LEADING_OFFICE.sub("", n) for n in re.split(r"\s*(?:,|\bund\b)\s*", rf["names"])
            ]
            org, _ = _context_org(sections, build.span_of(line.start, line.end).start)
            if len(names) > 1 and affiliation_like(names[-1]) and not is_person_name(names[-1]):
                org = names.pop()  # "Protokoll: Nadine X, Regionales Bildungsbüro"
            if names and all(
                _ENTRY.fullmatch(n) and is_person_name(n) and plausible(n)
                and not affiliation_like(n)
                for n in names
            ):  # fmt: skip
                for n in names:
                    person = build.person(n, rf["role"], None, org, [line], "participant-list")
                    if _CHAIR_ROLE.fullmatch(rf["role"]):
                        build.chair(person, [line])
            continue
        org, kind = _context_org(sections, build.span_of(line.start, line.end).start)
        if kind == "team" and (member := _team_entry(lines, i)):
            name, role, used = member
            if plausible(name):
                consumed.update(ln.number - 1 for ln in used)
                build.person(name, role, None, org, used, "team-list")
            continue
        parsed = split_name_role(raw)
        if parsed is None:
            continue
        name, role, initials = parsed
        kind = kind or ("participants" if listing else "contact" if i <= contact_until else "")
        role = _short_role(role)
        last = (role or "").rsplit(",", 1)
        first = (role or "").split(",", 1)[0].strip()
        if org is None and kind and affiliation_like(first) and not _has_role_word(first):
            role, org = _role_and_affiliation(role or "")  # "…, Kreiselternrat X, Vorsitzender"
        elif org is None and kind and len(last) == 2 and affiliation_like(last[1].strip()):
            role, org = last[0].strip(), last[1].strip()  # "Teamleiter X, Agentur für Arbeit Y"
        elif org is None and kind and (post := _post_and_office(first))[0]:
            after = (role or "").split(",", 1)[1:]  # "Leitende Beamtin des Amtes X"
            role, org = ", ".join([post[0] or "", *after]).strip(", "), post[1]
        titled = strip_title(name) != name
        if role is None and org is None and _contact_details_follow(lines, i):
            kind = "contact"  # a name over role, organisation and phone: a slide's contact
        elif not kind and role is None and org is None and (signed := _signature_below(lines, i)):
            held, office, below = signed  # "Jens Terborg" over "Oberbürgermeister der Stadt X"
            if plausible(name) and is_first_name(strip_title(name).split()[0]):
                consumed.add(below.number - 1)
                build.person(name, held, None, office, [line, below], "signature-block")
            continue
        too_long = role and len(role.split()) > (16 if org else 8)
        if not plausible(name) or not (org or kind or titled) or too_long:
            continue  # without list context a capitalised pair is more often a phrase than a name
        if not (org or titled or is_first_name(strip_title(name).split()[0])):
            continue  # "Praktikumsbörse Südpfalz: rund 350 Betriebe …" names no one
        if kind == "contact" and role is None and org is None:
            role, org, used = _contact_org(lines, i)
            consumed.update(j for j in range(i, len(lines)) if lines[j] in used)
            build.person(name, role, None, org, used, "contact-block")
        else:
            method = "participant-guest" if guests else "participant-list"
            person = build.person(name, role, initials, org, [line], method)
            if not guests and _CHAIRS_SITTING.search(f"{role or ''}, {org or ''}".strip(", ")):
                build.chair(person, [line])  # "X – Landrat, Kreis Y (Vorsitz)"
    build.meeting_participation(sections)
    return build.result


def offices_of_towns(relations: list[RelationRecord]) -> dict[int, Mention]:
    """'| Amtsleiterin, Amt für X | Stadt Y |': the office a participant's entry names is the
    municipality's she is listed with (by the office mention's ``id``)."""
    listed: dict[int, list[Mention]] = {}
    for rel in relations:
        if rel.predicate == "memberOf" and rel.method in ("participant-list", "contact-block"):
            listed.setdefault(id(rel.subject), []).append(rel.object)
    owners: dict[int, Mention] = {}
    for affiliations in listed.values():
        towns = {(t.canonical or t.text): t for t in affiliations if t.type == "Municipality"}
        if len(towns) != 1:
            continue
        for office in affiliations:
            if office.type == "AdministrativeUnit":
                owners[id(office)] = next(iter(towns.values()))
    return owners
