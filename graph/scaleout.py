"""Scale-out: the same graph in another SPARQL 1.1 engine, here Virtuoso from Debian.

Past one machine the graph moves as a bulk dump (`transferatlas export --format nq|trig`): each
document keeps its named graph, and any SPARQL 1.1 engine loads it. Virtuoso Open Source
(`apt-get install virtuoso-opensource`) is the engine proven by tests/test_scaleout.py: its bulk
loader (`ld_dir` + `rdf_loader_run`) reads the N-Quads dump, and the example queries give the same
row counts as Oxigraph when the document graphs are passed as `default-graph-uri` (Virtuoso's own
default graph also holds its system graphs). Engines with the Graph Store Protocol (Fuseki,
GraphDB, a writable Oxigraph) take the same graphs through `push_graph_store`.

`python -m graph.scaleout DUMP` starts a throw-away Virtuoso, loads DUMP and prints the row
counts of every example query next to Oxigraph's.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from graph.endpoint import free_port, is_ready
from graph.store import new_store

DUMP_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
VIRTUOSO_BINARY = "virtuoso-t"
ISQL_BINARY = "isql-vt"
APT_PACKAGE = "virtuoso-opensource"
VIRTUOSO_VSP = Path("/var/lib/virtuoso-opensource-7/vsp")


def dump_format(dump: Path) -> ox.RdfFormat:
    """The RDF dataset format of a dump file, from its suffix (.nq or .trig)."""
    try:
        return DUMP_FORMATS[dump.suffix]
    except KeyError:
        raise ValueError(f"{dump.name}: nur .nq oder .trig (Datensatz mit Graphen)") from None


def dump_graph_names(dump: Path) -> list[str]:
    """The named graphs of a dump, in first-seen order (the documents, entities, ontology…)."""
    names: dict[str, None] = {}
    for quad in ox.parse(path=str(dump), format=dump_format(dump)):
        if isinstance(quad.graph_name, ox.NamedNode):
            names.setdefault(quad.graph_name.value, None)
    return list(names)


def load_dump_into_oxigraph(base: Path, dump: Path) -> int:
    """Build a fresh Oxigraph store under ``base`` from a dump and make it current (restore)."""
    with new_store(base) as store:
        store.bulk_load(path=str(dump), format=dump_format(dump))
        return len(store)


def virtuoso_installed() -> bool:
    """True when Debian's virtuoso-opensource server and its isql client are on PATH."""
    return bool(shutil.which(VIRTUOSO_BINARY) and shutil.which(ISQL_BINARY))


def virtuoso_ini(workdir: Path, load_dir: Path, isql_port: int, http_port: int) -> str:
    """A minimal virtuoso.ini: database in ``workdir``, bulk loads allowed from ``load_dir``."""
    db = workdir / "db"
    return f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = {isql_port}
DisableUnixSocket = 1
DirsAllowed = ., {load_dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {VIRTUOSO_VSP}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def bulk_load_sql(load_dir: Path, pattern: str, fallback_graph: str) -> str:
    """isql script of Virtuoso's bulk loader; quads keep their graph, triples go to the fallback."""
    return (
        f"ld_dir({sql_string(str(load_dir))}, {sql_string(pattern)}, {sql_string(fallback_graph)});"
        " rdf_loader_run(); checkpoint;"
        " select ll_file, ll_error from DB.DBA.load_list where ll_error is not null;"
    )


@dataclass(frozen=True)
class Virtuoso:
    """A running throw-away Virtuoso: its process, ports and load folder."""

    process: subprocess.Popen[bytes]
    workdir: Path
    load_dir: Path
    isql_port: int
    http_port: int

    @property
    def sparql_url(self) -> str:
        return f"http://localhost:{self.http_port}/sparql"


def isql(virtuoso: Virtuoso, sql: str, timeout_s: float = 300) -> str:
    """Run SQL through isql-vt (default dba/dba of a fresh database); raise on any error."""
    done = subprocess.run(
        [ISQL_BINARY, str(virtuoso.isql_port), "dba", "dba", f"exec={sql}"],
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or "*** Error" in output:
        raise RuntimeError(f"Virtuoso isql-Fehler: {output.strip()[-800:]}")
    return output


@contextlib.contextmanager
def running_virtuoso(
    workdir: Path, load_dir: Path, *, ready_timeout_s: float = 90
) -> Iterator[Virtuoso]:
    """Start Virtuoso on a fresh database in ``workdir``; stop it and keep the files afterwards."""
    (workdir / "db").mkdir(parents=True, exist_ok=True)
    isql_port, http_port = free_port(), free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(virtuoso_ini(workdir, load_dir.resolve(), isql_port, http_port), "utf-8")
    log = (workdir / "server.out").open("wb")
    process = subprocess.Popen(
        [VIRTUOSO_BINARY, "+foreground", "+configfile", str(ini)], stdout=log, stderr=log
    )
    virtuoso = Virtuoso(process, workdir, load_dir.resolve(), isql_port, http_port)
    try:
        deadline = time.monotonic() + ready_timeout_s
        while not is_ready(virtuoso.sparql_url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Virtuoso startet nicht, siehe {workdir / 'db'}/virtuoso.log")
            time.sleep(0.2)
        yield virtuoso
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def load_into_virtuoso(virtuoso: Virtuoso, dump: Path) -> None:
    """Bulk-load one dump file (it must lie in the server's load folder)."""
    dump_format(dump)
    if dump.resolve().parent != virtuoso.load_dir:
        raise ValueError(f"{dump} liegt nicht im Ladeordner {virtuoso.load_dir}")
    fallback = "https://w3id.org/transferatlas/graph/default"
    output = isql(virtuoso, bulk_load_sql(virtuoso.load_dir, dump.name, fallback))
    if "0 Rows." not in output:
        raise RuntimeError(f"Virtuoso-Bulkload mit Fehlern: {output.strip()[-800:]}")


def remote_select(url: str, query: str, default_graphs: Sequence[str] = ()) -> list[dict[str, str]]:
    """SELECT over the SPARQL 1.1 Protocol; ``default_graphs`` become `default-graph-uri`."""
    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    for graph in default_graphs:
        client.addDefaultGraph(graph)
    client.setQuery(query)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    bindings = result["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in bindings]


def push_graph_store(
    dump: Path, gsp_url: str, opener: urllib.request.OpenerDirector | None = None
) -> list[str]:
    """Replace each named graph of ``dump`` on a Graph Store Protocol endpoint (HTTP PUT of
    N-Triples to ``gsp_url?graph=IRI``). Returns the graph IRIs sent."""
    by_graph: dict[str, list[ox.Triple]] = {}
    for quad in ox.parse(path=str(dump), format=dump_format(dump)):
        if isinstance(quad.graph_name, ox.NamedNode):
            triple = ox.Triple(quad.subject, quad.predicate, quad.object)
            by_graph.setdefault(quad.graph_name.value, []).append(triple)
    send = (opener or urllib.request.build_opener()).open
    for graph, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        url = gsp_url + "?" + urllib.parse.urlencode({"graph": graph})
        request = urllib.request.Request(
            url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"}
        )
        with send(request, timeout=120) as response:
            if response.status not in (200, 201, 204):
                raise RuntimeError(f"GSP PUT {graph}: HTTP {response.status}")
    return list(by_graph)


def oxigraph_row_counts(store: ox.Store, queries: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Row counts of named queries on the embedded store (union default graph)."""
    counts: dict[str, int] = {}
    for name, text in queries:
        result = store.query(text, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions), f"{name}: SELECT erwartet"
        counts[name] = sum(1 for _ in result)
    return counts


def remote_row_counts(
    url: str, queries: Iterable[tuple[str, str]], default_graphs: Sequence[str]
) -> dict[str, int]:
    """Row counts of the same queries on a remote SPARQL endpoint."""
    return {name: len(remote_select(url, text, default_graphs)) for name, text in queries}


def main(argv: Sequence[str] = sys.argv[1:]) -> int:
    """Load a dump into a throw-away Virtuoso and Oxigraph; print both row counts per query."""
    import tempfile

    from graph.ontology_doc import example_queries

    if len(argv) != 1:
        print("Aufruf: python -m graph.scaleout GRAPH.nq|GRAPH.trig", file=sys.stderr)
        return 2
    if not virtuoso_installed():
        print(f"Virtuoso fehlt: apt-get install -y {APT_PACKAGE}", file=sys.stderr)
        return 2
    dump = Path(argv[0]).resolve()
    queries = [(q.name, q.text) for q in example_queries()]
    with tempfile.TemporaryDirectory() as tmp:
        load_dir = Path(tmp) / "load"
        load_dir.mkdir()
        copy = load_dir / dump.name
        shutil.copyfile(dump, copy)
        store = ox.Store()
        store.bulk_load(path=str(dump), format=dump_format(dump))
        expected = oxigraph_row_counts(store, queries)
        with running_virtuoso(Path(tmp) / "virtuoso", load_dir) as virtuoso:
            load_into_virtuoso(virtuoso, copy)
            got = remote_row_counts(virtuoso.sparql_url, queries, dump_graph_names(dump))
    print(f"{'Abfrage':45} {'Oxigraph':>9} {'Virtuoso':>9}")
    for name, _ in queries:
        mark = "" if expected[name] == got[name] else "  ≠"
        print(f"{name:45} {expected[name]:>9} {got[name]:>9}{mark}")
    return 0 if expected == got else 1


if __name__ == "__main__":
    sys.exit(main())
