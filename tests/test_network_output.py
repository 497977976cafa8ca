"""Network outputs an advisor opens: offline HTML, safe tooltips, Gephi files, CSV, CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.network import load_network_data, project
from graph.network_export import export_network, scalar_graph
from graph.network_metrics import annotate
from graph.store import new_store, open_store
from ui.cli_network import network
from ui.network_bench import synthetic_network
from ui.network_render import render_html

FIXTURE = Path(__file__).parent / "fixtures" / "network_graph.trig"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("network-out")
    with new_store(base) as store:
        store.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return base


@pytest.fixture()
def actors(data_dir: Path) -> nx.Graph:
    return annotate(project(load_network_data(open_store(data_dir)), "actor-actor"))


def test_html_escapes_script_from_evidence_and_names_sources(
    actors: nx.Graph, tmp_path: Path
) -> None:
    page = render_html(actors, tmp_path / "netz.html").read_text(encoding="utf-8")
    assert "alert(1)" in page  # the sentence is there ...
    assert "<script>alert" not in page  # ... but never as markup
    assert "\\u003cscript\\u003ealert(1)" in page
    nodes_json = page.split("edges = new vis.DataSet(", 1)[1].split(");", 1)[0]
    for edge in json.loads(nodes_json):
        assert "Quelle:" in edge["title"]
    assert 'id="legend"' in page and "Gremium" in page


def test_html_works_offline(actors: nx.Graph, tmp_path: Path) -> None:
    page = render_html(actors, tmp_path / "netz.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page
    assert "vis.Network(" in page and "DataSet" in page
    assert not (tmp_path / "lib").exists()


def test_href_in_document_text_cannot_switch_pyvis_to_innerhtml(
    actors: nx.Graph, tmp_path: Path
) -> None:
    u, v = next(iter(actors.edges()))
    ev = actors.edges[u, v]["evidence"][0]
    actors.edges[u, v]["evidence"] = [type(ev)(**{**ev.__dict__, "text": '<a href="x">x</a>'})]
    page = render_html(actors, tmp_path / "netz.html").read_text(encoding="utf-8")
    assert "popup.innerHTML" not in page


def test_large_graph_renders_without_physics(tmp_path: Path) -> None:
    g = annotate(synthetic_network(400))
    page = render_html(g, tmp_path / "gross.html").read_text(encoding="utf-8")
    assert '"physics": false' in page
    assert '"x":' in page


@pytest.mark.parametrize("reader,suffix", [(nx.read_graphml, ".graphml"), (nx.read_gexf, ".gexf")])
def test_gephi_exports_parse_back_with_scalar_attributes(
    actors: nx.Graph, tmp_path: Path, reader: object, suffix: str
) -> None:
    [path] = export_network(actors, tmp_path / f"netz{suffix}")
    back = reader(path)  # type: ignore[operator]
    assert back.number_of_nodes() == actors.number_of_nodes()
    assert back.number_of_edges() == actors.number_of_edges()
    node = next(iter(back.nodes(data=True)))[1]
    assert {"label", "type", "betweenness", "pagerank", "community"} <= set(node)
    edge = next(iter(back.edges(data=True)))[2]
    assert json.loads(edge["evidence_json"])[0]["doc"]
    assert "Z." in edge["evidence"]


def test_scalar_graph_has_no_lists(actors: nx.Graph) -> None:
    flat = scalar_graph(actors)
    for _, _, attrs in flat.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())


def test_csv_tables_sorted_by_metric(actors: nx.Graph, tmp_path: Path) -> None:
    nodes, edges = export_network(actors, tmp_path / "netz.csv", metric="pagerank")
    rows = list(csv.DictReader(nodes.open(encoding="utf-8")))
    values = [float(r["pagerank"]) for r in rows]
    assert values == sorted(values, reverse=True) and len(rows) == actors.number_of_nodes()
    edge_rows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert all(r["documents"] and r["evidence"] for r in edge_rows)


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_overview_picture(actors: nx.Graph, tmp_path: Path, suffix: str, magic: bytes) -> None:
    [path] = export_network(actors, tmp_path / f"netz{suffix}")
    assert path.read_bytes().startswith(magic)


def test_unknown_format_is_refused(actors: nx.Graph, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_network(actors, tmp_path / "netz.docx")


def test_cli_writes_ego_network_html(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ego.html"
    result = CliRunner().invoke(
        network,
        ["--ego", "Bernd Muster", "--hops", "1", "--out", str(out), "--data", str(data_dir)],
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Bildungsb\\u00fcro Beispielkreis" in page and "Anna Beispiel" not in page


def test_cli_filters_projection_metric_and_path(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "netz.gexf"
    result = CliRunner().invoke(
        network,
        [
            "--filter",
            "municipality=Musterstadt",
            "--projection",
            "actor-transfer",
            "--metric",
            "pagerank",
            "--out",
            str(out),
            "--data",
            str(data_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    labels = {a["label"] for _, a in nx.read_gexf(out).nodes(data=True)}
    assert "Bildungsmonitoring-Bericht" in labels and "Elternbildung im Landkreis" not in labels
    path_out = tmp_path / "weg.csv"
    result = CliRunner().invoke(
        network,
        [
            "--path",
            "Bernd Muster",
            "Anna Beispiel",
            "--out",
            str(path_out),
            "--data",
            str(data_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Agentur für Arbeit" in path_out.read_text(encoding="utf-8")


def test_cli_reports_bad_input(data_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    bad_filter = runner.invoke(
        network,
        ["--filter", "farbe=rot", "--out", str(tmp_path / "x.html"), "--data", str(data_dir)],
    )
    assert bad_filter.exit_code != 0 and "Filter" in bad_filter.output
    no_actor = runner.invoke(
        network,
        [
            "--ego",
            "Raumfahrtbehörde Mars",
            "--out",
            str(tmp_path / "x.html"),
            "--data",
            str(data_dir),
        ],
    )
    assert no_actor.exit_code != 0 and "Kein Akteur" in no_actor.output
    no_store = runner.invoke(network, ["--out", str(tmp_path / "x.html"), "--data", str(tmp_path)])
    assert no_store.exit_code != 0


@pytest.mark.slow
def test_real_corpus_network_is_evidenced(ingested: object, tmp_path: Path) -> None:
    data = load_network_data(ingested.store())  # type: ignore[attr-defined]
    g = annotate(project(data, "actor-actor"))
    assert g.number_of_edges() > 0
    assert all(a["evidence"] for _, _, a in g.edges(data=True))
    page = render_html(g, tmp_path / "korpus.html").read_text(encoding="utf-8")
    assert "Quelle:" in page
