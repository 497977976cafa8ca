"""One work package, however many documents list it.

A municipality's plan names its work packages ("AP 6 Übergang Kita–Grundschule"); its slides
or minutes list them again by their numbers ("AP 6 Elternbriefe zum Schulstart"). Numbers are
only unique within one plan, so two documents share a work package only when the same
publisher issued both: the document that lists most of that publisher's packages is the plan,
and the others point to its packages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ingest.records import DocumentRecord

Where = tuple[str, str]  # (document id, measure key)

_WORK_PACKAGE = "workPackage"


def publisher_of(doc: DocumentRecord) -> str:
    """The issuing body without its office: 'Stadt X, Bildungsbüro' -> 'stadt x'."""
    first = re.split(r"[,;(/]", doc.metadata.get("publisher") or "", maxsplit=1)[0]
    return " ".join(first.split()).casefold()


def plan_of_work_packages(docs: Iterable[DocumentRecord]) -> dict[Where, Where]:
    """(document, key) of each work package that another document of the same publisher
    defines, mapped to that plan's (document, key)."""
    listed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc in docs:
        publisher = publisher_of(doc)
        if not publisher:
            continue
        for measure in doc.measures:
            if measure.kind == _WORK_PACKAGE:
                listed[publisher][doc.doc_id].add(measure.key)
    moved: dict[Where, Where] = {}
    for by_doc in listed.values():
        plan = max(sorted(by_doc), key=lambda doc_id: len(by_doc[doc_id]))
        for doc_id, keys in by_doc.items():
            if doc_id != plan:
                moved.update({(doc_id, key): (plan, key) for key in keys & by_doc[plan]})
    return moved
