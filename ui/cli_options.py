"""Options every `transferatlas` subcommand shares, defined once for all command modules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def data_option(func: F) -> F:
    """``--data DIR``: the folder of store, caches and indexes."""
    return click.option(
        "--data",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Datenordner für Store, Caches und Indizes (Standard: $TRANSFERATLAS_DATA, ./data).",
    )(func)
