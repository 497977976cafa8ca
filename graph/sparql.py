"""Read-only SPARQL over the embedded store, with results as plain strings for tables."""

from __future__ import annotations

import re

import pyoxigraph as ox

UPDATE_KEYWORDS = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s+)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b",
    re.IGNORECASE,
)


class ReadOnlyError(ValueError):
    """Raised for SPARQL UPDATE requests: the graph is changed only by ingest."""


def strip_comments(query: str) -> str:
    return "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))


def run_query(store: ox.Store, query: str) -> tuple[list[str], list[list[str | None]]]:
    """Columns and rows of a SELECT/ASK/CONSTRUCT/DESCRIBE query over the union graph."""
    if UPDATE_KEYWORDS.match(strip_comments(query)):
        raise ReadOnlyError("Der Graph ist nur lesbar: SPARQL UPDATE wird abgelehnt.")
    result = store.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[term_text(s[c]) for c in columns] for s in result]
        return columns, rows
    return ["subject", "predicate", "object"], [
        [term_text(t.subject), term_text(t.predicate), term_text(t.object)] for t in result
    ]


def term_text(term: object) -> str | None:
    """A term's value (IRI, literal text, blank node id) or None for unbound variables."""
    if term is None:
        return None
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)
