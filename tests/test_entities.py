"""Entity mentions: German naming patterns, inflection, abbreviations, lists, and corpus recall."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from pathlib import Path

import pytest
from gold import load_gold
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.coordination import ellipsis_readings
from ingest.entities import (
    clean_for_matching,
    extract_mask_actor_mentions,
    extract_mentions,
)
from ingest.naming import canonical_name, repair_surface
from ingest.neighbours import plural_numbered_units
from ingest.nlp import dash_variants, scheme_labels
from ingest.pipeline import without_mask_titles
from ingest.records import Mention, ProductMask, Span
from ingest.textutil import diagram_lines_apart

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FAMILY = {"AdministrativeUnit": "Organization"}


def found(mentions: list[Mention]) -> dict[str, str]:
    """canonical -> type of all mentions (for assertions on sentences)."""
    return {m.canonical or m.text: m.type for m in mentions}


@pytest.fixture(scope="module")
def corpus_mentions() -> dict[str, tuple[str, list[Mention], float]]:
    result = {}
    for path in sorted(CORPUS.glob("*.*")):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        mentions = extract_mentions(text)
        result[path.stem] = (text, mentions, time.perf_counter() - started)
    return result


# --- sentences written for these tests -------------------------------------------------------


def names_of(text: str, kind: str) -> set[str]:
    """The canonical names of the mentions of one type that the extractor finds in `text`."""
    return {m.canonical or m.text for m in extract_mentions(text) if m.type == kind}


def test_inflected_names_get_nominative_canonical_forms() -> None:
    text = (
        "Im Beirat sitzen Vertreter der Sächsischen Bildungsagentur, des Jobcenters und "
        "des Deutschen Gewerkschaftsbundes sowie des Statistischen Landesamtes Thüringen."
    )
    names = found(extract_mentions(text))
    assert names["Sächsische Bildungsagentur"] == "Organization"
    assert names["Jobcenter"] == "Organization"
    assert names["Deutscher Gewerkschaftsbund"] == "Organization"
    assert names["Beirat"] == "Body"


def test_abbreviation_in_parentheses_is_recorded_and_found_again() -> None:
    text = "Beteiligt ist das Kölner Institut für Stadtforschung (KIfS). Später lud das KIfS ein."
    mentions = extract_mentions(text)
    institute = next(m for m in mentions if m.canonical == "Kölner Institut für Stadtforschung")
    assert institute.attributes["abbreviation"] == "KIfS"
    short = [m for m in mentions if m.text == "KIfS"]
    assert short and all(m.type == "Organization" for m in short)
    assert short[-1].canonical == "Kölner Institut für Stadtforschung"


def test_a_defined_short_form_makes_an_adjective_and_kind_a_name() -> None:
    text = (
        "Eng arbeiten wir mit dem Regionalen Medienzentrum\n(RMZ) zusammen. "
        "Das RMZ wird vom Land gefördert. Ein regionales Medienzentrum fehlt im Süden."
    )
    mentions = extract_mentions(text)
    named = [m for m in mentions if m.canonical == "Regionales Medienzentrum"]
    # the definition and both uses of the short form; "ein regionales Medienzentrum" describes
    assert [m.text for m in named] == ["Regionalen Medienzentrum", "RMZ", "RMZ"]
    assert {m.type for m in named} == {"Organization"}
    # a short form the words do not spell defines nothing
    assert not found(extract_mentions("Das Regionale Medienzentrum (KVB) berät."))


def test_hyphenation_at_line_end_does_not_break_a_name() -> None:
    text = "Partner sind die Agentur für Ar- \nbeit Bremen und das Amt für Schule und Bil-\ndung."
    mentions = extract_mentions(text)
    names = found(mentions)
    assert names["Agentur für Arbeit Bremen"] == "Organization"
    assert names["Amt für Schule und Bildung"] == "AdministrativeUnit"
    agency = next(m for m in mentions if m.canonical == "Agentur für Arbeit Bremen")
    assert agency.span.line_start == 1 and agency.span.line_end == 2


def test_municipalities_and_bodies_from_naming_patterns() -> None:
    text = (
        "Der Landkreis Vorpommern-Greifswald, der Rhein-Sieg-Kreis und die Hansestadt Stralsund "
        "gründeten eine Steuerungsgruppe „Bildung vor Ort“ und die AG Ganztag. Die Stadt "
        "Stralsund berichtet, Stralsund plant den Bildungsbericht 2024."
    )
    mentions = extract_mentions(text)
    names = found(mentions)
    assert names["Landkreis Vorpommern-Greifswald"] == "Municipality"
    assert names["Rhein-Sieg-Kreis"] == "Municipality"
    assert names["Hansestadt Stralsund"] == "Municipality"
    assert names["Steuerungsgruppe „Bildung vor Ort“"] == "Body"
    assert names["AG Ganztag"] == "Body"
    assert names["Bildungsbericht 2024"] == "Instrument"
    bare = [m for m in mentions if m.text == "Stralsund" and m.type == "Municipality"]
    assert bare and bare[0].canonical == "Hansestadt Stralsund"


def test_the_first_councillor_is_a_post_not_the_council() -> None:
    text = "Die Lenkungsgruppe Bildung, die der Erste Stadtrat leitet, tagt. Der Stadtrat tagt."
    councils = [m for m in extract_mentions(text) if m.type == "Body" and "Stadtrat" in m.text]
    assert [m.span.start for m in councils] == [text.rindex("Stadtrat")]


def test_table_column_heads_are_no_part_of_a_name_and_remits_run_to_five_items() -> None:
    text = (
        "Meilenstein Zweck Verantwortung Landkreis Tellau Verantwortung Transferagentur Zeitraum "
        "Status\n\nQuelle: Bayerisches Landesamt für Statistik, Stand 2023. Das Ministerium für "
        "Allgemeine und Berufliche Bildung, Wissenschaft, Forschung und Kultur fördert.\n"
        "Zusammenarbeit mit der Transferagentur Nord für Kommunales Bildungsmanagement\n"
        "Verantwortlich: Bildungsbüro\n"
    )
    names = names_of(text, "Organization")
    assert names == {
        "Transferagentur",
        "Bayerisches Landesamt für Statistik",
        "Ministerium für Allgemeine und Berufliche Bildung, Wissenschaft, Forschung und Kultur",
        "Transferagentur Nord für Kommunales Bildungsmanagement",
    }


def test_each_number_of_a_plural_unit_kind_is_a_unit() -> None:
    text = (
        "Beteiligt sind die Fachbereiche 4 (Soziales) und 5 (Jugend und Bildung). Die Leitungen "
        "der Dezernate 40 – Schule und Bildung, 50 – Soziales und 51 – Jugend sowie der "
        "Kreiselternrat. Das Statistische Amt Mecklenburg-Vorpommern liefert. Fachbereiche 4."
    )
    units = names_of(text, "AdministrativeUnit")
    assert units == {
        "Fachbereich 4 – Soziales",
        "Fachbereich 5 – Jugend und Bildung",
        "Dezernat 40 – Schule und Bildung",
        "Dezernat 50 – Soziales",
        "Dezernat 51 – Jugend",
    }
    orgs = names_of(text, "Organization")
    assert orgs == {"Statistisches Amt Mecklenburg-Vorpommern"}


@given(
    st.lists(
        st.tuples(
            st.integers(1, 99), st.sampled_from(["", " (Soziales)", " – Schule und Bildung"])
        ),
        min_size=2,
        max_size=5,
    )
)
@settings(max_examples=60, deadline=None)
def test_a_listed_plural_unit_gives_one_unit_per_number(items: list[tuple[int, str]]) -> None:
    listed = ", ".join(f"{n}{remit}" for n, remit in items[:-1]) + f" und {items[-1][0]}"
    text = f"Es berichten die Abteilungen {listed}{items[-1][1]}."
    found = list(plural_numbered_units(text))
    assert [c.canonical.split(" – ")[0] for c in found] == [f"Abteilung {n}" for n, _ in items]
    assert all(0 <= c.start < c.end <= len(text) for c in found)


def test_a_city_in_the_genitive_and_a_place_in_stetten_are_municipalities() -> None:
    text = "Die Konferenz der Großen Kreisstadt Albstetten tagt, wie in der GroBen Kreisstadt Ulm."
    towns = names_of(text, "Municipality")
    assert towns == {"Große Kreisstadt Albstetten", "Große Kreisstadt Ulm"}
    assert not [
        m for m in extract_mentions("Die Daten und Kosten steigen.") if m.type == "Municipality"
    ]


def test_an_administration_is_its_municipality() -> None:
    text = (
        "Die Stadtverwaltung Tellau und die Kreisverwaltung Rabenau arbeiten zusammen; der Kreis "
        "Rabenau und die Hansestadt Tellau sind Partner. Die Kreisverwaltung Wendholm fehlt."
    )
    canonical = {m.text: m.canonical for m in extract_mentions(text) if m.type == "Municipality"}
    assert canonical["Stadtverwaltung Tellau"] == "Hansestadt Tellau"
    assert canonical["Kreisverwaltung Rabenau"] == "Kreis Rabenau"
    assert canonical["Kreisverwaltung Wendholm"] == "Landkreis Wendholm"


def test_programme_names_in_quotes_and_their_later_bare_use() -> None:
    text = "Das Bundesprogramm „Zukunft Lernen“ startet 2024. Zukunft Lernen fördert Kommunen."
    programmes = [m for m in extract_mentions(text) if m.type == "Programme"]
    assert [m.text for m in programmes] == ["Zukunft Lernen", "Zukunft Lernen"]


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "Die Bürgerstiftung Tellau fördert die Lesewerkstatt „Tellauer Leseratten“.",
            "Tellauer Leseratten",
        ),
        ("Die Stiftung finanziert den „Lernsommer am Deich“ bis 2026.", "Lernsommer am Deich"),
        (
            "Das Leseförderprojekt „Lesestart Tellau“ wird vom Netzwerk getragen.",
            "Lesestart Tellau",
        ),
        (
            "Für das Teilprojekt „MINT-Werkstatt Tellau“ liegt eine Zusage vor.",
            "MINT-Werkstatt Tellau",
        ),
    ],
)
def test_a_quoted_project_a_funder_pays_for_or_a_project_compound_names(
    text: str, programme: str
) -> None:
    found = [m for m in extract_mentions(text) if m.type == "Programme"]
    assert [m.text for m in found] == [programme]
    assert found[0].attributes["printed"] == f"„{programme}“"


def test_a_quoted_phrase_without_a_funder_or_project_noun_is_no_programme() -> None:
    text = "Die Stadt lädt zur Aktion „Tag der offenen Tür“ ein und sucht „Lesepaten“."
    assert not [m for m in extract_mentions(text) if m.type == "Programme"]


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("• Vorsitz: Kreispräsident Jens-Peter Tellmann", "Jens-Peter Tellmann", "Kreispräsident"),
        ("Den Vorsitz hat Amtsdirektor Kai Rabe, Amt Tellau.", "Kai Rabe", "Amtsdirektor"),
        ("Es begrüßt Stadtpräsidentin Anke Wolf.", "Anke Wolf", "Stadtpräsidentin"),
    ],
)
def test_a_council_chair_or_head_of_an_amt_before_a_name_is_the_office(
    text: str, person: str, office: str
) -> None:
    people = [m for m in extract_mentions(text) if m.type == "Person"]
    assert [m.text for m in people] == [person]
    assert people[0].attributes["office"] == office


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Die Daten liefert die Statistikstelle der Stadt Tellau.", "Statistikstelle"),
        ("Die Statistikstelle im Hauptamt liefert Daten.", "Statistikstelle"),
        ("Die Pressestelle des Landkreises begleitet die Konferenz.", "Pressestelle"),
        (
            "Das Schulamt für die Städteregion Rabenau berät.",
            "Schulamt für die Städteregion Rabenau",
        ),
    ],
)
def test_an_office_of_an_administration_named_by_its_owner(text: str, unit: str) -> None:
    units = [m.text for m in extract_mentions(text) if m.type == "AdministrativeUnit"]
    assert unit in units


def test_an_office_kind_without_its_administration_is_no_office() -> None:
    text = "Eine Anlaufstelle für Eltern fehlt; die Planstelle der Stadt Tellau ist besetzt."
    assert not [m for m in extract_mentions(text) if m.type == "AdministrativeUnit"]


def test_an_acronym_dotted_with_its_state_names_an_institution() -> None:
    text = "Die Daten stellt IT.NRW bereit; der Bericht erscheint z.B. online."
    assert [(m.text, m.type) for m in extract_mentions(text)] == [("IT.NRW", "Organization")]


def test_a_unit_kind_written_short_is_spelled_out() -> None:
    text = "Mitglieder: Fachbereich 4, FD Schule und Bildung, Abt. Jugend, Schule und Sport."
    units = {m.text: m.canonical for m in extract_mentions(text) if m.type == "AdministrativeUnit"}
    assert units["FD Schule und Bildung"] == "Fachdienst Schule und Bildung"
    assert units["Abt. Jugend, Schule und Sport"] == "Abteilung Jugend, Schule und Sport"


def test_listed_handlungsfelder_become_action_fields() -> None:
    text = (
        "Die Stadt hat folgende Handlungsfelder festgelegt:\n\n"
        "•\tGesundheitsbildung, um Kinder zu stärken,\n\n"
        "•\tSprachförderung und Lesekompetenz\n\n"
        "•\tHandlungsfeld nicht gänzlich ausschließen, aber nachrangig\n\n"
        "•\tLernorte im Quartier\n\n"
        "Danach folgt ein neuer Absatz.\n"
        "• Kein Handlungsfeld\n"
    )
    fields = [m for m in extract_mentions(text) if m.method == "list:handlungsfelder"]
    assert [m.text for m in fields] == [
        "Gesundheitsbildung",
        "Sprachförderung und Lesekompetenz",
        "Lernorte im Quartier",
    ]  # a clause in the list ("… nicht gänzlich ausschließen") names no field


def test_a_listed_ellipsis_names_the_one_scheme_concept_its_conjuncts_name() -> None:
    text = (
        "Die Stadt hat folgende thematische Schwerpunkte benannt:\n\n"
        "• Fachkräfte- und Nachwuchsgewinnung\n\n"
        "• Demokratie- und Nachhaltigkeitsbildung\n"
    )
    fields = {m.text: m.canonical for m in extract_mentions(text) if m.type == "ActionField"}
    labels = scheme_labels()
    assert fields["Fachkräfte- und Nachwuchsgewinnung"] == labels["Fachkräftegewinnung"][0]
    # both conjuncts name a concept of their own: the item stays a field of its own
    both = "Demokratie- und Nachhaltigkeitsbildung"
    assert fields[both] == both


_WORD = st.text(alphabet="abcdefghüö", min_size=1, max_size=12)


@given(_WORD, _WORD, st.sampled_from(["und", "oder", "sowie"]))
def test_ellipsis_readings_share_a_head_with_the_last_conjunct(
    first: str, last: str, conjunction: str
) -> None:
    first, last = first.capitalize(), last.capitalize()
    readings = ellipsis_readings(f"{first}- {conjunction} {last}")
    assert all(whole == last for _, whole in readings)
    assert all(written.startswith(first) for written, _ in readings)
    heads = [written[len(first) :].lstrip("-").lower() for written, _ in readings]
    assert all(last.lower().endswith(head) for head in heads)
    assert len(readings) == max(0, len(last) - 5)  # every head of three letters or more
    assert ellipsis_readings(f"{first} {conjunction} {last}") == []  # no suspended hyphen


def test_topic_field_lines_under_a_themenfeld_cue() -> None:
    text = (
        "Diskussion der Themenfelder:\n- A: Rahmenbedingungen\n- Z: Sonstiges\n- G: Weiterbildung\n"
    )
    topics = {m.text: m.canonical for m in extract_mentions(text) if m.type == "ActionField"}
    assert topics["A: Rahmenbedingungen"] == "Rahmenbedingungen"
    assert "G: Weiterbildung" in topics


def test_mask_actor_list_is_split_into_actors() -> None:
    field = (
        "•\tStadtverwaltung/Lenkungsgruppe (Bürgermeister für Jugend, Schule und Sport)\n"
        "•\tVertreter der Sächsischen Bildungsagentur, der Kammern, des Jobcenters\n"
        "•\tJugendamt (u. a. Kita, Hort)\n"
    )
    actors = {m.canonical: m for m in extract_mask_actor_mentions(field, None)}
    assert actors["Stadtverwaltung"].method == "mask-actor-list"
    assert actors["Lenkungsgruppe"].type == "Body"
    assert actors["Bürgermeister für Jugend, Schule und Sport"].type == "Person"
    assert actors["Sächsische Bildungsagentur"].type == "Organization"
    assert "Kammern" not in actors  # a plural without a name: a class of actors, no entity
    assert "Kita" not in actors and "Hort" not in actors
    for mention in actors.values():
        assert field[mention.span.start : mention.span.end] == mention.text


# --- normalisers (property-based) ------------------------------------------------------------

HEADS = {"Bildungsagentur": "e", "Gewerkschaftsbund": "er", "Jugendinstitut": "es"}


@given(
    det=st.sampled_from(["", "der ", "des ", "dem ", "die "]),
    stem=st.sampled_from(["Sächsisch", "Deutsch", "Kommunal", "Statistisch"]),
    ending=st.sampled_from(["e", "en", "er", "es", "em"]),
    head=st.sampled_from(sorted(HEADS)),
)
def test_canonical_name_is_nominative_without_determiner(
    det: str, stem: str, ending: str, head: str
) -> None:
    assert canonical_name(f"{det}{stem}{ending} {head}") == f"{stem}{HEADS[head]} {head}"


names = st.lists(
    st.text(alphabet="abcdeäöüßAÄBCDEFSKLrtn- \t\n", min_size=1, max_size=12),
    min_size=1,
    max_size=5,
).map(" ".join)


@given(names)
@settings(max_examples=200)
def test_canonical_name_is_idempotent_and_single_spaced(surface: str) -> None:
    once = canonical_name(surface)
    assert canonical_name(once) == once
    assert "\n" not in once and "\t" not in once and "  " not in once
    assert not re.match(r"(?i)(der|die|das|des|dem|den) ", once)


@given(st.text(alphabet="ab-äÜ \t\n.", max_size=60))
def test_clean_for_matching_maps_every_character_back(raw: str) -> None:
    clean, offsets = clean_for_matching(raw)
    assert len(offsets) == len(clean) + 1 and offsets[-1] == len(raw)
    assert offsets == sorted(offsets)
    for i, char in enumerate(clean):
        assert char == raw[offsets[i]] or (char == " " and raw[offsets[i]].isspace())


def test_nouns_ending_like_adjectives_keep_their_form() -> None:
    assert canonical_name("Stabsstelle Bildungsmanagement") == "Stabsstelle Bildungsmanagement"
    assert canonical_name("der Kommunalen Koordinierungsstelle KAoA") == (
        "Kommunale Koordinierungsstelle KAoA"
    )
    assert canonical_name("der Strukturellen Arbeitsgruppe") == "Strukturelle Arbeitsgruppe"


def test_repair_surface_keeps_coordinated_compounds() -> None:
    assert repair_surface("Kinder- und\nJugendstiftung") == "Kinder- und Jugendstiftung"
    assert repair_surface("Bildungs-\n konferenz") == "Bildungskonferenz"


# --- the real corpus ---------------------------------------------------------------------------


def test_offsets_point_at_the_surface_form(corpus_mentions: dict) -> None:
    for text, mentions, _seconds in corpus_mentions.values():
        for mention in mentions:
            assert text[mention.span.start : mention.span.end] == mention.text
            assert mention.canonical and mention.canonical == mention.canonical.strip()


def test_whole_leipzig_catalogue_is_fast(corpus_mentions: dict) -> None:
    _text, mentions, seconds = corpus_mentions["leipzig-transferkatalog"]
    print(f"leipzig-transferkatalog: {len(mentions)} mentions in {seconds:.1f} s")
    assert seconds < 15


def _norm(text: str) -> str:
    text = repair_surface(re.sub(r"[„“”\"«»]", "", text)).lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("–", "-")):
        text = text.replace(a, b)
    return text


FLOORS = {"Organization": 0.75, "Municipality": 0.9, "Body": 0.55, "Programme": 0.6,
          "ActionField": 0.6}  # fmt: skip


def test_recall_of_gold_entities_per_type(corpus_mentions: dict) -> None:
    gold = load_gold("entities.json")
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    distinct: dict[str, set[str]] = defaultdict(set)
    for doc, (_text, mentions, _s) in corpus_mentions.items():
        for m in mentions:
            family = FAMILY.get(m.type, m.type)
            forms[(doc, family)] |= {_norm(m.text), _norm(m.canonical or m.text)}
            distinct[family].add(_norm(m.canonical or m.text))
    hits: dict[str, list[bool]] = defaultdict(list)
    for entity in gold:
        if entity["type"] not in FLOORS:
            continue
        # "Beirat Berufsorientierung (Stadt Halle)": the parenthesis only disambiguates
        names = {
            _norm(re.sub(r"\s*\([^)]*\)$", "", n))
            for n in [entity["name"], *entity.get("aliases", [])]
        }  # noqa: E501
        docs = [d for d in entity["docs"] if d in corpus_mentions]
        hits[entity["type"]].append(any(names & forms[(d, entity["type"])] for d in docs))
    report = {t: sum(h) / len(h) for t, h in hits.items()}
    for kind, recall in sorted(report.items()):
        print(f"{kind:14s} recall {recall:.2f} ({sum(hits[kind])}/{len(hits[kind])}), "
              f"{len(distinct[kind])} distinct mention strings")  # fmt: skip
    for kind, floor in FLOORS.items():
        assert report[kind] >= floor, (kind, report[kind])


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Der Saalekreis und der Rhein-Sieg-Kreis tauschen sich aus.", True),
        ("Die Geschäftsführung eines Fach-Arbeitskreises liegt beim Amt.", False),
        ("Im Eltern-Gesprächskreis wurde beraten.", False),
    ],
)
def test_one_word_districts_but_no_circles_of_people(text: str, district: bool) -> None:
    municipalities = [m for m in extract_mentions(text) if m.type == "Municipality"]
    assert bool(municipalities) == district


def test_a_meeting_on_a_schedule_is_a_body_but_a_sitting_of_one_is_not() -> None:
    text = (
        "Seit 2015 finden halbjährliche Trägertreffen unter Beteiligung der Musterstiftung statt. "
        "Das Netzwerk lädt zu regelmäßigen Netzwerktreffen und einem Arbeitstreffen ein."
    )
    bodies = names_of(text, "Body")
    assert "Trägertreffen" in bodies
    assert not bodies & {"Netzwerktreffen", "Arbeitstreffen"}


def test_a_model_project_that_is_one_of_the_documents_masks_is_no_programme() -> None:
    text = "Das Modellprojekt „Lesen im Park“ und das Bundesprogramm „Kultur macht stark“ laufen."
    mask = ProductMask(
        "3.5.3.9", "Modellprojekt „Lesen im Park“", "MODELLPROJEKT", Span(0, 1, 1, 1)
    )
    programmes = [m for m in extract_mentions(text) if m.type == "Programme"]
    kept = [m.canonical or m.text for m in without_mask_titles(programmes, [mask])]
    assert "Lesen im Park" in {m.canonical or m.text for m in programmes}
    assert kept == ["Kultur macht stark"]


def test_a_kind_only_ever_named_with_an_indefinite_article_is_a_description() -> None:
    text = (
        "Gewünscht ist ein regelmäßiges Forum zum Austausch der Träger. In der Verwaltung hat "
        "sich eine ressortübergreifende Lenkungsgruppe etabliert. Die Lenkungsgruppe tagt "
        "monatlich. Angebote wurden in einem Netzwerk Bildungsberatung zusammengeführt."
    )
    bodies = names_of(text, "Body")
    assert not any(b.startswith(("Forum", "Regelmäßiges Forum")) for b in bodies)
    assert "Ressortübergreifende Lenkungsgruppe" in bodies
    assert "Netzwerk Bildungsberatung" in bodies
    text = "Gefragt wurde, wie ein Beirat arbeiten sollte. Der Beirat „Schule“ tagt im Mai."
    bodies = names_of(text, "Body")
    assert bodies == {"Beirat „Schule“"}


def test_a_standing_group_in_the_plural_keeps_how_the_text_describes_it() -> None:
    text = "Die Mitarbeiter halten über regelmäßig tagende Arbeitskreise Kontakt zu Partnern."
    bodies = [m for m in extract_mentions(text) if m.type == "Body"]
    assert [(m.text, m.canonical) for m in bodies] == [
        ("regelmäßig tagende Arbeitskreise", "Arbeitskreise")
    ]


def test_boxes_of_a_chart_are_labels_of_their_own() -> None:
    chart = "Leitung der Stabsstelle\nSachbearbeitung /\n\nProjektassistenz"
    prose = chart.replace("\n", " ", 1)
    assert any("Sachbearbeitung" in m.text for m in extract_mentions(prose))
    assert not any("Sachbearbeitung" in m.text for m in extract_mentions(chart))
    logo = "Deutsches\nJugendinstitut"
    assert diagram_lines_apart(logo) == logo  # an adjective over its noun is one name


@given(st.text(alphabet="AaBbÄä \n-/.", max_size=60))
def test_chart_lines_keep_every_offset(block: str) -> None:
    assert len(diagram_lines_apart(block)) == len(block)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Im Landkreis Rabenau, z. B. Vergleich zwischen LK Rabenau und Kesselsdorf/Rabenau.",
         {"Kesselsdorf"}),
        ("Die Stadt Rabenau und Umgebung, Rabenau/Region, Stadt und Land.", set()),
        ("Für die Stadt Rabenau und Mario Bischof sprach Frau Weber.", set()),
    ],
)  # fmt: skip
def test_names_joined_to_a_municipality_are_municipalities(text: str, places: set[str]) -> None:
    found = {m.text for m in extract_mentions(text) if m.method == "pattern:coordinated-place"}
    assert found == places


def test_a_body_without_a_name_is_named_by_its_members() -> None:
    text = "- Arbeitsgruppe mit allen kreiseigenen Schulen > daraus ist ein Konzept entstanden\n"
    assert [m.text for m in extract_mentions(text)] == [
        "Arbeitsgruppe mit allen kreiseigenen Schulen"
    ]
    text = "Die Arbeitsgruppe mit der Stadt Rabenau tagt."
    found = {(m.text, m.type) for m in extract_mentions(text)}
    assert ("Arbeitsgruppe", "Body") in found and ("Stadt Rabenau", "Municipality") in found


def test_body_names_run_over_slashed_partners_and_compound_kinds() -> None:
    text = (
        "Es gibt ein stark ausgeprägtes MINT Netzwerk Schule/Unternehmen/Hochschulen. "
        "Das Elternnetzwerk Leseförderung trifft sich monatlich."
    )
    bodies = {m.text for m in extract_mentions(text) if m.type == "Body"}
    assert bodies == {
        "MINT Netzwerk Schule/Unternehmen/Hochschulen",
        "Elternnetzwerk Leseförderung",
    }


def test_body_names_keep_their_compound_and_multiword_parts() -> None:
    text = "Aufbau der AG Übergang Kita-Grundschule und Arbeit im Netzwerk zum MINT Campus Nord."
    bodies = {m.text for m in extract_mentions(text) if m.type == "Body"}
    assert bodies == {"AG Übergang Kita-Grundschule", "Netzwerk zum MINT Campus Nord"}
    text = "Ergebnisprotokoll AG Übergang Kita – Grundschule, Sitzung vom 3. März"
    assert {m.text for m in extract_mentions(text)} == {"AG Übergang Kita – Grundschule"}


@settings(deadline=None)  # the first example builds the shared spaCy pipeline
@given(st.sampled_from(["-", "–", " - ", " – ", "/", " / ", " "]))
def test_scheme_labels_match_with_any_dash_between_nouns(dash: str) -> None:
    text = f"Im Fokus steht der Übergang Schule{dash}Beruf im Kreis."
    fields = [m.canonical for m in extract_mentions(text) if m.type == "ActionField"]
    assert fields == ["Übergang Schule–Beruf"]


@given(st.text(alphabet="AbcÜß -–", max_size=20))
def test_dash_variants_keep_the_label_and_agree_on_words(label: str) -> None:
    variants = dash_variants(label)
    assert label in variants
    assert len({re.sub(r"[\s\-–/]+", "", v) for v in variants}) == 1


def test_units_listed_one_after_another_stay_apart() -> None:
    field = (
        "Fachdienst Jugend und Familie, Fachdienst Schule, Kreiselternrat, AWO Kreisverband e.V."
    )
    actors = [m.text for m in extract_mask_actor_mentions(field)]
    assert actors == [
        "Fachdienst Jugend und Familie",
        "Fachdienst Schule",
        "Kreiselternrat",
        "AWO Kreisverband e.V.",
    ]


def test_a_name_ends_where_a_labelled_item_begins() -> None:
    text = "Maßnahme 1: Netzwerk mit der Volkshochschule Rabenau\nMaßnahme 2: Qualifizierung\n"
    assert "Volkshochschule Rabenau" in {m.text for m in extract_mentions(text)}


def test_a_department_named_by_its_remit() -> None:
    text = "Das Bildungsbüro gehört zum Dezernat Bildung, Kultur und Sport."
    units = {m.text for m in extract_mentions(text) if m.type == "AdministrativeUnit"}
    assert units == {"Bildungsbüro", "Dezernat Bildung, Kultur und Sport"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Partner ist das Kreismedienzentrum Rabenau.",
            "Kreismedienzentrum Rabenau",
            "Organization",
        ),
        (
            "Geschäftsstelle: Wirtschaftsförderungsgesellschaft Rabenau mbH",
            "Wirtschaftsförderungsgesellschaft Rabenau mbH",
            "Organization",
        ),
        (
            "Kooperation mit dem Mehrgenerationenhaus Kesselsdorf",
            "Mehrgenerationenhaus Kesselsdorf",
            "Organization",
        ),
        (
            "in der Stabsstelle Kreisentwicklung und Bildung",
            "Stabsstelle Kreisentwicklung und Bildung",
            "AdministrativeUnit",
        ),
        (
            "im Fachbereich 3 – Bildung, Jugend und Soziales",
            "Fachbereich 3 – Bildung, Jugend und Soziales",
            "AdministrativeUnit",
        ),
        (
            "Vorlage im Ausschuss für Bildung und Sport, Beschluss des Stadtrates",
            "Ausschuss für Bildung und Sport",
            "Body",
        ),
        (
            "Bericht im Ausschuss für Bildung, Kultur und Sport des Kreistages",
            "Ausschuss für Bildung, Kultur und Sport",
            "Body",
        ),
        (  # a town whose name ends like an adjective in -schen
            "Herausgeberin: Stadt Mutzschen, Fachbereich Bildung",
            "Stadt Mutzschen",
            "Municipality",
        ),
        (  # a date line below ends the remit
            "Stadt Tellau, Fachbereich Bildung, Jugend und Sport\nOktober 2023",
            "Fachbereich Bildung, Jugend und Sport",
            "AdministrativeUnit",
        ),
        ("Beschluss des Rates der Stadt Tellau vom 14.03.2017", "Rat der Stadt Tellau", "Body"),
        ("Kreistag Tellau beschließt.", "Kreistag Tellau", "Body"),
        (
            "Transferagentur Rabenau – Außenstelle Tellau",
            "Außenstelle Tellau",
            "AdministrativeUnit",
        ),
        ("jährliche Bildungskonferenz Tellau", "Bildungskonferenz Tellau", "Body"),
        (
            "Verantwortung: Büro für Bildungsmanagement, Pressestelle der Kreisverwaltung",
            "Büro für Bildungsmanagement",
            "AdministrativeUnit",
        ),
        (
            "Fortführung des Arbeitskreises Schule – Wirtschaft",
            "Arbeitskreis Schule – Wirtschaft",
            "Body",
        ),
        (
            "Das Netzwerk Bildung für nachhaltige Entwicklung tagt.",
            "Netzwerk Bildung für nachhaltige Entwicklung",
            "Body",
        ),
        ("Leitung des Fachdienstes Schule", "Fachdienst Schule", "AdministrativeUnit"),
        (
            "Das Projekt ist dem Handlungsfeld Sprachbildung und Integration zugeordnet.",
            "Sprachbildung und Integration",
            "ActionField",
        ),
        (
            "### 3.5 Handlungsfeld Bildung für nachhaltige Entwicklung",
            "Bildung für nachhaltige Entwicklung",
            "ActionField",
        ),
        (
            "- Runder Tisch Frühe Bildung, erste Sitzung im April",
            "Runder Tisch Frühe Bildung",
            "Body",
        ),
        (
            "u. a. das Bildungsforum Kesselsdorf, das seit 2019 ruht",
            "Bildungsforum Kesselsdorf",
            "Body",
        ),
    ],
)
def test_units_institutions_and_bodies_named_by_remit_or_seat(
    text: str, name: str, kind: str
) -> None:
    assert (name, kind) in {(m.canonical or m.text, m.type) for m in extract_mentions(text)}


def test_a_common_word_after_a_body_is_no_seat_and_small_caps_damage_no_name() -> None:
    assert not extract_mentions("Im Bildungsbeirat Themen der Schulen diskutiert.")
    assert not extract_mentions("netZwerk für BILDungS- unD karrIereBerater /-Innen")


def test_places_of_a_plural_kind_are_municipalities_of_that_kind() -> None:
    text = (
        "Mitglieder sind die Städte Rabenau und Kesselsdorf sowie die Landkreise Talland "
        "und Oberes Auetal."
    )
    towns = names_of(text, "Municipality")
    assert towns == {
        "Stadt Rabenau",
        "Stadt Kesselsdorf",
        "Landkreis Talland",
        "Landkreis Oberes Auetal",
    }
    assert not [
        m for m in extract_mentions("in den Städten Bildung und Kultur") if m.type == "Municipality"
    ]
    # a spa town's "Bad", and the list wrapped onto the next line
    wrapped = "Landkreis Talland (31 Gemeinden, u. a. die Städte\n   Bad Tellau und Rabenau)"
    assert {"Stadt Bad Tellau", "Stadt Rabenau"} <= names_of(wrapped, "Municipality")
    # examples of the kind: "Gemeinden wie A, B oder C"
    examples = "Kleine Gemeinden wie Talwies, Rabenhain oder Ostermoor haben kein Büro."
    assert names_of(examples, "Municipality") == {
        "Gemeinde Talwies",
        "Gemeinde Rabenhain",
        "Gemeinde Ostermoor",
    }
    # a line wrapped anywhere in the list, as in a PDF's paragraph
    paragraph = (
        "die Städte Rabenau \nund Kesselsdorf sowie die Gemeinden Talwies, Ostermoor und \nAuhain."
    )
    assert names_of(paragraph, "Municipality") == {
        "Stadt Rabenau",
        "Stadt Kesselsdorf",
        "Gemeinde Talwies",
        "Gemeinde Ostermoor",
        "Gemeinde Auhain",
    }


@pytest.mark.parametrize(
    "name",
    [
        "Staatliches Schulamt für den Landkreis Tellau und den Landkreis Rabenau",
        "Staatliches Schulamt für den Landkreis Tellau und die Stadt Rabenau",
        "Staatliches Schulamt für den Landkreis Tellau und den Vogelsbergkreis",
    ],
)
def test_one_office_for_two_districts_keeps_its_whole_name(name: str) -> None:
    text = f"Es berichtet das {name.replace('Staatliches', 'Staatliche', 1)}."
    assert names_of(text, "AdministrativeUnit") == {name}


def test_a_foundations_board_is_a_body() -> None:
    text = (
        "Das Kuratorium der Tellau-Stiftung entscheidet. Den Vorsitz des Kuratoriums hat Frau Ott."
    )
    assert "Kuratorium der Tellau-Stiftung" in names_of(text, "Body")


def test_a_competence_centre_for_a_field_in_a_state() -> None:
    text = "Die Partner arbeiten mit dem Kompetenzzentrum Kommunales Bildungsmanagement Thüringen."
    assert names_of(text, "Organization") == {
        "Kompetenzzentrum Kommunales Bildungsmanagement Thüringen"
    }


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Mittel aus dem Startchancen-Programm", "Startchancen-Programm"),
        ("Die Agentur ist Teil der Transferinitiative Kommunales Bildungsmanagement.",
         "Transferinitiative Kommunales Bildungsmanagement"),
        ("gefördert aus Mitteln des Europäischen Sozialfonds", "Europäischer Sozialfonds"),
        ("Förderung im ESF Plus", "Europäischer Sozialfonds Plus"),
    ],
)  # fmt: skip
def test_programmes_named_without_quotes(text: str, programme: str) -> None:
    assert programme in names_of(text, "Programme")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Träger ist das Bildungswerk der Sächsischen Wirtschaft e.V.",
         "Bildungswerk der Sächsischen Wirtschaft e.V.", "Organization"),
        ("Partner: LIGA der Freien Wohlfahrtspflege in Sachsen e.V.",
         "LIGA der Freien Wohlfahrtspflege in Sachsen e.V.", "Organization"),
        ("gefördert vom Ministerium für Bildung und Sport des Landes Brandenburg (MBS)",
         "Ministerium für Bildung und Sport des Landes Brandenburg", "Organization"),
        ("Träger: Institut für Regionalentwicklung e.V. (IRE)",
         "Institut für Regionalentwicklung e.V.", "Organization"),
        ("mit einer Zuwendung der Sparkasse Rabenau-Talland", "Sparkasse Rabenau-Talland",
         "Organization"),
        ("Der Runde Tisch Übergang Schule–Beruf tagt quartalsweise.",
         "Runder Tisch Übergang Schule–Beruf", "Body"),
        ("aus Mitteln des Europäischen Sozialfonds Plus", "Europäischer Sozialfonds Plus",
         "Programme"),
        ("• Bildungsbüro seit 2022, Leitung: Maik Tanner", "Maik Tanner", "Person"),
        ("Leitung: Dezernent Ole Brandt", "Ole Brandt", "Person"),
    ],
)  # fmt: skip
def test_names_with_genitives_legal_forms_seats_and_roles(text: str, name: str, kind: str) -> None:
    assert (name, kind) in {(m.canonical or m.text, m.type) for m in extract_mentions(text)}


def test_a_short_form_after_a_quoted_name_is_defined_by_it() -> None:
    text = (
        'Über das Landesprogramm „Lernen im Quartier" (LIQ) werden Zentren gefördert. Mehr zu LIQ.'
    )
    found = [m for m in extract_mentions(text) if m.text == "LIQ"]
    assert {m.canonical for m in found} == {"Lernen im Quartier"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mitglied ist das Staatliche Schulamt im Landkreis Rabenau.",
         "Staatliches Schulamt im Landkreis Rabenau"),
        ("Es berichtet das Schulamt für den Kreis Tellau.", "Schulamt für den Kreis Tellau"),
        ("Träger ist die Volkshochschule im Landkreis Rabenau e. V.",
         "Volkshochschule im Landkreis Rabenau e.V."),
    ],
)  # fmt: skip
def test_offices_and_organisations_named_with_their_district(text: str, name: str) -> None:
    found = {m.canonical for m in extract_mentions(text)}
    assert name in found
    assert "Landkreis Rabenau e.V." not in found


@pytest.mark.parametrize(
    "name",
    [
        "IHK Nord Westfalen",
        "IHK Rabenau – Tellau",
        "IHK Rabenau für Oberland / Tellau",
        "Handwerkskammer Rabenau-Tellau",
    ],
)
def test_chambers_named_by_their_region(name: str) -> None:
    found = {m.text for m in extract_mentions(f"Mitglieder sind die {name} und das Jobcenter.")}
    assert name in found


def test_a_spaced_hyphen_after_a_seated_name_starts_a_new_phrase() -> None:
    found = {m.text for m in extract_mentions("Hochschule Tellau - Konzept liegt vor.")}
    assert "Hochschule Tellau" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("in der Stadt Landau in der Pfalz", "Stadt Landau in der Pfalz", "Municipality"),
        ("die Große Kreisstadt Rottenburg am Neckar", "Große Kreisstadt Rottenburg am Neckar",
         "Municipality"),
        ("mit der Handwerkskammer der Pfalz", "Handwerkskammer der Pfalz", "Organization"),
        ("die Aufsichts- und Dienstleistungsdirektion (ADD)",
         "Aufsichts- und Dienstleistungsdirektion", "Organization"),
        ("die Bezirksregierung Münster", "Bezirksregierung Münster", "Organization"),
        ("mit dem Regierungspräsidium Gießen", "Regierungspräsidium Gießen", "Organization"),
    ],
)  # fmt: skip
def test_towns_by_their_river_and_regional_authorities(text: str, name: str, kind: str) -> None:
    assert (kind, name) in {(m.type, m.canonical) for m in extract_mentions(text)}


def test_a_forum_named_by_its_topic_and_how_one_sits_in_a_group() -> None:
    text = (
        "Das Fachforum Frühe Bildung wird von Daniela Kranz geleitet. Die Agentur für Arbeit "
        "nimmt an der Lenkungsgruppe mit beratender Stimme teil."
    )
    assert names_of(text, "Body") == {"Fachforum Frühe Bildung", "Lenkungsgruppe"}


def test_a_forum_in_the_title_of_a_cited_work_is_no_body() -> None:
    text = (
        "Literatur\n\nKGSt (2012): Lernen vor Ort. Fachforum Kommunales Bildungsmanagement. Köln."
        "\n\nDas Fachforum Lebenslanges Lernen tagt zweimal im Jahr."
    )
    assert names_of(text, "Body") == {"Fachforum Lebenslanges Lernen"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seit 2023 nimmt die Stadt Rabenau am Bundesprogramm teil.", "Stadt Rabenau"),
        ("das Jugendamt der Stadt Rabenau (Kita-Fachberatung)", "Stadt Rabenau"),
        (
            "die Regionale Fachkräfteallianz Oberland Nord",
            "Regionale Fachkräfteallianz Oberland Nord",
        ),
    ],
)
def test_names_end_before_common_nouns(text: str, name: str) -> None:
    assert name in {m.canonical for m in extract_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sie stellt das Vorhaben „Studieren im Oberland“ vor.", "Studieren im Oberland"),
        ("die Landesinitiative „Kein Abschluss ohne\nAnschluss – Übergang Schule – Beruf in NRW“",
         "Kein Abschluss ohne Anschluss – Übergang Schule – Beruf in NRW"),
    ],
)  # fmt: skip
def test_projects_and_long_initiative_names_in_quotes(text: str, name: str) -> None:
    assert ("Programme", name) in {(m.type, m.canonical) for m in extract_mentions(text)}


def test_schools_named_after_persons() -> None:
    text = "Mitglieder: Hannah-Arendt-Gemeinschaftsschule, Geschwister-Scholl-Gymnasium Tellau."
    found = names_of(text, "Organization")
    assert found == {"Hannah-Arendt-Gemeinschaftsschule", "Geschwister-Scholl-Gymnasium Tellau"}


def test_two_labels_of_one_field_joined_by_und_are_one_mention() -> None:
    found = [
        (m.text, m.canonical)
        for m in extract_mentions("Schwerpunkte sind Migration und Integration sowie Kultur.")
        if m.type == "ActionField"
    ]
    assert ("Migration und Integration", "Integration/Migration") in found


def test_a_short_form_with_its_seat_in_parentheses_names_the_long_one() -> None:
    text = (
        "Mitglied ist die Industrie- und Handelskammer zu Rabenau (IHK Rabenau). Die IHK "
        "Rabenau berät. Das Amt für Schule (Claudia Terbach) lädt ein. Claudia Terbach spricht."
    )
    found = [(m.text, m.canonical) for m in extract_mentions(text)]
    assert ("IHK Rabenau", "Industrie- und Handelskammer zu Rabenau") in found
    assert ("Claudia Terbach", "Claudia Terbach") in found  # a person is no short form


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Partner ist das Deutsche Rote Kreuz.", "Deutsches Rotes Kreuz"),
        ("Träger ist die Gesellschaft für Bildungsentwicklung Tellau gGmbH (GBT).",
         "Gesellschaft für Bildungsentwicklung Tellau gGmbH"),
        ("Beteiligt sind die IHK zu Tellau und andere.", "IHK zu Tellau"),
        ("Es lädt die Liga der freien Wohlfahrtspflege ein.", "Liga der freien Wohlfahrtspflege"),
        ("Gefördert vom Diakonischen Werk an der Saar.", "Diakonisches Werk an der Saar"),
        ("Die Umweltstation trägt der Bund Naturschutz in Tellau e.V. mit.",
         "Bund Naturschutz in Tellau e.V."),
        ("Dabei ist die Berufliche Schule des Landkreises Tellau.",
         "Berufliche Schule des Landkreises Tellau"),
        ("Es sprach die Hochschule für Technik und Wirtschaft des Saarlandes.",
         "Hochschule für Technik und Wirtschaft des Saarlandes"),
        ("Dabei ist das Kommunale Jobcenter Tellau.", "Kommunales Jobcenter Tellau"),
        ("Es fördert die Stiftung der Sparkasse Tellau.", "Stiftung der Sparkasse Tellau"),
        ("Dabei sind die Beruflichen Schulen Tellau.", "Berufliche Schulen Tellau"),
        ("Es spricht der Niedersächsische Städte- und Gemeindebund.",
         "Niedersächsischer Städte- und Gemeindebund"),
        ("Es zahlt die Investitions- und Förderbank Tellau.",
         "Investitions- und Förderbank Tellau"),
        ("Es lädt die Liga der Freien Wohlfahrtspflege Tellau ein.",
         "Liga der Freien Wohlfahrtspflege Tellau"),
        ("Mit dem Gemeinde- und Städtebund Tellau tagten wir.",
         "Gemeinde- und Städtebund Tellau"),
        ("Es spricht der Landkreistag Rabenau-Anhalt.", "Landkreistag Rabenau-Anhalt"),
        ("Kurse bietet die Familienbildungsstätte Tellau an.", "Familienbildungsstätte Tellau"),
        ("Es nimmt die Realschule plus Rabenau teil.", "Realschule plus Rabenau"),
        ("Es tagt der Schulzweckverband BBS Tellau-Rabenau.",
         "Schulzweckverband BBS Tellau-Rabenau"),
        ("Die Tellau-Stiftung, eine Stiftung der Sparkasse Rabenau, fördert es.",
         "Sparkasse Rabenau"),
        ("Es bildet das Berufskolleg Tellau-Rabenau aus.", "Berufskolleg Tellau-Rabenau"),
        ("Kurse gibt es beim Kolping-Bildungswerk Tellau.", "Kolping-Bildungswerk Tellau"),
        ("Kurse gibt es in der Familienbildungsstatte Tellau.", "Familienbildungsstatte Tellau"),
        ("Dabei ist die Gemeinschaftsgrundschule Am Lindenhof in Tellau.",
         "Gemeinschaftsgrundschule Am Lindenhof"),
        ("Dabei sind die Grundschule am Erlenbach und Eltern.", "Grundschule am Erlenbach"),
        ("Dabei ist die Realschule plus am Mühlenring.", "Realschule plus am Mühlenring"),
        ("Es lädt die Freie Gemeinschaftsschule an der Lindenallee ein.",
         "Freie Gemeinschaftsschule an der Lindenallee"),
        ("Es führt die Umweltstation Tellau durch das Moor.", "Umweltstation Tellau"),
        ("Akten liegen im Stadtarchiv Rabenau.", "Stadtarchiv Rabenau"),
        ("Es berät das Naturpark-Zentrum Tellau.", "Naturpark-Zentrum Tellau"),
        ("Im Stadtteil arbeitet das Quartiersmanagement Rabenau-Süd.",
         "Quartiersmanagement Rabenau-Süd"),
        ("Es wirkt das Diakonische Werk im Kirchenkreis Tellau mit.",
         "Diakonisches Werk im Kirchenkreis Tellau"),
        ("Mittel des Ministeriums für Kinder, Jugend, Familie, Gleichstellung, Flucht und "
         "Integration des Landes Tellau fließen.",
         "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des "
         "Landes Tellau"),
    ],
)  # fmt: skip
def test_organisations_named_by_remit_seat_or_national_name(sentence: str, name: str) -> None:
    """Also: 'Kommunales Jobcenter X', 'Stiftung der Sparkasse X', 'Berufliche Schulen X',
    'Niedersächsischer Städte- und Gemeindebund' (see the parameters)."""
    assert found(extract_mentions(sentence)).get(name) == "Organization"


def test_a_school_at_a_time_or_a_site_is_no_school_named_by_its_place() -> None:
    names = found(extract_mentions(
        "Die Grundschule am Nachmittag bietet Kurse. Das Gymnasium am Standort Nord wächst."
    ))  # fmt: skip
    assert not [n for n in names if "Nachmittag" in n or "Standort" in n]


def test_an_office_after_herr_or_frau_is_no_given_name() -> None:
    names = found(extract_mentions("- Herr Landrat Bernd Ahlgrimm (Vorsitz)"))
    assert names.get("Bernd Ahlgrimm") == "Person"
    assert "Landrat Bernd" not in names
    names = found(extract_mentions("Ansprechperson ist Frau Regierungsschulrätin Dr. Ida Falk."))
    assert names.get("Dr. Ida Falk") == "Person"
    assert not [n for n in names if n.startswith("Frau")]


def test_a_name_does_not_run_on_into_the_next_lines_label_or_a_predicate_noun() -> None:
    names = found(extract_mentions(
        "Verantwortlich: Integrationsbeauftragte des Landkreises\nZeitraum: 03/2024\n"
        "Seit 2022 ist der Landkreis Mitglied im Bildungsnetzwerk Tellau.\n"
        "Quartal 1–2: Abstimmung im Lenkungskreis\nQuartal 3–4: Beschluss\n"
        "Zu einzelnen Themen hat der Lenkungskreis Arbeitskreise eingesetzt."
    ))  # fmt: skip
    assert not [n for n in names if "Zeitraum" in n or "Mitglied" in n]
    assert not [n for n in names if "Quartal" in n or "Arbeitskreise" in n]


def test_a_surname_whose_sharp_s_ocr_read_as_b_is_still_a_name() -> None:
    names = found(extract_mentions("vertreten durch den Landrat Volker ABmann"))
    assert names.get("Volker ABmann") == "Person"


def test_a_seat_alone_on_the_next_line_starts_that_line() -> None:
    text = (
        "Fachbereich 40 – Schule und Bildung | Bildungsbüro\nOhmburg, im März 2024\n\n"
        "Landkreis Tellau, Bildungsbüro\nSvea Brandhorst\n\n"
        "Die Volkshochschule\nRabenau und die Stadt Rabenau laden ein."
    )
    names = found(extract_mentions(text))
    assert not [n for n in names if "Ohmburg" in n or "Svea" in n]
    assert names.get("Volkshochschule Rabenau") == "Organization"


def test_the_announcing_sentence_of_a_field_list_is_the_one_before_the_colon() -> None:
    text = (
        "Seit 2023 gibt es jährlich ein Schwerpunktthema. Beteiligt sind:\n"
        "•\tAgentur für Arbeit Tellau\n•\tErster Kreisbeigeordneter\n"
    )
    assert not [m for m in extract_mentions(text) if m.type == "ActionField"]


@pytest.mark.parametrize(
    "name",
    [
        "Steuergruppe der Bildungsregion",
        "Bildungsregion Tellau",
        "Netzwerk Ganztag Tellau",
        "Tellauer Bündnis für Lesen",
        "AG Übergang Schule–Beruf",
        "AG Bildung und Teilhabe Neuzugewanderter",
        "Steuerungsrunde Bildung",
        "Netzwerk der Transferagenturen",
        "Bildungs- und Sozialausschuss",
        "Netzwerk Übergang Schule–Beruf Saale-Tellau",
        "Netzwerk Frühe Hilfen Tellau",
    ],
)
def test_bodies_named_in_other_ways(name: str) -> None:
    assert (
        found(extract_mentions(f"Im Bericht: Die {name} tagt zweimal jährlich.")).get(name)
        == "Body"
    )


def test_municipal_associations_and_a_database_is_no_bank() -> None:
    names = found(extract_mentions(
        "Das Amt Treene-Lunden und die Verwaltungsgemeinschaft Tellau bauen eine "
        "Bildungsdatenbank auf."
    ))  # fmt: skip
    assert names.get("Amt Treene-Lunden") == "Municipality"
    assert names.get("Verwaltungsgemeinschaft Tellau") == "Municipality"
    assert "Bildungsdatenbank" not in names or names["Bildungsdatenbank"] != "Organization"


def test_a_roman_numeral_ending_a_sentence_ends_the_unit_but_not_a_legal_form() -> None:
    names = found(
        extract_mentions("Das Amt gehört zum Dezernat III. Es hilft die AWO Tellau e. V.")
    )
    assert names.get("Dezernat III") == "AdministrativeUnit"
    assert any(n.replace(" ", "").endswith("e.V.") for n in names)


def test_an_office_of_a_town_listed_as_a_mask_actor_stands_for_its_holder() -> None:
    from ingest.offices import office_key

    actors = extract_mask_actor_mentions(
        "•\t Oberbürgermeisterin\tder\tGroßen\tKreisstadt\tTellau\t(Vorsitz)\n"
        "•\t Jobcenter Tellau\n"
    )
    offices = [m for m in actors if m.type == "Person"]
    assert [m.text for m in offices] == ["Oberbürgermeisterin der Großen Kreisstadt Tellau"]
    assert office_key(offices[0].canonical or "") == "oberbürgermeisterin"


def test_a_seat_on_the_next_line_belongs_to_the_name_while_the_enumeration_runs_on() -> None:
    names = {m.text.replace("\n", " ").replace("  ", " ") for m in extract_mentions(
        "Mitglieder sind die IHK \nRabenau-Nord, die Hochschule \nTellmoor und der Kreiselternrat."
    )}  # fmt: skip
    assert {"IHK Rabenau-Nord", "Hochschule Tellmoor"} <= names
    # a slide's next title is no seat
    assert not extract_mentions("durch die Transferagenturen \n Netzwerke und Zusammenarbeit")


def test_an_authoritys_branch_by_its_place_is_one_organisation() -> None:
    names = found(
        extract_mentions(
            "Dabei sind die Regionalstelle Wendholm des Landesschulamts, die Regionalstelle "
            "Tellau der Sächsischen Bildungsagentur und die Außenstelle Bad Rabenau der "
            "Bildungsagentur."
        )
    )
    assert names["Landesschulamt Regionalstelle Wendholm"] == "Organization"
    assert names["Sächsische Bildungsagentur Regionalstelle Tellau"] == "Organization"
    assert names["Bildungsagentur Außenstelle Bad Rabenau"] == "Organization"
    assert "Landesschulamt" not in names


@pytest.mark.parametrize(
    ("sentence", "branch"),
    [
        (
            "Sie arbeitet in der Tellauer Regionalstelle der Sächsischen Bildungsagentur.",
            "Sächsische Bildungsagentur Regionalstelle Tellau",
        ),
        (
            "Die Wendholmer Außenstelle des Landesamtes für Schule und Bildung berät.",
            "Landesamt für Schule und Bildung Außenstelle Wendholm",
        ),
        (
            "Die Rabendner Außenstelle des Landesschulamts berät.",
            "Landesschulamt Außenstelle Rabenden",
        ),
    ],
)
def test_a_branch_named_by_its_place_adjective_is_the_branch_of_that_place(
    sentence: str, branch: str
) -> None:
    names = found(extract_mentions(sentence))
    assert names.get(branch) == "Organization"
    assert not any(name.endswith("er") for name in names)  # never the bare place adjective


def test_a_lower_case_adjective_before_a_named_body_only_describes_it() -> None:
    text = (
        "Fortführung der verwaltungsinternen Steuerungsgruppe Bildung. Die verwaltungsinterne "
        "Lenkungsgruppe tagt."
    )
    expected = {"Steuerungsgruppe Bildung", "Verwaltungsinterne Lenkungsgruppe"}
    assert names_of(text, "Body") >= expected


def test_a_body_that_acts_exists_though_introduced_with_an_indefinite_article() -> None:
    assert "Fachbeirat" in names_of("Ein Fachbeirat begleitet die Arbeit der Agentur.", "Body")
    assert not names_of("Ein Beirat wird 2025 eingerichtet.", "Body")


def test_working_groups_named_by_an_adjective_and_noun_and_town_libraries() -> None:
    text = (
        "Es berichten die AG Frühe Bildung und die AG Übergang. Dabei ist die Stadtbücherei Tellau."
    )
    assert {"AG Frühe Bildung", "AG Übergang"} <= names_of(text, "Body")
    assert "Stadtbücherei Tellau" in names_of(text, "Organization")


def test_towns_ending_in_wik_and_alliances_named_by_their_town() -> None:
    text = "Die Hansestadt Brunswik berichtet. Das Brunswiker Bildungsbündnis tagt. Die Politik."
    assert "Hansestadt Brunswik" in names_of(text, "Municipality")
    assert "Brunswiker Bildungsbündnis" in names_of(text, "Body")
    assert not any("Politik" in n for n in names_of(text, "Municipality"))


def test_a_tight_list_of_action_fields_ends_at_its_first_blank_line() -> None:
    text = (
        "� gemeinsames Verständnis von Bildung mit den thematischen Schwerpunkten:\n\n"
        "� Fachkräftesicherung\n� Integration durch Bildung\n\n"
        "� Beschluss des Leitbilds im Kreistag\n\n� 4/2024 bis\n6/2025\n"
    )
    fields = names_of(text, "ActionField")
    assert "Fachkräftesicherung" in fields
    assert not any("Beschluss" in f or "2024" in f for f in fields)


def test_a_place_in_brackets_qualifies_a_town_a_kind_of_work_does_not() -> None:
    found = {
        m.canonical or m.text
        for m in extract_mentions(
            "Die Hansestadt Rabenau (Netzwerkarbeit) und die Stadt Halle (Saale) arbeiten zusammen."
        )
    }
    assert {"Hansestadt Rabenau", "Stadt Halle (Saale)"} <= found


def test_a_folk_high_school_by_its_seat_is_one_organisation() -> None:
    found = {
        (m.canonical or m.text, m.type)
        for m in extract_mentions("Beteiligt sind die VHS Ohmtal und die KVHS Wendholm.")
    }
    assert {("VHS Ohmtal", "Organization"), ("KVHS Wendholm", "Organization")} <= found


def test_a_list_of_numbered_units_keeps_each_unit_apart() -> None:
    names = found(
        extract_mentions(
            "Mitglieder: Geschäftsbereich 1 – Zentrale Dienste, Geschäftsbereich 2, "
            "Geschäftsbereich 3 – Bauen und Umwelt, Kreisjugendamt"
        )
    )
    assert {
        "Geschäftsbereich 1 – Zentrale Dienste",
        "Geschäftsbereich 2",
        "Geschäftsbereich 3 – Bauen und Umwelt",
    } <= set(names)


def test_a_body_named_by_a_short_form_and_a_hyphen_keeps_the_short_forms_capitals() -> None:
    text = (
        "Die OloV-Steuerungsgruppe Tellau tagt. Der BNE-Arbeitskreis Rabenau trifft sich "
        "monatlich. Am 20.11. findet ein Online-Forum „Daten für die Kita-Planung“ statt. "
        "Die Redaktionsgruppe Bildungsbericht legt den Entwurf vor."
    )
    assert names_of(text, "Body") == {
        "OloV-Steuerungsgruppe Tellau",
        "BNE-Arbeitskreis Rabenau",
        "Redaktionsgruppe Bildungsbericht",
    }


def test_an_adjective_before_a_feminine_place_of_learning_is_cited_in_the_nominative() -> None:
    assert canonical_name("der Evangelischen Familienbildungsstätte Rabenau") == (
        "Evangelische Familienbildungsstätte Rabenau"
    )


def test_pacts_and_state_strategies_are_programmes_but_a_bare_pact_is_not() -> None:
    text = (
        "Die Schulen erhalten Mittel aus dem Pakt für den Ganztag und dem DigitalPakt Schule. "
        "Die Landesstrategie OloV wird umgesetzt. Der Pakt wurde 2019 geschlossen; ein "
        "Ausbildungspakt fehlt noch."
    )
    assert names_of(text, "Programme") == {"Pakt für den Ganztag", "DigitalPakt Schule", "OloV"}
    assert canonical_name("des Digitalpakts Schule") == "Digitalpakt Schule"


def test_schools_keep_their_ordinal_and_their_participle_adjective() -> None:
    text = (
        "Dabei sind die Berufsbildende Schule Tellau II und die Integrierte Gesamtschule "
        "Tellau-Nord."
    )
    assert names_of(text, "Organization") == {
        "Berufsbildende Schule Tellau II",
        "Integrierte Gesamtschule Tellau-Nord",
    }


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Clara-und-Ernst-Wendling-Stiftung", "Clara-und-Ernst-Wendling-Stiftung"),
        ("Kinder-und Jugendhilfe", "Kinder-und Jugendhilfe"),
        ("Bildungs-beratung", "Bildungsberatung"),
    ],
)
def test_a_hyphen_before_a_conjunction_is_no_broken_word(written: str, shown: str) -> None:
    from ingest.names import clean_surface

    assert clean_surface(written) == shown


def test_large_county_towns_listed_by_their_plural_kind() -> None:
    text = "Beteiligt sind die Großen Kreisstädte Zellfurt, Bärenau und Rötzdorf."
    assert names_of(text, "Municipality") == {
        "Große Kreisstadt Zellfurt",
        "Große Kreisstadt Bärenau",
        "Große Kreisstadt Rötzdorf",
    }


def test_a_remit_closed_by_und_takes_no_sowie_after_it() -> None:
    text = (
        "Schuldaten des Landesamtes für Schule und Bildung sowie Melde- und Kitadaten der Städte."
    )
    assert names_of(text, "Organization") == {"Landesamt für Schule und Bildung"}
    assert names_of("das Amt für Jugend, Familie und Soziales", "AdministrativeUnit") == {
        "Amt für Jugend, Familie und Soziales"
    }


def test_what_a_mask_actor_contributes_is_no_actor() -> None:
    field = "•\tGemeinde Tannau (Melde- und Kitadaten), Statistisches Landesamt (Schulstatistik)\n"
    actors = {m.canonical or m.text for m in extract_mask_actor_mentions(field)}
    assert actors == {"Gemeinde Tannau", "Statistisches Landesamt"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Das Schul- und Sportamt Quellau plant.",
            "Schul- und Sportamt Quellau",
            "AdministrativeUnit",
        ),
        (
            "Die Senatsverwaltung für Bildung, Jugend und Familie berät.",
            "Senatsverwaltung für Bildung, Jugend und Familie",
            "Organization",
        ),
        ("Die Bezirksverordnetenversammlung beschließt.", "Bezirksverordnetenversammlung", "Body"),
        ("Der Quartiersrat tagt monatlich.", "Quartiersrat", "Body"),
        ("Der Bildungsverbund Marbeck tagt.", "Bildungsverbund Marbeck", "Body"),
    ],
)
def test_offices_councils_and_networks_of_cities_and_their_districts(
    text: str, name: str, kind: str
) -> None:
    assert names_of(text, kind) == {name}


def test_a_district_councillor_is_a_post_not_a_council() -> None:
    assert names_of("Der Bezirksstadtrat für Jugend leitet die Runde.", "Body") == set()


def test_a_city_state_district_is_its_bezirksamt() -> None:
    text = (
        "Das Bezirksamt Quellau von Berlin schließt die Vereinbarung; die Abt. Jugend, Schule "
        "und Sport des Bezirksamtes Quellau setzt sie um. Im Bezirk Quellau leben viele Familien."
    )
    assert names_of(text, "Municipality") == {"Bezirk Quellau"}
    assert names_of(text, "AdministrativeUnit") == {"Abteilung Jugend, Schule und Sport"}


@pytest.mark.parametrize(
    "name",
    [
        "Stiftungsrunde",
        "Referentenrunde",
        "Bürgermeisterrunde Bildung",
        "Bildungsrunde der Ämter und Städte",
        "Landesnetzwerk der Bildungsbüros NRW",
        "Landesarbeitskreis der Bildungsbüros in Tellau",
        "Stadtelternbeirat der Kindertageseinrichtungen",
        "Integrationsrat",
        "Jugendparlament",
        "Bürgerschaft der Hansestadt Tellau",
    ],
)
def test_rounds_of_people_councils_of_residents_and_bodies_of_their_members(name: str) -> None:
    assert found(extract_mentions(f"Am Montag: Die {name} tagt im Rathaus.")).get(name) == "Body"


@pytest.mark.parametrize(
    "sentence",
    [
        "In der zweiten Gesprächsrunde wurde das Konzept besprochen.",
        "Die erste Qualifizierungsrunde startet im Mai.",
        "In der Förderrunde 2025 sind zwölf Anträge eingegangen.",
        "Die Runden der Bürgermeister fanden im Rathaus statt.",
    ],
)
def test_a_round_of_an_activity_or_rounds_in_the_plural_are_no_body(sentence: str) -> None:
    assert not [m for m in extract_mentions(sentence) if m.type == "Body"]


def test_a_body_of_a_council_keeps_its_council_apart_and_a_cut_word_is_no_member() -> None:
    names = found(extract_mentions(
        "Der Jugendhilfeausschuss des Kreistags tagt. Das Jugendforum des Kinder- und "
        "Jugendbeirates der Stadt Tellau tagt."
    ))  # fmt: skip
    assert names.get("Jugendhilfeausschuss") == "Body"
    assert names.get("Jugendforum") == "Body"
    assert "Jugendhilfeausschuss des Kreistags" not in names
    assert not any(name.endswith(" des") for name in names)


def test_a_state_circle_of_offices_is_no_district() -> None:
    names = found(extract_mentions("Der Landesarbeitskreis tagt, der Saalekreis lädt ein."))
    assert names.get("Landesarbeitskreis") == "Body"
    assert names.get("Saalekreis") == "Municipality"


def test_a_numbered_unit_takes_no_remit_from_the_next_cell_but_from_a_wrapped_line() -> None:
    cell = found(extract_mentions("Verantwortlich: Landrätin, Abteilung 4\nAntrag bis Mai\n"))
    assert cell.get("Abteilung 4") == "AdministrativeUnit"
    wrapped = found(extract_mentions(
        "Im Bereich Kinder ist die zuständige Stelle seit 2020 die Abteilung 51.3\n"
        "Kindertagesbetreuung des Amtes für Jugend und Familie.\n"
    ))  # fmt: skip
    assert wrapped.get("Abteilung 51.3 Kindertagesbetreuung") == "AdministrativeUnit"


def test_a_holiday_academy_is_a_programme_an_academy_an_institution() -> None:
    names = found(extract_mentions(
        "Die Ferienakademie Kesselau läuft, die Sommerakademie MINT auch. Die "
        "Kreismusikakademie Kesselau lädt ein."
    ))  # fmt: skip
    assert names.get("Ferienakademie Kesselau") == "Programme"
    assert names.get("Sommerakademie MINT") == "Programme"
    assert names.get("Kreismusikakademie Kesselau") == "Organization"


def test_fb_with_a_number_and_a_remit_is_a_fachbereich_a_bare_fb_code_is_not() -> None:
    names = found(extract_mentions(
        "Zuständig ist der FB 3 Bildung, Kultur und Sport.\n| FB 1 | Sprachbildung stärken |\n"
    ))  # fmt: skip
    assert names.get("Fachbereich 3 Bildung, Kultur und Sport") == "AdministrativeUnit"
    assert not any(name.startswith(("FB 1", "Fachbereich 1")) for name in names)


def test_bavarian_market_towns_and_places_named_with_an_adjective() -> None:
    text = (
        "Beteiligt sind der Markt Sulzbrunn, die Märkte Holzried und Eschach sowie die "
        "Verwaltungsgemeinschaft Mittleres Auetal. Auf dem Arbeitsmarkt ist Markt wenig los."
    )
    assert names_of(text, "Municipality") == {
        "Markt Sulzbrunn",
        "Markt Holzried",
        "Markt Eschach",
        "Verwaltungsgemeinschaft Mittleres Auetal",
    }


def test_a_lower_saxon_market_town_is_a_municipality_not_a_person() -> None:
    text = "Zur Samtgemeinde Ilmenried gehören der Flecken Ilmenried und zwei Gemeinden."
    assert names_of(text, "Municipality") == {"Samtgemeinde Ilmenried", "Flecken Ilmenried"}
    assert not names_of(text, "Person")


def test_units_of_an_organisation_chart_end_where_the_next_unit_starts() -> None:
    text = (
        "Stabsstelle Bildungsbüro           FD 50 Soziales\n"
        "                            FD 40 Schulen                      FD 51 Jugend\n"
        "                            FD 41 Kultur und Sport             FD 53 Gesundheit\n"
    )
    assert {
        "Fachdienst 50 Soziales",
        "Fachdienst 41 Kultur und Sport",
        "Fachdienst 53 Gesundheit",
    } <= names_of(text, "AdministrativeUnit")


def test_a_bavarian_district_government_is_a_state_authority() -> None:
    text = "Abstimmung mit der Regierung von Schwaben; die Regierung des Kreises tagt."
    assert names_of(text, "Organization") == {"Regierung von Schwaben"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Landkreis Talau trägt seit 2016 das Qualitätssiegel „Bildungsregion in Bayern“.",
        "2016 Verleihung des Gütesiegels „Bildungsregion in Bayern“ durch das Ministerium",
    ],
)
def test_a_quoted_name_after_a_seal_is_a_programme(text: str) -> None:
    assert names_of(text, "Programme") == {"Bildungsregion in Bayern"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "**AK 1 Frühe Bildung und Übergang Kita–Grundschule** (Leitung: Eva Roth)",
            "AK 1 Frühe Bildung und Übergang Kita–Grundschule",
        ),
        (" – Arbeitsgruppe 2 „Übergang Schule–Beruf“\n", "Arbeitsgruppe 2 „Übergang Schule–Beruf“"),
        ("So leiten Eva Roth und Jan Berg gemeinsam den AK 2.", "AK 2"),
    ],
)
def test_a_working_group_counted_through_is_a_body(text: str, name: str) -> None:
    assert name in names_of(text, "Body")


def test_short_unit_kinds_with_a_number_and_a_remit() -> None:
    text = (
        "Zur Abt. 2 Bildung und Soziales gehören das SG 24 Ausländerwesen und Integration und "
        "das SG 23 – Schulen und Bildung; die SG Hollenrade liegt nebenan. Das Jugendamt gehört "
        "zur Abteilung 4."
    )
    assert names_of(text, "AdministrativeUnit") == {
        "Abteilung 2 Bildung und Soziales",
        "Sachgebiet 24 Ausländerwesen und Integration",
        "Sachgebiet 23 – Schulen und Bildung",
        "Jugendamt",
        "Abteilung 4",
    }
    assert names_of(text, "Municipality") == {"Samtgemeinde Hollenrade"}


def test_groups_in_the_plural_leave_the_body_they_belong_to_a_name() -> None:
    text = (
        "Die Arbeitskreise des Bildungsbeirats tagen; der Lenkungskreis des Bildungsbeirats plant."
    )
    assert names_of(text, "Body") == {"Bildungsbeirat", "Lenkungskreis des Bildungsbeirats"}


def test_a_unit_of_an_indented_organisation_chart_ends_before_its_head_below() -> None:
    chart = (
        "Kreisausschuss\nLandrätin Dr. Ina Wolf\n\n"
        "   Dezernat Jugend, Schule und Soziales\n"
        "   Erster Kreisbeigeordneter Kai Lenz\n"
    )
    units = names_of(chart, "AdministrativeUnit")
    assert units == {"Dezernat Jugend, Schule und Soziales"}


def test_a_slides_title_line_starts_a_name_of_its_own() -> None:
    slide = (
        "• Geschäftsstelle: Bildungsbüro\n Bildungsbeirat\n\n• Vorsitz: Landrätin Dr. Ina Wolf\n"
    )
    assert found(extract_mentions(slide)) == {
        "Bildungsbüro": "AdministrativeUnit",
        "Bildungsbeirat": "Body",
        "Dr. Ina Wolf": "Person",
    }
    # a bare "Verbund" of schools is a network, no institution with a seat
    assert not names_of("Seit 2025 gibt es den Verbund Feldmark-Nord.", "Organization")
    assert names_of("Der Städtebund Talbrück berät.", "Organization") == {"Städtebund Talbrück"}


def test_a_municipal_centre_named_by_its_task_is_an_organisation() -> None:
    text = (
        "Es berät gemeinsam mit dem Kommunalen Integrationszentrum (KI) neu zugewanderte Familien."
    )
    found_here = {m.canonical: m.type for m in extract_mentions(text)}
    assert found_here.get("Kommunales Integrationszentrum") == "Organization"


def test_a_numbered_referat_with_its_remit_is_a_unit_but_a_bare_code_is_not() -> None:
    named = "Dazu gehört das Referat 41 – Schulen und Schulentwicklung der Kreisverwaltung."
    assert names_of(named, "AdministrativeUnit") == {"Referat 41 – Schulen und Schulentwicklung"}
    assert not names_of(
        "Ansprechpartnerin: Anke Roß, Standort Zellwitz, Referat 3", "AdministrativeUnit"
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Landrätin Dr. A. Wiesmann-Kuhl (Dezernat I)", "Dr. A. Wiesmann-Kuhl"),
        ("Kreisbeigeordneter W. Pfannmüller (Kultur)", "W. Pfannmüller"),
        ("Vorsitz: Prof. Dr. H. Lichtenberg (IBR)", "Prof. Dr. H. Lichtenberg"),
        ("| 4 | Entwurf vorlegen | Bildungsbüro (Dr. Y. Arslan-Becker) |", "Dr. Y. Arslan-Becker"),
    ],
)
def test_a_title_or_office_before_an_initial_and_a_surname_names_a_person(
    text: str, person: str
) -> None:
    assert person in names_of(text, "Person")
    assert not names_of("A. Ziele und Maßnahmen", "Person")  # a lettered heading is no one


@pytest.mark.parametrize(
    "text",
    [
        "Die Steckbriefe wurden in der Bürgermeisterdienstversammlung vorgestellt.",
        "Frau Roth leitet zugleich die Betriebskommission der Volkshochschule.",
        "Der Schulzweckverband tagt zweimal; seine Verbandsversammlung beschließt den Haushalt.",
    ],
)
def test_standing_assemblies_and_boards_of_municipal_bodies_are_bodies(text: str) -> None:
    assert names_of(text, "Body")
