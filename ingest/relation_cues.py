"""German cue patterns for relation extraction, kept as data.

Each cue is a regular expression over a *masked* sentence in which every entity mention is
replaced by a placeholder ``⟦index:Type⟧``. Macros in braces expand to placeholders of the
allowed types, so a cue states its type constraints and its direction in one readable line:
group ``s`` holds the subject(s), group ``o`` the object(s), ``role`` an optional role label and
``otext`` a role phrase standing in for an object that the entity extractor did not mark
(``unter Vorsitz des Beigeordneten für Schule``). Groups may hold lists of placeholders; every
subject is paired with every object. Adding a cue means adding a row here, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTOR_TYPES = ("Organization", "AdministrativeUnit", "Municipality", "Person")
ORG_TYPES = ("Organization", "AdministrativeUnit", "Municipality")
UNIT_HEADS = (
    r"(?:[A-ZÄÖÜ]\w*(?:e|es|er|en)\s+)?(?:[A-ZÄÖÜ]\w*(?:amt|ämter|büro)\b|Abteilung|Amt\b|Referat|Sachgebiet|Stabsstelle|Regionalstelle|Außenstelle|Geschäftsstelle"
    r"|Fachbereich|Fachdienst|Dezernat|Bereich|Büro|Bildungsbüro|Servicestelle|Koordinierungsstelle"
    r"|Fachstelle|Netzwerkbüro|Niederlassung|Standort|Lehrstuhl|Institut|Fakultät)"
)
# the elected councils whose committees ("Ausschuss für Bildung des Kreistages") are theirs
COUNCIL_HEADS = (
    r"(?:Kreistag|Stadtrat|Gemeinderat|Rat\b|Ratsversammlung|Bürgerschaft"
    r"|Stadtverordnetenversammlung)"
)
BRANCH_HEADS = (
    r"(?:Regionalstelle|Außenstelle|Geschäftsstelle|Niederlassung|Standort|Abteilung|Referat"
    r"|Sachgebiet|Fachbereich|Fachdienst|Dezernat|Institut|Lehrstuhl|Fakultät)"
)


# A phrase governed by a preposition names no subject: "Mitwirkung im ⟦Netzwerk⟧", "in den
# Mittelzentren ⟦A⟧ und ⟦B⟧"; nor does a parenthesis ("(Geschäftsstelle: ⟦X⟧)").
_GOVERNED = (
    r"\b(?:im|am|beim|zum|zur|vom|(?:in|mit|bei|von|an|aus|nach|für|durch)\s+(?:der|dem|den|die|das))"
    r"\s+(?:[A-ZÄÖÜ]\w+\s+)?[„\"“]?⟦\d+:\w+⟧[“\"”]?(?:\s*(?:,|und|sowie|oder)\s*⟦\d+:\w+⟧)*"
    r"|\((?:[^()⟦⟧;]|⟦\d+:\w+⟧){0,80}\)"
    # nor a genitive inside a prepositional phrase: "in Trägerschaft der ⟦KVHS⟧"
    r"|\b(?:in|im|unter|mit|auf|nach|zur|zum)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]{3,}\s+(?:der|des)"
    r"\s+⟦\d+:\w+⟧"
)


def _one(*types: str) -> str:
    """A placeholder of one of ``types``, optionally followed by a footnote number."""
    return r"⟦\d+:(?:" + "|".join(types) + r")⟧(?:\s?\d{1,2}(?![\d.]))?"


def _many(*types: str) -> str:
    """An enumeration of placeholders: "A, der B und des C (CC) sowie D"."""
    one = _one(*types) + r"(?:\s*\(⟦\d+:\w+⟧\))?"  # a short form marked as a name of its own
    sep = (
        r"(?:\s*\((?:[^()⟦⟧]|⟦\d+:(?:ActionField|Instrument)⟧){1,60}\))?"  # "(Bildungsmonitoring)"
        r"(?:\s*[,;/]\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie|oder|bzw\.)\s+)"
        r"(?:(?:der|des|die|das|dem|den|vom|von)\s+(?:[A-ZÄÖÜ][a-zäöüß]+(?:en|er)\s+(?=⟦))?)?"
        r"(?:(?:Städte|Landkreise|Gemeinden)\s+)?"
    )
    return one + r"(?:" + sep + one + r")*"


ROLE_PHRASE = (
    r"(?:[A-ZÄÖÜ]\w*)?(?:[Bb]ürgermeister|Beigeordnet|Leiter|Dezernent|Landr[aä]t|Stadtr[aä]t|Präsident"
    r"|Direktor|Geschäftsführ|Vorsitzend|Koordinator|Sprecher|Rektor|Referent|Senator|Schulr[aä]t"
    r"|Kreisr[aä]t|Ministerialr[aä]t|Regierungsr[aä]t|Ministerialdirigent)\w*"
    r"(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w-]*(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]*)*)?"
)

# "(Abk.)", "(⟦Agentur X⟧)", "(Bildung und Soziales)": a note in parentheses after a name
NOTE_IN_PARENS = r"(?:\s*\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,60}\))?"

MACROS = {
    "ACT": _one(*ACTOR_TYPES),
    "ACTS": _many(*ACTOR_TYPES),
    "ORG": _one(*ORG_TYPES),
    "MUNI": _one("Municipality"),
    "LEAD": r"\s+(?:[-*+–▶►▪•>]\s*)*",
    "ORGS": _many(*ORG_TYPES),
    "BODY": _one("Body"),
    "PROG": _one("Programme"),
    "PROGS": _many("Programme"),
    "BP": _one("Body", "Programme"),
    "ANY": _one(*ACTOR_TYPES, "Body", "Programme"),
    "ANYS": _many(*ACTOR_TYPES, "Body", "Programme"),
    "MEMBERS": _many(*ACTOR_TYPES, "Body"),  # "… und der ⟦Kreiselternrat⟧": councils are members
    "FUNDERS": _many(*ORG_TYPES, "Programme"),
    "FUNDER": _one("Organization"),
    "INSTITUTION": _one(
        "Organization", "AdministrativeUnit"
    ),  # not a municipality  # not a municipality: "das Programm X der Stadt Y" is hers
    "PERSON": _one("Person"),
    # a word for a post: "Leiterin", "Referent", "Koordinatorin", "Beauftragte", "Vorsitzender"
    "ROLEWORD": (
        r"[A-ZÄÖÜ]\w*(?:er|erin|ent|entin|tor|torin|eur|eurin|ende|ender|ragte|ragter|rat|rätin"
        r"|ordnete|ordneter|ordneten)\b"
    ),
    "HEAD": (
        r"(?:Leiter|Geschäftsführer|Geschäftsführung|Leitung|Vorsitzende|Koordinator|Sprecher"
        r"|Referent)\w*"
    ),
    # "Bürgermeisterin ⟦Anne Fichte⟧": the person holding the office, else the office alone
    # "des zuständigen Beigeordneten ⟦X⟧", "der Ersten Kreisbeigeordneten ⟦Y⟧"
    "CHAIR": r"(?:(?:(?:Ersten|Erste|Erster|Stellvertretenden?|(?:für\s+\w+\s+)?zuständigen)\s+)?"
    r"(?:"
    + ROLE_PHRASE
    + r"(?:\s+(?:des|der)\s+⟦\d+:Municipality⟧\s*,)?\s*,?\s+)?"
    + r"(?:(?:Frau|Herrn?|Prof\.|Dr\.)\s*)*(?:(?<=\s)[A-ZÄÖÜ]\w*(?:meister|meisterin)\s+)?(?P<o>"
    + _one(*ACTOR_TYPES)
    # "von Frau ⟦A⟧ und Herrn ⟦B⟧", "von ⟦A⟧ (⟦Agentur⟧) und ⟦B⟧": two chairs
    + r"(?:"
    + NOTE_IN_PARENS
    + r"\s+und\s+(?:(?:der|des|dem)\s+)?"
    + r"(?:[A-ZÄÖÜ]\w*(?:e|en|er)\s+)?(?:"
    + ROLE_PHRASE
    + r"\s+)?"
    + r"(?:(?:Frau|Herrn?|Prof\.|Dr\.)\s*)*"
    + _one("Person")
    + r")?)|(?P<otext>"
    + ROLE_PHRASE
    + r"))",
    # themes are no parties; "der ⟦Stadt X⟧" after a name only says whose it is
    # and one introduced with an indefinite article is what is being built, not a party
    "G": r"(?:[^⟦⟧;]|⟦\d+:(?:ActionField|Instrument)⟧|(?<=der |des )⟦\d+:Municipality⟧"
    r"|(?:(?<=einer |eines |einen )|(?<=Teil der |Teil des ))⟦\d+:\w+⟧|" + _GOVERNED + r"){0,80}?",
    "GL": r"[^⟦⟧;]{0,160}?",
    "GS": r"[^⟦⟧;.]{0,260}?",  # the rest of one long sentence
    "ADJ": r"(?:[A-ZÄÖÜ]\w*(?:er|en|e)\s+|⟦\d+:\w+⟧\s+)?",
    "DET": r"(?:(?:der|des|die|dem|den|das)\s+)?",
    # not right after an organisation and a comma: an enumeration's next item
    "UNLISTED": "".join(rf"(?<!{kind}⟧,\s)(?<!{kind}⟧,)" for kind in ORG_TYPES),
    # "das ⟦Bildungsbüro⟧ des ⟦Landkreises X⟧ ist …": whose office the subject is
    "OFTOWN": r"(?:\s+(?:des|der)\s+⟦\d+:Municipality⟧)?",
    "NOTE": NOTE_IN_PARENS,
    # "⟦Fachbereich 4⟧ der Kreisverwaltung", "⟦Dezernat II⟧ des ⟦Landkreises⟧": whose unit
    # or whose office heads it: "dem ⟦Dezernat I⟧ der Oberbürgermeisterin"
    "OWNER": r"(?:\s+(?:des|der)\s+(?:⟦\d+:\w+⟧|\w*verwaltung|(?:Ober)?[Bb]ürgermeister\w*"
    r"|Landr[aä]t\w*))?",
    # "im neu zugeschnittenen ⟦Fachbereich 4⟧": words describing the place
    "DESCR": r"(?:[a-zäöüß]+\s+){0,2}?",
    # "die Städte ⟦A⟧", "die Dezernate I–III, ⟦B⟧": words before the first named party
    "LEADIN": r"[^⟦⟧;.]{0,40}?",
    "PW": (
        r"(?:[\w-]*[Pp]rogramm\w*\s+|[\w-]*[Pp]rojekt\w*\s+|Initiative\s+)?"
        r"[„\"“»]?"
    ),
}


@dataclass(frozen=True)
class Cue:
    """One German wording of a relation; ``intro`` cues take their subjects from list items."""

    name: str
    predicate: str
    pattern: str
    subject_head: str | None = None  # the subject's surface must start like this
    object_head: str | None = None  # the object's surface must start like this
    intro: bool = False
    implicit: bool = False  # may take the section's or document's topic as unstated subject
    implicit_only: bool = False  # states a relation only of that unstated subject
    among: bool = False  # relates the objects with each other ("eine Kooperation der A, B und C")
    # the slot ("s" or "o") of the body the paragraph is about, which the sentence leaves unnamed
    paragraph_body: str | None = None
    # the wording fixes the subject's slot (the antecedent of a relative clause, "im ⟦Netzwerk⟧,
    # dessen Träger …"; "lädt … zur ⟦Konferenz⟧ ein"), so a preposition before it is no obstacle
    subject_fixed: bool = False

    def compiled(self) -> re.Pattern[str]:
        """The pattern with macros expanded."""
        expanded = re.sub(r"\{([A-Z]+)\}", lambda m: MACROS[m.group(1)], self.pattern)
        return re.compile(expanded, re.IGNORECASE)


CUES: tuple[Cue, ...] = (
    # participatesIn: actor -> body or programme
    Cue(
        "member",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:ist|sind|war|waren)\s+(?:\w+\s+){0,2}Mitglied(?:er)?"
        r"\s+(?:des|der|im|in der)\s+{PW}(?P<o>{BP})",
    ),
    # "Seit 2014 ist die Stadt Mitglied im ⟦Beirat⟧": the verb before its subject
    Cue(
        "member-inverted",
        "participatesIn",
        r"\b(?:ist|sind|war|waren)\s+{DET}(?P<s>{ACTS})\s+(?:\w+\s+){0,2}?Mitglied(?:er)?"
        r"\s+(?:des|der|im|in der)\s+{PW}(?P<o>{BP})",
    ),
    # "⟦X⟧ wirkt seit 2019 im ⟦Netzwerk⟧ mit"
    Cue(
        "works-in",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:wirkt|wirken|wirkte|wirkten|arbeitet|arbeiten|arbeitete|arbeiteten)"
        r"\s+(?:\w+\s+){0,4}?(?:im|in der|in dem|am|an der|beim|bei der)\s+{PW}(?P<o>{BP})"
        r"\s+(?:\w+\s+){0,4}?mit\b",
    ),
    Cue(
        "members-are",
        "participatesIn",
        r"\bMitglieder\s+(?:des|der|im|in der)\s+(?P<o>{BP})\s*(?:sind|:)\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(
        "represented",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+){0,3}?"
        r"(?:im|in der|in dem|am|an der|bei)\s+{PW}(?P<o>{BP})"
        r"{G}\b(?:vertreten|beteiligt|aktiv|engagiert)",
    ),
    Cue(  # "In der ⟦Steuerungsgruppe⟧ sind die ⟦A⟧, die ⟦B⟧ und die ⟦C⟧ vertreten"
        "represented-inverted",
        "participatesIn",
        r"\b(?:im|in\s+der|in\s+dem)\s+(?P<o>{BP})\s+(?:sind|ist|waren|war)\s+(?:\w+\s+){0,2}?{DET}"
        r"(?P<s>{ACTS})[^⟦⟧.;]{0,80}?\b(?:vertreten|beteiligt|aktiv)\b",
    ),
    Cue(
        "sits-in",
        "participatesIn",
        r"\b(?:im|in der|am)\s+(?P<o>{BODY})\s+(?:sitzen|arbeiten|wirken|engagieren sich|stimmen"
        r"|beraten|treffen sich|tauschen sich)\b{G}(?P<s>{ACTS})",
    ),
    Cue(  # "des ⟦Arbeitskreises X⟧, in dem das ⟦Jugendamt⟧ und das ⟦Schulamt⟧ mitwirken"
        "in-which",
        "participatesIn",
        r"(?P<o>{BODY})[“\"”]?\s*,\s*(?:in|an|bei)\s+(?:dem|der|denen)\s+(?:\w+\s+){0,2}?{DET}(?P<s>{ACTS})"
        r"[^⟦⟧.;]{0,60}?\b(?:mitwirk\w*|mitarbeit\w*|vertreten|beteiligt|zusammenarbeit\w*|aktiv)\b",
    ),
    Cue(  # "Dem ⟦Lenkungskreis⟧ gehören neben … die Leitungen des ⟦A⟧ und des ⟦B⟧ an"
        "belong-to",
        "participatesIn",
        r"(?:\b(?:Dem|Der)\s+)?(?P<o>{BODY})\s+(?:gehören|gehörten|gehört)\s+{GL}(?P<s>{MEMBERS})\s+an\b",
    ),
    Cue(  # "Gründung einer ⟦Steuerungsgruppe⟧ …; Mitglieder sind die Leitungen von ⟦A⟧, ⟦B⟧"
        "members-after",
        "participatesIn",
        r"(?P<o>{BODY})[^⟦⟧.]{0,60}?[;,]\s*(?:Mitglieder|Teilnehmende)(?:\s+sind)?\s*:?\s+"
        r"(?:[^⟦⟧;.]{0,60}?\b(?:von|des|der|die|das|dem))?\s*(?P<s>{ACTS})",
    ),
    Cue(  # "Leitung des ⟦Netzwerks⟧ durch das ⟦Bildungsbüro⟧"
        "led-through",
        "participatesIn",
        r"\b(?P<role>Leitung|Koordination|Geschäftsführung|Moderation)\s+(?:des|der)\s+(?P<o>{BODY})\s+"
        r"durch\s+{DET}(?P<s>{ORG})",
    ),
    Cue(  # "im ⟦Alpha-Netzwerk⟧, das von der ⟦KVHS⟧ koordiniert wird"
        "coordinated-relative",
        "participatesIn",
        r"(?P<o>{BODY})[“\"”]?\s*,\s*(?:das|der|die)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem|durch\s+"
        r"(?:das|den|die))\s+(?P<s>{ORG})\s+(?:\w+\s+){0,2}?(?:koordiniert|moderiert|geleitet)\s+"
        r"(?:wird|wurde)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ hat bereits von 2016 bis 2020 am Vorgängerprogramm „⟦X⟧“ teilgenommen"
        "took-part",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:hat|hatte|haben|hatten)\s+(?:[\w.]+\s+){0,6}?(?:am|an\s+der|an\s+dem)\s+"
        r"{PW}(?P<o>{BP})[“\"”]?\s+(?:\w+\s+)?teilgenommen",
    ),
    Cue(  # "Der ⟦Landkreis⟧ baut mit Förderung im Programm „⟦X⟧“ … auf"
        "with-funding-in",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\bmit\s+(?:\w+\s+)?(?:Förderung|Mitteln)\s+(?:im|aus\s+dem|des|durch\s+das)\s+"
        r"{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Einrichtung einer ⟦Lenkungsgruppe⟧ unter Vorsitz … mit den Abteilungen 2, 4 und 6
        # sowie der ⟦Kreisvolkshochschule⟧"; "Initiierung eines ⟦Steuerungskreises⟧ mit externen
        # Partnern: ⟦A⟧, ⟦B⟧"
        "founded-with",
        "participatesIn",
        r"\b(?:Einrichtung|Initiierung|Gründung|Aufbau|Konstituierung)(?:\s+und\s+\w+)?\s+"
        r"(?:eines|einer|des|der)\s+(?:\w+\s+)?(?P<o>{BODY})(?:[^⟦⟧;.]|⟦\d+:Person⟧){0,80}?\bmit\s+"
        r"(?:[^⟦⟧;.:(]{0,40}[:(]\s*)?"
        r"(?P<s>(?:[^⟦⟧;.]|⟦\d+:(?:Organization|AdministrativeUnit|Municipality)⟧){1,300})",
    ),
    Cue(  # "der ⟦Steuerungsgruppe⟧ (Dezernate I–III, ⟦Jugendamt⟧, ⟦Amt für Schule⟧)": its members
        "members-in-parenthesis",
        "participatesIn",
        # not "(organisiert von der ⟦TA⟧, zweimal jährlich)": who runs it, not who is in it
        r"(?P<o>{BODY})\s*\((?=[^()]*,)(?!\s*(?:organisiert|getragen|veranstaltet|gefördert|finanziert)\b)"
        r"(?P<s>(?:[^⟦⟧();]|⟦\d+:(?:Organization|AdministrativeUnit"
        r"|Municipality|Body)⟧){3,240})\)",
    ),
    Cue(  # "Am Programm „⟦X⟧“ nehmen bislang der ⟦Landkreis A⟧ und die ⟦Stadt B⟧ teil"
        "takes-part-fronted",
        "participatesIn",
        r"\b(?:Am|An\s+der|An\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:nehmen|nimmt|nahmen|nahm)\s+"
        r"(?:[\w.]+\s+){0,5}?{DET}(?P<s>{ACTS})\s+teil\b",
    ),
    Cue(  # "Am ⟦Startchancen-Programm⟧ nehmen vier Schulen teil: die ⟦A⟧, die ⟦B⟧ und die ⟦C⟧"
        "takes-part-fronted-listed",
        "participatesIn",
        r"\b(?:Am|An\s+der|An\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:nehmen|nahmen)\s+[^⟦⟧:;.]{0,60}?"
        r"\bteil\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Vier Schulen nehmen ab 2024/25 am ⟦Startchancen-Programm⟧ teil: die ⟦A⟧, die ⟦B⟧"
        "take-part-listed",
        "participatesIn",
        r"\b(?:nehmen|nahmen)\s+[^⟦⟧:;.]{0,60}?(?:am|an\s+der|an\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+"
        r"teil\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Über das ⟦Landesnetzwerk⟧ tauscht sich die ⟦Koordinierungsstelle⟧ mit … aus"
        "exchanges-in",
        "participatesIn",
        r"\b(?:Über|Im|In)\s+{DET}(?P<o>{BODY})\s+(?:tauscht|tauschen|tauschte|tauschten)\s+sich\s+"
        r"{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Von 2017 bis 2020 hatte der ⟦Landkreis⟧ bereits am Programm „⟦X⟧“ teilgenommen"
        "took-part-inverted",
        "participatesIn",
        r"\b(?:hat|hatte|haben|hatten)\s+{DET}(?P<s>{ACTS})\s+(?:[\w.]+\s+){0,6}?(?:am|an\s+der|an\s+dem)"
        r"\s+{PW}(?P<o>{BP})[“\"”]?\s+(?:\w+\s+)?teilgenommen",
    ),
    Cue(  # "Seit 2016 ist ⟦Elmsheide⟧ zudem Bildungsregion im Landesprogramm „⟦X⟧“"
        "is-in-programme",
        "participatesIn",
        r"(?:(?P<s>{ACTS})\s+(?:ist|sind|war|waren)|\b(?:ist|sind|war|waren)\s+{DET}(?P<s2>{ACTS}))"
        # "ist ⟦Elmsheide⟧ zudem ⟦Bildungsregion⟧ im Landesprogramm": its role in the programme,
        # "ist der ⟦Kreis⟧ eine der geförderten Kommunen im Programm"
        r"\s+(?:(?:[\w.]+|⟦\d+:Body⟧)\s+){0,4}?(?:im|in\s+dem)\s+{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Die ⟦TA X⟧ ist Teil der ⟦Transferinitiative⟧", "… ist eine von zwölf Agenturen der ⟦…⟧"
        "part-of-programme",
        "participatesIn",
        r"(?P<s>{ACTS}){OFTOWN}(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:ist|sind|war|waren)\s+(?:\w+\s+)?"
        # "der Initiative" may stand as one reference to the programme named before
        r"(?:(?:ein\s+)?Teil|eine[rs]?\s+von\s+(?:\w+\s+){1,3}?)\s*(?:(?:der|des|im)\s+)?{PW}(?P<o>{PROG})",
    ),
    Cue(  # slides: "• Teil der „⟦Transferinitiative⟧“": the slides' topic
        "topic-part-of-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?:ein\s+)?Teil\s+(?:der|des)\s+{PW}(?P<o>{PROG})",
        implicit_only=True,
    ),
    Cue(  # "Die ⟦Transferinitiative⟧ ist ein Netzwerk von Transferagenturen, darunter die ⟦TA X⟧"
        "network-among",
        "participatesIn",
        r"(?P<o>{PROG})[“\"”]?\s+(?:ist|war)\s+[^⟦⟧;.]{0,80}?,\s*darunter\s+(?:auch\s+)?{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Die Geschäftsführung des ⟦Lenkungskreises⟧ liegt beim ⟦Bildungsbüro⟧"
        "runs-office",
        "participatesIn",
        r"\b(?P<role>Geschäftsführung|Koordination|Geschäftsstelle)\s+(?:des|der)\s+(?P<o>{BP})\s+"
        r"(?:liegt|lag|obliegt|oblag)\s+(?:\w+\s+)?(?:beim|bei\s+der|bei\s+dem|im|in\s+der|dem|der)\s+"
        r"(?P<s>{ORG})",
    ),
    Cue(  # "Die ⟦AG⟧ tagt monatlich. Das ⟦Diakonische Werk⟧ und die ⟦Bibliothek⟧ wirken mit."
        "take-part-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*{DET}(?P<s>{ACTS})(?:\s*\([^()⟦⟧]{1,40}\))?\s+(?:wirken|wirkt|arbeiten|arbeitet)"
        r"\s+(?:\w+\s+){0,3}?mit\b",
        paragraph_body="o",
    ),
    Cue(  # "Der ⟦Arbeitskreis⟧ tagt monatlich. Die Geschäftsführung übernimmt das ⟦Bildungsbüro⟧."
        "runs-office-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*(?:Die\s+)?(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)"
        r"\s+(?:liegt|lag|obliegt|oblag|übernimmt|übernahm|hat|führt)\s+(?:\w+\s+)?(?:beim|bei\s+der"
        r"|bei\s+dem|im|in\s+der|dem|der|das|die|den)\s+(?P<s>{ORG})",
        paragraph_body="o",
    ),
    Cue(  # a slide: "⟦Lenkungsgruppe X⟧ … • Geschäftsführung: ⟦Bildungsbüro⟧"
        "runs-office-label",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)\s*:\s*{DET}"
        r"(?P<s>{ORG})",
        paragraph_body="o",
    ),
    Cue(  # "Das ⟦Landesschulamt⟧ ist ständiger Gast." in the passage about a body
        "guest-unnamed",
        "participatesIn",
        r"^(?P<o>{BODY})\s+\W*{DET}(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+)?(?:Gast|Gäste)\b",
        paragraph_body="o",
    ),
    Cue(  # "Die Geschäftsstelle des ⟦Netzwerks⟧ wird von der ⟦TA⟧ geführt"
        "runs-office-passive",
        "participatesIn",
        r"\b(?P<role>Geschäftsführung|Koordination|Geschäftsstelle|Moderation)\s+(?:des|der)\s+(?P<o>{BP})\s+"
        r"(?:wird|wurde)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)\s+{DET}(?P<s>{ORG})\s+(?:\w+\s+){0,2}?"
        r"(?:geführt|übernommen|wahrgenommen)\b",
    ),
    Cue(  # slides of an agency: "• Moderation des ⟦Netzwerks BildungsWandel⟧"
        "topic-runs-body",
        "participatesIn",
        r"^(?P<s>{ORG}){LEAD}(?P<role>Moderation|Koordination|Geschäftsführung|Geschäftsstelle)\s+(?:des|der)\s+"
        r"(?P<o>{BODY})",
        implicit_only=True,
    ),
    Cue(  # "Kooperationspartner der ⟦Konferenz⟧ waren die ⟦VHS⟧ und die ⟦FH⟧"
        "partners-of-body",
        "participatesIn",
        r"\b(?:Kooperations)?[Pp]artner\w*\s+(?:des|der)\s+(?P<o>{BODY})\s+(?:sind|waren|ist|war)\s+{DET}"
        r"(?P<s>{ACTS})",
    ),
    Cue(  # "Koordiniert wird ⟦es⟧ vom ⟦Kreisjugendring⟧" (the pronoun resolved to the network)
        "coordinated-fronted",
        "participatesIn",
        r"\b(?:Koordiniert|Moderiert|Organisiert)\s+(?:wird|wurde)\s+{DET}(?P<o>{BODY})\s+"
        r"(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem|durch\s+(?:das|den|die))\s+(?P<s>{ORG})",
    ),
    Cue(  # "⟦Netzwerk Frühe Bildung⟧ (Koordination: ⟦Jugendamt⟧)"
        "runs-office-parens",
        "participatesIn",
        r"(?P<o>{BODY})\s*\(\s*(?P<role>Koordination|Geschäftsführung|Geschäftsstelle)\s*:\s*{DET}"
        r"(?P<s>{ORG})",
    ),
    Cue(  # "⟦Netzwerk⟧ wird vom ⟦Jugendamt⟧ koordiniert"
        "coordinated-by",
        "participatesIn",
        r"(?P<o>{BODY}){G}\b(?:wird|werden|wurde)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:das|den|die))\s+(?P<s>{ORG})(?:\s+(?:des|der)\s+⟦\d+:\w+⟧)?\s+(?:\w+\s+){0,2}?"
        r"koordiniert",
    ),
    Cue(  # "Seit 2024 nimmt der ⟦Kreis⟧ am Förderprogramm ⟦X⟧ teil"
        "takes-part-inverted",
        "participatesIn",
        r"\b(?:nimmt|nahm|nehmen|nahmen)\s+{DET}(?P<s>{ACTS})\s+(?:\w+\s+){0,4}?(?:am|an\s+der"
        r"|an\s+dem)\s+{PW}(?P<o>{BP})[“\"”]?\s+teil",
    ),
    Cue(
        "consists-of",
        "participatesIn",
        r"(?P<o>{BODY})\s+(?:besteht\s+aus|bestand\s+aus|setzt\s+sich\s+(?:\w+\s+){0,2}?zusammen\s+aus|versammelt|vereint|umfasst){GL}(?P<s>{ACTS})",
    ),
    Cue(
        "gathers",
        "participatesIn",
        r"\b(?:versammelt|vereint|umfasst)\s+(?:der|die|das)\s+(?P<o>{BODY}){GL}(?P<s>{ACTS})",
    ),
    Cue(
        "with-representatives",
        "participatesIn",
        r"(?P<o>{BODY})\s+mit\s+Vertreter\w*(?:\s+und\s+Vertreter\w*)?\s+(?:der|des|von|aus)\s+(?P<s>{ACTS})",
    ),
    Cue(
        "with-participation",
        "participatesIn",
        r"(?P<o>{BP}){G}\bunter\s+(?:der\s+)?(?:Beteiligung|Mitwirkung|Teilnahme)\s+(?:der|des|von)\s+(?P<s>{ACTS})",
    ),
    Cue(
        "involved-in",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\b(?:beteiligt|beteiligen|beteiligte|teilgenommen)(?:\s+sich)?"
        r"(?:\s+(?:seit|ab|von)\s+\d{4}|\s+\w+){0,4}?\s+(?:an|am)\s+{DET}{PW}(?P<o>{BP})",
    ),
    Cue(
        "involved-at",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist\s+|sind\s+|war\s+|waren\s+)?(?:bei|an|am|im)\s+{PW}(?P<o>{BP}){G}\bbeteiligt",
    ),
    Cue(
        "participation",
        "participatesIn",
        r"(?P<s>{ACTS}){G}\bTeilnahme\s+(?:am|an\s+der|an\s+dem|im)\s+{PW}(?P<o>{BP})",
        implicit=True,
    ),
    Cue(
        "takes-part",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:nimmt|nahm|nehmen|nahmen)\s+(?:[\w/]+\s+){0,5}?(?:am|an\s+der|an\s+dem)\s+{PW}"
        r"(?P<o>{BP})"
        r"[“\"”]?\s+teil",
    ),
    Cue(
        "within-programme",
        "participatesIn",
        r"(?<!vom\s)(?<!von\sder\s)(?<!durch\sden\s)(?<!durch\sdie\s)"
        r"(?P<s>{ACTS}){G}\bim\s+Rahmen\s+(?:des|der|von)\s+{PW}(?P<o>{PROG})",
        implicit=True,
    ),
    Cue(
        "bundles-programmes",
        "participatesIn",
        r"(?P<s>{ORG}){G}\b(?:Förder)?[Pp]rogramm\w*{G}\(\s*(?:ehem\.\s*)?(?P<o>{PROGS})",
    ),
    Cue(
        "involved-colon",
        "participatesIn",
        r"(?P<o>{BODY}){GS}\b(?:einbezogen|eingebunden|beteiligt|vertreten)\s+(?:wurden|werden|sind"
        r"|waren|ist|war)?\s*:\s*{DET}(?P<s>{ACTS})",
    ),
    Cue(
        "intro-involved",
        "participatesIn",
        r"(?:am|im|an\s+der|in\s+der|zum)\s+{ADJ}(?P<o>{BP})\s+(?:sind|ist|waren|war)\s+(?:\w+\s+){0,2}?(?:beteiligt|vertreten)\s*:\s*$",
        intro=True,
    ),
    Cue(
        "intro-consists-of",
        "participatesIn",
        r"(?P<o>{BODY})\s+(?:besteht\s+aus|setzt\s+sich\s+(?:\w+\s+){0,2}?zusammen\s+aus){G}:\s*$",
        intro=True,
    ),
    Cue(
        "intro-members",
        "participatesIn",
        r"\bMitglieder\s+(?:des|der|im)\s+(?P<o>{BODY})(?:\s+sind)?{G}:\s*$",
        intro=True,
    ),
    Cue(  # "Der ⟦Lenkungskreis⟧ tagt dreimal jährlich. Mitglieder sind:" (body named before)
        "intro-members-bare",
        "participatesIn",
        r"^\W*(?:(?:Ständige\s+)?Mitglieder|Teilnehmende|Vertreten)(?:\s+sind)?\s*:\s*$",
        intro=True,
    ),
    Cue(
        "topic-starts-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?:Start|Beginn|Teilnahme\s+(?:an|am)|Beteiligung\s+(?:an|am)"
        r"|(?:Förderung|Bewilligung|Aufnahme)(?=\s+im\b))"
        r"\s+(?:(?:des|der|dem|von|im)\s+)?(?:[A-ZÄÖÜ]\w+\s+(?:der|des)\s+)?{PW}[„\"“]?(?P<o>{PROG})",
        implicit_only=True,  # "Teilnahme an Formaten der ⟦Transferinitiative⟧"
    ),
    Cue(
        "topic-funded-through-programme",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}(?P<o>{PROG})(?:\s+(?:Förder)?[Pp]rogramm\w*)?{G}\b(?:gefördert|finanziert)",
        implicit_only=True,
    ),
    Cue(
        "topic-project-is",
        "participatesIn",
        r"^(?P<s>{ANY}){LEAD}{G}\b(?:Projekt|Programm|Förderprogramm)\s+(?:ist|war)\s+[„\"“]?"
        r"(?P<o>{PROG})",
        implicit_only=True,
    ),
    # cooperatesWith (symmetric; the text's order is kept)
    Cue(
        "cooperation-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?<!ist\seine\s)(?:Kooperation(?:svereinbarung(?:en)?|sverträge|svertrag)?"
        r"|Zusammenarbeit|Partnerschaft|(?:Ziel|Rahmen)?[Vv]ereinbarung(?:en)?|Austausch(?=\s+mit\b)"
        r"|(?:fachliche[rn]?\s+)?Unterstützung)(?:\s+(?:bestehen|besteht|bestanden|laufen|läuft))?"
        # "Kooperation auf Augenhöhe mit", "Kooperationsvereinbarung über die Bildungsberatung mit"
        r"(?:\s+(?:auf\s+Augenhöhe|über\s+(?:die|den|das)\s+(?:\w+\s+){1,3}?(?=mit\b)))?"
        r"\s+(?:mit|der|des|durch)\s+"
        r"{DET}(?P<o>{ANYS})",
        implicit=True,
    ),
    Cue(  # slides: "• Arbeit in enger Abstimmung mit den Ländern: ⟦Ministerium A⟧, ⟦Ministerium B⟧"
        "topic-in-agreement-with",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}[^⟦⟧;]{0,40}?\b(?:in\s+(?:enger\s+)?Abstimmung|Zusammenarbeit|Kooperation)\s+"
        r"mit\s+(?:den|dem|der)\s+[A-ZÄÖÜ]\w+\s*:\s*(?P<o>{ORGS})",
        implicit_only=True,
    ),
    Cue(
        "agreement-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\bmit\s+{DET}(?P<o>{ANYS})\s+(?:\w+\s+){0,4}?"
        r"(?:Kooperationsvereinbarung|Kooperationsvertrag|Partnerschaft)",
        implicit=True,
    ),
    Cue(
        "works-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:kooperier\w+|arbeite\w*)\s+(?:\w+\s+){0,5}?mit\s+{DET}(?P<o>{ANYS})",
        implicit=True,
    ),
    Cue(  # "Der ⟦Landkreis⟧ und die ⟦TA⟧ wollen ihre Zusammenarbeit … festhalten"
        "their-cooperation",
        "cooperatesWith",
        r"(?P<s>{ACT})\s+und\s+{DET}(?P<o>{ACT})\s+(?:\w+\s+){0,2}?(?:ihre|die)\s+(?:\w+\s+)?"
        r"(?:Zusammenarbeit|Kooperation)\b",
    ),
    Cue(  # "Bei der Umsetzung arbeitet das ⟦Bildungsbüro⟧ eng mit der ⟦TA⟧ zusammen"
        "works-with-inverted",
        "cooperatesWith",
        r"\b(?:arbeitet|arbeiten|kooperiert|kooperieren)\s+{DET}(?P<s>{ANY})\s+(?:\w+\s+){0,4}?mit\s+"
        r"{DET}(?:[a-zäöü]\w*(?:e|en|er)\s+)?(?P<o>{ANYS})",
    ),
    Cue(  # "…, dass das ⟦Bildungsbüro⟧ eng mit der ⟦TA⟧ zusammenarbeitet"
        "works-with-verb-final",
        "cooperatesWith",
        r"(?P<s>{ANY})\s+(?:[\w.]+\s+){0,4}?mit\s+{DET}(?P<o>{ANYS})\s+(?:[\w.]+\s+){0,3}?"
        r"(?:zusammenarbeite\w*|zusammengearbeitet|kooperier\w*)\b",
    ),
    Cue(
        "together-with",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:gemeinsam(?:e[snrm]?\s+(?:⟦\d+:(?:ActionField|Instrument)⟧|\w+))?"
        r"|in\s+Kooperation|zusammen)\s+mit\s+{DET}(?:\w+\s+)?(?P<o>{ANYS})",
        # not of an unstated topic: "AP 10 Fortbildungsreihe gemeinsam mit dem Medienzentrum"
        # says how a measure is done, not that the municipality cooperates (5 of 21 such
        # readings on the evaluation sets were right)
    ),
    Cue(  # "Zusammen mit der ⟦Stadt X⟧ richtet der ⟦Landkreis⟧ erstmals die Messe aus"
        "together-with-fronted",
        "cooperatesWith",
        r"\b(?:Zusammen|Gemeinsam)\s+mit\s+{DET}(?P<o>{ANYS})\s+(?:[a-zäöüß]+t|[a-zäöüß]+en)\s+{DET}"
        r"(?P<s>{ANY})",
    ),
    Cue(
        "cooperation-between",
        "cooperatesWith",
        r"\b(?:Kooperation\w*|Zusammenarbeit|Partnerschaft|\w*[Vv]ereinbarung|Vertrag)\s+zwischen\s+"
        r"{DET}(?P<s>{ANY})(?:\s*,\s*vertreten\s+durch[^⟦⟧]{0,40}⟦\d+:Person⟧\s*,)?\s+und\s+"
        r"(?:der\s+|dem\s+|den\s+|des\s+)?(?:(?:dem|der|den)\s+{ANY}\s+\w+(?:en|ten)\s+)?{G}(?P<o>{ANY})",
    ),
    Cue(  # "Bei der Umsetzung wird der ⟦Landkreis⟧ von der ⟦TAMO⟧ begleitet"
        "accompanied-by",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+"
        r"{DET}(?P<o>{ANYS})(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:\w+\s+){0,3}?(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Der ⟦Landkreis⟧ wird im Programm ⟦P⟧ gefördert und von der ⟦TA⟧ begleitet"
        "accompanied-coordinated",
        "cooperatesWith",
        r"(?P<s>{ANY})\s+(?:wird|werden|wurde|wurden)\s+[^;.]{0,120}?\b(?:gefördert|unterstützt|beraten)"
        r"\s+und\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ANYS})\s+(?:\w+\s+){0,3}?"
        r"(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Unterstützt wird der ⟦Landkreis⟧ durch die ⟦Transferagentur⟧"
        "accompanied-fronted",
        "cooperatesWith",
        r"\b(?:Unterstützt|Begleitet|Beraten)\s+(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ANY})\s+"
        r"(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ANYS})",
    ),
    Cue(  # "Bei der Umsetzung wird der ⟦Landkreis⟧ von der ⟦TAMO⟧ begleitet"
        "accompanied-by-inverted",
        "cooperatesWith",
        r"\b(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ANY})\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+"
        r"{DET}(?P<o>{ANYS})(?:\s*\(⟦\d+:\w+⟧\))?\s+(?:\w+\s+){0,3}?(?:begleitet|beraten|unterstützt)\b",
    ),
    Cue(  # "Die ⟦TAMO⟧ begleitet seit 2023 den ⟦Landkreis X⟧"
        "accompanies",
        "cooperatesWith",
        r"(?P<s>{ORG})\s+(?:begleitet|berät|unterstützt)\s+(?:[\w.]+\s+){0,3}?(?:den|die|das)\s+"
        r"(?P<o>{ORGS})",
    ),
    Cue(  # "Jour fixes mit Kooperationspartnern (z. B. ⟦IHK⟧, ⟦Agentur⟧)": the topic's partners
        "topic-partners-in-parens",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}[^⟦⟧;]{0,200}?\b(?:Kooperations)?[Pp]artner(?:n|innen)?\s*\(\s*"
        r"(?:z\.\s?B\.\s*|u\.\s?a\.\s*)?(?P<o>{ORGS})",
        implicit_only=True,
    ),
    Cue(  # slides: "• Datenpartner: ⟦Landesamt⟧", "• wissenschaftliche Begleitung: ⟦Uni⟧"
        "topic-partners",
        "cooperatesWith",
        r"^(?P<s>{ANY}){LEAD}(?:(?:\w+\s+)?(?:Kooperations|Daten|Praxis|Netzwerk)?[Pp]artner\w*"
        r"|wissenschaftliche\s+Begleitung|Evaluation)\s*(?:\([^()⟦⟧]*\))?\s*:\s*{DET}(?P<o>{ANYS})",
        implicit_only=True,
    ),
    Cue(  # "Dem ⟦Bildungsbeirat⟧ gehören an:" and a list of its members
        "intro-belong",
        "participatesIn",
        r"^\W*(?:Dem|Der)\s+(?P<o>{BODY})\s+gehör(?:en|t)\s+(?:[\w.]+\s+){0,3}?an\s*:\s*$",
        intro=True,
    ),
    Cue(  # "Erste Förderrunde (2023–2025): sechs Pilotkommunen" and a list
        "intro-pilots",
        "participatesIn",
        r"^[^⟦⟧]{0,80}?\b(?:(?:Pilot|Modell|Programm)(?:kommunen|regionen|landkreise|städte)"
        r"|(?:Teilnehmende|Geförderte|Beteiligte)\s+Kommunen)\s*(?:\([^()⟦⟧]*\))?\s*:?\s*$",
        intro=True,
    ),
    Cue(  # "Das Team des ⟦Bildungsbüros⟧ bestand aus sechs Personen:" and a list of them
        "intro-team",
        "memberOf",
        r"^\W*(?:Das\s+)?Team\s+(?:des|der|im|in\s+der)\s+(?P<o>{ORG})[^⟦⟧:]{0,120}:\s*$",
        intro=True,
    ),
    Cue(  # "Vier Kommunen, die im Programm „⟦Bildungskommunen⟧“ gefördert werden, …:" and a list
        "intro-programme-municipalities",
        "participatesIn",
        r"\b(?:Kommunen|Landkreise|Kreise|Städte|Gemeinden)\b[^⟦⟧:]{0,40}?\b(?:im|am|in\s+dem|an\s+dem)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?[^⟦⟧:]{0,80}:\s*$",
        intro=True,
    ),
    Cue(  # "Kommunen, die am Landesprogramm „⟦X⟧“ teilnehmen – darunter die ⟦Stadt Y⟧"
        "takes-part-among",
        "participatesIn",
        r"\b(?:am|im|an\s+dem)\s+{PW}(?P<o>{PROG})[“\"”]?\s+(?:teilnehmen|teilnahmen|beteiligt\s+sind)\s*"
        r"[–-]?\s*(?:darunter|u\.\s?a\.|etwa|so)\s+(?:auch\s+)?{DET}(?P<s>{ACTS})",
    ),
    Cue(  # "Wir arbeiten u. a. zusammen mit:" and a list
        "intro-works-with",
        "cooperatesWith",
        r"^(?:⟦\d+:\w+⟧\s+)?(?:arbeite\w*|kooperier\w*)\s+(?:[\w.]+\s+){0,3}?(?:zusammen\s+)?mit\s*:\s*$",
        intro=True,
    ),
    Cue(  # "Unsere Partnerkommunen (Zielvereinbarungen):" and a list
        "intro-partners",
        "cooperatesWith",
        # a slide's title over its list needs no colon, an item of a list does
        r"^(?:\W*(?=[^:]*:\s*$)|\s*)(?:(?:Unsere|Weitere)\s+)?(?:(?:Kooperations|Praxis)?[Pp]artner"
        r"(?:kommunen|innen|organisationen)?"
        # "Kommunen mit Zielvereinbarung", "Zusammenarbeit auf Grundlage einer Zielvereinbarung"
        r"|(?:Kommunen|Partner\w*)\s+mit\s+(?:einer\s+)?Zielvereinbarung(?:en)?"
        r"|Zusammenarbeit\s+(?:auf\s+(?:der\s+)?Grundlage|im\s+Rahmen)\s+(?:einer|von)\s+"
        r"Zielvereinbarung(?:en)?)\s*(?:\([^()⟦⟧]*\))?\s*:?\s*$",
        intro=True,
    ),
    Cue(  # "der ⟦TA⟧ (⟦TAMO⟧), mit der der ⟦Landkreis⟧ im Mai 2022 eine Zielvereinbarung schloss"
        "agreement-relative",
        "cooperatesWith",
        r"(?P<o>{ANY})(?:\s*\(⟦\d+:\w+⟧\))?\s*,\s*mit\s+(?:der|dem|welcher|welchem|denen)\s+{DET}"
        r"(?P<s>{ANY})[^⟦⟧.;]{0,80}?\b(?:\w*[Vv]ereinbarung|Kooperation\w*|Vertrag|zusammen\w*)",
    ),
    Cue(  # "Mit dem ⟦Statistikamt⟧ hat der ⟦Kreis⟧ im August eine Vereinbarung geschlossen"
        "agreement-fronted",
        "cooperatesWith",
        # "Mit dem ⟦Kreis⟧, der die Zusammenarbeit … besiegelt hat, arbeitet die ⟦TA⟧ vor allem …"
        r"\bMit\s+{DET}(?:[a-zäöüß]+(?:en|em)\s+)?(?P<o>{ANYS}){NOTE}(?:\s*,[^;.]{0,160}?,)?\s+"
        r"(?:(?:hat|haben|hatte|hatten)\s+{DET}(?P<s>{ANY})[^⟦⟧.;]{0,80}?\b(?:\w*[Vv]ereinbarung"
        r"|Kooperation\w*|Vertrag|zusammen\w*)|(?:arbeitet|arbeiten|arbeitete|arbeiteten|kooperiert"
        r"|kooperieren)\s+{DET}(?P<s2>{ANY}))",
    ),
    Cue(  # "Die ⟦Universität⟧ und das ⟦Bildungsbüro⟧ arbeiten bei der Auswertung zusammen"
        "work-together",
        "cooperatesWith",
        r"(?<!⟧\s)(?<!⟧,\s)(?P<o>{ORGS})\s+(?:arbeiten|arbeiteten|kooperieren|kooperierten)\b"
        r"(?:[^⟦⟧.;]{0,80}?\bzusammen\b|(?=\s+(?:seit|eng|bei|im|in|auf)\b))",
        among=True,
    ),
    Cue(  # "Die ⟦Kreishandwerkerschaft⟧ und die ⟦IHK⟧ organisieren gemeinsam eine Messe"
        "do-together",
        "cooperatesWith",
        r"(?<!⟧\s)(?<!⟧,\s)(?P<o>{ORGS})\s+(?!(?:tragen|trugen|finanzieren|fördern|förderten)\b)"
        r"[a-zäöüß]+en\s+(?:[\w.]+\s+){0,2}?gemeinsam\b",
        among=True,
    ),
    Cue(  # "Die ⟦Stadt A⟧ und die ⟦Hansestadt B⟧ haben im April einen Lernverbund gegründet"
        "founded-together",
        "cooperatesWith",
        r"(?<!⟧\s)(?<!⟧,\s)(?P<o>{ORGS})\s+(?:haben|hatten)\s+(?:[\w.]+\s+){0,4}?(?:eine[nr]?|die)\s+"
        r"(?:\w+)?(?:[Vv]erbund|[Kk]ooperation\w*|[Pp]artnerschaft|[Vv]ereinbarung|[Aa]llianz)\s+"
        r"(?:[\w.]+\s+){0,3}?(?:gegründet|geschlossen|vereinbart|unterzeichnet|eingegangen)",
        among=True,
    ),
    Cue(  # "Die ⟦JBA⟧ ist eine Kooperation der ⟦A⟧, des ⟦B⟧ und des ⟦C⟧"
        "cooperation-of",
        "cooperatesWith",
        r"\b(?:ist|sind|war)\s+(?:eine?\s+)?(?:\w+\s+)?(?:Kooperation|Verbund|Zusammenschluss)"
        r"\s+(?:der|des|von)\s+(?P<o>{ORGS})",
        among=True,
    ),
    Cue(  # "⟦Jobcenter X⟧, gemeinsame Einrichtung des ⟦Landkreises⟧ und der ⟦Agentur⟧"
        "joint-institution",
        "carriedBy",
        r"(?P<s>{ORG}){G}\bgemeinsame\s+Einrichtung\s+(?:der|des|von)\s+(?P<o>{ORGS})",
    ),
    Cue(
        "partners",
        "cooperatesWith",
        r"(?P<s>{ANY}){G}\b(?:Kooperations)?[Pp]artner(?:innen|n)?\s*(?:sind|ist|:)\s*{DET}(?P<o>{ANYS})",
    ),
    # fundedBy
    Cue(
        "funded-by",
        "fundedBy",
        # "• Kofinanzierung durch das ⟦Ministerium⟧" on the slides of the funded
        r"(?P<s>{ANY}){G}\b(?:gefördert|finanziert|kofinanziert|Kofinanzierung|Finanzierung)\s+"
        r"(?:durch|vom|von)\s+{DET}{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "… und wird vom BMBF gefördert"
        "funded-passive",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:den|die|das))\s+(?P<o>{FUNDERS})\s+(?:\w+\s+){0,2}?(?:gefördert|finanziert)",
        implicit=True,
    ),
    Cue(  # "das Programm ⟦X⟧, das vom ⟦BMBF⟧ und dem ⟦ESF Plus⟧ finanziert wird"
        "funded-relative",
        "fundedBy",
        r"(?P<s>{ANY})[“\"”]?(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,3}?(?:vom|von\s+der|von\s+dem"
        r"|durch\s+(?:den|die|das))\s+(?P<o>{FUNDERS})\s+(?:\w+\s+){0,2}?(?:gefördert|finanziert)"
        r"\s+(?:wird|werden|wurde|wurden)\b",
        subject_fixed=True,
    ),
    Cue(
        "funding-by",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:Förderung|Finanzierung)(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*)?"
        r"\s+(?:durch|vom|von|aus)\s+{DET}{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(
        "from-funds",
        "fundedBy",
        r"(?P<s>{ANY}){G}\baus\s+(?:\w+\s+)?Mitteln\s+(?:des|der|vom|von)\s+{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "das Bundesprogramm „⟦Bildungskommunen⟧“ des ⟦BMBF⟧": a ministry's programme
        "programme-of",
        "fundedBy",
        r"\b(?:Bundes|Landes|Förder|Modell)?[Pp]rogramms?\s+[„\"“»]?(?P<s>{PROG})[“\"”«]?\s+"
        r"(?:des|der)\s+(?P<o>{FUNDER})",
    ),
    Cue(  # "Die ⟦Stelle⟧ wird gefördert aus Mitteln des ⟦Ministeriums⟧ und des ⟦ESF Plus⟧"
        "funded-from-funds",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:gefördert|finanziert|kofinanziert)\s+aus\s+(?:\w+\s+)?Mitteln\s+"
        r"(?:des|der|vom|von)\s+{PW}(?P<o>{FUNDERS})",
        implicit=True,
    ),
    Cue(  # "Die Sachkosten der ⟦AG⟧ übernimmt die ⟦Sparkasse⟧"
        "costs-borne",
        "fundedBy",
        r"\b\w*[Kk]osten\s+(?:des|der)\s+(?P<s>{ANY})[^⟦⟧;.]{0,40}?\bübernimmt\s+{DET}(?P<o>{ORG})",
    ),
    Cue(  # "die ⟦Sparkasse⟧ übernimmt die Druckkosten des ⟦Projekts⟧"
        "bears-costs",
        "fundedBy",
        r"(?P<o>{ORG})\s+(?:übernimmt|trägt)\s+(?:\w+\s+){0,2}?\w*[Kk]osten\s+(?:des|der|für)\s+{DET}"
        r"(?P<s>{ANY})",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ wird im Programm „⟦Bildungskommunen⟧“ aus Mitteln … gefördert"
        "funded-within-programme",
        "participatesIn",
        r"(?P<s>{ORG}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?(?:im|über\s+das)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?[^.;]{0,160}?\b(?:gefördert|finanziert)",
    ),
    Cue(  # "Seit 2021 wird das ⟦Bildungsbüro⟧ im Programm „⟦Bildung integriert⟧“ gefördert"
        "funded-within-programme-inverted",
        "participatesIn",
        r"\b(?:wird|werden|wurde|wurden)\s+{DET}(?P<s>{ORG}){OFTOWN}\s+(?:[\w.]+\s+){0,3}?(?:im|über\s+das)\s+"
        r"{PW}(?P<o>{PROG})[“\"”]?\s+(?:[\w.]+\s+){0,3}?(?:gefördert|finanziert)",
    ),
    Cue(  # "Seit 2023 setzt die ⟦Stadt⟧ diese Arbeit im Programm „⟦Bildungskommunen⟧“ fort"
        "continues-in-programme",
        "participatesIn",
        r"(?:(?P<s>{ACTS})\s+(?:setzt|setzen|setzte|setzten)|\b(?:setzt|setzen|setzte|setzten)\s+{DET}"
        r"(?P<s2>{ACTS}))\s+(?:[\w.]+\s+){0,4}?im\s+{PW}(?P<o>{PROG})[“\"”]?\s+fort\b",
    ),
    Cue(  # "Der ⟦Kreis⟧ ist mit dem Vorhaben „⟦X⟧“ im Bundesprogramm ⟦Bildungskommunen⟧ vertreten"
        "represented-in-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:[^⟦⟧;.]|⟦\d+:(?:Programme|Instrument)⟧){0,80}?"
        r"\bim\s+{PW}(?P<o>{PROG})[“\"”]?\s+vertreten\b",
    ),
    Cue(  # a title line: "⟦Landkreis X⟧ – Antrag im Förderprogramm „⟦Bildungskommunen⟧“"
        "applies-to-programme",
        "participatesIn",
        r"^(?P<s>{ORG})\s*[-–—:]\s*(?:\w+\s+)?(?:Förder)?(?:Antrag|Bewerbung)\s+(?:im|zum|für\s+das)"
        r"\s+{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Das Vorhaben wird im Programm „⟦Bildungskommunen⟧“ … gefördert": the applicant's
        "topic-project-funded-in-programme",
        "participatesIn",
        r"^(?P<s>{MUNI}){LEAD}(?:[A-ZÄÖÜ]\w+\s+)?(?:Das|Unser)\s+(?:\w+\s+)?Vorhaben\s+(?:wird|wurde)\s+(?:[\w.]+\s+){0,3}?"
        r"im\s+{PW}(?P<o>{PROG})[“\"”]?[^.;]{0,160}?\b(?:gefördert|finanziert)",
        implicit_only=True,
    ),
    Cue(  # "Sichtung der Ergebnisse aus dem Vorgängerprogramm „⟦Bildung integriert⟧“": the
        # municipality the document is about took part in the programme before this one
        "topic-predecessor-programme",
        "participatesIn",
        r"^(?P<s>{MUNI}){LEAD}[^⟦⟧;]{0,120}?\bVorgängerprogramm\w*\s+[„\"“]?(?P<o>{PROG})",
        implicit_only=True,
    ),
    Cue(  # "Das ⟦MINT-Netzwerk⟧ erhält seit 2023 eine Förderung des ⟦Ministeriums⟧"
        "receives-funding",
        "fundedBy",
        # "erhalt … eine Forderung": the umlauts an OCR lost
        r"(?P<s>{ANY}){OFTOWN}\s+(?:erh[aä]lt|erhalten|erhielt|erhielten|bekommt|bekam)\s+"
        r"(?:[\w.]+\s+){0,3}?(?:eine\s+)?(?:\w+\s+)?(?:F[oö]rderung|Zuwendung|Finanzierung)\s+"
        r"(?:des|der|vom|von\s+der|von\s+dem|durch\s+(?:das|den|die))\s+(?P<o>{ORGS})",
    ),
    Cue(
        "funds",
        "fundedBy",
        r"(?P<o>{ORG})\s+(?:fördert|förderte|finanziert|finanzierte)\s+(?:(?:seit|ab)\s+[\w.]+\s+)?{DET}"
        r"{PW}(?P<s>{ANY})",
    ),
    Cue(  # "Seit 2018 fördert die ⟦Kessler-Stiftung⟧ das ⟦Bildungsforum⟧"
        "funds-inverted",
        "fundedBy",
        r"\b(?:fördert|förderte|finanziert|finanzierte)\s+{DET}(?P<o>{ORG})\s+(?:(?:seit|ab|bis)\s+[\w.]+\s+)?"
        r"(?:das|den|die)\s+{PW}(?P<s>{ANY})",
    ),
    Cue(  # "Die ⟦Stelle X⟧ wird aus dem Landesprogramm „⟦Y⟧“ finanziert"
        "financed-from-programme",
        "fundedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:[\w.]+\s+){0,3}?aus\s+(?:dem|der)\s+{PW}"
        r"(?P<o>{PROG})[“\"”]?\s+(?:\w+\s+){0,2}?(?:finanziert|gefördert)",
    ),
    # carriedBy
    Cue(
        "carrier-is",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bTräger(?:in)?\s*(?:ist|sind|war|:)\s*{DET}(?P<o>{ORGS})",
        implicit=True,
    ),
    Cue(  # "Die ⟦VHS⟧ ist ein Eigenbetrieb der ⟦Stadt⟧"
        "own-enterprise",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:ist|war)\s+(?:\w+\s+)?(?:ein|eine)\s+(?:\w+\s+)?(?:Eigenbetrieb|Einrichtung"
        r"|Tochtergesellschaft|Tochter)\s+(?:der|des)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦KVHS⟧ ist ein Sachgebiet des ⟦Amtes⟧", "… eine Organisationseinheit der ⟦Stadt⟧"
        "unit-of",
        "subOrganizationOf",  # of a municipality: carried by it (see relations._structural)
        r"(?P<s>{ORG}){OFTOWN}\s+(?:ist|war)\s+(?:\w+\s+)?(?:als\s+)?(?:ein|eine)\s+(?:\w+\s+)?"
        r"(?:Organisationseinheit|Dienststelle|Sachgebiet|Referat|Abteilung|Stabsstelle|Team)"
        r"(?:\s+[\d.]+)?\s+(?:des|der)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦VHS⟧ wird als Eigenbetrieb des ⟦Landkreises⟧ geführt"
        "run-as-own-enterprise",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:wird|wurde)\s+(?:\w+\s+){0,2}?als\s+(?:\w+\s+)?(?:Eigenbetrieb|Einrichtung)"
        r"\s+(?:der|des)\s+(?P<o>{ORG})",
    ),
    Cue(  # "die ⟦KVHS⟧ (Einrichtung des ⟦Landkreises⟧)", "⟦VHS⟧ (in Trägerschaft des ⟦Kreises⟧)"
        "own-enterprise-parens",
        "carriedBy",
        r"(?P<s>{ANY})\s*\(\s*(?:eine\s+)?(?:Einrichtung|Eigenbetrieb|in\s+Trägerschaft)\s+(?:der|des)\s+"
        r"(?P<o>{ORG})\s*\)",
    ),
    Cue(  # "dass die ⟦VHS⟧ ab Herbst das ⟦Grundbildungszentrum⟧ betreiben wird"
        "operates",
        "carriedBy",
        r"(?P<o>{ORG})\s+(?:(?:betreibt|betrieb|betreiben)\s+)?(?:[\w/.]+\s+){0,4}?(?:das|den|die)\s+"
        r"(?P<s>{ANY})\s+(?:betreibt|betreiben|betrieben)\b",
        subject_fixed=True,
    ),
    Cue(  # "Für das ⟦Schulzentrum⟧ (SBBS) trägt der ⟦Landkreis⟧ die Schulträgerschaft allein"
        "bears-carriership",
        "carriedBy",
        r"\bFür\s+{DET}(?P<s>{ANY})(?:\s*\([^()]*\))?\s+(?:tr[aä]gt|übernimmt|hat)\s+{DET}(?P<o>{ORGS})\s+"
        r"(?:\w+\s+)?(?:die\s+)?\w*[Tt]r[aä]gerschaft\b",  # "tragt": an OCR lost the umlaut
        subject_fixed=True,
    ),
    Cue(  # "die ⟦KVHS⟧, deren Träger der ⟦Landkreis⟧ ist"
        "whose-carrier",
        "carriedBy",
        r"(?P<s>{ANY})(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:deren|dessen)\s+Träger(?:in)?\s+{DET}(?P<o>{ORG})"
        r"\s+(?:ist|war)\b",
        subject_fixed=True,
    ),
    Cue(
        "carrier-of",
        "carriedBy",
        r"(?P<o>{ORG})\s+(?:ist|war)\s+(?:der\s+|die\s+)?Träger(?:in)?\s+(?:des|der|von)\s+{PW}(?P<s>{ANY})",
    ),
    Cue(  # "⟦Netzwerk X⟧ (organisiert von der ⟦TA⟧, zweimal jährlich)"
        "organised-by-parens",
        "carriedBy",
        r"(?P<s>{BODY})\s*\(\s*(?:organisiert|getragen|veranstaltet)\s+(?:von|vom|durch)\s+{DET}"
        r"(?P<o>{ORG})",
    ),
    Cue(  # "Das ⟦Regionalnetzwerk⟧ ist ein Angebot der ⟦Transferagentur⟧"
        "offer-of",
        "carriedBy",
        r"(?P<s>{ANY})\s+(?:ist|war)\s+(?:\w+\s+)?(?:ein|eine)\s+(?:\w+\s+)?Angebot\s+(?:der|des)\s+(?P<o>{ORG})",
    ),
    Cue(
        "carrier-of-is",
        "carriedBy",
        # "Träger des Projekts ist …": the reference stands for "des Projekts" as a whole
        r"\bTräger(?:in)?\s+(?:(?:des|der|von)\s+)?{PW}(?P<s>{ANY})\s+(?:ist|war)\s+{DET}(?P<o>{ORGS})",
    ),
    Cue(
        "carriership",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bin\s+(?:der\s+)?Trägerschaft\s+(?:des|der|von)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Die ⟦JBA⟧ wird gemeinsam von der ⟦A⟧, dem ⟦B⟧ und dem ⟦C⟧ getragen"
        "carried-by-passive",
        "carriedBy",
        r"(?P<s>{ANY}){G}\b(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)\s+{DET}"
        r"(?P<o>{ORGS})\s*,?\s+(?:\w+\s+){0,4}?getragen\b",
    ),
    Cue(  # "Die ⟦Umweltstation⟧, die vom ⟦BN⟧ getragen wird"
        "carried-relative",
        "carriedBy",
        r"(?P<s>{ANY})[“\"”]?(?:\s+(?:ist|war)\s+(?:ein|eine)\s+[A-ZÄÖÜ]\w+)?\s*,\s*(?:das|der|die)\s+"
        # "Die ⟦JBA⟧ ist eine Kooperation, die von …": the kind it is stands for it
        r"(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})\s*,?\s+(?:\w+\s+){0,2}?getragen",
        subject_fixed=True,
    ),
    Cue(  # "Alle zwei Jahre lädt der ⟦Landkreis⟧ gemeinsam mit der ⟦KVHS⟧ zur ⟦Konferenz⟧ ein"
        "invites-to",
        "carriedBy",
        r"\b(?:lädt|laden|lud|luden)\s+{DET}(?P<o>{ORG})\s+(?:(?:\w+\s+){0,2}?(?:gemeinsam\s+)?mit\s+"
        r"{DET}{ORGS}\s+)?(?:\w+\s+){0,3}?(?:zur|zum|zu\s+(?:der|dem|einer|einem))\s+"
        r"(?P<s>{BODY})\s+ein\b",
        subject_fixed=True,
    ),
    Cue(  # "… lädt der ⟦Landkreis⟧ gemeinsam mit der ⟦KVHS⟧ zur ⟦Konferenz⟧ ein": the co-host
        "co-invites-to",
        "participatesIn",
        r"\b(?:lädt|laden|lud|luden)\s+{DET}{ORG}\s+(?:\w+\s+){0,2}?(?:gemeinsam\s+)?mit\s+{DET}"
        r"(?P<s>{ORGS})\s+(?:\w+\s+){0,3}?(?:zur|zum|zu\s+(?:der|dem))\s+(?P<o>{BODY})\s+ein\b",
    ),
    Cue(  # "Die ⟦VHS⟧, die sich in Trägerschaft des ⟦Landkreises⟧ befindet"
        "carriership-relative",
        "carriedBy",
        r"(?P<s>{ANY})\s*,\s*(?:das|der|die)\s+sich\s+(?:\w+\s+){0,2}?in\s+(?:der\s+)?"
        r"Trägerschaft\s+(?:des|der|von)\s+(?P<o>{ORG})\s+befinde\w*",
        subject_fixed=True,
    ),
    Cue(
        "carried-by",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bgetragen\s+(?:von|vom|durch)\s+{DET}(?P<o>{ORGS})",
    ),
    Cue(
        "located-at",
        "carriedBy",
        r"(?P<s>{ANY}){G}\bangesiedelt\s+(?:bei|beim|am|an|im|in)\s+{DET}(?P<o>{ORG})",
    ),
    Cue(
        "located-at-verb-final",
        "carriedBy",
        r"(?P<s>{ANY}){OFTOWN}\s+(?:ist|sind|wird|wurde)\s+(?:[\w.]+\s+){0,5}?(?:beim|bei\s+der|bei\s+dem"
        r"|am|im|in\s+der)\s+{DESCR}(?P<o>{ORG}){NOTE}{OWNER}\s+"
        r"(?:angesiedelt|eingerichtet|verortet|eingegliedert)",
    ),
    Cue(  # "das ⟦Bildungsbüro⟧, das im ⟦Amt für Schule⟧ angesiedelt ist"
        "located-relative",
        "carriedBy",
        r"(?P<s>{ANY})(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,3}?(?:beim"
        r"|bei\s+der|bei\s+dem|am|im|in\s+der)\s+(?P<o>{ORG})(?:\s*\([^()⟦⟧]{1,60}\))?"
        r"(?:\s+(?:des|der)\s+(?:⟦\d+:\w+⟧|[A-ZÄÖÜ]\w+))?\s+"
        r"(?:angesiedelt|eingerichtet|verortet|eingegliedert)\s+(?:ist|sind|wurde|war)\b",
        subject_fixed=True,
    ),
    Cue(
        "located-in-municipality",
        "carriedBy",
        r"\b(?:ist|sind|übernimmt|übernehmen)\s+in\s+(?P<o>{MUNI})\s+(?:der|die|das|dem)\s+(?P<s>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    # chairedBy
    Cue(
        "under-chair",
        "chairedBy",
        r"(?P<s>{BP}){G}\bunter\s+(?:dem\s+|der\s+)?(?:gemeinsamen\s+)?(?:Vorsitz|Leitung|Federführung)\s+"
        r"(?:des|der|von|vom)\s+{CHAIR}",
    ),
    Cue(  # "unter Federführung des ⟦Bildungsbüros⟧ und des ⟦Jugendamts⟧ gegründet"
        "under-lead-of-offices",
        "participatesIn",
        r"(?P<o>{BP}){G}\bunter\s+(?:der\s+)?(?P<role>Federführung|Leitung|Koordination)\s+(?:des|der|von|vom)"
        r"\s+(?P<s>{ORGS})",
    ),
    Cue(
        "chair-held",
        "chairedBy",
        # "Den Vorsitz im ⟦Arbeitskreis⟧ führt turnusgemäß bis Ende 2023 Frau ⟦X⟧"
        r"\b(?:Vorsitz|Leitung)\s+(?:des|der|im|in\s+der)\s+(?P<s>{BP})\s+(?:hat|führt|obliegt|übernimmt"
        r"|liegt\s+bei)\s+(?:(?:[\w.]+\s+){0,5}?(?=(?:Frau|Herrn?)\s|⟦\d+:Person⟧))?{DET}{CHAIR}",
    ),
    Cue(
        "chair-colon",
        "chairedBy",
        r"(?P<s>{BP}){G}\b(?:Vorsitz|Leitung)\s*(?:hat|führt|obliegt|:)\s*{DET}{CHAIR}",
    ),
    Cue(
        "led-by",
        "chairedBy",
        r"(?P<s>{BP}){G}\b(?:geleitet|moderiert)\s+(?:von|vom|durch)\s+{DET}{CHAIR}",
    ),
    Cue(  # "⟦Lenkungskreis⟧ wird von Bürgermeisterin ⟦X⟧ geleitet"
        "led-by-passive",
        "chairedBy",
        r"(?P<s>{BP}){G}\b(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,3}?(?:von|vom|durch)\s+{DET}"
        r"{CHAIR}\s+(?:\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,60}\)\s+)?(?:\w+\s+){0,3}?"
        r"(?:geleitet|moderiert|geführt)\b",
    ),
    Cue(  # "Der ⟦Beirat⟧ tagt zweimal jährlich. Den Vorsitz führt ⟦Prof. X⟧."
        "chair-unnamed-body",
        "chairedBy",
        r"^(?P<s>{BODY})\s+\W*(?:Den\s+|Der\s+|Die\s+)?(?:Vorsitz|Vorsitzende[r]?|Sprecher(?:in)?|Leitung)"
        r"\s*(?:führt|hat|übernimmt|ist|liegt\s+bei|:)\s*{DET}{CHAIR}",
        paragraph_body="s",
    ),
    Cue(  # "Geleitet wird ⟦er⟧ von Bürgermeister ⟦X⟧"; "die ⟦AG⟧, die ⟦Y⟧ leitet"
        "led-fronted",
        "chairedBy",
        r"\bGeleitet\s+(?:wird|wurde)\s+(?P<s>{BP})\s+(?:\w+\s+){0,2}?(?:von|vom)\s+{DET}{CHAIR}",
    ),
    Cue(
        "led-relative",
        "chairedBy",
        r"(?P<s>{BP})(?:\s+[a-zäöüß]+){0,2}\s*,\s*(?:das|der|die|den)\s+(?:(?:von|vom)\s+)?{DET}{CHAIR}"
        r"\s+(?:geleitet\s+wird|leitet|moderiert)\b",
    ),
    Cue(  # "Herr ⟦Paulsen⟧, der die ⟦AG X⟧ des Beirats leitet"
        "person-who-leads",
        "chairedBy",
        r"(?P<o>{PERSON})\s*,\s*(?:der|die)\s+{DET}(?P<s>{BP})\s+(?:\S+\s+){0,3}?(?:leitet|moderiert"
        r"|koordiniert)\b",
    ),
    Cue(  # "im ⟦Ausschuss X⟧ des ⟦Kreistages⟧, dessen Vorsitz die Abgeordnete ⟦Y⟧ innehat"
        "chair-relative",
        "chairedBy",
        r"(?P<s>{BODY})(?:\s+(?:des|der)\s+{BODY})?\s*,\s*(?:dessen|deren)\s+(?:Vorsitz|Leitung)\s+"
        r"{DET}(?:{ROLEWORD}\s+(?=⟦))?{CHAIR}\s+(?:innehat|innehatte|führt|hat|übernommen\s+hat)\b",
    ),
    Cue(  # "Landrat ⟦X⟧, der auch den Vorsitz der ⟦Steuerungsgruppe⟧ innehat"
        "person-who-chairs",
        "chairedBy",
        r"(?P<o>{PERSON})\s*,\s*(?:der|die)\s+(?:\w+\s+){0,2}?(?:den|die)\s+(?:Vorsitz|Leitung)\s+"
        r"(?:des|der|im|in\s+der)\s+(?P<s>{BP})\s+(?:innehat|führt|übernimmt|hat)\b",
    ),
    Cue(  # "der ⟦AK X⟧; den Vorsitz teilen sich ⟦A⟧ aus dem ⟦Büro⟧ und ⟦B⟧"
        "chair-shared",
        "chairedBy",
        r"(?P<s>{BODY}){G}[;,]?\s*\b(?:den|der)\s+Vorsitz\s+(?:teilen\s+sich|haben|führen|übernehmen)"
        r"\s+(?:gemeinsam\s+)?(?P<o>{PERSON}(?:(?:[^⟦⟧;.]|⟦\d+:(?!Person)\w+⟧){0,60}?\s+und\s+"
        r"(?:(?:Frau|Herrn?)\s+)?{PERSON})?)",
    ),
    Cue(  # "Den ⟦Arbeitskreis X⟧ leitet ⟦Frauke Dirks⟧"
        "leads-fronted",
        "chairedBy",
        r"\b(?:Den|Die|Das)\s+(?P<s>{BP})\s+(?:leitet|leiten|leitete|moderiert|koordiniert)\s+"
        r"(?:\w+\s+){0,2}?{DET}{CHAIR}",
    ),
    Cue(  # "• ⟦AK X⟧: Sprecher ⟦Jonas Becker⟧"; "im ⟦AK Y⟧ … neue Sprecherin ist ⟦Z⟧"
        "spokesperson-of-body",
        "chairedBy",
        r"(?P<s>{BODY}){G}\b(?:neue[rn]?\s+)?(?:Sprecher|Vorsitzende|Leiter)(?:in)?r?\s*"
        r"(?::|ist|wird|bleibt)?\s+{DET}{CHAIR}",
    ),
    Cue(  # "die ⟦Steuergruppe⟧ tagt unter ⟦ihrer⟧ Leitung"
        "under-their-chair",
        "chairedBy",
        r"(?P<s>{BP}){G}\bunter\s+(?P<o>{PERSON})\s+(?:Leitung|Vorsitz|Federführung)\b",
    ),
    Cue(  # "die ⟦Steuergruppe⟧, an deren Spitze Oberbürgermeisterin ⟦X⟧ steht"
        "at-the-head",
        "chairedBy",
        r"(?P<s>{BP})[^⟦⟧.;]{0,40}?,\s*an\s+(?:deren|dessen)\s+Spitze\s+{DET}{CHAIR}",
    ),
    Cue(  # "Die ⟦Runde⟧ tagt monatlich. Unter dem Vorsitz von Herrn ⟦X⟧ kommen dort … zusammen"
        "under-chair-unnamed-body",
        "chairedBy",
        r"^(?P<s>{BODY})\s+\W*Unter\s+(?:dem\s+)?(?:Vorsitz|Leitung)\s+(?:von|vom|des|der)\s+{DET}{CHAIR}",
        paragraph_body="s",
    ),
    Cue(  # "Sprecherin des ⟦Netzwerks⟧ ist ⟦Maria Vogt⟧"
        "spokesperson-is",
        "chairedBy",
        r"\b(?:Sprecher|Vorsitzende|Leiter|Koordinator)(?:in|innen)?r?\s+(?:des|der)\s+(?P<s>{BODY})"
        r"\s+(?:ist|sind|war|wird|bleibt)\s+{DET}{CHAIR}",
    ),
    Cue(
        "leads",
        "chairedBy",
        r"(?P<o>{ACT})\s+(?:leitet|leitete|führt\s+den\s+Vorsitz\s+(?:des|der|im))\s+{DET}(?P<s>{BP})",
    ),
    # memberOf: a person holding a post in an organisation
    Cue(  # "Dr. X, Dezernentin für …, zugleich Sprecherin des Netzwerks Y"
        "spokesperson",
        "chairedBy",
        r"(?P<o>{PERSON})[^⟦⟧;]{0,80}?\bSprecher(?:in)?\s+(?:des|der)\s+(?P<s>{BODY})",
    ),
    Cue(  # "der Landrat des ⟦LK Mühlgrund⟧, ⟦Gerd Pöhlmann⟧"
        "office-of-municipality",
        "memberOf",
        r"\b(?P<role>(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Beigeordnete[r]?|Dezernent(?:in)?)"
        r"\s+(?:des|der)\s+(?P<o>{MUNI})\s*,\s*(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # signature: "⟦Jörg Reinsberg⟧ Oberbürgermeister der ⟦Stadt Kranichsee⟧"
        "signed-office",
        "memberOf",
        r"(?P<s>{PERSON})\s*,?\s+(?P<role>(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin))\s+"
        r"(?:des|der)\s+(?P<o>{MUNI})",
    ),
    Cue(  # "die Stadt X, vertreten durch den Bürgermeister Y"
        "represented-by",
        "memberOf",
        r"(?P<o>{ORG})(?:\s*\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,20}\))?\s*,(?:[^;⟦⟧]|⟦\d+:\w+⟧){0,120}?"
        r"\bvertreten\s+durch\s+(?:den|die)\s+(?P<role>[A-ZÄÖÜ]\w+)\s*,?\s*"
        r"(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "die Leiterin des ⟦Bildungsbüros⟧, Frau ⟦Susanne Noack⟧"
        "head-of-apposition",
        "memberOf",
        r"\b(?P<role>{HEAD})\s+(?:des|der)\s+(?P<o>{ORG})\s*,\s*(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧ wird von ⟦Dr. Miriam X⟧ geleitet"
        "unit-led-by",
        "memberOf",
        r"(?P<o>{INSTITUTION}){G}\b(?:wird|wurde)\s+(?:[\w.]+\s+){0,3}?(?:von|vom|durch)\s+{DET}"
        r"(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})\s+geleitet",
    ),
    Cue(  # "das ⟦Schulamt⟧, das von Schulamtsleiterin ⟦X⟧ geleitet wird"; "das ⟦Dezernat⟧, das der
        # Beigeordnete ⟦Y⟧ leitet"
        "unit-led-relative",
        "memberOf",
        r"(?P<o>{INSTITUTION})\s*,\s*(?:das|der|die|dem)\s+(?:(?:von|vom)\s+)?{DET}"
        r"(?:(?P<role>{ROLEWORD}(?:\s+für\s+[^⟦⟧;.]{1,60}?)?)\s*,?\s+)?"
        r"(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s*)*(?P<s>{PERSON})\s*,?\s+(?:geleitet\s+wird|leitet|vorsteht)\b",
    ),
    Cue(  # "Geleitet wird ⟦es⟧ von ⟦Katharina X⟧"
        "unit-led-fronted",
        "memberOf",
        r"\bGeleitet\s+(?:wird|wurde)\s+(?P<o>{INSTITUTION})\s+(?:\w+\s+){0,2}?(?:von|vom)\s+{DET}"
        r"(?:(?P<role>{ROLEWORD})\s+)?(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s*)*(?P<s>{PERSON})",
    ),
    Cue(  # "Es wird geleitet von Frau ⟦Mirela X⟧"
        "unit-led-by-after",
        "memberOf",
        r"(?P<o>{INSTITUTION}){G}\b(?:wird|wurde)\s+(?:\w+\s+){0,2}?geleitet\s+(?:von|vom|durch)\s+{DET}"
        r"(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "das ⟦Amt für Schule⟧ (Amt 40) unter Leitung von ⟦Claudia X⟧"
        "unit-under-lead",
        "memberOf",
        r"(?P<o>{INSTITUTION})(?:\s*\([^()⟦⟧]{1,20}\))?\s+unter\s+(?:der\s+)?(?P<role>Leitung)\s+"
        r"(?:von|des|der)\s+(?:[A-ZÄÖÜ]\w+\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "Geleitet wird das ⟦Bildungsbüro⟧ von ⟦Anja X⟧": the head of an office works there
        "office-led-fronted",
        "memberOf",
        r"\bGeleitet\s+(?:wird|wurde)\s+{DET}(?P<o>{INSTITUTION})\s+(?:\w+\s+){0,2}?(?:von|vom)\s+"
        r"(?:(?:Frau|Herrn?|Prof\.|Dr\.)\s*)*(?P<s>{PERSON})",
    ),
    Cue(  # "Kreishandwerksmeister ⟦Bernd X⟧ (⟦Kreishandwerkerschaft Y⟧)": her or his affiliation
        "person-affiliation-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*\(\s*(?P<o>{INSTITUTION})\s*[),;]",
    ),
    Cue(  # signatures: "Für den ⟦Landkreis⟧: ⟦Kathrin X⟧, Landrätin"
        "signs-for",
        "memberOf",
        r"\bFür\s+(?:den|die|das)\s+(?P<o>{ORG})\s*:\s*(?:(?:Frau|Herrn?|Prof\.|Dr\.)\s*)*"
        r"(?P<s>{PERSON})",
    ),
    Cue(  # "Die Leitung des ⟦Fachbereichs⟧ hat Herr ⟦Holger X⟧ inne"
        "lead-held",
        "memberOf",
        r"\b(?P<role>Leitung)\s+(?:des|der)\s+(?P<o>{INSTITUTION})\s+(?:hat|hatte|obliegt|oblag|übernimmt"
        r"|liegt\s+bei|lag\s+bei)\s+{DET}(?:{ROLEWORD}\s+)?(?:(?:Herrn?|Frau)\s+)?(?P<s>{PERSON})",
    ),
    Cue(  # "dem ⟦Fachbereich⟧ zugeordnet, der wiederum zum ⟦Dezernat II⟧ gehört"
        "belongs-to-relative",
        "subOrganizationOf",
        r"(?P<s>{ORG})(?:\s*\([^()⟦⟧]{1,15}\))?[^⟦⟧,;]{0,30},\s*(?:der|die|das|welche[rs]?)\s+"
        r"(?:\w+\s+)?(?:zum|zur|zu\s+(?:der|dem))\s+(?P<o>{ORG})\s+(?:gehört|gehörte)",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(
        "head-of-is",
        "memberOf",
        r"\b(?P<role>{HEAD})\s+(?:des|der)\s+(?P<o>{ORG})\s+(?:ist|war|wird)\s+(?P<s>{PERSON})",
    ),
    Cue(
        "person-head-of",
        "memberOf",
        # "⟦Henning X⟧, zugleich Leitung des ⟦Bildungsbüros⟧"
        # "⟦Stefanie X⟧, Leiterin ⟦Bildungsbüro Landkreis Y⟧" on a title slide: no article
        r"(?P<s>{PERSON})\s*,\s*(?:(?:zugleich|auch|zudem)\s+)?(?P<role>{HEAD})\s+(?:(?:des|der)\s+)?"
        r"(?P<o>{ORG})",
    ),
    Cue(  # "⟦Petra Hahn⟧ (Leiterin des ⟦Jugendamtes X⟧)"
        "person-role-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*(?:\(|,)\s*(?P<role>{ROLEWORD}(?:\s+(?:für\s+)?[A-ZÄÖÜ][\w-]*){0,2})\s+"
        r"(?:des|der|im|in\s+der|beim|bei\s+der|vom|von\s+der)\s+(?P<o>{ORG})",
    ),
    Cue(  # "⟦Büro X⟧ (Leitung: ⟦Antje Köhler⟧)", "⟦Büro X⟧ (Bildungsmonitorerin ⟦Mandy Y⟧)"
        "staff-in-parens",
        "memberOf",
        r"(?P<o>{INSTITUTION})\s*\(\s*(?P<role>Leitung|{ROLEWORD})\s*:?\s+(?:(?:Frau|Herrn?)\s+)?"
        r"(?P<s>{PERSON})\s*\)",
    ),
    Cue(  # "⟦Jan Ohm⟧ (Migrationsberatung des ⟦Diakonischen Werks⟧)": a service of his employer
        "person-service-parens",
        "memberOf",
        r"(?P<s>{PERSON})\s*\(\s*(?:[A-ZÄÖÜ][\w-]*\s+){1,2}(?:des|der|im|beim)\s+(?P<o>{INSTITUTION})\s*[),;]",
    ),
    Cue(  # "Ansprechpartnerin im ⟦Bildungsbüro⟧: ⟦Aylin X⟧"
        "contact-in",
        "memberOf",
        r"\bAnsprechpart\w*\s+(?:im|in\s+der|beim|bei\s+der|des|der)\s+(?P<o>{INSTITUTION})\s*:\s*"
        r"(?:(?:Frau|Herrn?|Dr\.|Prof\.)\s*)*(?P<s>{PERSON})",
    ),
    Cue(  # "Im ⟦Bildungsbüro⟧ ist für das ⟦Bildungsmonitoring⟧ ⟦Tobias X⟧ zuständig"
        "responsible-in",
        "memberOf",
        r"\b(?:Im|In\s+der|Beim|Bei\s+der)\s+(?P<o>{INSTITUTION})\s+(?:ist|sind|war)\s+"
        r"(?:[^⟦⟧;.]|⟦\d+:(?:ActionField|Instrument)⟧){0,80}?(?P<s>{PERSON})\s+zuständig\b",
    ),
    Cue(  # "⟦Dr. Verena X⟧ wurde als neues Mitglied des ⟦Lenkungskreises⟧ benannt"
        "named-member",
        "memberOf",
        r"(?P<s>{PERSON}){G}\bals\s+(?:\w+\s+)?(?:stimmberechtigte\w*\s+)?Mitglied\s+(?:des|der|im|in\s+der)\s+"
        r"(?P<o>{BODY})",
    ),
    Cue(  # "⟦Maria Vogt⟧ vom ⟦Caritasverband⟧", "⟦Jens Ohm⟧ von der ⟦Volkshochschule⟧"
        "person-from",
        "memberOf",
        r"(?P<s>{PERSON})\s+(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+(?P<o>{ORG})",
    ),
    Cue(  # "Seit Mai verstärkt ⟦Jan Ohm⟧ ⟦unser Team⟧ als Referent"
        "joins-team",
        "memberOf",
        r"\bverstärk\w*\s+(?:(?:Frau|Herrn?)\s+)?(?P<s>{PERSON})\s+(?:das\s+Team\s+(?:des|der|im|in\s+der"
        r"|beim|bei\s+der)\s+)?"
        r"(?P<o>{ORG})(?:\s+als\s+(?P<role>[A-ZÄÖÜ]\w+))?",
    ),
    Cue(  # "⟦Svenja Ohm⟧, Referentin für Schulentwicklung im ⟦Fachbereich 4⟧"
        "person-post-in",
        "memberOf",
        r"(?P<s>{PERSON})\s*,\s*(?P<role>{ROLEWORD}(?:\s+(?:für\s+)?[A-ZÄÖÜ][\w-]*){0,3})\s+"
        r"(?:im|in\s+der|beim|bei\s+der|am)\s+(?P<o>{ORG})",
    ),
    # subOrganizationOf
    Cue(
        "genitive-unit",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:des|der)\s+(?:[A-ZÄÖÜ]\w+er\s+)?(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "die ⟦AG Bildungsmonitoring⟧ des ⟦Netzwerks⟧": a working group of a body
        "group-of-body",
        "subOrganizationOf",
        r"(?P<s>{BODY})\s+(?:des|der)\s+(?P<o>{BODY})",
        subject_head=r"(?:AG|Arbeitsgruppe|Arbeitskreis|Lenkungskreis|Lenkungsgruppe|Steuerungsgruppe"
        r"|Steuergruppe|Steuerungskreis|Unterarbeitsgruppe|Fachgruppe|Projektgruppe)\b",
    ),
    Cue(
        "comma-branch",
        "subOrganizationOf",
        # not inside an enumeration ("⟦FB Bildung⟧, ⟦FB Soziales⟧, ⟦Sachgebiet X⟧, ⟦VHS⟧")
        r"{UNLISTED}(?P<o>{ORG})\s*[,–]\s*(?P<s>{ORG})(?!\s*(?:,|und|sowie)\s*{DET}⟦)",
        subject_head=BRANCH_HEADS,
    ),
    Cue(
        "unit-within",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:bildet|ist)\s+(?:ein|eine|einen)\s+{G}(?:Sachgebiet|Referat|Abteilung|Organisationseinheit|Einheit|Stabsstelle|Bereich|⟦\d+:AdministrativeUnit⟧)\s+(?:in|im|innerhalb)\b{G}(?P<o>{ORG})",
    ),
    Cue(
        "part-of-programme",
        "participatesIn",
        r"(?P<s>{ACTS})\s+(?:ist|sind|war|waren)\s+(?:\w+\s+){0,2}?(?:Teil|Bestandteil)\s+(?:des|der)\s+(?:[a-zäöü]\w*(?:e|en)\s+)?{PW}(?P<o>{PROG})",
    ),
    Cue(  # "Sachgebiet Kindertagesbetreuung im Fachbereich 3"
        "unit-in-unit",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s+(?:im|in\s+der|in\s+dem|innerhalb\s+(?:der|des))\s+(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "das Bildungsbüro (Dezernat II, Jugend und Bildung)": where it stands in the chart
        "unit-in-parens",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*\(\s*(?:(?:angesiedelt|verortet)\s+)?(?:(?:im|in\s+der|beim)\s+)?"
        r"(?P<o>{ORG})\s*(?:[,;][^()⟦⟧]{0,40})?\)",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Innerhalb des ⟦Dezernats II⟧ ist das ⟦Amt für Schule⟧ für … zuständig"
        "within-unit-is",
        "subOrganizationOf",
        r"\b(?:Innerhalb|Im|In)\s+(?:des|der|dem)?\s*(?P<o>{ORG})\s+(?:ist|sind|befindet\s+sich"
        r"|befinden\s+sich|arbeitet|arbeiten)\s+{DET}(?P<s>{ORG})",
        subject_head=UNIT_HEADS,
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦KI⟧ ist als Stabsstelle unmittelbar dem ⟦Dezernat II⟧ unterstellt"
        "reports-to",
        "subOrganizationOf",
        # "… dem ⟦Dezernat II⟧ (Bildung und Soziales) der Kreisverwaltung zugeordnet"
        r"(?P<s>{INSTITUTION}){G}\b(?:dem|der)\s+(?P<o>{ORG})(?:\s*\([^()⟦⟧]{1,60}\))?"
        r"{OWNER}\s+(?:\w+\s+)?(?:unterstellt|zugeordnet"
        r"|angegliedert|nachgeordnet)\b",
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Dem ⟦Dezernat III⟧, das …, sind das ⟦Jugendamt⟧ und das ⟦Sozialamt⟧ zugeordnet";
        # "Dem ⟦Dezernat II⟧ gehören das ⟦Amt 40⟧ und das ⟦Amt 50⟧ an"
        "assigned-units",
        "subOrganizationOf",
        # "Ihm gehören …" (the pronoun resolved to the unit named before)
        r"(?:\b(?:Dem|Der)\s+|^)(?P<o>{ORG})(?:\s*,[^;.]{0,100}?,)?\s+(?:(?:sind|ist|wurden|wurde|werden|wird)\s+"
        r"{DET}(?P<s>{ORGS})\s+(?:\w+\s+)?(?:zugeordnet|unterstellt|angegliedert)|gehör\w*\s+{DET}"
        r"(?P<s2>{ORGS})(?:\s*\([^()]{1,40}\))?\s+an)\b",
        object_head=UNIT_HEADS,
    ),
    Cue(  # "Dem ⟦Amt 40⟧ sind folgende Organisationseinheiten zugeordnet:"
        "intro-assigned-units",
        "subOrganizationOf",
        r"\b(?:Dem|Der)\s+(?P<o>{ORG})\s+(?:sind|ist)\s+(?:[\w-]+\s+){0,3}?(?:zugeordnet|unterstellt"
        r"|angegliedert)\s*:\s*$",
        intro=True,
    ),
    Cue(  # "⟦Landkreis X⟧ (⟦Bildungsbüro⟧, ⟦Jugendamt⟧)": the county with the offices taking part
        "units-in-parens",
        "carriedBy",
        r"(?P<o>{MUNI})\s*\(\s*(?P<s>{ORGS})\s*\)",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "Das ⟦Bildungsbüro⟧, das seit 2023 als eigenes Sachgebiet dem ⟦Fachbereich 4⟧ angehört"
        "belongs-relative",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*,\s*(?:das|der|die)\s+(?:[\w.]+\s+){0,6}?(?:dem|der)\s+(?P<o>{ORG})\s+"
        r"(?:angehört|angehörte|(?:zugeordnet|unterstellt|angegliedert)\s+(?:ist|war|wurde))\b",
        object_head=UNIT_HEADS,
        subject_fixed=True,
    ),
    Cue(  # "Der ⟦Bildungsbeirat⟧ richtet die ⟦AG X⟧ ein", "Der ⟦Landkreis⟧ richtet eine ⟦Y⟧ ein"
        "sets-up",
        "subOrganizationOf",
        r"(?P<o>⟦\d+:(?:Body|Municipality)⟧)\s+(?:richtet|richtete|richten)\s+(?:[\w.]+\s+){0,3}?"
        r"(?:die|den|das|eine[nr]?|ein)\s+(?:\w+\s+)?(?P<s>{BODY})\s+(?:\w+\s+){0,3}?ein\b",
        subject_fixed=True,
    ),
    Cue(  # "das Amt gehört zum Dezernat II"
        "belongs-to",
        "subOrganizationOf",
        r"(?P<s>{ORG})(?:\s*\([^()⟦⟧]{1,20}\))?\s+(?:gehört|gehören|gehörte|gehörten)\s+(?:\w+\s+){0,3}?"
        r"(?:zum|zur|zu\s+(?:der|dem))\s+(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "das ⟦Bildungsbüro⟧, seit 2022 ein eigenes Sachgebiet im ⟦Amt für Bildung⟧"
        "apposition-unit-in",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*,\s*(?:[\w.]+\s+){0,3}?(?:ein(?:e|es|en)?\s+)?(?:eigene[sr]?\s+)?"
        r"(?:Sachgebiet|Referat|Abteilung|Stabsstelle|Fachdienst|Team|Organisationseinheit)"
        r"(?:\s+[\d.]+)?\s+(?:im|in\s+der|beim|bei\s+der)\s+(?P<o>{ORG})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "im ⟦Amt⟧, das wiederum dem ⟦Dezernat II⟧ (…) der Stadtverwaltung zugeordnet ist"
        "assigned-relative",
        "subOrganizationOf",
        r"(?P<s>{ORG})\s*,\s*(?:das|der|die)\s+(?:\w+\s+){0,2}?(?:dem|der)\s+(?P<o>{ORG})"
        r"(?:\s*\([^()⟦⟧]{1,60}\))?[^⟦⟧;.]{0,40}?\s(?:zugeordnet|unterstellt|angegliedert)\s+"
        r"(?:ist|sind|wurde|war)\b",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "Zum ⟦Referat⟧ gehört das ⟦Amt für Schulen⟧"
        "belongs-to-fronted",
        "subOrganizationOf",
        r"\bZu(?:m|r)\s+(?P<o>{ORG})(?:\s*,[^;.⟦⟧]{0,100}?,)?\s+(?:gehört|gehören|gehörte|gehörten|zählt|zählen)\s+"
        r"(?:\w+\s+)?{DET}(?P<s>{ORGS})",
        subject_head=UNIT_HEADS,
    ),
    Cue(  # "der ⟦Ausschuss für Bildung⟧ des ⟦Kreistages⟧": a committee of its council
        "committee-of-council",
        "subOrganizationOf",
        r"(?P<s>{BODY})\s*,?\s+(?:(?:einem|einer|eines)\s+(?:der|von\s+den)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:Ausschüsse|Gremien)\s+)?(?:des|der)\s+(?P<o>{BODY})",
        subject_head=r"\w*[Aa]usschuss",
        object_head=COUNCIL_HEADS,
    ),
    Cue(  # "Dem ⟦Stadtrat⟧ und seinem ⟦Ausschuss für Bildung⟧ wird berichtet"
        "council-and-its-committee",
        "subOrganizationOf",
        r"(?P<o>{BODY}){OFTOWN}\s+(?:und|sowie)\s+(?:sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?)\s+(?P<s>{BODY})",
        subject_head=r"\w*[Aa]usschuss",
        object_head=COUNCIL_HEADS,
    ),
    Cue(
        "part-of",
        "subOrganizationOf",
        r"(?P<s>{ORG}){OFTOWN}\s+(?:ist|sind|wurde)\s+(?:\w+\s+){0,2}?(?:Teil|Bestandteil)\s+(?:des|der)\s+"
        r"(?P<o>{ORG})",
    ),
)


@dataclass(frozen=True)
class HeadCue:
    """A wording that leaves one party unnamed ("Mitglieder u. a. A, B", "Trägerschaft: X"):
    the list item it stands in, or the item above, says what it is about (its head)."""

    name: str
    predicate: str
    pattern: str  # names the other parties only, as group "other"
    head_is: str  # "o" or "s": the place the head takes in the relation
    head_types: tuple[str, ...]
    head_first: bool = False  # the item's first party (its subject), not the last one named
    other_types: tuple[str, ...] = ORG_TYPES  # a list may run on over bodies; they are skipped

    def compiled(self) -> re.Pattern[str]:
        return Cue(self.name, self.predicate, self.pattern).compiled()


_HOSTS = ("Body", "Programme", *ORG_TYPES)
HEAD_CUES: tuple[HeadCue, ...] = (
    HeadCue(  # "Das ⟦Bildungsbüro⟧ … Zum Team gehören Herr ⟦A⟧ (…), Frau ⟦B⟧ (…)"
        "team-of-head",
        "memberOf",
        r"\b(?:Zum|Im|Dem)\s+Team\s+(?:gehören|gehörten|arbeiten|sind)\s*:?\s*{LEADIN}"
        r"(?P<other>{ANYS})",
        "o",
        ("AdministrativeUnit", "Organization"),
        head_first=True,
        other_types=("Person",),
    ),
    HeadCue(
        "members-of-head",
        "participatesIn",
        r"\b(?:ständige\w*\s+|neue\w*\s+)?Mitglieder(?:\s+sind)?(?:\s+(?:damit|u\.\s?a\.|unter\s+anderem"
        r"|jetzt|nun|auch))*\s*:?\s*{LEADIN}(?P<other>{ANYS})",
        "o",
        ("Body", "Programme"),
    ),
    HeadCue(
        "represented-in-head",
        "participatesIn",
        r"\b(?:vertreten|beteiligt|eingebunden)\s+sind(?:\s+(?:auch|zudem|außerdem))?"
        r"(?:\s+neben\s+{DET}(?:(?P<also>{ACT})|[^⟦;:]{1,30}?))?\s*:?\s*{LEADIN}(?P<other>{ANYS})",
        "o",
        ("Body", "Programme"),
    ),
    HeadCue(  # "AG X eingerichtet; Leitung gemeinsam durch Herrn A und Frau B"
        "led-by-head",
        "chairedBy",
        r"\b(?:Leitung|Vorsitz|Federführung)(?:\s+gemeinsam)?\s*(?:durch|:)\s+{LEADIN}(?P<other>{ANYS})",
        "s",
        ("Body",),
        other_types=("Person", *ORG_TYPES),
    ),
    HeadCue(  # "• Bildungsbüro im Landratsamt – Leitung: Stefanie X": she works there
        "head-of-unit-item",
        "memberOf",
        # an item of its own ("   – Leitung: X"), not "Bildungsbüro (Leitung: X)" inside a sentence
        r"^\W*(?P<role>Leitung|Leiter(?:in)?)\s*:\s*(?:(?:Frau|Herrn?)\s+)?(?P<other>{PERSON})",
        "o",
        ("AdministrativeUnit", "Organization"),
        head_first=True,
        other_types=("Person",),
    ),
    HeadCue(
        "carrier-of-head",
        "carriedBy",
        r"(?:\bTrägerschaft\s*:|\bTräger(?:in)?\s+(?:ist|sind|war)|\bGeschäftsstelle"
        r"(?:\s+(?:liegt|ist|sitzt))?\s+(?:bei|beim|im|in\s+der|am))\s*{DET}(?P<other>{ORG})",
        "s",
        _HOSTS,
        head_first=True,
    ),
)
