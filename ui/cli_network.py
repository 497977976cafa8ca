"""`transferatlas network`: stakeholder networks as HTML, Gephi files, tables or pictures.

Registered by ui/cli.py (``main.add_command(network)``); heavy imports happen inside the
command so that ``--help`` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ui.cli_options import data_option

if TYPE_CHECKING:
    from graph.network_filters import Hop

console = Console(stderr=True)
OUT_FORMATS = (".html", ".graphml", ".gexf", ".csv", ".png", ".svg")


@click.command(name="network")
@click.option("--ego", metavar="AKTEUR", help="Nur das Umfeld dieses Akteurs (Name, unscharf).")
@click.option(
    "--hops",
    type=click.IntRange(1, 6),
    default=2,
    show_default=True,
    help="Schritte um den --ego-Akteur.",
)
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    help="municipality=…, action_field=…, type=Person,Body, document=…, relation=…",
)
@click.option(
    "--projection",
    type=click.Choice(["actor-actor", "actor-transfer", "membership"]),
    default="actor-actor",
    show_default=True,
)
@click.option(
    "--metric",
    type=click.Choice(["betweenness", "degree", "pagerank", "eigenvector"]),
    default="betweenness",
    show_default=True,
    help="Knotengröße und Sortierung.",
)
@click.option(
    "--path",
    "path_between",
    nargs=2,
    metavar="VON NACH",
    help="Kürzester Weg zwischen zwei Akteuren mit Belegen je Schritt.",
)
@click.option(
    "--top",
    type=int,
    default=10,
    show_default=True,
    help="So viele Akteure als Tabelle ausgeben (0 = keine).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Zieldatei: .html, .graphml, .gexf, .csv, .png oder .svg",
)
@data_option
def network(
    ego: str | None,
    hops: int,
    filters: tuple[str, ...],
    projection: str,
    metric: str,
    path_between: tuple[str, str] | None,
    top: int,
    out: Path,
    data: Path | None,
) -> None:
    """Akteursnetzwerk: wer mit wem arbeitet, wer zwischen Gruppen vermittelt, wo es steht.

    \b
    Beispiele:
      transferatlas network --out netz.html
      transferatlas network --ego "Bildungsbüro" --hops 2 --out umfeld.html
      transferatlas network --filter municipality=Leipzig --metric pagerank --out netz.gexf
      transferatlas network --projection membership --out gremien.csv
      transferatlas network --path "Agentur für Arbeit" "Stadt Leipzig" --out weg.html
    """
    from graph.network import load_network_data, project
    from graph.network_filters import apply_filters, ego_network, parse_filters, shortest_path
    from graph.network_metrics import annotate, metrics_table
    from graph.store import StoreMissingError, data_dir, open_store

    if out.suffix.lower() not in OUT_FORMATS:
        raise click.BadParameter(
            f"Format {out.suffix!r} unbekannt; erlaubt: {', '.join(OUT_FORMATS)}",
            param_hint="--out",
        )
    try:
        flt = parse_filters(filters)
        store = open_store(data.resolve() if data else data_dir())
    except (ValueError, StoreMissingError) as err:
        raise click.ClickException(str(err)) from err
    graph_data = load_network_data(store)
    g = apply_filters(project(graph_data, projection), graph_data, flt)
    try:
        if ego:
            g = ego_network(g, ego, hops)
        if path_between:
            hops_found = shortest_path(g, *path_between)
            _print_path(hops_found)
            if hops_found:
                g = g.subgraph([h.source for h in hops_found] + [hops_found[-1].target]).copy()
    except LookupError as err:
        raise click.ClickException(str(err)) from err
    annotate(g)
    written = _write(g, out, metric)
    if top:
        _print_table(metrics_table(g, metric)[:top], metric)
    console.print(
        f"{g.number_of_nodes()} Knoten, {g.number_of_edges()} Kanten -> "
        + ", ".join(str(p) for p in written)
    )


def _write(g: object, out: Path, metric: str) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".html":
        from ui.network_render import render_html

        return [render_html(g, out, metric=metric)]  # type: ignore[arg-type]
    from graph.network_export import export_network

    return export_network(g, out, metric)  # type: ignore[arg-type]


def _print_path(hops: list[Hop]) -> None:
    """Each hop of the path with up to three sentences that document it."""
    if not hops:
        console.print("Kein Weg zwischen den beiden Akteuren.")
        return
    for hop in hops:
        console.print(
            f"[bold]{escape(hop.source_label)}[/bold] –{hop.relation}→ "
            f"[bold]{escape(hop.target_label)}[/bold]"
        )
        for ev in hop.evidence[:3]:
            console.print(
                f"    „{ev.text}“ ({ev.source()})" if ev.text else f"    ({ev.source()})",
                markup=False,
            )


def _print_table(rows: list[dict[str, object]], metric: str) -> None:
    table = Table("Akteur", "Typ", metric, "Grad", "Gemeinschaft", title="Zentrale Akteure")
    for row in rows:
        table.add_row(
            str(row["label"]),
            str(row["type"]),
            f"{float(row[metric] or 0):.4g}",  # type: ignore[arg-type]
            str(row["degree"]),
            str(row["community"]),
        )
    console.print(table)
