"""`transferatlas` command line: one subcommand per user action, mirroring the layers.

Imports of heavy layers happen inside the commands so that `--help` stays instant.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ui.cli_options import data_option

console = Console(stderr=True)
EXPORT_FORMATS = ("ttl", "trig", "nq", "jsonld")


def resolve_data(data: Path | None) -> Path:
    from graph.store import data_dir

    path = data.resolve() if data else data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Transferatlas: Wissensgraph, Suche und Netzwerke für Transferkataloge des
    Kommunalen Bildungsmanagements.

    \b
    Schnellstart:
      transferatlas ingest corpus        # Dokumente -> RDF-Graph (Oxigraph)
      transferatlas sparql "SELECT ..."  # Graph abfragen
      transferatlas export --format trig --out graph.trig
      transferatlas eval extraction --gold ../shared/eval/extraction
    """


@main.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--add",
    "extra",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Zusätzliche Datei(en) außerhalb des Korpusordners aufnehmen.",
)
@click.option("--force", is_flag=True, help="Graph neu bauen, auch wenn sich nichts geändert hat.")
@data_option
def ingest(corpus: Path, extra: tuple[Path, ...], force: bool, data: Path | None) -> None:
    """Dokumente aus CORPUS lesen, Wissen extrahieren und den Graphen speichern."""
    from graph.load import write_graph
    from ingest.manifest import corpus_files
    from ingest.pipeline import ingest_corpus
    from ingest.readers import DocumentError

    base = resolve_data(data)
    started = time.perf_counter()
    files = corpus_files(corpus) + list(extra)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task("Dokumente", total=len(files))

        def step(doc_id: str) -> None:
            progress.update(task, advance=1, description=f"Dokumente: {doc_id}")

        try:
            result = ingest_corpus(corpus, base, extra_files=list(extra), progress=step)
        except DocumentError as unreadable:  # a bad manifest: nothing stored has changed
            raise click.ClickException(str(unreadable)) from unreadable
        progress.update(task, description="Graph bauen und prüfen (SHACL)")
        report = write_graph(result, base, force=force)
    elapsed = time.perf_counter() - started
    for error in result.errors:
        console.print(f"[red]Fehler:[/red] {error}")
    if report.skipped:
        console.print(
            f"Korpus unverändert: Graph mit {report.triples} Tripeln beibehalten ({elapsed:.1f} s)."
        )
    else:
        console.print(
            f"{len(result.extracted)} Dokument(e) extrahiert, {len(result.reused)} aus dem "
            f"Cache; {report.triples} Quads gespeichert in {elapsed:.1f} s."
        )
        table = Table(title="Ressourcen je Klasse")
        table.add_column("Klasse")
        table.add_column("Anzahl", justify="right")
        for name, count in report.class_counts.items():
            table.add_row(name, str(count))
        console.print(table)
        if report.validation.conforms:
            console.print("SHACL: [green]keine Verletzungen[/green]")
        else:
            console.print(
                f"SHACL: [yellow]{len(report.validation.violations)} Verletzung(en)[/yellow]"
            )
            for violation in report.validation.violations[:20]:
                console.print(f"  - {violation}")
    if result.errors:
        sys.exit(2)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@data_option
def export(fmt: str, out: Path, data: Path | None) -> None:
    """Graph exportieren (TriG/N-Quads mit einem benannten Graphen je Dokument)."""
    from graph.export import export_graph
    from graph.store import open_store

    store = open_store(resolve_data(data))
    count = export_graph(store, out, fmt)
    console.print(f"{count} Tripel/Quads nach {out} geschrieben ({fmt}).")


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@data_option
def sparql(query: str, fmt: str, data: Path | None) -> None:
    """SPARQL-Abfrage (Text oder .rq-Datei) gegen den Graphen ausführen."""
    from graph.sparql import run_query

    text = Path(query).read_text(encoding="utf-8") if query.endswith(".rq") else query
    from graph.store import open_store

    columns, result_rows = run_query(open_store(resolve_data(data)), text)
    if fmt == "json":
        click.echo(
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in result_rows],
                ensure_ascii=False,
                indent=1,
            )
        )
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(result_rows)
    else:
        table = Table(*columns)
        for r in result_rows:
            table.add_row(*[v or "" for v in r])
        Console().print(table)


@main.group(name="eval")
def eval_group() -> None:
    """Qualität messen (Extraktion, Suche)."""


@eval_group.command(name="extraction")
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/eval/extraction"),
    show_default=True,
)
@click.option("--json", "as_json", is_flag=True, help="Bericht als JSON ausgeben.")
@data_option
def eval_extraction(gold: Path, as_json: bool, data: Path | None) -> None:
    """Graph gegen Gold-Extraktion bewerten (P/R/F1 je Typ und Relation, Masken, Duplikate)."""
    from graph.eval_extraction import evaluate
    from graph.store import open_store

    report = evaluate(open_store(resolve_data(data)), gold)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    out = Console()
    for section in ("entities", "relations"):
        table = Table(
            "Typ" if section == "entities" else "Relation",
            "Precision",
            "Recall",
            "F1",
            title="Entitäten" if section == "entities" else "Relationen",
        )
        for name, scores in report[section].items():
            table.add_row(name, *(f"{scores[k]:.3f}" for k in ("precision", "recall", "f1")))
        out.print(table)
    masks = report["masks"]
    out.print(
        f"Masken: {masks['found']}/{masks['expected']} gefunden, Feldgenauigkeit "
        f"{masks['field_accuracy']:.3f}, Titel {masks['title_accuracy']:.3f}, Seiten "
        f"{masks['page_accuracy']:.3f}, KBM-Funktion {masks['kbm_function_accuracy']:.3f}"
    )
    out.print(f"Gold-Entitäten mit mehr als einer Ressource (Duplikate): {report['duplicates']}")


@main.command()
@click.option("--port", default=7878, show_default=True)
@click.option("--host", default="localhost", show_default=True, help="Adresse des Servers.")
@click.option("--timeout-s", default=10, show_default=True, help="Abbruch langer Abfragen (s).")
@click.option(
    "--memory-limit-mb",
    type=int,
    default=None,
    help="Speicher begrenzen (Oxigraph bricht ORDER BY über riesige Zwischenergebnisse nicht ab).",
)
@data_option
def serve(
    port: int, host: str, timeout_s: int, memory_limit_mb: int | None, data: Path | None
) -> None:
    """Den Oxigraph-SPARQL-Server (nur lesend) auf dem aktuellen Graphen starten."""
    from graph.endpoint import serve_forever

    console.print(
        f"SPARQL-Endpunkt: http://{host}:{port}/query (nur lesend, Timeout {timeout_s} s)"
    )
    sys.exit(
        serve_forever(
            resolve_data(data),
            port=port,
            host=host,
            timeout_s=timeout_s,
            memory_limit_mb=memory_limit_mb,
        )
    )


@main.command()
@click.option("--port", default=8501, show_default=True, help="Port der Streamlit-App.")
@click.option("--sparql-port", default=7878, show_default=True, help="Port des SPARQL-Endpunkts.")
@click.option("--timeout-s", default=10, show_default=True, help="Abbruch langer SPARQL-Abfragen.")
@data_option
def up(port: int, sparql_port: int, timeout_s: int, data: Path | None) -> None:
    """SPARQL-Endpunkt und App zusammen starten (was `make run` am Ende tut)."""
    import os
    import subprocess

    from graph.endpoint import start_endpoint, stop_endpoint, wait_until_ready

    base = resolve_data(data)
    endpoint = start_endpoint(base, port=sparql_port, timeout_s=timeout_s, quiet=False)
    wait_until_ready(endpoint.query_url, endpoint.process)
    console.print(f"SPARQL-Endpunkt: http://localhost:{sparql_port}/query (nur lesend)")
    env = dict(
        os.environ,
        TRANSFERATLAS_DATA=str(base),
        TRANSFERATLAS_SPARQL_URL=f"http://localhost:{sparql_port}/query",
    )
    app = Path(__file__).with_name("app.py")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "minimal",  # no "Deploy" button: this is a local tool, not a Streamlit Cloud app
    ]
    console.print(f"App: http://localhost:{port}")
    try:
        subprocess.run(command, env=env, check=False)
    except KeyboardInterrupt:
        pass
    finally:
        stop_endpoint(base, endpoint)


@main.command(name="ontology-doc")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("ontology/REFERENCE.md"),
    show_default=True,
)
def ontology_doc(out: Path) -> None:
    """Die Ontologie-Referenz (Markdown) aus den Turtle-Dateien erzeugen."""
    from graph.ontology_doc import write_reference

    write_reference(out)
    console.print(f"Referenz geschrieben: {out}")


def register_subcommands() -> None:
    """Commands that live beside their layer's UI code."""
    from ui.cli_network import network
    from ui.cli_search import register

    main.add_command(network)
    register(main, eval_group)


register_subcommands()

if __name__ == "__main__":
    main()
