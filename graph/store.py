"""The embedded Oxigraph store on disk, rebuilt beside the served one and switched atomically.

Oxigraph warns that reading a store while another process writes it is undefined behaviour, so
ingest never writes into the store that is being served: every build goes into a fresh folder
under ``<data>/stores/`` and only a complete, flushed build is made current by replacing the
``<data>/current`` symlink (an atomic rename). A crash mid-build leaves the previous graph intact.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pyoxigraph as ox

KEEP_OLD_STORES = 2
SERVED_DIR = "served"  # one marker file per running endpoint: name = pid, text = store folder


def data_dir() -> Path:
    """Where stores, caches and indexes live (``TRANSFERATLAS_DATA`` or ``./data``)."""
    return Path(os.environ.get("TRANSFERATLAS_DATA", "data")).resolve()


def current_store_path(base: Path | None = None) -> Path | None:
    """The folder of the current store, or None before the first ingest."""
    link = (base or data_dir()) / "current"
    if not link.exists():
        return None
    return link.resolve()


class StoreMissingError(RuntimeError):
    """Raised when a command needs the graph but nothing was ingested yet."""


def open_store(base: Path | None = None, *, read_only: bool = True) -> ox.Store:
    """Open the current store; read-only by default so several readers can share it."""
    path = current_store_path(base)
    if path is None:
        raise StoreMissingError(
            "Noch kein Graph vorhanden: zuerst `transferatlas ingest corpus` ausführen."
        )
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))


@contextmanager
def new_store(base: Path | None = None) -> Iterator[ox.Store]:
    """Yield a store in a fresh folder; on success make it current, on failure delete it."""
    base = base or data_dir()
    stores = base / "stores"
    stores.mkdir(parents=True, exist_ok=True)
    folder = stores / f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.time_ns()}"
    store = ox.Store(str(folder))
    try:
        yield store
        store.flush()
        store.optimize()
    except BaseException:
        del store
        shutil.rmtree(folder, ignore_errors=True)
        raise
    del store
    switch_current(base, folder)
    prune_old_stores(base)


def switch_current(base: Path, folder: Path) -> None:
    """Point ``<base>/current`` at ``folder`` with an atomic rename of a fresh symlink."""
    tmp = base / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(folder.relative_to(base))
    os.replace(tmp, base / "current")


def served_store_paths(base: Path) -> set[Path]:
    """Store folders that running endpoints opened (``<base>/served/<pid>`` markers of live
    processes); a server reads its folder until it stops, whatever ``current`` says."""
    served: set[Path] = set()
    for marker in (base / SERVED_DIR).glob("*"):
        if marker.name.isdigit() and _pid_alive(int(marker.name)):
            with suppress(OSError):
                served.add(Path(marker.read_text(encoding="utf-8").strip()).resolve())
    return served


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prune_old_stores(base: Path, keep: int = KEEP_OLD_STORES) -> None:
    """Delete all but the newest ``keep`` old builds (never the current or a served one)."""
    current = current_store_path(base)
    served = served_store_paths(base)
    builds = sorted((base / "stores").glob("build-*"), key=lambda p: p.stat().st_mtime)
    old = [p for p in builds if p.resolve() != current and p.resolve() not in served]
    for folder in old[: max(0, len(old) - keep)]:
        shutil.rmtree(folder, ignore_errors=True)


def load_nquads(store: ox.Store, data: bytes) -> None:
    """Bulk-load N-Quads (fast path: no transaction log, used only on fresh stores)."""
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def query(store: ox.Store, sparql: str, *, union: bool = True) -> ox.QuerySolutions:
    """Run a SELECT query; plain queries see every document graph unless ``union`` is False."""
    result = store.query(sparql, use_default_graph_as_union=union)
    assert isinstance(result, ox.QuerySolutions), "expected a SELECT query"
    return result


def rows(store: ox.Store, sparql: str, *, union: bool = True) -> list[dict[str, str]]:
    """SELECT results as plain dicts of strings (term values), for callers outside graph/."""
    solutions = query(store, sparql, union=union)
    names = [v.value for v in solutions.variables]
    out: list[dict[str, str]] = []
    for solution in solutions:
        row: dict[str, str] = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term.value
        out.append(row)
    return out


def count_quads(store: ox.Store) -> int:
    """Number of quads in the store (all graphs)."""
    return len(store)


def iter_quads(store: ox.Store) -> Iterable[ox.Quad]:
    """All quads of the store, in the store's order."""
    return store.quads_for_pattern(None, None, None, None)
