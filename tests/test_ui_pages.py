"""Every page of the Streamlit app, run with AppTest against a small graph and search index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from streamlit.testing.v1 import AppTest

from graph.store import current_store_path, new_store
from ui.components import highlight, md

FIXTURE = Path(__file__).parent / "fixtures" / "search_graph.trig"
APP = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")
TO = "https://w3id.org/transferatlas/id/transfer-object/musterstadt-transferkatalog/"
TIMEOUT = 60


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the fixture graph as current store and its search index."""
    from search.index_store import build_index

    base = tmp_path_factory.mktemp("uidata")
    with new_store(base) as store:
        store.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    build_index(ox.Store.read_only(str(current_store_path(base))), base / "index",
                progress=False, source=str(current_store_path(base)))  # fmt: skip
    return base


@pytest.fixture
def app(data: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[AppTest]:
    monkeypatch.setenv("TRANSFERATLAS_DATA", str(data))
    monkeypatch.setenv("TRANSFERATLAS_CORPUS", str(tmp_path / "corpus"))
    yield AppTest.from_file(APP, default_timeout=TIMEOUT)


def open_page(at: AppTest, page: str, **params: str) -> AppTest:
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"views/{page}.py")
    return at.run()


def texts(at: AppTest, *, raw: bool = False) -> str:
    """All text the page shows; Markdown escapes removed unless ``raw``."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in at.info] + [e.value for e in at.error] + [t.value for t in at.title]
    parts += [s.value for s in at.subheader]
    joined = "\n".join(str(p) for p in parts)
    return joined if raw else joined.replace("\\", "")


def test_search_shows_cards_with_highlight_and_source(app: AppTest) -> None:
    at = open_page(app, "suche")
    assert not at.exception
    at.text_input(key="suchbegriff").input("Bildungsmonitoring").run()
    assert not at.exception
    shown = texts(at)
    assert "Treffer" in shown
    assert ":orange-background[**Bildungsmonitor" in shown
    assert "Quelle: " in shown


def test_search_without_query_suggests_examples_and_counts(app: AppTest) -> None:
    at = open_page(app, "suche")
    shown = texts(at)
    assert "Beispiele" in shown and "Was der Atlas enthält" in shown
    assert any(m.label == "Produkttyp" for m in at.sidebar.multiselect)


def test_search_with_no_result_says_so(app: AppTest) -> None:
    at = open_page(app, "suche", q="xyzzyqwv")
    at.text_input(key="suchbegriff").input("xyzzyqwv").run()
    if "Keine Treffer" not in texts(at):  # dense retrieval always returns neighbours
        assert "Treffer" in texts(at)


def test_transfer_object_page_lays_out_fields_with_provenance(app: AppTest) -> None:
    at = open_page(app, "transfergegenstand", id=f"{TO}2-1-1")
    assert not at.exception
    shown = texts(at)
    assert "Kurzbeschreibung" in shown and "Wer war beteiligt?" in shown
    assert "Z. 12–15" in shown  # the short description's lines in the source document
    labels = {getattr(b, "label", "") for b in at.get("download_button")}
    assert {"Als Markdown herunterladen", "Als PDF herunterladen"} <= labels


def test_transfer_object_unknown_id_warns(app: AppTest) -> None:
    at = open_page(app, "transfergegenstand", id="https://example.org/nichts")
    assert not at.exception
    assert at.warning and "nicht vorhanden" in at.warning[0].value


def test_compare_page_puts_objects_side_by_side(app: AppTest) -> None:
    at = open_page(app, "vergleichen")
    assert "mindestens zwei" in texts(at)
    options = at.multiselect(key="vergleich").options
    at.multiselect(key="vergleich").select(options[0]).select(options[1]).run()
    assert not at.exception
    assert "Ressourcen" in texts(at)


def test_sparql_runs_examples_and_refuses_updates(app: AppTest) -> None:
    at = open_page(app, "sparql")
    assert "localhost:7878/query" in texts(at)
    at.text_area(key="sparql_text").input("SELECT ?t WHERE { ?t a ?c } LIMIT 3").run()
    at.button(key="sparql_run").click().run()
    assert not at.exception and at.dataframe
    at.text_area(key="sparql_text").input("INSERT DATA { <a:b> <a:c> <a:d> }").run()
    at.button(key="sparql_run").click().run()
    assert "nur lesbar" in at.error[0].value
    at.text_area(key="sparql_text").input("SELEC kaputt").run()
    at.button(key="sparql_run").click().run()
    assert "fehlerhaft" in at.error[0].value


def test_network_page_shows_metrics_table(app: AppTest) -> None:
    at = open_page(app, "netzwerk")
    assert not at.exception
    assert at.dataframe
    labels = {getattr(b, "label", "") for b in at.get("download_button")}
    assert {"GraphML", "GEXF"} <= labels


def test_data_page_counts_classes_and_lists_documents(app: AppTest) -> None:
    at = open_page(app, "daten")
    assert not at.exception
    assert any(m.label == "Transfergegenstände" and m.value == "5" for m in at.metric)


def test_erfassen_names_missing_fields_in_german(app: AppTest) -> None:
    at = open_page(app, "erfassen")
    assert not at.exception
    at.text_input(key="f_title").input("<script>alert(1)</script>")
    at.button[0].click().run()
    message = at.error[0].value
    assert "Kurzbeschreibung" in message and "Produkttyp" in message
    assert "<script>" not in texts(at, raw=True)


def test_matching_page_asks_for_input(app: AppTest) -> None:
    at = open_page(app, "loesungen")
    assert not at.exception
    at.button(key="plan_go").click().run()
    assert "Bitte eine Datei" in at.warning[0].value


def test_document_text_is_escaped_and_highlighted() -> None:
    assert "<script>" not in md("<script>alert(1)</script>")
    assert "$" not in md("$x$").replace("\\$", "")
    shown = highlight("Der Übergang in die Schule <b>", "Uebergaenge")
    assert ":orange-background[**Übergang**]" in shown and "<b>" not in shown
