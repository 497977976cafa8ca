"""The language of the relation cues: placeholders, macros and the cue records.

Each cue is a regular expression over a *masked* sentence in which every entity mention is
replaced by a placeholder ``⟦index:Type⟧``. Macros in braces expand to placeholders of the
allowed types, so a cue states its type constraints and its direction in one readable line:
group ``s`` holds the subject(s), group ``o`` the object(s), ``role`` an optional role label and
``otext`` a role phrase standing in for an object that the entity extractor did not mark
(``unter Vorsitz des Beigeordneten für Schule``). Groups may hold lists of placeholders; every
subject is paired with every object. The cues themselves are data, one module per kind of
relation (`ingest.cues_*`); `ingest.relation_cues` lists them in the order they are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.naming import GROUP_OF_BODY_WORDS

ACTOR_TYPES = ("Organization", "AdministrativeUnit", "Municipality", "Person")
ORG_TYPES = ("Organization", "AdministrativeUnit", "Municipality")
UNIT_HEADS = (  # "Regionales Bildungsbüro", "RÜMSA-Koordinierungsstelle"
    r"(?:[A-ZÄÖÜ]\w*(?:e|es|er|en)\s+)?(?:[A-ZÄÖÜ]\w*-)?(?:[A-ZÄÖÜ]\w*(?:amt|ämter|büro)\b|Abteilung|Amt\b|Referat|Sachgebiet|Stabsstelle|Regionalstelle|Außenstelle|Geschäftsstelle"
    r"|Fachbereich|Fachdienst|Dezernat|Geschäftsbereich|Bereich|Büro|Bildungsbüro|Servicestelle|Koordinierungsstelle"
    r"|Fachstelle|Netzwerkbüro|Niederlassung|Standort|Lehrstuhl|Institut|Fakultät)"
)
# a town's own institutions, run inside its administration ("Zum Dezernat II gehören … die
# Volkshochschule und die Stadtbibliothek")
OWN_INSTITUTION_HEADS = (  # ("das Kommunale Integrationszentrum": an adjective before)
    r"(?:[A-ZÄÖÜ]\w*(?:e|es|er|en)\s+)?(?:[A-ZÄÖÜ]\w*)?(?:[Vv]olkshochschule|[Bb]ibliothek"
    r"|[Mm]usikschule|[Mm]useum|[Mm]edienzentrum|[Ii]ntegrationszentrum)"
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


# an item's owner in the genitive, no member of the list (`list_relations.indices` skips it)
OWNER_OF_ITEM = r"\s+(?:der|des)\s+⟦\d+:Municipality⟧"
OWNER_AFTER = rf"(?:{OWNER_OF_ITEM}(?=\s*(?:[,;/]|und\b|sowie\b)))?"
# the deputies counted: "der Zweite Bürgermeister", "die Erste Kreisbeigeordnete"
COUNTED = r"(?:Erst|Zweit|Dritt)"


def _many(*types: str) -> str:
    """An enumeration of placeholders: "A, der B und des C (CC) sowie D"."""
    one = (
        _one(*types)
        + r"(?:\s*\(⟦\d+:\w+⟧\))?"  # a short form marked as a name of its own
        + OWNER_AFTER  # "die ⟦Statistikstelle⟧ der ⟦Stadt X⟧, der ⟦Fachbereich⟧ …": whose
    )
    sep = (
        r"(?:\s*\((?:[^()⟦⟧]|⟦\d+:(?:ActionField|Instrument)⟧){1,60}\))?"  # "(Bildungsmonitoring)"
        # ("⟦A⟧ · ⟦B⟧", "⟦A⟧  I  ⟦B⟧": a slide's separators, the bar read as an "I")
        r"(?:\s*[,;/·|]\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie|oder|bzw\.)\s+|\s+I\s+(?=⟦))"
        # "vom ⟦Kreis⟧, vom ⟦Jobcenter⟧ und von der ⟦Agentur⟧": the preposition repeated
        r"(?:(?:(?:von|mit|aus)\s+(?=(?:der|dem|den)\s))?(?:der|des|die|das|dem|den|vom|von)\s+"
        r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:en|er)\s+(?=⟦))?)?"
        r"(?:(?:Städte|Landkreise|Gemeinden)\s+)?"
    )
    return one + r"(?:" + sep + one + r")*"


# a word of a post's remit, which may be marked as an action field: "für Schule, Bildung und
# ⟦Integration⟧"
_REMIT_WORD = r"(?:(?-i:[A-ZÄÖÜ])[\w-]*|⟦\d+:ActionField⟧)"
ROLE_PHRASE = (
    r"(?:[A-ZÄÖÜ]\w*)?(?:[Bb]ürgermeister|Beigeordnet|Leiter|Dezernent|Landr[aä]t|Stadtr[aä]t|Präsident"
    r"|Direktor|Geschäftsführ|Vorsitzend|Koordinator|Sprecher|Rektor|Referent|Senator|Schulr[aä]t"
    r"|Kreisr[aä]t|Ministerialr[aä]t|Regierungsr[aä]t|Ministerialdirigent)\w*"
    # the remit's nouns keep their capitals ("für Bildung und Soziales", not "… und bindet")
    rf"(?:\s+(?:für|der|des)\s+{_REMIT_WORD}(?:(?:\s*,\s*|\s+und\s+){_REMIT_WORD})*)?"
)

# "Frau Dr. ", "Herrn Prof. ": the titles and forms of address before a person's name
TITLES = r"(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s*)*"

# "(Abk.)", "(⟦Agentur X⟧)", "(Bildung und Soziales)": a note in parentheses after a name
NOTE_IN_PARENS = r"(?:\s*\((?:[^()⟦⟧]|⟦\d+:\w+⟧){1,60}\))?"

# running a body: "leitet", "koordiniert", "moderiert" (present tense: "die vom ⟦A⟧
# koordinierte ⟦Konferenz⟧" is an adjective)
_RUNNING_VERBS = ("leitet", "leiten", "koordiniert", "koordinieren", "moderiert", "moderieren")

# an agent phrase: "vom ⟦BMBF⟧ gefördert", "von der ⟦VHS⟧ gemeinsam mit …"
AGENT = r"\b(?:vom|von\s+der|von\s+dem|durch\s+(?:den|die|das))"

MACROS = {
    "AGENT": AGENT,
    "ACT": _one(*ACTOR_TYPES),
    "ACTS": _many(*ACTOR_TYPES),
    "ORG": _one(*ORG_TYPES),
    "MUNI": _one("Municipality"),
    "LEAD": r"\s+(?:[-*+–▶►▪•>]\s*)*",
    "ORGS": _many(*ORG_TYPES),
    "BODY": _one("Body"),
    "HOLDER": _one(*ORG_TYPES, "Body"),  # who may carry a project: a network, too
    "HOLDERS": _many(*ORG_TYPES, "Body"),
    "PROG": _one("Programme"),
    "PROGS": _many("Programme"),
    "BP": _one("Body", "Programme"),
    # a transfer object only ever stands here as "das Projekt" inside its own product mask
    "ANY": _one(*ACTOR_TYPES, "Body", "Programme", "TransferObject"),
    "ANYS": _many(*ACTOR_TYPES, "Body", "Programme", "TransferObject"),
    "MEMBERS": _many(*ACTOR_TYPES, "Body"),  # "… und der ⟦Kreiselternrat⟧": councils are members
    "FUNDERS": _many(*ORG_TYPES, "Programme"),
    "FUNDER": _one("Organization"),
    "INSTITUTION": _one(
        "Organization", "AdministrativeUnit"
    ),  # not a municipality  # not a municipality: "das Programm X der Stadt Y" is hers
    "PERSON": _one("Person"),
    "TITLES": TITLES,
    # a word for a post: "Leiterin", "Referent", "Koordinatorin", "Beauftragte", "Vorsitzender"
    "ROLEWORD": (
        r"[A-ZÄÖÜ]\w*(?:er|erin|ent|entin|tor|torin|eur|eurin|ende|ender|ragte|ragter|rat|rätin"
        r"|ordnete|ordneter|ordneten)\b"
    ),
    "HEAD": (
        r"(?:Leiter|Geschäftsführer|Geschäftsführung|Leitung|Vorsitzende|Koordinator|Sprecher"
        r"|Referent|Vorstand|Vorständin)\w*"
    ),
    # "Bürgermeisterin ⟦Anne Fichte⟧": the person holding the office, else the office alone
    # "des zuständigen Beigeordneten ⟦X⟧", "der Ersten Kreisbeigeordneten ⟦Y⟧"
    # ("der Zweite Bürgermeister ⟦X⟧": a deputy counted)
    "CHAIR": rf"(?:(?:(?:{COUNTED}(?:e|er|en)|Stellvertretenden?"
    r"|(?:für\s+\w+\s+)?zuständigen)\s+)?"
    r"(?:"
    + ROLE_PHRASE
    + r"(?:\s+(?:des|der)\s+⟦\d+:Municipality⟧\s*,)?\s*,?\s+)?"
    + TITLES
    + r"(?:(?<=\s)[A-ZÄÖÜ]\w*(?:meister|meisterin)\s+)?(?P<o>"
    + _one(*ACTOR_TYPES)
    # "von Frau ⟦A⟧ und Herrn ⟦B⟧", "von ⟦A⟧ (⟦Agentur⟧) und ⟦B⟧": two chairs
    # ("von ⟦A⟧, Ausbildungsleiter der ⟦X⟧, und Schulrätin ⟦B⟧ vom ⟦Y⟧": with their posts)
    + r"(?:(?:"
    + NOTE_IN_PARENS
    + r"|,\s+[A-ZÄÖÜ]\w*\s+(?:der|des|vom|im|von\s+der)\s+⟦\d+:\w+⟧\s*,)"
    + r"\s+und\s+(?:(?:der|des|dem)\s+)?"
    + r"(?:[A-ZÄÖÜ]\w*(?:e|en|er)\s+)?(?:"
    + ROLE_PHRASE
    + r"\s+)?"
    + TITLES
    + _one("Person")
    + r"(?:\s+(?:vom|von\s+der|der|des)\s+⟦\d+:(?:Organization|AdministrativeUnit)⟧)?"
    + r")?)|(?P<otext>"
    + ROLE_PHRASE
    + r"))",
    # themes are no parties; "der ⟦Stadt X⟧" after a name only says whose it is
    # and one introduced with an indefinite article is what is being built, not a party
    # nor the body right after a group: "die ⟦AG X⟧ des ⟦Netzwerks⟧ wird von … geleitet"
    "G": r"(?:[^⟦⟧;]|⟦\d+:(?:ActionField|Instrument)⟧|(?<=der |des )⟦\d+:Municipality⟧"
    r"|(?<=⟧ der |⟧ des )⟦\d+:Body⟧|(?<=\w⟧ )⟦\d+:Municipality⟧"  # "⟦Bildungsbüro⟧ ⟦Landkreis X⟧"
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
    "RUNS": "(?:" + "|".join(_RUNNING_VERBS) + ")",
    # not the subject of a verb of running before it: "leitet das ⟦A⟧ gemeinsam mit …"
    "UNRUN": "".join(rf"(?<!{verb}\s\w{{3}}\s)" for verb in _RUNNING_VERBS),
    # "…, die ⟦A⟧; die ⟦B⟧ wird …": the list ended, ⟦B⟧ is the next clause's subject
    "NOCLAUSE": r"(?!\s+(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte)\b)",
    # "Träger", "Trägerin", "Schulträger", "Einrichtungsträger": who carries an institution
    # ("deren alleiniger Gesellschafter der ⟦Landkreis⟧ ist": the owner of a company)
    "CARRIER": r"(?:(?:alleinige|einzige)[rn]?\s+)?(?:(?:Schul|Einrichtungs)?[Tt]räger(?:in)?"
    r"|Gesellschafter(?:in)?|Veranstalter(?:in)?|Ausrichter(?:in)?)",  # who holds an event series
    # "⟦Fachbereich 4⟧ der Kreisverwaltung", "⟦Dezernat II⟧ des ⟦Landkreises⟧": whose unit
    # or whose office heads it: "dem ⟦Dezernat I⟧ der Oberbürgermeisterin"
    # or where it stands: "der ⟦Abteilung Stadtentwicklung⟧ im ⟦Bauamt⟧"
    "OWNER": r"(?:\s+(?:des|der)\s+(?:⟦\d+:\w+⟧|\w*verwaltung|(?:Ober)?[Bb]ürgermeister\w*"
    r"|Landr[aä]t\w*)|\s+(?:im|in\s+der)\s+⟦\d+:AdministrativeUnit⟧)?",
    # "im neu zugeschnittenen ⟦Fachbereich 4⟧": words describing the place
    "DESCR": r"(?:[a-zäöüß]+\s+){0,2}?",
    # "die Städte ⟦A⟧", "die Dezernate I–III, ⟦B⟧": words before the first named party
    "LEADIN": r"[^⟦⟧;.]{0,40}?",
    # a group of a body: "Untergruppe", "ständige Arbeitsgruppe", "vorberatender Ausschuss"
    "SUBGROUP": rf"(?:{GROUP_OF_BODY_WORDS}|Untergremium|Unterausschuss|Fachausschuss|Ausschuss)",
    "PW": (
        # ("die Landesinitiative „⟦KAoA⟧“", "die Förderlinie „⟦X⟧“", "die Landesstrategie ⟦OloV⟧")
        r"(?:[\w-]*[Pp]rogramm\w*\s+|[\w-]*[Pp]rojekt\w*\s+|[\w-]*[Ii]nitiative\s+|Förderlinie\s+"
        r"|[\w-]*[Ss]trategie\s+)?"
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
