"""Start, probe and stop the public SPARQL endpoint (the real Oxigraph server) from Python.

Tests, benchmarks and `transferatlas serve` share one way to run the server: pick a port, start
`oxigraph serve-read-only` through graph/server.py, wait until it answers, and on stop remove the
"served" marker that keeps `prune_old_stores` from deleting the folder the server still reads.
"""

from __future__ import annotations

import contextlib
import resource
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.server import server_command
from graph.store import SERVED_DIR

DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 10
READY_TIMEOUT_S = 30.0


class EndpointError(RuntimeError):
    """Raised when the server exits early or does not answer in time."""


@dataclass(frozen=True)
class Endpoint:
    """A running read-only endpoint: where it listens and which store folder it opened."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    store: Path

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """SPARQL 1.1 Protocol query URL (GET ?query=… or POST)."""
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        """The update URL; the read-only server answers 403 there."""
        return f"{self.base_url}/update"


def free_port(host: str = "localhost") -> int:
    """A TCP port that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def is_ready(query_url: str, timeout_s: float = 1.0) -> bool:
    """True when the endpoint answers a trivial ASK query with HTTP 200."""
    url = query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def wait_until_ready(
    query_url: str,
    process: subprocess.Popen[bytes] | None = None,
    timeout_s: float = READY_TIMEOUT_S,
) -> None:
    """Poll until the endpoint answers; fail fast if the server process has exited."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise EndpointError(f"Oxigraph-Server beendet (Code {process.returncode})")
        if is_ready(query_url):
            return
        time.sleep(0.05)
    raise EndpointError(f"Endpoint {query_url} antwortet nicht nach {timeout_s:.0f} s")


def memory_cap(limit_mb: int | None) -> Callable[[], None] | None:
    """A pre-exec hook capping the server's address space: Oxigraph 0.5 does not cancel ORDER BY
    over huge intermediate results at the timeout, so a cap turns a machine-wide OOM into a crash
    of the server alone."""
    if limit_mb is None:
        return None
    limit = limit_mb * 1024 * 1024

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def mark_served(base: Path, store: Path, pid: int) -> Path:
    """Record that process ``pid`` reads ``store`` so pruning keeps that folder."""
    folder = base / SERVED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / str(pid)
    marker.write_text(str(store), encoding="utf-8")
    return marker


def start_endpoint(
    base: Path,
    *,
    port: int | None = None,
    host: str = "localhost",
    timeout_s: int = DEFAULT_TIMEOUT_S,
    memory_limit_mb: int | None = None,
    quiet: bool = True,
) -> Endpoint:
    """Start the server on the current store (command from graph/server.py) and mark its folder."""
    port = port or free_port(host)
    command = server_command(base, port=port, timeout_s=timeout_s, host=host)
    store = Path(command[command.index("--location") + 1])
    sink = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen(
        command, stdout=sink, stderr=sink, preexec_fn=memory_cap(memory_limit_mb)
    )
    mark_served(base, store, process.pid)
    return Endpoint(process, host, port, store)


def stop_endpoint(base: Path, endpoint: Endpoint, grace_s: float = 5.0) -> None:
    """Terminate the server (kill after ``grace_s``) and drop its served marker."""
    if endpoint.process.poll() is None:
        endpoint.process.terminate()
        try:
            endpoint.process.wait(grace_s)
        except subprocess.TimeoutExpired:
            endpoint.process.kill()
            endpoint.process.wait()
    with contextlib.suppress(FileNotFoundError):
        (base / SERVED_DIR / str(endpoint.process.pid)).unlink()


@contextlib.contextmanager
def running_endpoint(
    base: Path,
    port: int | None = None,
    timeout_s: int = DEFAULT_TIMEOUT_S,
    *,
    host: str = "localhost",
    memory_limit_mb: int | None = None,
    ready_timeout_s: float = READY_TIMEOUT_S,
) -> Iterator[Endpoint]:
    """Yield a ready endpoint on the current store of ``base``; always stop it afterwards."""
    endpoint = start_endpoint(
        base, port=port, host=host, timeout_s=timeout_s, memory_limit_mb=memory_limit_mb
    )
    try:
        wait_until_ready(endpoint.query_url, endpoint.process, ready_timeout_s)
        yield endpoint
    finally:
        stop_endpoint(base, endpoint)


def serve_forever(
    base: Path,
    *,
    port: int = DEFAULT_PORT,
    host: str = "localhost",
    timeout_s: int = DEFAULT_TIMEOUT_S,
    memory_limit_mb: int | None = None,
) -> int:
    """Run the endpoint in the foreground (for `transferatlas serve`) until it exits or Ctrl-C.

    Unlike a bare `oxigraph serve-read-only` it marks the served folder, so a re-ingest meanwhile
    can never prune it. Returns the server's exit code."""
    endpoint = start_endpoint(
        base,
        port=port,
        host=host,
        timeout_s=timeout_s,
        memory_limit_mb=memory_limit_mb,
        quiet=False,
    )
    try:
        return endpoint.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        stop_endpoint(base, endpoint)
