"""`transferatlas index | search | match | eval search`: the search layer on the command line.

ui/cli.py calls ``register(main, eval_group)``; heavy imports happen inside the commands so
that ``--help`` stays instant.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from search.hybrid import MODES
from ui.cli_options import data_option

console = Console(stderr=True)


def _use_data(data: Path | None) -> Path:
    """Point every layer at ``data`` (or the default data folder) and return it."""
    if data is not None:
        os.environ["TRANSFERATLAS_DATA"] = str(data.resolve())
    from graph.store import data_dir

    return data_dir()


def _searcher(data: Path | None) -> Any:
    from graph.store import StoreMissingError
    from search.api import Searcher, ensure_index

    folder = _use_data(data) / "index"
    try:
        return Searcher(ensure_index(folder, progress=True))
    except StoreMissingError as err:
        raise click.ClickException(str(err)) from err


def resolve_facets(pairs: tuple[str, ...], index: Any) -> dict[str, list[str]]:
    """``key=value`` options -> facet selection; a value may be an IRI, its end or its label."""
    from search.analysis import fold

    selection: dict[str, list[str]] = {}
    for pair in pairs:
        key, sep, wanted = pair.partition("=")
        if not sep or key not in index.facets:
            known = ", ".join(sorted(index.facets))
            raise click.BadParameter(f"{pair!r}: erwartet KEY=WERT mit KEY aus {known}")
        values = index.facets[key]
        hits = [
            v
            for v in values
            if fold(wanted) in (fold(v), fold(v.rsplit("/", 1)[-1]),
                                fold(index.facet_labels.get(v, "")))
        ]  # fmt: skip
        if not hits:
            raise click.BadParameter(f"{pair!r}: kein Wert {wanted!r} in Facette {key}")
        selection.setdefault(key, []).extend(hits)
    return selection


@click.command(name="index")
@click.option("--rebuild", is_flag=True, help="Index neu bauen, auch wenn er aktuell ist.")
@data_option
def index_command(rebuild: bool, data: Path | None) -> None:
    """Suchindex (BM25 + Vektoren) aus dem aktuellen Graphen bauen oder aktualisieren.

    \b
    Beispiel:
      transferatlas index            # <data>/index, Embeddings aus dem Cache wiederverwenden
      transferatlas index --rebuild
    """
    from graph.store import StoreMissingError, current_store_path, open_store
    from search.api import ensure_index
    from search.index_store import build_index

    folder = _use_data(data) / "index"
    try:
        if rebuild:
            source = str(current_store_path() or "")
            index = build_index(open_store(), folder, progress=True, source=source)
        else:
            index = ensure_index(folder, progress=True)
    except StoreMissingError as err:
        raise click.ClickException(str(err)) from err
    counts = index.config["counts"]
    console.print(
        f"Index {folder}: {counts['chunks']} Passagen, {counts['resources']} Ressourcen, "
        f"{counts['units']} Einheiten, Vektorindex {index.config['vector_index']}"
    )


@click.command(name="search")
@click.argument("query")
@click.option("--facet", "facets", multiple=True, metavar="KEY=WERT",
              help="Filter, z. B. kbm_function=Daten, product_type=…, document=…")  # fmt: skip
@click.option("-k", "k", type=int, default=10, show_default=True, help="Anzahl Treffer.")
@click.option("--mode", type=click.Choice(MODES), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Treffer als JSON ausgeben.")
@data_option
def search_command(
    query: str, facets: tuple[str, ...], k: int, mode: str, as_json: bool, data: Path | None
) -> None:
    """Transfergegenstände und Passagen zu einer Frage finden (hybrid: BM25 + Vektoren).

    \b
    Beispiele:
      transferatlas search "Bildungsmonitoring mit Indikatoren aufbauen"
      transferatlas search "Uebergang Schule Beruf" --facet kbm_function=Daten --json
    """
    searcher = _searcher(data)
    hits = searcher.search(query, k=k, mode=mode,
                           facets=resolve_facets(facets, searcher.index) or None)  # fmt: skip
    if as_json:
        click.echo(json.dumps([h.to_json() for h in hits], ensure_ascii=False, indent=1))
        return
    table = Table("#", "Titel", "Typ", "Abschnitt", "Dokument", "Score", "Beleg",
                  title=f"Suche: {query} ({mode})", show_lines=True)  # fmt: skip
    for n, h in enumerate(hits, start=1):
        table.add_row(str(n), h.label, h.type, h.section, h.document or h.doc_id,
                      f"{h.score:.4f}", h.evidence[:200])  # fmt: skip
    Console().print(table)


@click.command(name="match")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-k", "k", type=int, default=3, show_default=True, help="Lösungen je Bedarf.")
@click.option("--measures", is_flag=True, help="Ziele in ihre einzelnen Maßnahmen aufteilen.")
@click.option("--json", "as_json", is_flag=True, help="Ergebnis als JSON ausgeben.")
@data_option
def match_command(file: Path, k: int, measures: bool, as_json: bool, data: Path | None) -> None:
    """Bedarfe eines Planungsdokuments (AP, Ziele, Listen) passenden Transfergegenständen zuordnen.

    \b
    Beispiel:
      transferatlas match arbeitsplan.pdf --json
    """
    from ingest.readers import DocumentError
    from search.matching import match_document, matches_json

    searcher = _searcher(data)
    try:
        results = match_document(file, k=k, searcher=searcher, measures=measures)
    except DocumentError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps(matches_json(results), ensure_ascii=False, indent=1))
        return
    out = Console()
    for r in results:
        table = Table("#", "Einheit", "Titel", "Score", "Begründung",
                      title=f"{r.need.label}  [{r.need.span[0]}–{r.need.span[1]}]")  # fmt: skip
        for n, m in enumerate(r.matches, start=1):
            table.add_row(str(n), m.unit, m.label, f"{m.score:.4f}", m.evidence[:160])
        out.print(table)


@click.command(name="search")
@click.option("--qrels", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("../shared/eval/search/queries.jsonl"), show_default=True)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Bericht als JSON ausgeben.")
@data_option
def eval_search(qrels: Path, as_json: bool, data: Path | None) -> None:
    """Suche bewerten: nDCG@10, MRR@10, Recall@10/50 für BM25, dense und hybrid."""
    from search.evaluation import METRICS, evaluate_search

    report = evaluate_search(qrels, _searcher(data))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    table = Table("Metrik", "BM25", "dense", "hybrid",
                  title=f"Suche: {report['queries']} Anfragen")  # fmt: skip
    for metric in METRICS:
        table.add_row(metric, *(f"{report[m][metric]:.3f}" for m in ("bm25", "dense", "hybrid")))
    out = Console()
    out.print(table)
    for name, row in report.get("robustness", {}).items():
        out.print(f"Robustheit {name}: Top-1 gleich in {row['top1_agreement']:.0%} "
                  f"von {row['queries']} veränderten Anfragen")  # fmt: skip


def register(main: click.Group, eval_group: click.Group) -> None:
    """Add the search commands to the `transferatlas` group and its `eval` group."""
    main.add_command(index_command)
    main.add_command(search_command)
    main.add_command(match_command)
    eval_group.add_command(eval_search)
