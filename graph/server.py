"""The public SPARQL endpoint: the real Oxigraph server, read-only and time-limited."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from graph.store import StoreMissingError, current_store_path


def oxigraph_binary() -> str:
    """The `oxigraph` CLI installed by the `oxigraph` PyPI package (venv first, then PATH)."""
    local = Path(sys.executable).with_name("oxigraph")
    if local.exists():
        return str(local)
    found = shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("oxigraph CLI nicht gefunden: `pip install oxigraph`")
    return found


def server_command(base: Path, *, port: int, timeout_s: int, host: str = "localhost") -> list[str]:
    """Command line of `oxigraph serve-read-only` on the current store."""
    store = current_store_path(base)
    if store is None:
        raise StoreMissingError("Noch kein Graph vorhanden: zuerst `transferatlas ingest corpus`.")
    return [
        oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout_s),
    ]
