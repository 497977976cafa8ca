"""The ontology folder is the public data contract: what SPARQL users and every module rely on."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV
from rdflib.plugins.sparql import prepareQuery

from graph.ids import slugify
from graph.ontology_doc import REFERENCE_FILE, example_queries, render_reference
from graph.validate import validate
from graph.vocab import (
    OA,
    ONTOLOGY_FILE,
    ONTOLOGY_IRI,
    SCHEMES_FILE,
    SHAPES_FILE,
    TA,
    TA_IRI,
    TA_TERMS,
    assert_defined,
    concept_iri,
    coordination_key,
    find_concept,
    load_ontology_graph,
    scheme_concepts,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "mini_graph.trig"
ID = "https://w3id.org/transferatlas/id/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return load_ontology_graph()


@pytest.fixture()
def mini_graph() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def store(vocabulary: Graph) -> ox.Store:
    """Fixture graph plus the ontology graph, as the real store holds them."""
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    s.load(
        input=vocabulary.serialize(format="nt").encode(),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode("https://w3id.org/transferatlas/graph/ontology"),
    )
    return s


# --- ontology terms -----------------------------------------------------------------------


def test_ontology_header_names_title_version_and_licence(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (DCTERMS.title, OWL.versionInfo, DCTERMS.license):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


def test_every_term_has_german_and_english_label_and_comment(ontology: Graph) -> None:
    assert len(TA_TERMS) > 50
    for name in TA_TERMS:
        term = TA[name]
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert {"de", "en"} <= langs, f"ta:{name} lacks {prop} in de/en"


def test_every_ta_term_of_the_layout_contract_is_declared() -> None:
    layout = (ROOT / "docs" / "graph-layout.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\bta:(\w+)", layout))
    assert used, "graph-layout.md names ta: terms"
    assert used - set(TA_TERMS) == set()


def test_classes_reuse_standard_vocabularies(ontology: Graph) -> None:
    assert (TA.Municipality, RDFS.subClassOf, ORG.Organization) in ontology
    assert (TA.AdministrativeUnit, RDFS.subClassOf, ORG.OrganizationalUnit) in ontology
    assert (TA.Body, RDFS.subClassOf, ORG.Organization) in ontology
    assert (TA.Assertion, RDFS.subClassOf, RDF.Statement) in ontology
    assert (TA.Assertion, RDFS.subClassOf, PROV.Entity) in ontology
    assert (TA.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology


def test_undeclared_terms_are_refused() -> None:
    assert assert_defined("TransferObject") == URIRef(TA_IRI + "TransferObject")
    with pytest.raises(KeyError):
        assert_defined("transferObject")
    with pytest.raises(AttributeError):
        _ = TA.involvesActors


def test_every_ta_term_used_in_code_is_declared() -> None:
    """graph/ and ingest/ may only write terms the ontology declares."""
    pattern = re.compile(r"\bTA\.(\w+)|\bTA\[\"(\w+)\"\]|\bta:(\w+)")
    undeclared = set()
    for folder in ("graph", "ingest"):
        for path in (ROOT / folder).glob("*.py"):
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                name = next(g for g in match.groups() if g)
                if name not in TA_TERMS:
                    undeclared.add(f"{path.name}: {name}")
    assert undeclared == set()


# --- slugs and concept schemes ------------------------------------------------------------


@given(st.text())
def test_slugify_is_ascii_and_idempotent(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", slug)
    assert slugify(slug) == slug


@given(st.text(alphabet="äöüßÄÖÜ", min_size=1))
def test_slugify_spells_out_umlauts(text: str) -> None:
    spelled = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
    assert slugify(text).replace("-", "") == "".join(spelled[c] for c in text.lower())


def test_slugify_examples() -> None:
    assert slugify("Übergang Kita–Grundschule") == "uebergang-kita-grundschule"
    assert slugify("  Maßnahmen!! ") == "massnahmen"


def test_schemes_hold_the_kbm_functions_product_types_and_topic_fields() -> None:
    kbm = [c.pref_label for c in scheme_concepts("kbm-function")]
    assert kbm == ["Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"]
    types = {c.pref_label for c in scheme_concepts("ProductTypeScheme")}
    assert types == {"Strukturlösung", "Instrument", "Verfahrensweise", "Modellprojekt"}
    topics = scheme_concepts("TopicFieldScheme")
    assert [c.notation for c in topics] == list("ABCDEFGH")
    action_fields = {c.iri for c in scheme_concepts("action-field")}
    assert {c.iri for c in topics} <= action_fields


def test_every_concept_has_labels_and_its_iri_follows_the_slug_rule() -> None:
    for scheme, segment in (
        ("kbm-function", "kbm-function"),
        ("product-type", "product-type"),
        ("action-field", "action-field"),
    ):
        for concept in scheme_concepts(scheme):
            assert concept.en_label, concept.iri
            assert str(concept.iri) == f"{ID}concept/{segment}/{slugify(concept.pref_label)}"
            assert concept_iri(scheme, concept.pref_label) == concept.iri


def test_alt_labels_are_unambiguous_within_a_scheme() -> None:
    for scheme in ("kbm-function", "product-type", "action-field"):
        owners: dict[str, URIRef] = {}
        for concept in scheme_concepts(scheme):
            for name in (concept.pref_label, *concept.alt_labels):
                key = slugify(name)
                assert owners.setdefault(key, concept.iri) == concept.iri, (scheme, name)


def test_gazetteer_finds_concepts_by_variant_spelling() -> None:
    bne = find_concept("action-field", "BNE")
    assert bne is not None and bne.pref_label == "Bildung für nachhaltige Entwicklung"
    assert concept_iri("action-field", "Uebergaenge") == URIRef(
        ID + "concept/action-field/uebergaenge"
    )
    narrower = find_concept("action-field", "Übergang Schule-Beruf")
    assert narrower is not None and narrower.broader == concept_iri("action-field", "Übergänge")
    assert concept_iri("kbm-function", "MASSNAHMEN").endswith("/kbm-function/massnahmen")
    assert concept_iri("action-field", "Neues Thema").endswith("/action-field/neues-thema")
    assert find_concept("product-type", "Gremium") is None
    # A field named with its parts in another order is the same concept.
    same = find_concept("action-field", "Familienbildung und Elternarbeit")
    assert same is not None and same.pref_label == "Elternarbeit/Familienbildung"
    assert find_concept("action-field", "MINT- und Umweltbildung") is None
    # the field's common name in plans and applications
    integration = find_concept("action-field", "Integration durch Bildung")
    assert integration is not None and integration.pref_label == "Integration/Migration"


_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=3, max_size=12)


@given(st.lists(_PART, min_size=2, max_size=4, unique=True), st.randoms())
def test_coordination_key_ignores_the_order_and_the_conjunction(
    parts: list[str], rnd: random.Random
) -> None:
    assume(not {"und", "sowie"} & set(parts))
    shuffled = parts[:]
    rnd.shuffle(shuffled)
    assert coordination_key(" und ".join(parts)) == coordination_key("/".join(shuffled))
    assert coordination_key(parts[0]) is None


def test_scheme_concepts_are_typed_and_labelled(vocabulary: Graph) -> None:
    for concept in set(vocabulary.subjects(RDF.type, SKOS.Concept)):
        langs = {getattr(o, "language", None) for o in vocabulary.objects(concept, SKOS.prefLabel)}
        assert {"de", "en"} <= langs, concept
        labels = set(vocabulary.objects(concept, RDFS.label))
        assert labels == set(vocabulary.objects(concept, SKOS.prefLabel)), concept
        assert vocabulary.value(concept, SKOS.inScheme) is not None


def test_load_ontology_graph_holds_terms_schemes_and_shapes(vocabulary: Graph) -> None:
    for path in (ONTOLOGY_FILE, SCHEMES_FILE, SHAPES_FILE):
        part = Graph().parse(path)
        assert len(part) > 0 and all(t in vocabulary for t in part if not _has_bnode(t))


def _has_bnode(triple: tuple) -> bool:
    return any(not isinstance(x, URIRef | Literal) for x in triple)


# --- shapes -------------------------------------------------------------------------------


def test_fixture_graph_conforms(mini_graph: Dataset) -> None:
    report = validate(mini_graph)
    assert report.conforms, report.violations
    assert report.violations == []


def _doc_graph(ds: Dataset, doc: str) -> Graph:
    return ds.graph(URIRef(f"https://w3id.org/transferatlas/graph/doc/{doc}"))


TO = URIRef(ID + "transfer-object/katalog/3.1.1")
STATEMENT = URIRef(ID + "statement/katalog/s1")


def _paths(ds: Dataset) -> set[tuple[str, str | None]]:
    report = validate(ds)
    assert not report.conforms
    return {(v.focus, v.path) for v in report.errors()}


def test_missing_label_is_a_violation(mini_graph: Dataset) -> None:
    _doc_graph(mini_graph, "katalog").remove((TO, RDFS.label, None))
    assert (str(TO), str(RDFS.label)) in _paths(mini_graph)


def test_selector_start_after_end_is_a_violation(mini_graph: Dataset) -> None:
    g = _doc_graph(mini_graph, "katalog")
    selector = URIRef(f"{STATEMENT}#selector")
    g.set((selector, OA.start, Literal(700)))
    paths = _paths(mini_graph)
    assert (str(selector), str(OA.start)) in paths


def test_line_zero_is_a_violation(mini_graph: Dataset) -> None:
    _doc_graph(mini_graph, "katalog").set((STATEMENT, TA.startLine, Literal(0)))
    assert (str(STATEMENT), str(TA.startLine)) in _paths(mini_graph)


def test_kbm_function_outside_its_scheme_is_a_violation(mini_graph: Dataset) -> None:
    wrong = concept_iri("product-type", "Instrument")
    _doc_graph(mini_graph, "katalog").set((TO, TA.kbmFunction, wrong))
    assert (str(TO), str(TA.kbmFunction)) in _paths(mini_graph)


def test_second_label_of_an_organisation_is_a_violation(mini_graph: Dataset) -> None:
    org = URIRef(ID + "organization/agentur-fuer-arbeit")
    _doc_graph(mini_graph, "katalog").add((org, RDFS.label, Literal("AfA", lang="de")))
    assert (str(org), str(RDFS.label)) in _paths(mini_graph)


def test_membership_without_member_and_assertion_without_source_are_violations(
    mini_graph: Dataset,
) -> None:
    g = _doc_graph(mini_graph, "protokoll")
    membership = URIRef(ID + "membership/m1")
    g.remove((membership, ORG.member, None))
    _doc_graph(mini_graph, "katalog").remove((STATEMENT, DCTERMS.source, None))
    paths = _paths(mini_graph)
    assert (str(membership), str(ORG.member)) in paths
    assert (str(STATEMENT), str(DCTERMS.source)) in paths


def test_section_outside_a_document_is_a_violation(mini_graph: Dataset) -> None:
    section = URIRef(ID + "section/katalog/3-1")
    _doc_graph(mini_graph, "katalog").remove((section, DCTERMS.isPartOf, None))
    assert (str(section), str(DCTERMS.isPartOf)) in _paths(mini_graph)


def test_missing_kbm_function_is_only_a_warning(mini_graph: Dataset) -> None:
    _doc_graph(mini_graph, "katalog").remove((TO, TA.kbmFunction, None))
    report = validate(mini_graph)
    assert report.conforms
    assert [v.severity for v in report.violations] == ["Warning"]


# --- example queries ----------------------------------------------------------------------


QUERIES = example_queries()


def test_there_are_at_least_twelve_documented_queries() -> None:
    assert len(QUERIES) >= 12
    for q in QUERIES:
        assert q.title and len(q.questions) >= 2 and q.columns, q.name


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_example_query_runs_on_the_union_graph(query, store: ox.Store) -> None:  # type: ignore[no-untyped-def]
    prepareQuery(query.text)
    result = store.query(query.text, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    assert tuple(v.value for v in result.variables) == query.columns
    assert len(list(result)) > 0, f"{query.name} finds nothing in the fixture graph"


# --- generated reference ------------------------------------------------------------------


def test_reference_is_up_to_date(vocabulary: Graph) -> None:
    expected = render_reference(vocabulary)
    assert REFERENCE_FILE.read_text(encoding="utf-8") == expected, (
        "ontology/REFERENCE.md is stale: run `python -m graph.ontology_doc`"
    )
    for name in ("ta:TransferObject", "ta:involvesActor", "Übergänge", QUERIES[0].title):
        assert name in expected
