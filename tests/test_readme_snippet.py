"""The copy-paste examples of "Querying the graph" work against a live endpoint.

Python and curl snippets are taken from docs/querying.md (and from README.md once the section is
pasted there), pointed at a server on a free port, and run as a researcher would run them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from markdown_it import MarkdownIt

from graph.endpoint import Endpoint, running_endpoint
from graph.scaleout import load_dump_into_oxigraph
from graph.store import current_store_path
from graph.vocab import ONTOLOGY_GRAPH, load_ontology_graph

REPO = Path(__file__).resolve().parents[1]
SECTION = "Querying the graph"
DOCUMENTED_URL = "localhost:7878"
MINI_GRAPH = Path(__file__).parent / "fixtures" / "mini_graph.trig"


def section_sources() -> list[Path]:
    """docs/querying.md, plus README.md when it carries the section."""
    readme = REPO / "README.md"
    pasted = readme.exists() and f"## {SECTION}" in readme.read_text(encoding="utf-8")
    return [REPO / "docs" / "querying.md", *([readme] if pasted else [])]


def fenced(path: Path, language: str) -> list[str]:
    """Code blocks of one language; README.md contributes only the section's blocks."""
    text = path.read_text(encoding="utf-8")
    if path.name == "README.md":
        start = text.index(f"## {SECTION}")
        end = text.find("\n## ", start + 1)
        text = text[start : end if end > 0 else len(text)]
    tokens = MarkdownIt().parse(text)
    return [t.content for t in tokens if t.type == "fence" and t.info.strip() == language]


def curl_commands(block: str) -> list[str]:
    """The curl commands of a bash block, continuation lines joined."""
    joined = block.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("curl ")]


PYTHON_SNIPPETS = [(p.name, code) for p in section_sources() for code in fenced(p, "python")]
CURL_SNIPPETS = [
    (p.name, cmd) for p in section_sources() for b in fenced(p, "bash") for cmd in curl_commands(b)
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("snippets")
    store = ox.Store()
    store.bulk_load(path=str(MINI_GRAPH), format=ox.RdfFormat.TRIG)
    ontology = load_ontology_graph().serialize(format="nt", encoding="utf-8")
    store.bulk_load(ontology, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    store.dump(str(folder / "graph.nq"), ox.RdfFormat.N_QUADS)
    load_dump_into_oxigraph(folder, folder / "graph.nq")
    return folder


@pytest.fixture(scope="module")
def endpoint(base: Path) -> Iterator[Endpoint]:
    with running_endpoint(base, timeout_s=10) as running:
        yield running


@pytest.fixture(scope="module")
def labels(base: Path) -> set[str]:
    """Every rdfs:label of the served data: what a snippet's output should show."""
    store = ox.Store.read_only(str(current_store_path(base)))
    query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return {s["l"].value for s in result if s["l"] is not None}


def test_the_section_has_python_and_curl_examples() -> None:
    assert len(PYTHON_SNIPPETS) >= 2, "SPARQLWrapper and rdflib examples expected"
    assert len(CURL_SNIPPETS) >= 2
    assert all(DOCUMENTED_URL in code for _, code in PYTHON_SNIPPETS + CURL_SNIPPETS)


@pytest.mark.parametrize(("source", "code"), PYTHON_SNIPPETS)
def test_python_snippet_prints_graph_data(
    endpoint: Endpoint, labels: set[str], source: str, code: str
) -> None:
    live = code.replace(DOCUMENTED_URL, f"{endpoint.host}:{endpoint.port}")
    done = subprocess.run(
        [sys.executable, "-c", live], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{source}: {done.stderr[-2000:]}"
    printed = done.stdout.splitlines()
    assert printed and all(any(label in line for label in labels) for line in printed)


@pytest.mark.parametrize(("source", "command"), CURL_SNIPPETS)
def test_curl_snippet_answers(endpoint: Endpoint, source: str, command: str) -> None:
    live = command.replace(DOCUMENTED_URL, f"{endpoint.host}:{endpoint.port}")
    live = live.replace("curl -s ", "curl -s --fail-with-body --max-time 60 ", 1)
    done = subprocess.run(["bash", "-c", live], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, f"{source}: {done.stdout[-500:]} {done.stderr[-500:]}"
    assert done.stdout.strip() and "cancelled" not in done.stdout
