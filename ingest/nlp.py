"""The German spaCy pipeline of the extractors: tokenizer, sentences, lookup lemmas, naming rules.

No trained German model is available, so the pipeline is ``spacy.blank("de")`` plus rules: an
EntityRuler whose token patterns are generated from the naming patterns in ``ingest.naming``
and from the ontology's action-field schemes (the gazetteer). Components are registered by
name and assembled from configuration; the only state is the cached pipeline.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ingest import municipal_kinds, naming
from ingest.first_names import is_first_name
from ingest.timeframes import MONTHS

_KIND_NOUNS = [noun.lower() for noun in municipal_kinds.NOUNS]

Token = dict[str, Any]
SCHEMES_TTL = Path(__file__).resolve().parent.parent / "ontology" / "schemes.ttl"
ACTION_FIELD_SCHEMES = ("ActionFieldScheme", "TopicFieldScheme")
_QUOTE_CHARS = r"[„“”\"‚‘»«]"
_ALL_QUOTES = sorted(set(naming.QUOTES_OPEN + naming.QUOTES_CLOSE))


def _adj(op: str | None = "?") -> Token:
    spec: Token = {
        "TEXT": {"REGEX": naming.ADJ_REGEX},
        # "jährliche Bildungskonferenz X": how often a body meets is no part of its name
        "LOWER": {
            "NOT_IN": _NO_NAME_WORDS,
            "REGEX": r"^(?!" + naming.RECURRING.lstrip("^") + ")",
        },
    }
    return {**spec, "OP": op} if op else spec


def _word(regex: str, op: str | None = None, extra_not: list[str] | None = None) -> Token:
    spec: Token = {
        "TEXT": {"REGEX": regex},
        "LOWER": {"NOT_IN": naming.FUNCTION_WORDS + (extra_not or [])},
    }
    return {**spec, "OP": op} if op else spec


# "Fachbereich Bildung, Jugend und Sport / Oktober 2023": a date line ends a remit
MONTH_WORDS = [m for m in MONTHS if len(m) > 4 or m in ("mai", "juni", "juli", "märz")]
# parts of a year and of a whole: "im Dezernat II Ende 2023" dates the sentence, "als
# Sachgebiet 40.3 Teil des Amtes" says where it stands; neither names anything
_TIME_WORDS = ["anfang", "ende", "mitte", "beginn", "frühjahr", "herbst", "sommer", "winter"]
_PART_WORDS = ["teil", "bestandteil"]
# words that are never a word of a name: articles, roles, months, table column heads
_NO_NAME_WORDS = (
    naming.FUNCTION_WORDS
    + naming.ROLE_NOUNS
    + MONTH_WORDS
    + _TIME_WORDS
    + _PART_WORDS
    + naming.TABLE_COLUMN_WORDS
)


def _list_word(allowed: tuple[str, ...] = ()) -> Token:
    return {
        "TEXT": {"REGEX": naming.LISTWORD_REGEX},
        "LOWER": {
            "NOT_IN": [w for w in _NO_NAME_WORDS if w not in allowed],
            "REGEX": naming.NOT_A_LIST_ITEM,
        },
    }


# the people a remit after "für" serves: "Amt für Kinder, Jugend und Familie"
_REMIT_PEOPLE = ("kinder", "eltern", "schüler", "lehrer", "bürger")


def _quoted() -> list[Token]:
    return [
        {"ORTH": {"IN": naming.QUOTES_OPEN}},
        {"TEXT": {"NOT_IN": _ALL_QUOTES}, "OP": "{1,12}"},
        {"ORTH": {"IN": naming.QUOTES_CLOSE}},
    ]


_NOT_ABSTRACT = r"^(?!.*(?:arbeit|ung|keit|heit|schaft|tion|ität|ismus)$)"


def _macros() -> dict[str, list[list[Token]]]:
    """Macro name -> alternative token sequences (an empty sequence makes it optional)."""
    place: Token = {
        "TEXT": {"REGEX": naming.PLACE_REGEX},
        "LOWER": {
            "NOT_IN": naming.FUNCTION_WORDS
            + naming.ROLE_NOUNS
            + naming.PREDICATE_NOUNS
            + naming.TABLE_COLUMN_WORDS,
            "REGEX": naming.NOT_AN_ORG_HEAD,
        },
    }
    name = _word(naming.NAMEWORD_REGEX)
    opt_place: Token = {**place, "OP": "?"}
    place_adjective: Token = {"TEXT": {"REGEX": rf"^{naming.PLACE_NAME_ADJECTIVE}$"}}
    # "den Landkreis X", "die Stadt Y", "die Region X", "das Bistum X": a district an office
    # or association is for
    district: list[Token] = [
        {"LOWER": {"IN": ["den", "die", "das"]}},
        {"LOWER": {"IN": [*_KIND_NOUNS, "region", "diözese", "bistum"]}},
        place,
    ]
    qualifier: Token = {**place, "NORM": {"REGEX": _NOT_ABSTRACT}}
    sep: Token = {"ORTH": {"IN": [",", "und", "sowie", "&"]}, "OP": "?"}
    tail = [sep, _adj(), {**_list_word(_REMIT_PEOPLE), "OP": "?"}]
    # "X", "X und Y", "X, Y und Z" (up to six: "für Kinder, Jugend, Familie, Gleichstellung,
    # Flucht und Integration"): one pattern; separators left at the end are trimmed later.
    nounlist = [[_adj(), _list_word(_REMIT_PEOPLE), *tail, *tail, *tail, *tail, *tail]]
    der: Token = {"LOWER": "der"}
    org: Token = {"TEXT": {"REGEX": naming.ORG_COMPOUND}}
    hyphenated: Token = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wäöüß]*-$"}}
    und: Token = {"LOWER": {"IN": ["und", "oder"]}}
    slash: Token = {"ORTH": "/"}
    # a river or landscape after "am"/"an der": a short proper name, not "am Bundesprogramm"
    river: Token = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]{2,9}$"}, "_": {"common_noun": False}}
    landscape: Token = {
        "TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]{2,}(?:tal|land|gau|grund|heide|marsch)$"},
        "_": {"common_noun": False},
    }
    # "Bad X", "Ostseebad Y": a spa's title is part of the town's name
    spa: Token = {"ORTH": {"IN": ["Bad", "Ostseebad", "Nordseebad", "Seebad", "Ostseeheilbad"]}}
    adjective: Token = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er|en)$"}}
    dashed_word: Token = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wäöüß]*[-–][A-ZÄÖÜ][\wäöüß]+$"}}
    dash: Token = {"ORTH": "–"}  # a spaced hyphen separates phrases more often
    # "… des Saarlandes": a state named by its genitive alone
    of_land: list[Token] = [{"LOWER": "des"}, {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+landes$"}}]
    # "Schule/Unternehmen/Hochschulen": partners named by slashes
    slashlist = [_list_word(), slash, _list_word(), {**slash, "OP": "?"}]
    slashlist.append({**_list_word(), "OP": "?"})
    branch_word: Token = {
        "LOWER": {"IN": ["zu", "regionalstelle", "region", "außenstelle", "geschäftsstelle"]},
        "OP": "?",
    }
    legal: list[list[Token]] = [
        [{"ORTH": {"IN": ["e.V.", "gGmbH", "GmbH", "mbH", "gUG", "eG", "e.V"]}}],
        [{"ORTH": "e."}, {"ORTH": "V."}],
        # "Reisinger Präzisionsguss GmbH & Co. KG": a limited partnership with a GmbH partner
        [{"ORTH": "GmbH"}, {"ORTH": "&"}, {"ORTH": {"IN": ["Co.", "Co"]}}, {"ORTH": "KG"}],
    ]
    quoted = _quoted()
    zu: Token = {"LOWER": {"IN": ["zu", "zur", "zum"]}}
    year: Token = {"TEXT": {"REGEX": r"^(?:19|20)\d\d[a-z]?$"}}
    of: Token = {"LOWER": {"IN": ["der", "des"]}}
    members: Token = {**_word(naming.NOT_A_DISTRICT), "NORM": {"REGEX": naming.MEMBERS_NORM}}
    of_members = [
        [of, _adj(), members],
        # "Bildungsrunde der Ämter und Städte", "Landesnetzwerk der Bildungsbüros NRW",
        # "Netzwerk der Bildungskommunen in Sachsen-Anhalt": members joined or placed
        [of, _adj(), members, und, members],
        [of, _adj(), members, {"TEXT": {"REGEX": naming.ACRONYM_REGEX}}],
        [of, _adj(), members, place],
        [of, _adj(), members, {"LOWER": "in"}, place],
    ]
    body_name = [
        quoted,
        [_list_word()],
        [_list_word(), und, _list_word()],
        [_list_word(), _list_word(), {"ORTH": "–"}, _list_word()],  # not a list's "- " bullet
        [_list_word(), {"ORTH": "–"}, _list_word()],  # "Arbeitskreis Schule – Wirtschaft"
        [_list_word(), {"ORTH": "–"}, _list_word(), place],
        # "Netzwerk Bildung für nachhaltige Entwicklung"
        [_list_word(), {"LOWER": "für"}, {"TEXT": {"REGEX": r"^[a-zäöüß]+(?:e|en|er|es)$"}}, name],
        slashlist,
        [zu, _adj(), name, {**name, "OP": "?"}, {**name, "OP": "?"}],
        [_list_word(), _list_word()],
        [_list_word(), _list_word(), place],  # "Netzwerk Frühe Hilfen Aichelfingen"
        [_list_word(), {"LOWER": "im"}, landscape],  # "Städtenetzwerk Bildung im Saaletal"
        # "Netzwerk der Transferagenturen": whose network it is (not "… der Stadt X")
        [of, _adj(), _word(naming.NOT_A_DISTRICT)],
        *of_members[1:],
    ]
    letters = naming.NAME_LETTERS
    person = _word(  # "ABmann": OCR read the ß of "Aßmann" as B
        rf"^[A-ZÄÖÜ](?:{letters}+B?{letters}*|B{letters}+)(?:-[A-ZÄÖÜ]{letters}+)?$",
        extra_not=naming.ROLE_NOUNS,
    )  # "Yıldız", "Nowak-Wójcik": names keep their letters
    first_name: Token = {**person, "_": {"first_name": True}}
    return {
        "ADJ?": [[_adj()]],
        "FUER": [[{"LOWER": {"IN": naming.FUER}}]],
        "FUER?": [[], [{"LOWER": {"IN": naming.FUER}}]],
        "NOUNLIST": nounlist,
        # "Übergang Schule – Beruf", "Schule – Wirtschaft"
        "DASHED_TOPIC": [
            [_list_word(), _list_word(), dash, _list_word()],
            [_list_word(), dash, _list_word()],
        ],
        "NOUNLIST?": [[], *nounlist],
        "NOUNLIST_OR_QUOTED": [*nounlist, quoted],
        "NOUNLIST_OR_QUOTED?": [[], *nounlist, quoted],
        "TOPIC_TAIL?": [[], *nounlist, slashlist],
        "NAMEWORD": [[name]],
        "NAMEWORD?": [[], [name]],
        "NAME": [[name], [name, place]],
        # "Stadt Bad Pyrmont", "Verwaltungsgemeinschaft Mittleres Kammeltal"
        "PLACE": [[place], [spa, place], [place_adjective, place]],
        "PLACE?": [[], [place]],
        # "Halle (Saale)", not "Stadt X (Netzwerkarbeit)": a place, no abstract noun
        "QUALIFIER?": [
            [],
            [{"ORTH": "("}, qualifier, {"ORTH": ")"}],
        ],
        # "Landau in der Pfalz", "Rottenburg am Neckar", "Frankfurt an der Oder"
        "RIVER?": [
            [],
            [{"LOWER": "am"}, river],
            [{"LOWER": {"IN": ["an", "in", "ob"]}}, {"LOWER": "der"}, river],
        ],
        "BRANCH?": [[branch_word, {**place, "OP": "?"}], [spa, place]],  # "… Bad X"
        "LEGAL": legal,
        "LEGAL?": [[], *legal],
        "COORD?": [[], [hyphenated, und]],
        "QUOTED": [quoted],
        "OPEN": [[{"ORTH": {"IN": naming.QUOTES_OPEN}}]],
        "QUOTED_REST": [quoted[1:]],
        "NAME_OR_QUOTED?": [[], quoted, [name]],
        "QUOTED?": [[], quoted],
        "SHORTNAME": [
            [_list_word()],
            [_list_word(), und, _list_word()],
            [_list_word(), dashed_word],
            [
                _list_word(),
                und,
                _list_word(),
                {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+(?:er|en)$"}},
            ],
            [_list_word(), _list_word(), {"ORTH": {"IN": ["–", "-"]}}, _list_word()],
            # "AG Frühe Bildung", "AK Berufliche Orientierung": an adjective before the noun
            [adjective, _list_word()],
            # "AG Lebenslanges Lernen und Kulturelle Bildung", "AG Frühe Bildung und Übergang
            # Kita–Grundschule": two topics
            [adjective, _list_word(), und, adjective, _list_word()],
            [adjective, _list_word(), und, _list_word(), dashed_word],
            [_list_word(), und, adjective, _list_word()],
        ],  # "AG Übergang Kita-Grundschule", "AG Übergang Kita – Grundschule"
        "GENITIVE_ORG?": [[], [der, org, opt_place], [der, hyphenated, und, org, opt_place]],
        # "… des Landes Brandenburg", "… des Freistaates Sachsen"
        "OF_STATE?": [
            [],
            [{"LOWER": "des"}, {"LOWER": {"IN": ["landes", "freistaates", "freistaats"]}}, place],
            of_land,
        ],
        "OF_LAND?": [[], of_land],
        "IN_PLACE?": [[], [{"LOWER": "in"}, place]],
        "REGION?": [[], [place], [{"TEXT": {"REGEX": naming.ACRONYM_REGEX}}]],  # "Bayern", "NRW"
        # a chamber's district: "Nord Westfalen", "Osnabrück – Emsland – Grafschaft Bentheim",
        # "Regensburg für Oberpfalz / Kelheim"
        "MORE_PLACES?": [
            [],
            [place],
            [dash, place],
            [dash, place, dash, place],
            [dash, place, dash, place, place],
            [{"LOWER": "für"}, place, slash, place],
        ],
        "OF_DISTRICT": [
            [{"LOWER": "im"}, {"LOWER": {"IN": ["landkreis", "kreis"]}}, place],
            [{"LOWER": "in"}, {"LOWER": "der"}, {"LOWER": "stadt"}, place],  # "in der Stadt X"
            [{"LOWER": "für"}, *district],
            # one office for two: "für den Landkreis A und den Landkreis B", "… und die Stadt B",
            # "… und den Vogelsbergkreis"
            [{"LOWER": "für"}, *district, {"LOWER": "und"}, *district],
            [
                {"LOWER": "für"},
                *district,
                {"LOWER": "und"},
                {"LOWER": "den"},
                {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+kreis$"}},
            ],
        ],  # fmt: skip
        "GAP?": [[{"TEXT": {"REGEX": r"^[a-zäöüß]+$"}, "OP": "{0,3}"}]],
        "BODY_NAME": body_name,
        "OF_MEMBERS": of_members,
        "BODY_NAME?": [[], *body_name],
        "CITED_YEAR": [
            [{"ORTH": "("}, year, {"ORTH": "):"}],
            [{"ORTH": "("}, year, {"ORTH": ")"}, {"ORTH": ":"}],
        ],  # fmt: skip
        "YEAR_OR_QUOTED?": [[], [{"TEXT": {"REGEX": r"^(?:19|20)\d\d\.?$"}}], quoted],
        "PERSONWORD": [[person]],
        "INITIAL": [[{"TEXT": {"REGEX": naming.INITIAL_REGEX}}]],
        "PERSONWORD?": [[], [person]],
        "FIRSTNAME": [[first_name], [first_name, first_name]],  # "Anna Lena Vogt"
    }


def expand_rule(rule: naming.Rule) -> list[list[Token]]:
    """All concrete token patterns of one naming rule (macros multiplied out)."""
    macros = _macros()
    options = [macros[p] if isinstance(p, str) else [[p]] for p in rule["pattern"]]
    patterns = [[tok for part in combo for tok in part] for combo in itertools.product(*options)]
    return [p for p in patterns if p]


_WORD_DASH = re.compile(r"(?<=\w)\s*[-–]\s*(?=[A-ZÄÖÜ])")


def dash_variants(label: str) -> set[str]:
    """'Übergang Schule–Beruf' -> also 'Schule-Beruf', 'Schule - Beruf', 'Schule/Beruf',
    'Schule Beruf': documents join two nouns with any dash or slash, or with a space alone."""
    if not _WORD_DASH.search(label):
        return {label}
    joins = ("-", "–", " - ", " – ", "/", " / ", " ")
    return {label} | {_WORD_DASH.sub(join, label) for join in joins}


def ascii_variants(label: str) -> set[str]:
    """'Übergänge' -> {'Übergänge', 'Uebergaenge', 'Ubergange'}: how documents and OCR spell it."""
    pairs = {"ä": ("ae", "a"), "ö": ("oe", "o"), "ü": ("ue", "u"), "Ä": ("Ae", "A"),
             "Ö": ("Oe", "O"), "Ü": ("Ue", "U"), "ß": ("ss", "ss")}  # fmt: skip
    variants = {label}
    for i in (0, 1):
        variants.add("".join(pairs[c][i] if c in pairs else c for c in label))
    return variants


def inflected_variants(label: str) -> set[str]:
    """Genitive/dative forms a label takes in running text ('frühkindlichen Bildung')."""
    words = label.split()
    forms = {label}
    if len(words) > 1 and re.fullmatch(r"[\wäöüß]+e", words[0], re.I):
        forms.add(" ".join([words[0] + "n", *words[1:]]))
    if len(words) == 1 and not re.search(r"(?:e|s|ung|ion|tät|heit|keit|en|er)$", label):
        forms.add(label + "s")
    return forms


@cache
def scheme_labels(path: str = str(SCHEMES_TTL)) -> dict[str, tuple[str, str | None]]:
    """German labels of the action-field schemes -> (prefLabel, notation); {} if unreadable."""
    try:
        from rdflib import Graph, Namespace
        from rdflib.namespace import SKOS

        graph = Graph().parse(path, format="turtle")
    except Exception:  # the gazetteer is an addition; extraction works without it
        return {}
    ta = Namespace("https://w3id.org/transferatlas/ontology#")
    labels: dict[str, tuple[str, str | None]] = {}
    for scheme in ACTION_FIELD_SCHEMES:
        for concept in sorted(graph.subjects(SKOS.inScheme, ta[scheme]), key=str):
            pref = next(
                (
                    str(o)
                    for o in graph.objects(concept, SKOS.prefLabel)
                    if getattr(o, "language", None) == "de"
                ),
                None,
            )  # noqa: E501
            if pref is None:
                continue
            notation = next((str(o) for o in graph.objects(concept, SKOS.notation)), None)
            alts = [
                str(o)
                for o in graph.objects(concept, SKOS.altLabel)
                if getattr(o, "language", None) == "de"
            ]  # noqa: E501
            for label in [pref, *sorted(alts)]:
                forms = {d for f in inflected_variants(label) for d in dash_variants(f)}
                for form in sorted(forms):
                    for variant in ascii_variants(form):
                        labels.setdefault(unicodedata.normalize("NFC", variant), (pref, notation))
    return labels


def gazetteer_patterns(labels: dict[str, tuple[str, str | None]]) -> list[dict[str, Any]]:
    """EntityRuler phrase patterns for scheme labels (matched on lower case)."""
    return [
        {"label": "ActionField", "pattern": label.lower(), "id": f"gazetteer|{pref}"}
        for label, (pref, _notation) in sorted(labels.items())
    ]


def naming_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns from the German naming rules; the id carries the rule id."""
    return [
        {"label": rule["type"], "pattern": pattern, "id": rule["id"]}
        for rule in naming.NAMING_RULES
        for pattern in expand_rule(rule)
    ]


# where the cells of a table part (put in for a space; see entities._cells_apart)
CELL_BREAK = "¦"


def _split_quotes(nlp: Language) -> None:
    """Quotes are tokens of their own, also inside '„Lernen vor Ort“-Newsletter', and so is
    a table's cell break."""
    tokenizer: Any = nlp.tokenizer
    defaults = nlp.Defaults
    tokenizer.prefix_search = compile_prefix_regex(
        [_QUOTE_CHARS, CELL_BREAK, *(defaults.prefixes or [])]
    ).search
    tokenizer.suffix_search = compile_suffix_regex(
        [_QUOTE_CHARS, CELL_BREAK, *(defaults.suffixes or [])]
    ).search
    tokenizer.infix_finditer = compile_infix_regex(
        [_QUOTE_CHARS, CELL_BREAK, *(defaults.infixes or [])]
    ).finditer


@Language.factory("transferatlas_gazetteer", default_config={"schemes": str(SCHEMES_TTL)})
def make_gazetteer(nlp: Language, name: str, schemes: str) -> EntityRuler:
    """An EntityRuler with the labels of the ontology's action-field schemes."""
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="LOWER")
    ruler.add_patterns(gazetteer_patterns(scheme_labels(schemes)))
    return ruler


if not SpacyToken.has_extension("common_noun"):
    SpacyToken.set_extension("common_noun", getter=lambda token: _is_common_noun(token.text))


def _is_common_noun(word: str) -> bool:
    """A form of an ordinary German noun ('Programm'), as the lookup lemmas know it."""
    return word in german_vocabulary() or is_common_word_form(word)


if not SpacyToken.has_extension("first_name"):
    SpacyToken.set_extension("first_name", getter=lambda token: is_first_name(token.text))


@Language.factory("transferatlas_naming")
def make_naming_rules(nlp: Language, name: str) -> EntityRuler:
    """An EntityRuler with the German naming patterns; its names win over gazetteer words."""
    ruler = EntityRuler(nlp, name=name, overwrite_ents=True)
    ruler.add_patterns(naming_patterns())
    return ruler


@cache
def german_vocabulary() -> frozenset[str]:
    """Lower-cased German lemmas of the lookup tables: 'is this an ordinary word?'."""
    table = german_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]  # noqa: E501
    return frozenset(str(v).lower() for v in table.values())


def is_common_word_form(word: str) -> bool:
    """Is this a form the lookup tables list ('Themen', 'Halle')? Most place names are not."""
    table = german_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]  # noqa: E501
    return word in table


@cache
def german_nlp() -> Language:
    """spaCy 'de' with sentencizer, lookup lemmatizer and the entity rules (built once)."""
    nlp = spacy.blank("de")
    _split_quotes(nlp)
    tokenizer: Any = nlp.tokenizer
    for form in ("GmbH", "gGmbH", "mbH", "KG"):  # "… Kunststofftechnik GmbH." ends a sentence
        tokenizer.add_special_case(f"{form}.", [{"ORTH": form}, {"ORTH": "."}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma tables; the rules need no training and come after
    nlp.add_pipe("transferatlas_gazetteer")
    nlp.add_pipe("transferatlas_naming")
    return nlp


def names_inside(doc: Doc, start: int, end: int) -> list[Span]:
    """The names the entity rules find within doc[start:end], other than the whole span.

    The rulers keep only the longest match; when that one turns out to be no name ("Kontakt
    Transferagentur Ostseeküste" read as a person), the shorter names it covered still count.
    """
    nlp = german_nlp()
    taken: set[int] = set()
    spans: list[Span] = []
    for pipe_name in ("transferatlas_naming", "transferatlas_gazetteer"):
        ruler: Any = nlp.get_pipe(pipe_name)
        if pipe_name not in doc.user_data:  # matched once per document
            doc.user_data[pipe_name] = ruler.match(doc)
        for match_id, first, last in doc.user_data[pipe_name]:  # longest first
            inside = start <= first and last <= end and (first, last) != (start, end)
            if not inside or taken.intersection(range(first, last)):
                continue
            label, ent_id = ruler._ent_ids.get(match_id, (match_id, ""))
            spans.append(Span(doc, first, last, label=label, span_id=ent_id))
            taken.update(range(first, last))
    return sorted(spans, key=lambda span: span.start)
