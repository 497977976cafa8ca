"""German naming patterns for actors, bodies, programmes and instruments, as data.

Each rule is a dict: ``id`` (becomes the mention's method ``pattern:<id>``), ``type`` (one of
``ENTITY_TYPES``), ``pattern`` (a list whose items are spaCy token dicts or macro names that
``ingest.nlp`` expands: ``"ADJ?"``, ``"FUER"``, ``"NOUNLIST"``, ``"PLACE"``, ``"QUOTED"`` …) and
optionally ``name``: "quoted" (the mention is the quoted title only), "last" (only the last
token), "only-first" (only the first token), "after-first" (all but the first token), "first"
(canonical is the first token) or "head" (canonical is the last token, the mention all of it).
The rules describe how German administrations name things ("Amt für …", "Landkreis …",
"… Stiftung", "Arbeitskreis …"); they contain no names of particular organisations. The
ontology's concept schemes add the domain's gazetteer.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.municipal_kinds import (
    ABBREVIATIONS,
    COUNTY_NOUNS,
    GENITIVE_NOUNS,
    KIND_WORDS,
    KINDS,
    alternation,
)

Rule = dict[str, Any]

# Words that never start or continue a name (sentence-initial capitals included).
FUNCTION_WORDS = sorted(
    {
        *[
            "der",
            "die",
            "das",
            "des",
            "dem",
            "den",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "einen",
        ],
        *[
            "dies",
            "diese",
            "dieser",
            "dieses",
            "diesem",
            "diesen",
            "jede",
            "jeder",
            "jedes",
            "jedem",
            "alle",
            "allen",
            "aller",
        ],
        *[
            "unser",
            "unsere",
            "unserer",
            "unseres",
            "ihr",
            "ihre",
            "ihrer",
            "sein",
            "seine",
            "kein",
            "keine",
            "keiner",
        ],
        *[
            "im",
            "am",
            "zum",
            "zur",
            "vom",
            "beim",
            "und",
            "oder",
            "sowie",
            "mit",
            "für",
            "von",
            "zu",
            "in",
            "auf",
            "aus",
            "bei",
            "nach",
            "über",
        ],
        *[
            "unter",
            "durch",
            "als",
            "wie",
            "auch",
            "so",
            "es",
            "sie",
            "er",
            "wir",
            "man",
            "nur",
            "noch",
            "aber",
            "weder",
            "immer",
            "wieder",
        ],
        *[
            "später",
            "anderer",
            "andere",
            "anderen",
            "weitere",
            "weiteren",
            "weiterer",
            "erste",
            "zweite",
            "dritte",
        ],
        *[
            "hier",
            "dort",
            "dazu",
            "daher",
            "damit",
            "dabei",
            "sehr",
            "mehr",
            "viele",
            "vielen",
            "einige",
            "neben",
        ],
    }
)
# Nouns for people and roles: they look like adjectives ending in -er but are not.
ROLE_NOUNS = sorted(
    {
        *[
            "leiter",
            "leiterin",
            "vertreter",
            "vertreterin",
            "mitarbeiter",
            "mitarbeiterin",
            "träger",
            "bürger",
        ],
        *[
            "partner",
            "lehrer",
            "schüler",
            "teilnehmer",
            "mitglieder",
            "kinder",
            "eltern",
            "berater",
            "referenten",
        ],
        *["geschäftsführer", "vorsitzender", "vorsitzende", "bürgermeister", "oberbürgermeister"],
        *["beigeordneter", "beigeordnete", "rektor", "prorektor", "koordinator", "moderator"],
        *["akteure", "vorsitz", "leitung", "teilnehmerin", "landrat", "landrätin"],
        *["dezernent", "dezernentin", "bürgermeister", "bürgermeisterin", "oberbürgermeister"],
        *["oberbürgermeisterin", "geschäftsführer", "geschäftsführerin"],
        *["kreispräsident", "kreispräsidentin", "amtsdirektor", "amtsdirektorin"],
    }
)
QUOTES_OPEN = ["„", "“", '"', "‚", "»", "«", "”"]
QUOTES_CLOSE = ["“", "”", '"', "‘", "«", "»"]
# Nouns a bare "der Landkreis" / "die Stadt" is said to be ("ist der Landkreis Mitglied im …")
PREDICATE_NOUNS = [
    *["mitglied", "mitglieder", "partner", "partnerin", "träger", "trägerin", "teil"],
    *["teilnehmer", "teilnehmerin", "gesellschafter", "gesellschafterin", "modellregion"],
]
# column heads of flattened tables ("Verantwortung Transferagentur Zeitraum Status"), never
# part of a name
TABLE_COLUMN_WORDS = [
    *["zeitraum", "zeitrahmen", "status", "termin", "verantwortung", "priorität", "stand"],
    *["zweck", "meilenstein", "zeitplan", "verantwortlich", "federführung", "beteiligte"],
    *["veranstalter", "ausrichter", "partner", "ziel", "ziele"],  # "… Bildungsmanagement\nZiel: …"
    *["maßnahme", "massnahme", "maßnahmen", "massnahmen"],
]
FUER = ["für", "fuer", "fiir", "fur", "für"]

_ADJ_SUFFIX = (
    r"(?i:isch|sch|lich|al|iv|ell|intern|extern|greifend|bildend|führend|weit|eu|oß|ut|är|ral"
    r"|iert)"  # "Integrierte Gesamtschule"
)
# Inflected adjectives ("Sächsischen", "verwaltungsinterne") and place adjectives ("Leipziger").
ADJ_REGEX = (
    r"^(?![\w-]*stellen?$)"  # "Pressestelle" ends like "aktuelle", but names an office
    r"(?!zwischen$)"  # a preposition that ends like "regionalen"
    rf"(?:(?:[A-ZÄÖÜa-zäöüß][a-zäöüß-]*)?{_ADJ_SUFFIX}(?:e|en|er|es|em)"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?<![tlrh])(?<!kamm)er"  # "Leipziger", not "Handwerkskammer"
    r"|(?:Ober|Unter|Nieder|Mittler|Vorder|Hinter|Groß|Klein|Hoh|Rot|Frei|Neu|Alt|Jung)"
    r"(?:e|en|er|es|em))$"
)
NAMEWORD_REGEX = r"^[A-ZÄÖÜ][\wäöüßÄÖÜ&.'/-]*$"
# ("Bildungsplanung und -monitoring": the second part of an elided compound)
LISTWORD_REGEX = r"^(?:[A-ZÄÖÜ][\wäöüßÄÖÜ&–-]*|-[a-zäöüß]{4,})$"
# nouns of setting a body up: "Aufbau eines Bildungsbeirates" names the one body being planned
FOUNDING_NOUNS = (
    "Aufbau",
    "Einrichtung",
    "Gründung",
    "Initiierung",
    "Konstituierung",
    "Etablierung",
)
# "Trägerschaft des Vereins X e.V.": a role or an act does not head an organisation's name
NOT_A_ROLE_OR_ACT = (
    r"^(?!(?:träger|partner|mitglied|vorstand|vorsitz|sitz)\w*$)"
    r"(?!(?:projekt|projekte|projekts|projektes|vorhaben|angebot|angebote|programm|programms)$)"
    r"(?!.*(?:ung|heit|keit|trägerschaft)$)"
    # a post ("Ausbildungsleiter der X GmbH") is a person's, not a name's head
    r"(?!.*(?:leiter|leiterin|führer|führerin|referent|referentin|koordinator|koordinatorin)$)"
)
# (nor a body's: "Gremien des Bildungsnetzwerks⏎Steuerungsgruppe" names no place)
NOT_AN_ORG_HEAD = (
    r"^(?!.*(?:amt|ämter|referat|agentur|stiftung|kammer"
    r"|gruppe|gruppen|netzwerk|netzwerks|konferenz|beirat|beirats|ausschuss|gremium|forum)$)"
)
# Heads that end a list item: "Referat X und Kulturamt" must not read as one name.
NOT_A_LIST_ITEM = (
    r"^(?!(?:ag|ak|fd|fb|sg|fachdienst|fachbereich|sachgebiet|abteilung|dezernat)$)"
    r"(?!.*(?:amt|ämter|referat|agentur|stiftung|kammer|stadt|kreis|rat|ausschuss|verband|verein"
    r"|gruppe|netzwerk|konferenz|stelle|büro"
    # plural kinds: "hat der Lenkungskreis Arbeitskreise eingesetzt"
    r"|gruppen|kreise|gremien|netzwerke|konferenzen|ausschüsse)$)"
)
# welfare associations whose local branches are named "<brand> … <area>"
WELFARE_BRANDS = (
    "Diakonie", "Caritas", "AWO", "Arbeiterwohlfahrt", "DRK", "Lebenshilfe", "Johanniter",
    "Malteser", "Volkssolidarität",
)  # fmt: skip
# the local branches of an association, named with their area ("Kreisverband X")
BRANCH_KINDS = ("Kreisverband", "Ortsverband", "Regionalverband", "Bezirksverband")
# kinds of municipality written short before the place ("VG Ellertal", "SG Hollenrade")
SHORT_MUNICIPAL_KINDS = {"VG": "Verbandsgemeinde", "SG": "Samtgemeinde"}


def spelled_out_kind(name: str) -> str:
    """'SG Hollenrade' -> 'Samtgemeinde Hollenrade', 'SG 24 X' -> 'Sachgebiet 24 X': one name
    however the kind is written (with a number it is a unit, with a place a municipality)."""
    kind_word, _, place = name.partition(" ")
    first, second = (SHORT_UNIT_KINDS, SHORT_MUNICIPAL_KINDS)[:: 1 if place[:1].isdigit() else -1]
    full = first.get(kind_word) or second.get(kind_word)
    return f"{full} {place}" if full and place[:1].isalnum() else name


# the adjective a two-word place name may begin with: "Mittleres Kammeltal", "Obere Aue"
PLACE_NAME_ADJECTIVE = r"(?:Ober|Unter|Nieder|Mittler|Groß|Klein|Hinter|Vorder)(?:e|es|er|en)"
# Place names: capitalised, no typical noun suffix ("Leipzig", "Mansfeld-Südharz").
PLACE_REGEX = (
    rf"^(?!{alternation((*KIND_WORDS, 'Bezirk'))}$)"  # kinds
    r"(?![\w-]*-\w*(?:ung|ungen|heit|keit|schaft|ion|ionen|tät)$)"  # "Kita-Fachberatung"
    r"(?!\w*(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|ismus|nis|(?<!w)ik|ien|ur|stelle|(?<!stet)ten|amt|erin|"
    r"innen|agentur|(?:isch|deutsch)(?:e|en|er|es|em)|lich(?:e|en|er|es|em))$)"
    # "Deutschen", "Menschen": words in -sch, unlike a town such as "Mutzschen"
    r"(?!(?:Deutsch|Mensch|Tisch|Wünsch|Wunsch|Tasch|Flasch|Falsch|Frisch|Zwisch|Fleisch|Busch"
    r"|Rausch|Tausch|Hübsch|Welsch|Forsch|Herrsch|Wasch|Misch)(?:e|en|er|es|em)?$)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*$"
)
# Brand names of projects ("BiSMit", "LvO"); not laws ("SchulG") or small-caps damage ("LeIpZIg").
CAMEL_REGEX = (
    r"^(?!g?GmbH$|KiTa$|.*[a-zäöü]G$|.*[a-zäöü][IL][a-zäöü]|.*[a-zäöü]{3,}[A-ZÄÖÜ]$"
    r"|[A-ZÄÖÜ][a-zäöü]{1,3}[BR][a-zäöü]{4,}$)"  # OCR: ß read as B or R ("MaBnahmen")
    r"[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][\wäöüß]*$"
)
ACRONYM_REGEX = r"^[A-ZÄÖÜ]{2,8}$"
ROMAN_OR_NUMBER = r"^(?:[IVX]{1,5}|\d{1,2})\.?$"  # "zum Dezernat III." ends a sentence
# "Sachgebiet 40.3 Bildungskoordination", "Fachdienst 4.1 Schule": a unit counted down from its
# parent, named by its remit ("als Sachgebiet 40.3 im Amt" only says what another unit is)
SUBUNIT_NUMBER = r"^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2})$"
# The head of a municipality's administration: one office, a person even without a name.
HEAD_OF_ADMINISTRATION = r"^(?:Ober)?[Bb]ürgermeister(?:in)?$|^Landr(?:at|ätin)$"
# an initial standing for a given name: "H. Dannenfeld", "Dr. A. Wiesmann-Kuhl"
INITIAL_REGEX = r"^[A-ZÄÖÜ]\.$"
# Offices written before their holder's name ("Bürgermeisterin Anne Fichte").
# "des Landkreises", "der Großen Kreisstadt": the municipality an office belongs to
TOWN_GENITIVE = rf"(?:Großen[ \t]+)?{alternation((*GENITIVE_NOUNS, 'Hansestadt', 'Kreisstadt'))}"
TOP_OFFICE = (
    HEAD_OF_ADMINISTRATION + r"|^Beigeordnete[r]?$"
    r"|^Dezernent(?:in)?$|^Landesminister(?:in)?$|^Staatssekretär(?:in)?$"
    # the chair of a county council and the head of an Amt ("Kreispräsident X", "Amtsdirektor Y")
    r"|^(?:Kreis|Stadt)präsident(?:in)?$|^Amtsdirektor(?:in)?$|^Amtsvorsteher(?:in)?$"
)

# Compound heads of organisations ("Bildungsagentur", "Schader-Stiftung", "Handwerkskammer").
ORG_COMPOUND = (
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*(?i:agentur|institut|stiftung|kammer|verband|ministerium|behörde|"
    r"bibliothek|bücherei|hochschule|universität|akademie|sparkasse|campus|handwerkerschaft|zentrale|direktion"
    r"|wohlfahrt|jugendring|sportbund"
    r"|regierung)|"
    r"(?i:[a-zäöüß]*gewerkschaftsbund|landesamt|[a-zäöüß]*(?:förder|investitions|landes)bank|"
    r"bundesamt))(?:en|n|s|es|e)?$"
)
# Heads that name an organisation by its remit ("Gesellschaft für Bildungsentwicklung",
# "Hochschule für Technik und Wirtschaft", "Institut für Lehrerbildung").
ORG_HEAD_BEFORE_REMIT = (
    r"|^(?:Institut|Zentrum|Kompetenzzentrum|Verein|Ministerium|Gesellschaft|Hochschule|Universität"
    r"|Akademie|Stiftung|Verband|Arbeitsgemeinschaft|Bund|Kammer|Landesamt|Bundesamt"
    r"|Senatsverwaltung)$"  # a city state's ministry: "Senatsverwaltung für Bildung, …"
    # "des Ministeriums für Bildung", "des Instituts für …", "des Vereins für …"
    r"|^(?:Institut|Zentrum|Kompetenzzentrum|Verein|Ministerium|Verband|Landesamt|Bundesamt)e?s$"
)
# "Jugendamt", "Stadtplanungsamt" — but not "Ehrenamt" or generic "Fachamt".
AMT_COMPOUND = (
    r"^(?!(?:Ehren|Fach|Landes|Bundes|Haupt-?Ehren|Bezirks)amt)[A-ZÄÖÜ][a-zäöüß]+amt(?:e?s)?$"
)
OFFICE_COMPOUND = r"^[A-ZÄÖÜ][\wäöüß-]*(?:büro|referat)(?:s|es)?$"
# Districts spelled as one word ("Saalekreis"); circles of people are excluded, also as the
# last part of a hyphenated compound ("Fach-Arbeitskreis").
MUNI_KREIS = (
    r"^(?!(?:\w*-)*(?:Land|Nachbar|Nachbarland|Stadt)kreis)"
    # also as the last part of a compound: "Landesarbeitskreis"
    r"(?![\wäöüß-]*(?i:Arbeits|Steuerungs|Lenkungs|Freundes|Gesprächs|Fach|Teilnehmer|Lebens|"
    r"Wirkungs|Qualitäts|Experten|Personen|Kollegen|Kunden|Adressaten|Interessenten|Bekannten|"
    r"Akteurs|Akteurs?innen|Mitarbeiter)kreis)[A-ZÄÖÜ][\wäöüß-]*(?<!ungs)(?<!en)(?<!er)(?i:kreis)(?:es)?$"
)
# the kinds of school a town runs, as a named school's head ("Grundschule am Mühlbach")
SCHOOL_TYPE = (
    r"^(?:[A-ZÄÖÜ][a-zäöüß]*(?:grundschule|mittelschule|oberschule|realschule|gesamtschule"
    r"|gemeinschaftsschule|förderschule|regelschule|sekundarschule|hauptschule|stadtteilschule)"
    r"|Grundschule|Mittelschule|Oberschule|Realschule|Gesamtschule|Gemeinschaftsschule|Förderschule"
    r"|Regelschule|Sekundarschule|Hauptschule|Stadtteilschule|Gymnasium|Berufskolleg|Schule"
    r"|Schulzentrum)$"
)
# a place's name by its last part: a brook, a garden, a square, a hill, a dike ("Mühlbach",
# "Rosengarten", "Lindenplatz", "Loquitzbogen", "Deich")
PLACE_NAME_WORD = (
    r"^(?=[A-ZÄÖÜ])(?i:[a-zäöüß]*(?:bach|garten|platz|park|berg|bogen|deich|ring|markt|tor|turm|brunnen"
    r"|anger|graben|wald|feld|see|hof|weg|straße|allee|hang|busch|grund|teich|wiese|wiesen"
    r"|kamp|damm|ufer|quelle|höhe|eck|heide|hain|rain|steig|tal|aue|buche|linde|eiche))$"
)
# an office as a compound, addressed like a name ("Frau Regierungsschuldirektorin Dr. X",
# "Herr Schulrat Y"): the office, not a surname
COMPOUND_OFFICE = (
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:direktor|rät|rat|leiter|referent|dezernent|präsident|koordinator"
    r"|beauftragt|sekretär|minister)(?:in|e|er)?$"
)
# Institutions named by their seat ("Kreismedienzentrum Talbergland", "Mehrgenerationenhaus X",
# "Wirtschaftsförderungsgesellschaft X"); buildings ("Rathaus") and networks are not.
# the sixteen German states, as a state names itself when it pays ("vom Land Brandenburg")
GERMAN_STATES = (
    r"^(?:Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen"
    r"|Mecklenburg-Vorpommern|Niedersachsen|Nordrhein-Westfalen|Rheinland-Pfalz|Saarland"
    r"|Sachsen|Sachsen-Anhalt|Schleswig-Holstein|Thüringen)$"
)
# the seven Bavarian administrative districts, each with its "Regierung von X"
BAVARIAN_DISTRICTS = (
    r"^(?:Oberbayern|Niederbayern|Schwaben|Oberpfalz|Oberfranken|Mittelfranken|Unterfranken)$"
)
# an academy held in the holidays or for children is a course series, not an institution
_HOLIDAY_ACADEMY = r"(?:Ferien|Sommer|Herbst|Winter|Oster|Kinder|Junior|Schüler)akademie"
HOLIDAY_ACADEMY = rf"^{_HOLIDAY_ACADEMY}n?$"
SEATED_INSTITUTION = (
    rf"^(?:(?!{_HOLIDAY_ACADEMY})"
    r"(?!(?:Rat|Kreis|Landrats|Gemeinde)haus)(?:[A-ZÄÖÜ][a-zäöüß]+-)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:zentrum|haus|gesellschaft|verein|(?<![Nn]etz)werk|sparkasse|kammer|akademie|schule|kolleg"
    r"|st[äa]tte"  # "Familienbildungsstatte": the umlaut lost by OCR
    r"|(?<!Lade)station|archiv"  # "Umweltstation X", "Stadtarchiv X"
    r"|zweckverband"
    r"|(?<!Fach)(?<!Sozial)dienst"
    r"|(?:landkreis|städte|gemeinde)tag|(?<!Bildungsver)(?<!^Ver)bund|(?:quartiers|stadtteil)management|regierung|direktion|präsidium|universität|jugendring)|Sparkasse"
    r"|Jugendring|Quartiersmanagement|Stadtteilmanagement"  # "Quartiersmanagement X"
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+-)+(?:Zentrum|Haus))"  # "Naturpark-Zentrum X"
    r"(?:s|es)?$"
)
# "Landkreistag", "Städte- und Gemeindebund" (but "Kreistag X" is the county's council, a body)
MUNICIPAL_ASSOCIATION = (
    r"^(?:(?:Landkreis|Städte|Gemeinde)tag|(?:Landkreis|Städte|Gemeinde|Kreis)bund)(?:e?s)?$"
)
# groups a body forms ("Unterarbeitsgruppe des Netzwerks", "Arbeitskreis der Konferenz")
GROUP_OF_BODY_WORDS = (
    r"Unterarbeitsgruppe|Untergruppe|Arbeitsgruppe|Arbeitskreis|Fachgruppe|Teilgremium"
)
# offices named "…stelle" (not posts: "Planstelle", "Koordinatorenstelle", "Schnittstelle")
PLACE_ADJECTIVE = r"^[A-ZÄÖÜ][a-zäöüß]{2,}er$"  # "Leipziger", "Dresdner"
# what follows an office of a municipality's administration: "der Stadt X", "des Landkreises",
# "der Kreisverwaltung", "im Hauptamt"
ADMINISTRATION_OWNER = (
    rf"[ \t]*\n?[ \t]*(?:(?:der|des)\s+(?:{alternation(GENITIVE_NOUNS)}"
    r"|(?:Kreis|Stadt|Gemeinde)?[Vv]erwaltung|Landratsamt(?:e?s))\b|im\s+[A-ZÄÖÜ][a-zäöüß]*amt\b)"
)
STELLE_UNIT = (
    r"^(?!(?:Regional|Außen|Plan|Personal|Voll|Vollzeit|Teilzeit|Projekt|Mitarbeiter|Schnitt|Bau|Halte|Lehr"
    r"|Ausbildungs|Praktikums|Koordinatoren|Referenten|Stellen|Leit)stelle)[A-ZÄÖÜ][a-zäöüß]{3,}stelle$"
)
NUMBERED_UNIT = (
    r"^(?:(?:Dezernat|Fachbereich|Sachgebiet|Geschäftsbereich|Fachdienst|Abteilung)(?:s|es)?|FD)$"
)
# a unit's kind written short: "FD 4.1 Schule und Bildung" is the Fachdienst 4.1 …
SHORT_UNIT_KINDS = {
    "FD": "Fachdienst",
    "FB": "Fachbereich",
    "Abt.": "Abteilung",
    "SG": "Sachgebiet",
}
# a unit's kind before a number and a remit, in full or short ("SG 24 Ausländerwesen"; with a
# place, SG is a Samtgemeinde; "FB 3" alone may be a table's item code)
NUMBERED_UNIT_OR_SHORT = (
    rf"{NUMBERED_UNIT}|^(?:{'|'.join(re.escape(kind) for kind in SHORT_UNIT_KINDS)})$"
)
CITY_HEAD = r"^(?:Stadt|[A-ZÄÖÜ][a-zäöüß]+stadt)$"
# Bodies (Gremien) that stand alone ("Steuerungskreis") or as compounds ("Bildungskonferenz").
_BODY_WORD_STEM = (
    r"^(?i:steuerungskreis|steuerungsgruppe|steuergruppe|steuerungsrunde|lenkungsrunde|lenkungsgruppe|"
    r"lenkungskreis|lenkungsausschuss|"
    r"beirat|arbeitskreis|arbeitsgruppe|ratsversammlung|stadtrat|kreistag|städteregionstag|gemeinderat|"
    r"kuratorium|stiftungsrat|"  # a foundation's boards
    r"magistrat|"  # a Hessian town's collegial executive
    # the mayors' meeting of a county, a union's assembly, an own enterprise's board
    r"(?:bürgermeister)?dienstversammlung|verbandsversammlung|betriebskommission|"
    r"stadtverordnetenversammlung|bezirksverordnetenversammlung|jugendhilfeausschuss|quartiersrat|"
    # councils of a group of residents ("Integrationsrat", "Jugendparlament")
    r"(?:integrations|jugend|eltern|senioren|schüler|migranten|kinder)(?:rat|parlament))"
)
BODY_WORD = _BODY_WORD_STEM + r"(?:e|es|s|n|en)?$"
BODY_WORD_SINGULAR = _BODY_WORD_STEM + r"(?:es|s)?$"  # not "Arbeitskreise des …"
# a press or video conference is an event, not a body
_EVENT_CONFERENCE = r"(?!(?i:presse|video|telefon|online)-?konferenz)"
# A round of people ("Stiftungsrunde", "Bürgermeisterrunde") is a standing body; a round of
# an activity ("Gesprächsrunde", "Förderrunde") is an event or a stage of a procedure.
_EVENT_ROUND = (
    r"(?!(?i:[\wäöüß-]*(?:gesprächs|frage|diskussions|vorstellungs|feedback|abstimmungs|förder"
    r"|antrags|bewerbungs|verhandlungs|tarif|sondierungs|auswahl|begutachtungs|befragungs|interview"
    r"|pilot|test|erhebungs|kennenlern|austausch|abschluss|auftakt|eröffnungs|schluss|zwischen"
    r"|finanzierungs|ausschreibungs|rück|nach|blitzlicht|ideen|arbeits|team|dienst|gremien"
    r"|qualifizierungs|schulungs|fortbildungs|weiterbildungs|trainings|workshop)runde))"
)
# "Steuerungsrunde", "Lenkungsrunde" are body words of their own (BODY_WORD, BODY_NAMED)
_STEERING_ROUND = r"(?!(?i:steuerungs|lenkungs)runde)"
ROUND_OF_PEOPLE = _EVENT_ROUND + _STEERING_ROUND + r"^[A-ZÄÖÜ][\wäöüß-]+runde$"
BODY_COMPOUND = (
    r"^(?!Bezirksstadtr)"  # a Berlin district's councillor is a post, not a council
    + _EVENT_CONFERENCE
    + _EVENT_ROUND
    + _STEERING_ROUND
    + r"[A-ZÄÖÜ][\wäöüß-]+(?:konferenz|netzwerk|beirat|ausschuss|arbeitskreis|arbeitsgruppe|"
    r"forum|allianz|bündnis|runde|parlament|"
    r"(?<=[Bb]ildungs)region|(?<=^Bildungs)verbund|"
    r"steuerungsgruppe|lenkungsgruppe|gremium|(?:stadt|gemeinde|bei|ältesten|personal|schüler|"
    r"eltern|senioren|jugend|integrations|kreiseltern|migranten|quartiers)rat)(?:e|es|s|n|en|sses)?$"
    # a short form before the hyphen: "OloV-Steuerungsgruppe", "BNE-Arbeitskreis"
    r"|^[A-ZÄÖÜ][\wäöüß]*[A-ZÄÖÜ][\wäöüß]*-(?:Steuerungsgruppe|Lenkungsgruppe|Arbeitskreis|Arbeitsgruppe|Beirat"
    r"|Konferenz|Forum|Bündnis|Steuerungskreis|Lenkungskreis)(?:e|es|s|n|en)?$"
)
BODY_NAMED = (
    r"^(?i:[\wäöüß-]*netzwerk|(?:fach|unter|projekt)?arbeitskreis|(?:fach|unter|projekt)?arbeitsgruppe|"
    r"beirat|ausschuss|(?:fach|themen)?forum|steuerungsgruppe|"
    r"lenkungsgruppe|steuerungskreis|lenkungskreis|lenkungsausschuss|koordinierungskreis|steuergruppe|"
    r"steuerungsrunde|lenkungsrunde|bündnis|partnerschaft|"
    r"koordinierungsgruppe|projektgruppe|redaktionsgruppe|planungsgruppe|begleitgruppe|gremium|"
    r"qualitätszirkel|"
    r"[\wäöüß]*arbeitsgemeinschaft)"
    r"(?:es|s)?$"  # singular: "Arbeitskreise des Beirats" are groups, the Beirat a name
)
# groups that prepare or run a body's work, named by the body they serve
WORKING_GROUP = r"^(?i:vorbereitungs|redaktions|planungs|begleit|koordinierungs|projekt)gruppe$"
# A meeting held on a schedule is an institution ("halbjährliche Stiftungstreffen", "jährliche
# Trägerkonferenz"); a team's working meetings are not, and "Netzwerktreffen" or
# "Beiratssitzung" are sittings of a body named on its own.
_FREQUENCY = r"(?:halb|viertel)?jährlich|monatlich|wöchentlich|regelmäßig|turnusmäßig"
RECURRING = rf"^(?i:{_FREQUENCY}|quartalsweis)(?:e|en|er|es|em)$"
MEETING_COMPOUND = (
    r"^(?!(?i:arbeits|team|dienst|abstimmungs|austausch|netzwerk|gremien|beirats|ausschuss|"
    r"arbeitskreis|steuerungskreis|steuerungsgruppen|lenkungsgruppen)(?:treffen|runde))"
    + _EVENT_CONFERENCE
    + r"[A-ZÄÖÜ][\wäöüß-]+(?:treffen|runde|konferenz|forum|foren|tagung)(?:en|s)?$"
)
# "regelmäßig tagende Arbeitskreise": a standing group, even in the plural.
RECURRING_ADVERB = rf"^(?i:{_FREQUENCY})$"
SITTING = r"^(?i:tagend|stattfindend|zusammenkommend)(?:e|en|er|es)$"
AG_AK = r"^(?:AG|AK|[A-ZÄÖÜ]{1,3}AK)$"
NUMBERED_GROUP = r"^(?:AG|AK|Arbeitskreis|Arbeitsgruppe)$"
PROGRAMME_TRIGGER = (
    # ("Leseförderprojekt „X“", "Teilprojekt „Y“": a compound project noun)
    r"^(?i:[\wäöüß-]*programm(?:s|es|e|en)?|[\wäöüß-]*projekt(?:s|es|e|en)?|"
    r"[\wäöüß-]*initiative|[\wäöüß-]*vorhaben|förderrichtlinie|förderlinie|bundesinitiative|"
    r"landesstrategie|bundesstrategie)$"  # "die Landesstrategie OloV"
)
# a funder's verb: "fördert", "finanziert", "unterstützt" (a quoted name after it is paid for)
FUNDS = (
    r"^(?:fördert|förderte|fördern|finanziert|finanzierte|finanzieren|unterstützt|unterstützte)$"
)
PACT = r"^(?:[A-ZÄÖÜ][\wäöüß]*[Pp]|P)akts?$"
INSTRUMENT_COMPOUND = (
    r"^[A-ZÄÖÜ][\wäöüß-]{2,}(?i:report|bericht|leitfaden|portal|newsletter|datenbank|"
    r"broschüre|dashboard|atlas|handbuch|datenplattform|wegweiser|kompass)(?:s|es|e|en)?$"
)
INSTRUMENT_TRIGGER = (
    r"^(?i:leitfaden|broschüre|newsletter|portal|handreichung|flyer|datenbank|bericht|report|"
    r"website|internetseite|plattform|instrument|handbuch)$"
)
# "Handlungsfeld 3:" opening the heading of a numbered field ("Handlungsfeld 3: Integration …")
FIELD_NUMBER = r"Handlungsfeld\s+(?P<number>[\dIVX]+)\s*[:.–-]"
ACTION_FIELD_TRIGGER = (
    r"^(?i:handlungsfeld(?:es|s|er|ern)?|themenfeld(?:es|s)?|aktionsfeld(?:es|s)?|"
    r"schwerpunkt(?:thema)?)$"
)

# Widely known German institutions and EU funds, by their standard short forms.
KNOWN_ACRONYMS: dict[str, tuple[str, str]] = {
    "BMBF": ("Organization", "Bundesministerium für Bildung und Forschung"),
    "BMFSFJ": ("Organization", "Bundesministerium für Familie, Senioren, Frauen und Jugend"),
    "BMAS": ("Organization", "Bundesministerium für Arbeit und Soziales"),
    "KMK": ("Organization", "Kultusministerkonferenz"),
    "IHK": ("Organization", "Industrie- und Handelskammer"),
    "HWK": ("Organization", "Handwerkskammer"),
    "DGB": ("Organization", "Deutscher Gewerkschaftsbund"),
    "VHS": ("Organization", "Volkshochschule"),
    "BA": ("Organization", "Bundesagentur für Arbeit"),
    "ESF": ("Programme", "Europäischer Sozialfonds"),
    "EFRE": ("Programme", "Europäischer Fonds für regionale Entwicklung"),
    "EU": ("Organization", "Europäische Union"),
}

Q = "QUOTED"
A = "ADJ?"


def _re(regex: str, **extra: Any) -> dict[str, Any]:
    return {"TEXT": {"REGEX": regex}, **extra}


# an adjective written as part of a name: "Kommunale Statistikstelle"
TITLED_ADJ = {"TEXT": {"REGEX": ADJ_REGEX}, "IS_TITLE": True}


def _words(*words: str, op: str | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"LOWER": {"IN": [w.lower() for w in words]}}
    return {**spec, "OP": op} if op else spec


# Lower-case letters of names, German and those of other European languages and Turkish
NAME_LETTERS = "[a-zäöüßıçğşéèêëáàâãåóòôõøúùûíìîïñćčďěłńňřśšťůýźžżąęőű]"
# (not a transition between kinds of institution: "Übergang Kita-Grundschule")
NAMED_SCHOOL = (
    r"^(?!(?i:kita|kitas|kindergarten|krippe|hort|grundschule|schule|sekundarschule|oberschule)-)"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:schule|gymnasium|kolleg)$"
)
# A legal form ends an organisation's name, never a district's ("im Landkreis X e. V.")
# the members a body gathers ("der Bildungsbüros"): not another body, not a cut-off "Kinder-"
MEMBERS_NORM = (
    r"^(?!.*-$)(?![\wäöüß-]*(?:rat|rats|rates|räte|tag|tags|tages|ausschuss|ausschusses|beirat|beirats"
    r"|beirates|konferenz|netzwerk|netzwerks|netzwerkes|gremium|gremiums|runde|kreis|kreises"
    r"|forum|forums|verbund|verbunds|verbundes|versammlung"
    # nor the town it belongs to ("der Hansestadt X")
    r"|stadt|gemeinde|bezirk|bezirks|bezirkes|landes)$)"
)
NOT_A_DISTRICT = rf"^(?!{alternation(KIND_WORDS)}$)[A-ZÄÖÜ][\w.-]*$"
# Units of an administration that stand outside its line of offices
STAFF_UNITS = ("Stabsstelle", "Koordinierungsstelle", "Koordinationsstelle", "Servicestelle")

# "Deutsches Rotes Kreuz", "Deutscher Paritätischer Wohlfahrtsverband": a national body
NATIONAL_ASSOCIATION = [
    _re(r"^Deutsch(?:e|es|er|en)$"),
    _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)$"),
    _re(r"^[A-ZÄÖÜ][a-zäöüß]+$", LOWER={"NOT_IN": FUNCTION_WORDS}),
]
# a municipality's administration, which stands for it ("Stadtverwaltung X" is the Stadt X)
ADMINISTRATIONS = {
    "Kreisverwaltung": "Landkreis",
    "Stadtverwaltung": "Stadt",
    "Gemeindeverwaltung": "Gemeinde",
    "Bezirksamt": "Bezirk",  # a city state's district, run by its Bezirksamt
    "Bezirksamtes": "Bezirk",
}

NAMING_RULES: list[Rule] = [
    # --- administrative units of a municipality
    {
        "id": "amt-fuer",
        "type": "AdministrativeUnit",
        "pattern": [A, A, _words("Amt", "Amtes", "Amts"), "FUER", "NOUNLIST"],
    },
    {
        "id": "amt-compound",
        "type": "AdministrativeUnit",
        "pattern": [A, "COORD?", _re(AMT_COMPOUND)],
    },
    {  # "Jugendamt Rabenau", "Schul- und Sportamt Rabenau": an office by its town
        "id": "amt-compound-seat",
        "type": "AdministrativeUnit",
        "pattern": [A, "COORD?", _re(AMT_COMPOUND), "PLACE"],
    },
    {  # "Statistisches Amt Mecklenburg-Vorpommern": a state's statistics office, no "Amt X"
        "id": "statistics-office",
        "type": "Organization",
        "pattern": [
            _words("Statistisches", "Statistische", "Statistischen"),
            _words("Amt", "Amtes", "Amts"),
            "PLACE",
        ],
    },
    {  # "Regierung von Oberfranken": a Bavarian district's state authority
        "id": "district-government",
        "type": "Organization",
        "pattern": [_words("Regierung"), _words("von"), "PLACE"],
    },
    {  # "Staatliches Schulamt Wendelsburg": a state office by its seat
        "id": "state-office-seat",
        "type": "AdministrativeUnit",
        "pattern": [_words("Staatliches", "Staatliche", "Staatlichen"), _re(AMT_COMPOUND), "PLACE"],
    },
    {  # "Staatliches Schulamt im Landkreis Cham", "Schulamt für den Kreis Steinfurt"
        "id": "office-for-district",
        "type": "AdministrativeUnit",
        "pattern": [
            _words("Staatliches", "Staatliche", "Staatlichen", op="?"),
            _re(AMT_COMPOUND),
            "OF_DISTRICT",
        ],
    },
    {  # "Handwerkskammer der Pfalz", "Industrie- und Handelskammer für die Pfalz"
        "id": "chamber-of-region",
        "type": "Organization",
        "pattern": [
            "COORD?",
            _re(r"^[A-ZÄÖÜ][\w-]*kammer$"),
            _words("der", "für"),
            _words("die", "den", op="?"),
            "PLACE",
        ],
    },
    {  # "Bildungsberatungsstelle „Lernort“", "Jugendzentrum „Kiste“": a place run under a name
        "id": "service-quoted",
        "type": "Organization",
        "pattern": [
            A,
            _re(r"^(?!Stabs|Fach)[A-ZÄÖÜ][a-zäöüß]*(?:beratungsstelle|zentrum|treff|haus)$"),
            "QUOTED",
            "PLACE?",
        ],
    },
    {  # "Berufliches Schulzentrum „Georg Agricola“ Talbrück": a school named after a person
        "id": "school-quoted",
        "type": "Organization",
        "pattern": [
            A,
            _re(r"^[A-ZÄÖÜ]?[a-zäöüß]*(?i:schulzentrum|schule|gymnasium|kolleg)$"),
            "QUOTED",
            "PLACE?",
        ],
    },
    {  # "Haus der Familie", "Haus der Jugend Nordstadt": a house run as an institution
        "id": "house-of",
        "type": "Organization",
        "pattern": [
            _words("Haus"),
            _words("der", "des"),
            _re(r"^(?!Stadt|Verwaltung|Kreisverwaltung|Stadtverwaltung)[A-ZÄÖÜ][a-zäöüß]{3,}$"),
            "PLACE?",
        ],
    },
    {  # "Gemeinschaftsgrundschule Am Mühlenteich": a school named by its street
        "id": "school-street",
        "type": "Organization",
        "pattern": [
            _re(r"^[A-ZÄÖÜ][a-zäöüß]*(?i:schule|gymnasium|kolleg)$"),
            {"TEXT": {"IN": ["Am", "An", "Im", "In", "Auf", "Zum", "Zur"]}},
            {"LOWER": {"IN": ["der", "dem", "den"]}, "OP": "?"},
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*$"),
        ],
    },
    {  # "Grundschule am Mühlbach", "Realschule plus am Rosengarten": a school named by the
        # place it stands at (a place's word, not a time: "Grundschule am Nachmittag")
        "id": "school-at-place",
        "type": "Organization",
        "pattern": [
            A,
            _re(SCHOOL_TYPE),
            _words("plus", op="?"),
            _words("am", "an"),
            _words("der", op="?"),
            _re(PLACE_NAME_WORD),
        ],
    },
    {  # "Hannah-Arendt-Gemeinschaftsschule", "Geschwister-Scholl-Gymnasium": named schools
        "id": "named-school",
        "type": "Organization",
        "pattern": [_re(NAMED_SCHOOL), "PLACE?"],
    },
    {  # "Kriminalpräventiver Rat der Stadt X": a council named by its task
        "id": "council-adjective",
        "type": "Body",
        "pattern": [
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:er|en|e)$", LOWER={"NOT_IN": FUNCTION_WORDS}),
            _words("Rat", "Rates", "Rats"),
        ],
    },
    {  # "das Kommunale Integrationszentrum (KI)": a municipality's own centre, named by its task
        "id": "municipal-centre",
        "type": "Organization",
        "pattern": [_re(r"^Kommunal(?:e|es|en|er)$"), _re(r"^[A-ZÄÖÜ][a-zäöüß]{3,}zentrums?$")],
    },
    {  # "Kommunales Integrationszentrum Kreis Steinfurt"
        "id": "seated-in-district",
        "type": "Organization",
        "pattern": [A, A, _re(SEATED_INSTITUTION), _words("Kreis", "Landkreis"), "PLACE", "LEGAL?"],
    },
    {  # "Volkshochschule im Landkreis Cham e. V."
        "id": "org-in-district",
        "type": "Organization",
        "pattern": [A, _re(ORG_COMPOUND), "OF_DISTRICT", "LEGAL?"],
    },
    {
        "id": "referat",
        "type": "AdministrativeUnit",
        "pattern": [_words("Referat", "Referats", "Referates"), "FUER?", "NOUNLIST"],
    },
    {
        "id": "office-compound",
        "type": "AdministrativeUnit",
        "pattern": [A, _re(OFFICE_COMPOUND), "BRANCH?"],
    },
    {
        "id": "buero-fuer",
        "type": "AdministrativeUnit",
        "pattern": [_words("Büro", "Büros"), "FUER", "NOUNLIST"],
    },
    {  # "die Regionalstelle Oldenburg des Landesschulamts": an authority's branch by its place
        "id": "branch-of-authority",
        "type": "Organization",
        "pattern": [
            _words("Regionalstelle", "Außenstelle", "Niederlassung"),
            "PLACE",
            _words("des", "der"),
            A,
            _re(AMT_COMPOUND + "|" + ORG_COMPOUND),
            "FUER?",
            "NOUNLIST?",
        ],
    },
    {  # "die Magdeburger Außenstelle des Landesschulamts": the branch by its place adjective
        "id": "branch-by-place-adjective",
        "type": "Organization",
        "pattern": [
            {"TEXT": {"REGEX": PLACE_ADJECTIVE}},
            _words("Regionalstelle", "Außenstelle", "Niederlassung"),
            _words("des", "der"),
            A,
            _re(AMT_COMPOUND + "|" + ORG_COMPOUND),
            "FUER?",
            "NOUNLIST?",
        ],
    },
    {  # "Transferagentur X – Außenstelle Zehlenwalde", "Geschäftsstelle Pennau der Agentur …"
        "id": "branch-office",
        "type": "AdministrativeUnit",
        "pattern": [_words("Außenstelle", "Niederlassung", "Geschäftsstelle"), "PLACE"],
    },
    {
        "id": "stabsstelle",
        "type": "AdministrativeUnit",
        "pattern": [A, _words(*STAFF_UNITS), "NAME_OR_QUOTED?"],
    },
    {  # "RÜMSA-Koordinierungsstelle", "KAoA-Servicestelle", "OloV-Regionalkoordination": a
        # staff unit named by its programme
        "id": "stabsstelle-hyphen",
        "type": "AdministrativeUnit",
        "pattern": [
            _re(
                rf"^[A-ZÄÖÜ][\wäöüß]*[A-ZÄÖÜ][\wäöüß]*-(?:{'|'.join(STAFF_UNITS)}|Fachstelle"
                r"|Regionalkoordination)$"
            )
        ],
    },
    {  # "Stabsstelle Kreisentwicklung und Bildung", "Koordinierungsstelle Bildung"
        "id": "stabsstelle-remit",
        "type": "AdministrativeUnit",
        "pattern": [A, _words(*STAFF_UNITS), "FUER?", "NOUNLIST"],
    },
    {  # "Koordinierungsstelle Übergang Schule – Beruf": a remit of two sides
        "id": "stabsstelle-transition",
        "type": "AdministrativeUnit",
        "pattern": [A, _words(*STAFF_UNITS), "FUER?", "DASHED_TOPIC"],
    },
    {  # "Kommunale Statistikstelle", "Regionale Arbeitsstelle Bildung": an office by its remit
        "id": "named-stelle",
        "type": "AdministrativeUnit",
        "pattern": [
            TITLED_ADJ,
            _re(STELLE_UNIT),
            "NOUNLIST?",
        ],
    },
    {  # "die Statistikstelle der Stadt X", "die Pressestelle der Kreisverwaltung": an office
        # that bare is only a kind, kept where its administration follows (ADMINISTRATION_OWNER)
        "id": "stelle-of-administration",
        "type": "AdministrativeUnit",
        # (a staff unit alone is the "stabsstelle" rule's)
        "pattern": [{"TEXT": {"REGEX": STELLE_UNIT, "NOT_IN": list(STAFF_UNITS)}}],
    },
    {  # "Kommunale Gemeinschaftsstelle für Verwaltungsmanagement"
        "id": "named-stelle-fuer",
        "type": "AdministrativeUnit",
        "pattern": [
            TITLED_ADJ,
            _re(STELLE_UNIT),
            "FUER",
            "NOUNLIST",
        ],
    },
    {
        "id": "abteilung",
        "type": "AdministrativeUnit",
        "pattern": [_words("Abteilung", "Abt."), "FUER?", "NOUNLIST"],
    },
    {
        "id": "numbered-unit",
        "type": "AdministrativeUnit",
        "pattern": [_re(rf"{NUMBERED_UNIT}|^Abt\.$"), _re(ROMAN_OR_NUMBER)],
    },
    {  # "Dezernat II – Bildung, Jugend und Soziales", "Fachbereich 3 – Bildung, …"
        "id": "numbered-unit-named",
        "type": "AdministrativeUnit",
        "pattern": [
            # ("Referat 41 – Schulen"; a bare "Referat 4" is often a code of a state office)
            _re(rf"{NUMBERED_UNIT_OR_SHORT}|^Referat(?:s|es)?$"),
            _re(ROMAN_OR_NUMBER),
            _words("–", "-"),
            "NOUNLIST",
        ],
    },
    {  # "Fachbereich 4 Bildung, Schule und Kultur", "Abteilung 2 „Jugend, Familie und Bildung“"
        "id": "numbered-unit-remit",
        "type": "AdministrativeUnit",
        "pattern": [
            _re(NUMBERED_UNIT_OR_SHORT),
            _re(SUBUNIT_NUMBER),
            "NOUNLIST_OR_QUOTED",
        ],
    },
    {  # "Dezernat für Bildung", "Fachdienst Schulen und Bildung", "Sachgebiet Bildungskoordination"
        "id": "unit-remit",
        "type": "AdministrativeUnit",
        "pattern": [_re(NUMBERED_UNIT), "FUER?", "NOUNLIST"],
    },
    # --- organisations
    {
        "id": "agentur-fuer-arbeit",
        "type": "Organization",
        "pattern": [_words("Agentur", "Bundesagentur"), "FUER", _words("Arbeit"), "BRANCH?"],
    },
    {  # "aus Mitteln der Europäischen Union": a funder in most reports
        "id": "european-union",
        "type": "Organization",
        "pattern": [_words("Europäische", "Europäischen"), _words("Union", "Kommission")],
    },
    {
        "id": "org-compound",
        "type": "Organization",
        "pattern": [
            A,
            A,
            "COORD?",
            _re(ORG_COMPOUND),
            "BRANCH?",
            "LEGAL?",
            "GENITIVE_ORG?",
            "OF_LAND?",
        ],
    },
    {  # "IHK Elster-Saale": a chamber by its district
        "id": "chamber-seat",
        "type": "Organization",
        # ("VHS Ohmtal", "KVHS Wendholm": a folk high school by its seat, as a chamber)
        "pattern": [
            _words("IHK", "HWK", "VHS", "KVHS"),
            _words("zu", op="?"),
            "PLACE",
            "MORE_PLACES?",
        ],
    },
    {
        "id": "seated-institution",
        "type": "Organization",
        # "Realschule plus X": the school type's own word; "Zweckverband BBS X": whose it is
        "pattern": [
            A,
            A,
            "COORD?",
            _re(SEATED_INSTITUTION),
            _words("plus", op="?"),
            _re(ACRONYM_REGEX, OP="?"),
            "PLACE",
            "MORE_PLACES?",
            "LEGAL?",
        ],
    },
    {  # "Stiftung der Sparkasse Saale-Loquitz"
        "id": "foundation-of",
        "type": "Organization",
        "pattern": [
            _words("Stiftung"),
            _words("der", "des"),
            A,
            _re(ORG_COMPOUND + "|^Sparkasse$"),
            "PLACE?",
        ],
    },
    {  # "Berufliche Schulen Ohmburg", "Berufsbildende Schulen Hasebrück"
        "id": "school-seat",
        "type": "Organization",
        # "Berufsbildende Schule Selzheim II": the town's second such school
        "pattern": [
            _re(ADJ_REGEX),
            _words("Schule", "Schulen", "Schulzentrum"),
            "PLACE",
            _re(r"^(?:I{1,3}|IV|V|VI{1,3})$", OP="?"),
        ],
    },
    {  # "Ev.-luth. Kirchenkreis Hasebrück", "Katholisches Dekanat Rabenau"
        "id": "church-district",
        "type": "Organization",
        "pattern": [
            _re(r"^(?:Ev\.|Evangelisch|Katholisch|Kath\.)[\w.-]*$", OP="?"),
            _words("Kirchenkreis", "Kirchenkreises", "Dekanat", "Dekanats", "Kirchengemeinde"),
            "PLACE",
        ],
    },
    {  # "Niedersächsischer Landkreistag", "Niedersächsischer Städte- und Gemeindebund"
        "id": "municipal-association",
        "type": "Organization",
        "pattern": [
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|sch)(?:er|en|e)$"),
            "COORD?",
            _re(MUNICIPAL_ASSOCIATION),
        ],
    },
    {  # "Gemeinde- und Städtebund Thüringen", "Landkreistag Sachsen-Anhalt": by their state
        "id": "municipal-association-state",
        "type": "Organization",
        "pattern": [
            "COORD?",
            _re(MUNICIPAL_ASSOCIATION),
            "PLACE",
        ],
    },
    {
        "id": "org-fuer",
        "type": "Organization",
        "pattern": [
            A,
            _re(ORG_COMPOUND + ORG_HEAD_BEFORE_REMIT),
            "PLACE?",
            "FUER",
            "NOUNLIST",
            "BRANCH?",
            "OF_STATE?",
            "LEGAL?",
        ],
    },
    {
        "id": "org-named",
        "type": "Organization",
        "pattern": [
            A,  # "Kommunales Jobcenter X"
            _words(
                "Universität",
                "Hochschule",
                "Jobcenter",
                "Jobcenters",
                "Stiftung",
                "Förderverein",
                "Kompetenzzentrum",
                "Volkshochschule",
                "Akademie",
            ),
            "NAME",
        ],
    },
    {  # "Kompetenzzentrum Kommunales Bildungsmanagement Thüringen": a field and a region
        "id": "org-named-for-field",
        "type": "Organization",
        "pattern": [
            A,
            _words("Kompetenzzentrum", "Akademie", "Stiftung", "Hochschule"),
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)$"),
            "NAMEWORD",
            "REGION?",
        ],
    },
    {  # "Transferagentur Kommunales Bildungsmanagement Bayern", "… NRW": a field and a region
        "id": "org-for-field",
        "type": "Organization",
        "pattern": [
            _re(ORG_COMPOUND),
            # (an article opening the next line is no field: "der Transferagentur⏎Die TAO …")
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)$", LOWER={"NOT_IN": FUNCTION_WORDS}),
            "NAMEWORD",
            "REGION?",
        ],
    },
    {
        "id": "org-jobcenter",
        "type": "Organization",
        "pattern": [_words("Jobcenter", "Jobcenters", "Jobcentern")],
    },
    {"id": "stiftung-named", "type": "Organization", "pattern": ["NAMEWORD", _words("Stiftung")]},
    {  # "Nord-Ostsee Sparkasse": a savings bank named by the region it serves
        "id": "regional-savings-bank",
        "type": "Organization",
        "pattern": [_re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+$"), _words("Sparkasse")],
    },
    {  # "IT.NRW": an institution whose short name is an acronym dotted with its state's
        "id": "dotted-acronym",
        "type": "Organization",
        "pattern": [_re(r"^[A-ZÄÖÜ]{2,6}\.[A-ZÄÖÜ]{2,6}$")],
    },
    # "IAB (2019): Kurzstudie …": an acronym citing a publication is its author, an institution
    {
        "id": "citation-author",
        "type": "Organization",
        "name": "only-first",
        "pattern": [_re(r"^[A-ZÄÖÜ]{3,8}$"), "CITED_YEAR"],
    },
    {  # "Bund Naturschutz in Bayern e.V."
        "id": "legal-form",
        "type": "Organization",
        "pattern": [
            A,
            _re(NOT_A_DISTRICT, LOWER={"NOT_IN": FUNCTION_WORDS}),
            "NAMEWORD?",
            "NAMEWORD?",
            "IN_PLACE?",
            "LEGAL",
        ],
    },
    {  # "Netzwerk Jugend und Arbeit X e.V.": a registered association named like a body
        "id": "body-named-association",
        "type": "Organization",
        "pattern": [A, _re(BODY_NAMED), "BODY_NAME", "PLACE?", "LEGAL"],
    },
    {  # "Werkzeugbau Kämmerer & Söhne GmbH": partners joined by an ampersand
        "id": "legal-form-partners",
        "type": "Organization",
        "pattern": [
            A,
            _re(NOT_A_DISTRICT, LOWER={"NOT_IN": FUNCTION_WORDS}),
            "NAMEWORD?",
            {"ORTH": "&"},
            "NAMEWORD",
            "LEGAL",
        ],
    },
    {  # "Diakonie im Kirchenkreis X", "AWO Kreisverband X e. V.", "Caritas in der Region Y":
        # a welfare association's local branch, named with its area (never the brand alone)
        "id": "welfare-branch",
        "type": "Organization",
        "pattern": [
            _words(*WELFARE_BRANDS),
            _words(*BRANCH_KINDS, op="?"),
            _words("im", "in", op="?"),
            _words("der", op="?"),
            _words("Kirchenkreis", "Landkreis", "Kreis", "Region", "Dekanat", "Stadt", op="?"),
            "PLACE",
            "LEGAL?",
        ],
    },
    {  # "Deutsches Rotes Kreuz", "Deutscher Paritätischer Wohlfahrtsverband"
        "id": "national-association",
        "type": "Organization",
        "pattern": NATIONAL_ASSOCIATION,
    },
    {  # "Deutsches Rotes Kreuz, Kreisverband X e.V.": the national body's local branch
        "id": "national-association-branch",
        "type": "Organization",
        "pattern": [
            *NATIONAL_ASSOCIATION,
            {"ORTH": ",", "OP": "?"},
            _words(*BRANCH_KINDS),
            "PLACE",
            "LEGAL?",
        ],
    },
    {  # "Diakonisches Werk an der Saar", "Evangelisches Jugendwerk Rostock"
        "id": "church-work",
        "type": "Organization",
        "pattern": [
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+isch(?:e|es|en)$"),
            _re(r"^(?:[A-ZÄÖÜ][a-zäöüß]*w|W)erk(?:e?s)?$"),
            "PLACE?",
            "RIVER?",
        ],
    },
    {  # "Diakonisches Werk im Kirchenkreis X": the church district it serves is in its name
        "id": "church-work-of-district",
        "type": "Organization",
        "pattern": [
            _re(r"^[A-ZÄÖÜ][a-zäöüß]+isch(?:e|es|en|em)$"),
            _re(r"^(?:[A-ZÄÖÜ][a-zäöüß]*w|W)erk(?:e?s)?$"),
            _words("im", "in"),
            _words("der", op="?"),
            _re(r"^(?:Kirchenkreis|Dekanat|Propstei|Diözese|Bistum)$"),
            "PLACE",
        ],
    },
    {  # "Liga der freien Wohlfahrtspflege (in Sachsen)"
        "id": "league-of",
        "type": "Organization",
        "pattern": [
            _words("Liga"),
            _words("der"),
            {"TEXT": {"REGEX": r"^[A-ZÄÖÜa-zäöüß][a-zäöüß]+en$"}, "OP": "?"},
            "NAMEWORD",
            "PLACE?",
            "IN_PLACE?",
            "LEGAL?",
        ],
    },
    {  # "Berufliche Schule des Landkreises X": a school its district carries
        "id": "school-of-district",
        "type": "Organization",
        "pattern": [
            _re(ADJ_REGEX),
            _words("Schule", "Berufsschule", "Förderschule", "Schulzentrum"),
            _words("des", "der"),
            _words("Landkreises", "Kreises", "Stadt"),
            "PLACE",
        ],
    },
    {  # "Bildungswerk der Thüringer Wirtschaft e.V.", "LIGA der Freien … in Thüringen e.V."
        # ("in der Trägerschaft des Vereins X e.V.": a role or an act is no name's head)
        "id": "legal-form-of",
        "type": "Organization",
        "pattern": [
            _re(NAMEWORD_REGEX, LOWER={"NOT_IN": FUNCTION_WORDS, "REGEX": NOT_A_ROLE_OR_ACT}),
            _words("der", "des"),
            A,
            "NAMEWORD",
            "NAMEWORD?",
            "IN_PLACE?",
            "LEGAL",
        ],
    },
    {
        "id": "universitaeten",
        "type": "Organization",
        "pattern": [
            A,
            _re(ADJ_REGEX),
            _words("Universität", "Universitäten", "Hochschulen", "Bibliothek", "Bibliotheken"),
        ],
    },
    # --- municipalities
    {
        "id": "stadt",
        "type": "Municipality",
        # "der Großen Kreisstadt X", "GroBen" where an OCR read ß as B
        "pattern": [
            _words("Große", "Großen", "Grosse", "Grossen", "GroBe", "GroBen", op="?"),
            _re(CITY_HEAD),
            "PLACE",
            "QUALIFIER?",
            "RIVER?",
        ],
    },
    {
        "id": "landkreis",
        "type": "Municipality",
        "pattern": [
            _words(
                *COUNTY_NOUNS,
                *(kind.genitive_noun for kind in KINDS if kind.county),
                *ABBREVIATIONS,
                "Nachbarlandkreis",
                "Nachbarkreis",
                "StädteRegion",
            ),
            A,
            "PLACE",
        ],
    },
    {"id": "kreis-compound", "type": "Municipality", "pattern": [_re(MUNI_KREIS)]},
    {  # "Kreisverwaltung X", "Stadtverwaltung Y", "Bezirksamt Z": the municipality as an
        # administration (a city state's district is run by its Bezirksamt)
        "id": "verwaltung",
        "type": "Municipality",
        "pattern": [_words(*ADMINISTRATIONS), A, "PLACE"],
    },
    {  # "Regierung von Schwaben": a Bavarian district's state authority
        "id": "district-government",
        "type": "Organization",
        "pattern": [_words("Regierung"), _words("von"), _re(BAVARIAN_DISTRICTS)],
    },
    {"id": "bezirk", "type": "Municipality", "pattern": [_words("Bezirk", "Bezirks"), "PLACE"]},
    {
        "id": "gemeinde",
        "type": "Municipality",
        "pattern": [
            _words(
                "Gemeinde",
                "Verbandsgemeinde",
                "VG",
                "Samtgemeinde",
                "SG",
                "Verwaltungsgemeinschaft",
                "Amt",
                "Markt",  # a Bavarian market town
                "Flecken",  # a Lower Saxon market town
            ),
            "PLACE",
        ],
    },
    # --- bodies (Gremien)
    {"id": "body", "type": "Body", "pattern": [A, _re(BODY_WORD), "QUOTED?"]},
    {
        "id": "body-compound",
        "type": "Body",
        "pattern": [A, "COORD?", _re(BODY_COMPOUND), "QUOTED?"],
    },
    {"id": "body-named", "type": "Body", "pattern": [A, _re(BODY_NAMED), "BODY_NAME"]},
    {  # "Landesarbeitskreis der Bildungsbüros in Hessen", "Bildungsrunde der Ämter und Städte"
        "id": "body-of-members",
        "type": "Body",
        "pattern": [A, _re(BODY_COMPOUND), "OF_MEMBERS"],
    },
    {  # "Lenkungskreis des Regionalen Bildungsnetzwerks": a body of a body
        "id": "body-of-body",
        "type": "Body",
        # ("Arbeitskreise des Bildungsbeirats": the groups, plural, leave the body a name)
        "pattern": [_re(BODY_WORD_SINGULAR), _words("des", "der"), A, _re(BODY_COMPOUND)],
    },
    {  # "Vorbereitungsgruppe der Regionalen Bildungskonferenz": a working group of a body
        "id": "working-group-of-body",
        "type": "Body",
        "pattern": [_re(WORKING_GROUP), _words("des", "der"), A, _re(BODY_COMPOUND)],
    },
    # "Bildungsforum Grevensee", "Fachkräfteallianz Talbergland": a body named by its place
    {
        "id": "body-compound-place",
        "type": "Body",
        "pattern": [A, "COORD?", _re(BODY_COMPOUND), "PLACE", "MORE_PLACES?"],
    },
    {  # "Bürgermeisterrunde Bildung": a round of people named by its topic
        "id": "round-named",
        "type": "Body",
        "pattern": [A, _re(ROUND_OF_PEOPLE), "BODY_NAME"],
    },
    {  # "Bildungsforum im Quartier", "Stadtteilkonferenz im Sozialraum": a body of a quarter
        "id": "body-compound-quarter",
        "type": "Body",
        "pattern": [
            A,
            _re(BODY_COMPOUND),
            _words("im", "in"),
            _words("Quartier", "Quartieren", "Stadtteil", "Stadtteilen", "Sozialraum"),
        ],
    },
    {  # "Ausschuss für Bildung, Kultur und Sport" (des Kreistages: whose it is, a relation)
        "id": "body-fuer",
        "type": "Body",
        "pattern": [
            A,
            _re(r"^[A-ZÄÖÜ][a-zäöüß-]+$", LOWER={"REGEX": BODY_NAMED}),  # not small-caps damage
            "FUER",
            "NOUNLIST",
        ],
    },
    {  # "Kuratorium der Tellau-Stiftung": a board of an organisation
        "id": "board-of-organisation",
        "type": "Body",
        "pattern": [
            _re(r"^(?:Kuratorium|Kuratoriums|Stiftungsrat|Stiftungsrates|Stiftungsrats)$"),
            _words("des", "der"),
            A,
            _re(ORG_COMPOUND),
        ],
    },
    {  # "Kreistag Treenemarsch": a county council by its place ("Stadtrat X" is a person)
        "id": "council-place",
        "type": "Body",
        "pattern": [_re(r"^Kreistag(?:e?s)?$"), "PLACE"],
    },
    {  # "Rat der Stadt Köln", "des Stadtrats der Stadt X": a town's council by its full name
        "id": "council-of-town",
        "type": "Body",
        "pattern": [
            A,  # "Kriminalpräventiver Rat der Stadt X", "Stadtrat der Stadt X"
            _re(r"^(?:Rat|Stadtrat|Gemeinderat|Bürgerschaft)(?:e?s)?$"),  # a Hanseatic town's
            _words("der"),
            _re(r"^(?:Stadt|Gemeinde|[A-ZÄÖÜ][a-zäöüß]+stadt)$"),
            "PLACE",
        ],
    },
    {"id": "ag-ak", "type": "Body", "pattern": [_re(AG_AK), "SHORTNAME"]},
    {  # "AK 2 Übergang Schule–Beruf", "Arbeitsgruppe 3 „Daten“", "den AK 2": groups counted
        # through, the number alone enough to name one
        "id": "numbered-group",
        "type": "Body",
        "pattern": [_re(NUMBERED_GROUP), _re(r"^\d{1,2}\.?$"), "NOUNLIST_OR_QUOTED?"],
    },
    {  # "Bezirksausschuss 7 – Ziegelanger": a town district's council, by number and district
        "id": "numbered-district-council",
        "type": "Body",
        "pattern": [
            _re(rf"{BODY_WORD_SINGULAR}|{BODY_COMPOUND}"),
            _re(r"^\d{1,2}$"),
            _words("–", "-"),
            "PLACE",
        ],
    },
    {
        "id": "recurring-meeting",
        "type": "Body",
        "name": "drop-first",
        "pattern": [_re(RECURRING), _re(MEETING_COMPOUND), "PLACE?"],
    },
    {
        "id": "recurring-sitting",
        "type": "Body",
        "name": "head",
        "pattern": [
            _re(RECURRING_ADVERB),
            _re(SITTING),
            _re(f"{BODY_WORD}|{BODY_COMPOUND}|{MEETING_COMPOUND}"),
        ],
    },
    {
        "id": "topic-ag",
        "type": "Body",
        "pattern": [
            _re(ACRONYM_REGEX),
            _words("AG", "AK", "Netzwerk", "Arbeitskreis"),
            "TOPIC_TAIL?",
        ],
    },
    {
        "id": "runder-tisch",
        "type": "Body",
        "pattern": [_words("Runder", "Runden", "Runde"), _words("Tisch", "Tisches"), "BODY_NAME?"],
    },
    {
        "id": "stunde",
        "type": "Body",
        "pattern": [_re(r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)e$"), _words("Stunde")],
    },
    # --- programmes and projects
    {
        "id": "programme-quoted",
        "type": "Programme",
        "name": "quoted",
        "pattern": [_re(PROGRAMME_TRIGGER), "GAP?", Q],
    },
    {  # "das Qualitätssiegel „Bildungsregion in Bayern“": a seal is awarded in a programme
        "id": "seal-quoted",
        "type": "Programme",
        "name": "quoted",
        "pattern": [_re(r"^(?i:[\wäöüß-]*siegel|prädikat)(?:s|es)?$"), "GAP?", Q],
    },
    {  # "Der Verein ist Träger der „Bildungslotsen für …“": a quoted name a carrier runs
        "id": "carried-quoted",
        "type": "Programme",
        "name": "quoted",
        "pattern": [_re(r"^Träger(?:in)?$"), _words("der", "des", "von", "vom"), Q],
    },
    {  # "Die Stiftung fördert die Lesewerkstatt „X“": a quoted name a funder pays for
        "id": "funded-quoted",
        "type": "Programme",
        "name": "quoted",
        "pattern": [
            _re(FUNDS),
            _words("die", "den", "das", "dem", op="?"),
            _re(r"^[A-ZÄÖÜ][a-zäöüß-]+$", OP="?"),
            Q,
        ],
    },
    {
        "id": "programme-in-quotes",
        "type": "Programme",
        "name": "quoted",
        "pattern": ["OPEN", _re(PROGRAMME_TRIGGER), "QUOTED_REST"],
    },
    {
        "id": "programme-named",
        "type": "Programme",
        "name": "last",
        "pattern": [_re(PROGRAMME_TRIGGER), _re(CAMEL_REGEX + "|" + ACRONYM_REGEX)],
    },
    {
        "id": "acronym-programm",
        "type": "Programme",
        "name": "first",
        "pattern": [
            _re(ACRONYM_REGEX),
            _words("Programm", "Projekt", "Förderprogramm"),
            "NAMEWORD?",
        ],
    },
    {"id": "camel-case", "type": "Programme", "pattern": [_re(CAMEL_REGEX)]},
    {  # "Startchancen-Programm", "LEADER-Programm": the compound is the name
        "id": "hyphen-programme",
        "type": "Programme",
        "pattern": [_re(r"^[A-ZÄÖÜ][\wäöüß]+-(?:Programm|Initiative)(?:s|es)?$")],
    },
    {  # "vom Land Brandenburg", "aus Mitteln des Landes Sachsen-Anhalt": the state as a party
        # that pays (elsewhere "des Landes X" only says whose ministry or office it is)
        "id": "state-paying",
        "type": "Organization",
        "name": "last-two",  # "aus Mitteln des Landes X": the state alone
        "pattern": [
            _words("vom", "durch", "Mitteln"),
            _words("das", "des", op="?"),
            _words("Land", "Landes", "Freistaat", "Freistaates", "Freistaats"),
            _re(GERMAN_STATES),
        ],
    },
    {  # "Ferienakademie Tannenheide", "Sommerakademie MINT": a course series in the holidays,
        # no institution
        "id": "holiday-academy",
        "type": "Programme",
        "pattern": [_re(HOLIDAY_ACADEMY), "REGION?"],
    },
    {  # "Pakt für den Ganztag", "Digitalpakt Schule": a pact of state and federation funds
        "id": "pact-for",
        "type": "Programme",
        "pattern": [_re(PACT), _words("für"), _words("den", "die", "das", op="?"), "NAMEWORD"],
    },
    {
        "id": "pact-named",
        "type": "Programme",
        "pattern": [_re(PACT), _re(r"^[A-ZÄÖÜ][a-zäöüß]{3,}$")],
    },
    {  # "Transferinitiative Kommunales Bildungsmanagement"
        "id": "initiative-named",
        "type": "Programme",
        "pattern": [_re(r"^[A-ZÄÖÜ][a-zäöüß]+initiative$"), A, "NAMEWORD"],
    },
    {  # "Europäischer Sozialfonds": a fund is what programmes are financed from
        "id": "fund",
        "type": "Programme",
        "pattern": [A, _re(r"^[A-ZÄÖÜ][a-zäöüß]*fonds$"), _words("Plus", op="?")],
    },
    {  # "ESF Plus": a programme's next funding period
        "id": "programme-plus",
        "type": "Programme",
        "pattern": [_re(ACRONYM_REGEX), _words("Plus")],
    },
    # --- instruments
    {
        "id": "instrument-compound",
        "type": "Instrument",
        "pattern": [A, _re(INSTRUMENT_COMPOUND), "YEAR_OR_QUOTED?"],
    },
    {"id": "instrument-quoted", "type": "Instrument", "pattern": [_re(INSTRUMENT_TRIGGER), Q]},
    # --- action fields named in quotes after "Handlungsfeld"
    {
        "id": "action-field-quoted",
        "type": "ActionField",
        "name": "quoted",
        "pattern": [_re(ACTION_FIELD_TRIGGER), Q],
    },
    {  # "dem Handlungsfeld Sprachbildung und Integration zugeordnet": one field, named bare
        "id": "action-field-named",
        "type": "ActionField",
        "name": "drop-first",
        "pattern": [_re(r"^(?i:handlungsfeld(?:es|s)?|themenfeld(?:es|s)?)$"), "NOUNLIST"],
    },
    {  # "Handlungsfeld Bildung für nachhaltige Entwicklung"
        "id": "action-field-named-fuer",
        "type": "ActionField",
        "name": "drop-first",
        "pattern": [
            _re(r"^(?i:handlungsfeld(?:es|s)?|themenfeld(?:es|s)?)$"),
            _re(NAMEWORD_REGEX),
            _words("für"),
            _re(r"^[a-zäöüß]+(?:e|en|er|es)$"),
            _re(NAMEWORD_REGEX),
        ],
    },
    # --- persons addressed with a title ("Frau Detsch", "Dr. Tom Hoyer")
    {
        "id": "person-title",
        "type": "Person",
        "pattern": [
            _words("Frau", "Herr", "Herrn"),
            _words("Dr.", "Prof.", op="?"),
            _re(
                rf"^(?!{COMPOUND_OFFICE})[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$",
                LOWER={"NOT_IN": ROLE_NOUNS},
            ),
            "PERSONWORD?",
        ],
    },
    {  # "Bürgermeisterin Anne Fichte": the office before the name is no part of it
        "id": "person-office",
        "type": "Person",
        "name": "after-first",
        "pattern": [
            _re(TOP_OFFICE),
            _words("Frau", "Herr", "Herrn", op="?"),
            "PERSONWORD",
            "PERSONWORD",
        ],
    },
    {  # "Leitung: Maik Schwertfeger", "Ansprechpartnerin: Carola Miething"
        "id": "person-after-role",
        "type": "Person",
        "name": "last-two",
        "pattern": [
            _re(
                r"^(?:Leitung|Vorsitz(?:ende[rn]?)?|Ansprechpartner(?:in)?|Sprecher(?:in)?|Kontakt)$"
            ),
            _words(":", op="?"),
            "PERSONWORD",
            "PERSONWORD",
        ],
    },
    {  # "Sprecherin ist Maria Vogt": a known given name and a surname
        "id": "person-first-name",
        "type": "Person",
        "pattern": ["FIRSTNAME", _words("von", "van", "de", op="?"), "PERSONWORD"],
    },
    {
        "id": "person-doctor",
        "type": "Person",
        # "Prof. Dr. Gunter Albrecht": both titles belong to the name
        "pattern": [
            _words("Prof.", op="?"),
            _words("Dr.", "Prof."),
            "PERSONWORD",
            _words("von", op="?"),
            "PERSONWORD",
        ],
    },
    {  # "Landrätin Dr. A. Wiesmann-Kuhl", "Kreisbeigeordneter W. Pfannmüller": an office, then
        # an initial for the given name (on slides and in charts)
        "id": "person-office-initial",
        "type": "Person",
        "name": "after-first",
        "pattern": [
            _re(rf"{TOP_OFFICE}|^(?:Kreis|Stadt)beigeordnete[r]?$"),
            _words("Frau", "Herr", "Herrn", op="?"),
            _words("Prof.", op="?"),
            _words("Dr.", op="?"),
            "INITIAL",
            "PERSONWORD",
        ],
    },
    {  # "Prof. Dr. H. Lichtenberg", "Frau Dr. K. Vollmer": a title, an initial, a surname
        "id": "person-title-initial",
        "type": "Person",
        "pattern": [
            _words("Frau", "Herr", "Herrn", "Prof.", "Dr."),
            _words("Dr.", op="?"),
            "INITIAL",
            "PERSONWORD",
        ],
    },
    {  # "unter Vorsitz von Stadträtin Dr. Ketelsen": the surname alone after the title
        "id": "person-doctor-surname",
        "type": "Person",
        "pattern": [_words("Dr.", "Prof."), "PERSONWORD"],
    },
]


# --- canonical names: nominative, no determiner, repaired hyphenation -------------------------

_DETERMINERS = re.compile(
    r"^(?:(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|im|am|zum|zur|vom|beim|"
    r"und|sowie|mit|von|bei)\s+)+",
    re.I,
)
_LINE_HYPHEN = re.compile(r"(?<=[a-zäöüß])-\s+(?!(?:und|oder|bzw|sowie|bis)\b)(?=[a-zäöüß])")
_FEMININE = re.compile(
    r"(?:ung|heit|keit|schaft|agentur|stiftung|kammer|gruppe|konferenz|stelle|schule|universität|"
    r"ion|tät|ei|runde|versammlung|bibliothek|behörde|akademie|sparkasse|stunde|initiative|"
    r"abteilung|broschüre|datenbank|plattform|stadt|gemeinde|regierung|direktion|allianz|stätte|werkstatt|"
    r"zentrale|hilfe|anstalt|kirche|diakonie|börse|messe|liga|union)$",
    re.I,
)
_NEUTER = re.compile(
    r"(?:amt|institut|ministerium|netzwerk|zentrum|büro|referat|portal|center|land|werk|"
    r"gremium|dezernat|programm|projekt|handbuch|forum|kreuz)$",
    re.I,
)
# Masculine and neuter heads take a genitive -s/-es: "des Jobcenters", "des Amtes".
GENITIVE_HEADS = re.compile(
    r"(?:amt|bund|kreis|center|rat|ministerium|monitoring|institut|büro|zentrum|referat|netzwerk|"
    r"verband|verein|ausschuss|portal|report|bericht|tag|werk|dezernat|programm|projekt|"
    r"gremium|leitfaden|management|kompass|atlas|handbuch|meister|leiter|direktor|präsident|rektor"
    r"|führer|ring|haus|forum|team|kolleg|campus|betrieb|dienst|bereich|pakt|kreuz)$",
    re.I,
)
# Place adjectives do not inflect ("Leipziger", "Altenburger"); "Deutscher" or "Interner" do.
_INVARIANT_ADJ = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?<![tlrh])er$")
_INFLECTING_STEM = re.compile(r"(?:isch|sch|lich|al|iv|ell|intern|extern|eu|oß|ut)$", re.I)
_ADJ_WORD = re.compile(ADJ_REGEX)
_ENDING = re.compile(r"(?:en|em|es|er|e)$")


def repair_surface(text: str) -> str:
    """One line, single spaces, 'Ar- beit' -> 'Arbeit' (but 'Kinder- und …' stays)."""
    text = re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()
    return _LINE_HYPHEN.sub("", text)


def gender_of(head: str) -> str:
    """Grammatical gender of a head noun by its suffix: 'f', 'm', 'n' or 'pl'."""
    if _FEMININE.search(head) or head == "AG":
        return "f"
    if _NEUTER.search(head):
        return "n"
    if re.search(r"(?:en|ten|äten|ämter|kreise|n)$", head) and not GENITIVE_HEADS.search(head):
        return "pl"
    return "m"


def nominative_head(head: str) -> str:
    """Strip a genitive -s/-es from masculine/neuter heads: 'Gewerkschaftsbundes' -> '…bund'."""
    for suffix in ("es", "s"):
        if head.endswith(suffix) and GENITIVE_HEADS.search(head[: -len(suffix)]):
            return head[: -len(suffix)]
    return head


def nominative_adjective(word: str, gender: str) -> str:
    """'Sächsischen' + f -> 'Sächsische'; 'Deutschen' + m -> 'Deutscher'; 'Leipziger' stays."""
    if _INVARIANT_ADJ.match(word) and not _INFLECTING_STEM.search(word[:-2]):
        return word
    stem = _ENDING.sub("", word)
    return stem + {"f": "e", "m": "er", "n": "es", "pl": "e"}[gender]


def canonical_name(surface: str) -> str:
    """Nominative citation form of a name as it stood in the text (no article, no inflection).

    'der Sächsischen Bildungsagentur' -> 'Sächsische Bildungsagentur'; 'des Deutschen
    Gewerkschaftsbundes' -> 'Deutscher Gewerkschaftsbund'; 'Agentur für Ar- beit' -> 'Agentur
    für Arbeit'. Words after the head ('für …', places) are kept as written.
    """
    text = _DETERMINERS.sub("", repair_surface(surface)).strip(" ,;:")
    text = re.sub(r"\be\.\s+V\.", "e.V.", text)  # one spelling of the legal form
    if text.endswith(".") and not re.search(r"(?:^|[\s.])\w{1,4}\.$", text):
        text = text[:-1]
    words = text.split(" ")
    adjectives = 0
    while (
        adjectives < len(words) - 1
        and _is_adjective(words[adjectives])
        and words[adjectives + 1][:1].isupper()  # "Landeszentrale für …": a noun, no adjective
    ):
        adjectives += 1
    if adjectives == len(words) or not words[0]:
        return text
    head_index = adjectives
    while head_index < len(words) - 1 and (
        words[head_index].endswith("-") or words[head_index] in ("und", "oder")
    ):
        head_index += 1
    word = words[head_index]
    bare = word.rstrip(",")  # "Deutsches Rotes Kreuz, Kreisverband X": the head ends at the comma
    head = nominative_head(bare)
    gender = gender_of(head)
    words[head_index] = head + word[len(bare) :]
    for i in range(adjectives):
        words[i] = nominative_adjective(words[i], gender)
    if words and words[0][:1].islower() and adjectives:
        words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


def _is_adjective(word: str) -> bool:
    return (
        bool(_ADJ_WORD.match(word))
        and word.lower() not in FUNCTION_WORDS + ROLE_NOUNS
        and not _ELL_NOUN.search(word)
    )


# "Stabsstelle", "Datenquelle": nouns that end like "aktuelle", "strukturelle"
_ELL_NOUN = re.compile(r"(?:stell|quell|zell|tabell|kapell|modell)(?:e|en)$", re.IGNORECASE)


def place_of_adjective(adjective: str) -> str:
    """'Leipziger' -> 'Leipzig', 'Dresdner' -> 'Dresden': the place a place adjective names
    (the '-ner' of a place ending in '-en' loses its 'e')."""
    stem = adjective.removesuffix("er")
    if re.search(r"(?:[dgkt]|ch)n$", stem):
        return f"{stem[:-1]}en"
    return stem
