"""How fast the example queries run: Oxigraph (embedded) against rdflib in memory.

`python -m graph.sparql_bench` times every query of ontology/queries on the corpus graph (the
current store of the data folder, or the test fixture when nothing was ingested) and on a
synthetic graph of about a million triples shaped like docs/graph-layout.md. rdflib cannot be
interrupted from outside, so each rdflib query runs under a SIGALRM cap and reports "> cap".
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import signal
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import FrameType

import pyoxigraph as ox
from rdflib import Dataset

from graph.ontology_doc import example_queries
from graph.store import current_store_path
from graph.vocab import ONTOLOGY_GRAPH, load_ontology_graph, scheme_concepts

TA = "https://w3id.org/transferatlas/ontology#"
ID = "https://w3id.org/transferatlas/id/"
GR = "https://w3id.org/transferatlas/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini_graph.trig"
UNIT_NAMES = ("Amt für Schule", "Jugendamt", "Bildungsbüro", "Sozialamt", "Amt für Kultur")
BODY_NAMES = ("Steuerungskreis Bildung", "Arbeitskreis Übergang Schule-Beruf", "Bildungsbeirat")
FIELDS = ("shortDescription", "initialSituation", "goals", "methods", "resources", "notes")
PREDICATES = ("participatesIn", "cooperatesWith", "fundedBy", "carriedBy")
SCHEMES = ("action-field", "kbm-function", "product-type")


def lit(text: str, lang: str | None = "de") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


Pairs = list[tuple[str, str]]


def iri(value: str) -> str:
    return f"<{value}>"


def quads(subject: str, pairs: Pairs, graph: str) -> Iterator[str]:
    """N-Quads lines of one subject: (predicate IRI, N-Triples object) pairs in one graph."""
    return (f"<{subject}> <{p}> {o} <{graph}> .\n" for p, o in pairs)


def named(subject: str, types: tuple[str, ...], label: str) -> Iterator[str]:
    """An actor in graph/entities: its classes and its German label."""
    pairs = [(RDF_TYPE, iri(t)) for t in types] + [(LABEL, lit(label)), (PREF, lit(label))]
    return quads(subject, pairs, GR + "entities")


def actor_quads(m: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Municipality m with units, bodies, persons and memberships; returns (quads, actors)."""
    muni, ent = f"{ID}municipality/m{m}", GR + "entities"
    out = list(named(muni, (TA + "Municipality", ORG + "Organization"), f"Landkreis Muster {m}"))
    units = [f"{ID}unit/m{m}-{i}" for i in range(len(UNIT_NAMES))]
    bodies = [f"{ID}body/m{m}-{i}" for i in range(len(BODY_NAMES))]
    for unit, name in zip(units, UNIT_NAMES, strict=True):
        out += named(unit, (TA + "AdministrativeUnit", ORG + "Organization"), name)
        out += quads(unit, [(ORG + "subOrganizationOf", iri(muni))], ent)
    for body, name in zip(bodies, BODY_NAMES, strict=True):
        out += named(body, (TA + "Body", ORG + "Organization"), f"{name} {m}")
        out += quads(body, [(TA + "chairedBy", iri(rng.choice(units)))], ent)
    for n in range(10):
        person, org = f"{ID}person/m{m}-{n}", rng.choice(units + bodies)
        out += named(person, (FOAF + "Person",), f"Person {m}-{n}")
        out += quads(person, [(ORG + "memberOf", iri(org))], ent)
        membership = [
            (RDF_TYPE, iri(ORG + "Membership")),
            (ORG + "member", iri(person)),
            (ORG + "organization", iri(org)),
            (TA + "roleLabel", lit(rng.choice(["Leitung", "Koordination"]))),
        ]
        out += quads(f"{ID}membership/m{m}-{n}", membership, ent)
    return out, units + bodies


def document_quads(m: int, rng: random.Random, actors: list[str]) -> Iterator[str]:
    """Document m in its own graph: sections, transfer objects, assertions, mentions, measures."""
    graph, document = f"{GR}doc/d{m}", f"{ID}doc/d{m}"
    fields = {s: [str(c.iri) for c in scheme_concepts(s)] for s in SCHEMES}
    about = [(DCT + "source", iri(document))]
    yield from quads(document, [
        (RDF_TYPE, iri(FOAF + "Document")), (DCT + "title", lit(f"Transferkatalog {m}")),
        (TA + "sourceFile", lit(f"katalog-{m}.pdf", None)), (TA + "documentKind", lit("Katalog")),
    ], graph)  # fmt: skip
    sections = [f"{ID}section/d{m}/{i}" for i in range(12)]
    for i, section in enumerate(sections):
        yield from quads(section, [
            (RDF_TYPE, iri(TA + "Section")), (DCT + "isPartOf", iri(document)),
            (TA + "sectionNumber", lit(str(i), None)), (TA + "text", lit("Abschnitt " * 20)),
        ], graph)  # fmt: skip
    for t in range(10):
        title = f"Transfergegenstand {m}.{t}"
        yield from quads(f"{ID}transfer-object/d{m}/{t}", [
            (RDF_TYPE, iri(TA + "TransferObject")), (LABEL, lit(title)), (PREF, lit(title)),
            (TA + "sectionNumber", lit(f"3.{t}", None)),
            (TA + "kbmFunction", iri(rng.choice(fields["kbm-function"]))),
            (TA + "productType", iri(rng.choice(fields["product-type"]))),
            *[(TA + f, lit(f"{f} {m}.{t}: " + "Text " * 30)) for f in FIELDS],
            *[(TA + "actionField", iri(c)) for c in rng.sample(fields["action-field"], 2)],
            *[(TA + "involvesActor", iri(a)) for a in rng.sample(actors, 3)],
            *about, (PROV + "wasDerivedFrom", iri(sections[t])),
        ], graph)  # fmt: skip
    for a in range(20):
        subject, obj = rng.sample(actors, 2)
        predicate, statement = TA + rng.choice(PREDICATES), f"{ID}statement/d{m}-{a}"
        yield from quads(subject, [(predicate, iri(obj))], graph)
        yield from quads(statement, [
            (RDF_TYPE, iri(TA + "Assertion")), (RDF + "subject", iri(subject)),
            (RDF + "predicate", iri(predicate)), (RDF + "object", iri(obj)),
            (TA + "evidenceText", lit("Ein Satz als Beleg.")),
            (OA + "hasSelector", iri(statement + "/s")),
            (TA + "startLine", lit(str(a), None)), (TA + "endLine", lit(str(a + 1), None)),
            (TA + "extractionMethod", lit("pattern", None)), *about,
            (PROV + "wasDerivedFrom", iri(rng.choice(sections))),
        ], graph)  # fmt: skip
        yield from quads(statement + "/s", [
            (RDF_TYPE, iri(OA + "TextPositionSelector")),
            (OA + "start", lit(str(a * 100), None)), (OA + "end", lit(str(a * 100 + 80), None)),
        ], graph)  # fmt: skip
    for n in range(30):
        yield from quads(f"{ID}mention/d{m}-{n}", [
            (RDF_TYPE, iri(TA + "Mention")), (TA + "mentions", iri(rng.choice(actors))),
            (TA + "surfaceForm", lit("Erwähnung")), (TA + "startLine", lit(str(n), None)),
            *about, (PROV + "wasDerivedFrom", iri(rng.choice(sections))),
        ], graph)  # fmt: skip
    for n in range(8):
        yield from quads(f"{ID}measure/d{m}/{n}", [
            (RDF_TYPE, iri(TA + "Measure")), (LABEL, lit(f"Maßnahme {m}.{n}")),
            (TA + "measureKind", lit("Arbeitspaket")), *about,
            (TA + "addressesActionField", iri(rng.choice(fields["action-field"]))),
        ], graph)  # fmt: skip


def synthetic_nquads(target_triples: int, seed: int = 7) -> bytes:
    """N-Quads of about ``target_triples`` quads (plus the ontology graph), deterministic."""
    rng = random.Random(seed)
    shared = [f"{ID}organization/o{i}" for i in range(300)]
    lines: list[str] = []
    for i, organization in enumerate(shared):
        lines += named(organization, (ORG + "Organization",), f"Organisation {i}")
    programmes = [f"{ID}programme/p{i}" for i in range(20)]
    for i, programme in enumerate(programmes):
        lines += named(programme, (TA + "Programme",), f"Programm {i}")
        lines += quads(programme, [(TA + "fundedBy", iri(shared[i]))], GR + "entities")
    m = 0
    while len(lines) < target_triples:
        actor_lines, actors = actor_quads(m, rng)
        lines += actor_lines
        lines += document_quads(m, rng, actors + rng.sample(shared, 6))
        for actor in rng.sample(actors, 2):
            relation = [(TA + "participatesIn", iri(rng.choice(programmes)))]
            lines += quads(actor, relation, f"{GR}doc/d{m}")
        m += 1
    ontology = load_ontology_graph().serialize(format="nt", encoding="utf-8").decode()
    graph = f" <{ONTOLOGY_GRAPH}> .\n"
    lines += [line.rstrip(" .\n") + graph for line in ontology.splitlines() if line.strip()]
    return "".join(lines).encode("utf-8")


class QueryCapped(Exception):
    """A query ran past the per-query cap."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise QueryCapped


def timed_runs(run: Callable[[], int], runs: int, cap_s: float) -> list[float] | str:
    """Seconds per run (first run included), or why there are none: "> cap" or "error"."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    times: list[float] = []
    try:
        for _ in range(runs):
            signal.setitimer(signal.ITIMER_REAL, cap_s)
            started = time.perf_counter()
            try:
                run()
            except QueryCapped:
                return f"> {cap_s:g} s"
            except Exception as error:  # an engine bug must not stop the whole bench
                return f"error: {type(error).__name__}"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - started)
            if sum(times) > cap_s:  # enough evidence for a slow query; keep the bench short
                break
    finally:
        signal.signal(signal.SIGALRM, previous)
    return times


def timed_in_child(run: Callable[[], int], runs: int, cap_s: float) -> list[float] | str:
    """`timed_runs` in a forked child that is killed at the cap: Oxigraph's native evaluation
    cannot be interrupted by a signal, but the in-memory store is shared copy-on-write."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=lambda: sender.send(timed_runs(run, runs, cap_s)))
    child.start()
    ready = receiver.poll(cap_s * 2 + 1)
    result: list[float] | str = receiver.recv() if ready else f"> {cap_s:g} s"
    child.kill()
    child.join()
    return result


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float


def summarise(times: list[float] | str) -> Timing | str:
    if isinstance(times, str):
        return times
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return Timing(statistics.median(ordered) * 1000, p95 * 1000)


def load_both(nquads: bytes) -> tuple[ox.Store, Dataset, float, float]:
    """The same quads in Oxigraph (memory) and an rdflib Dataset; load seconds for each."""
    started = time.perf_counter()
    store = ox.Store()
    store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - started
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads.decode("utf-8"), format="nquads")
    return store, dataset, ox_load, time.perf_counter() - started


def oxigraph_rows(store: ox.Store, query: str) -> int:
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return sum(1 for _ in solutions)


def rdflib_rows(dataset: Dataset, query: str) -> int:
    return len(dataset.query(query))


def bench_graph(name: str, nquads: bytes, runs: int, cap_s: float) -> list[str]:
    """Table rows (already formatted) for one graph."""
    store, dataset, ox_load, rdf_load = load_both(nquads)
    rows = [f"{name}: {len(store):,} quads; load Oxigraph {ox_load:.1f} s, rdflib {rdf_load:.1f} s"]
    for query in example_queries():
        oxi = summarise(timed_in_child(partial(oxigraph_rows, store, query.text), runs, cap_s))
        rdf = summarise(timed_runs(partial(rdflib_rows, dataset, query.text), runs, cap_s))
        ratio = "–"
        if isinstance(oxi, Timing) and isinstance(rdf, Timing):
            factor = rdf.median_ms / max(oxi.median_ms, 1e-3)
            ratio = f"{factor:.0f}×" if factor >= 10 else f"{factor:.1f}×"
        rows.append(f"  {query.name[:40]:40} {cell(oxi)} {cell(rdf)} {ratio:>7}")
    return rows


def cell(timing: Timing | str) -> str:
    if isinstance(timing, str):
        return f"{timing:>21}"
    return f"{timing.median_ms:>10.1f} {timing.p95_ms:>10.1f}"


def corpus_nquads(data: Path | None) -> tuple[str, bytes]:
    """The ingested corpus graph, or the test fixture (labelled so) before the first ingest."""
    path = current_store_path(data)
    if path is not None:
        return "corpus graph", ox.Store.read_only(str(path)).dump(
            format=ox.RdfFormat.N_QUADS
        ) or b""
    fixture = ox.Store()
    fixture.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return "fixture graph (no ingest yet)", fixture.dump(format=ox.RdfFormat.N_QUADS) or b""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="synthetic graph size")
    parser.add_argument("--runs", type=int, default=20, help="runs per query (fewer if slow)")
    parser.add_argument("--cap-s", type=float, default=8.0, help="cap per query and engine")
    parser.add_argument("--data", type=Path, default=None, help="data folder with `current`")
    args = parser.parse_args(argv)
    header = (
        f"  {'query':40} {'oxigraph median/p95 ms':>21} {'rdflib median/p95 ms':>21} {'ratio':>7}"
    )
    name, corpus = corpus_nquads(args.data)
    for line in [header, *bench_graph(name, corpus, args.runs, args.cap_s)]:
        print(line, flush=True)
    synthetic = synthetic_nquads(args.triples)
    for line in bench_graph("synthetic graph", synthetic, max(3, args.runs // 4), args.cap_s):
        print(line, flush=True)


if __name__ == "__main__":
    main()
