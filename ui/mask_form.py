"""The Produktmaske form model: what a user types, checked and written as a Leipzig-style mask.

The form in the Erfassen page fills a `MaskDraft`; `validate_draft` says in German what is
missing or too long; `mask_markdown` writes the mask with the headings of the Leipzig template
and the product type as a ticked checkbox ("[x] Instrument"), exactly what
`ingest.productmask` reads as a stated type. Pure functions; the file I/O is in `save_mask`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.textutil import slugify

PRODUCT_TYPES = ("Strukturlösung", "Instrument", "Verfahrensweise", "Modellprojekt")
TITLE_MAX = 200
SHORT_MIN = 20
TEXT_MAX = 5000


@dataclass(frozen=True)
class FieldSpec:
    """One text field: attribute, form label, template heading, parser key, required, max."""

    name: str
    label: str
    heading: str
    key: str
    required: bool = False
    max_length: int = TEXT_MAX
    help: str = ""


# Template order of the Leipzig Produktmaske (headings as printed in the catalogue).
TEXT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("short_description", "Kurzbeschreibung", "KURZBESCHREIBUNG", "kurzbeschreibung",
              True, 1500, "Zwei bis fünf Sätze: Was ist es, wem nützt es?"),
    FieldSpec("initial_situation", "Ausgangssituation", "AUSGANGSSITUATION", "ausgangssituation"),
    FieldSpec("goals", "Ziele und Anforderungen", "ZIELE UND ANFORDERUNGEN (AUFTRAG)", "ziele",
              True),
    FieldSpec("methods", "Methoden/Umsetzung", "METHODEN/UMSETZUNG", "methoden"),
    FieldSpec("resources", "Ressourcen", "RESSOURCEN (ZEIT, PERSONAL, QUALIFIKATION DES "
              "PERSONALS, FINANZEN)", "ressourcen", help="Zeit, Personal, Qualifikation, Geld"),
    FieldSpec("project_plan", "Projektplan", "PROJEKTPLAN (ABLAUFPLAN)", "projektplan"),
    FieldSpec("marketing", "Marketing/Öffentlichkeitsarbeit", "MARKETING ÖA (MÖGLICHE "
              "MASSNAHMEN)", "marketing"),
    FieldSpec("success_factors", "Gelingensbedingungen", "GELINGENSBEDINGUNGEN",
              "gelingensbedingungen"),
    FieldSpec("challenges", "Herausforderungen/Stolpersteine", "HERAUSFORDERUNGEN, "
              "STOLPERSTEINE", "herausforderungen"),
    FieldSpec("notes", "Anmerkungen/Hinweise", "ANMERKUNGEN, HINWEISE", "anmerkungen"),
    FieldSpec("transfer_addressees", "Potenzielle Transfer-Adressaten",
              "POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten"),
)  # fmt: skip
ACTORS_HEADING = "BETEILIGTE AKTEURE, BENÖTIGTE PARTNER"
_BEFORE_ACTORS = "project_plan"  # actors follow the project plan in the template


@dataclass
class MaskDraft:
    """Everything the Erfassen form collects for one transfer object."""

    title: str = ""
    product_type: str = ""
    short_description: str = ""
    initial_situation: str = ""
    goals: str = ""
    methods: str = ""
    resources: str = ""
    project_plan: str = ""
    actors: list[str] = field(default_factory=list)
    marketing: str = ""
    success_factors: str = ""
    challenges: str = ""
    notes: str = ""
    transfer_addressees: str = ""
    action_fields: list[str] = field(default_factory=list)
    municipality: str = ""


@dataclass(frozen=True)
class FormError:
    """A problem with one form field, phrased for the person filling it in."""

    field: str
    message: str


def _clean(text: str) -> str:
    """Trim, unify newlines and drop control characters a paste may carry."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)
    return text.strip()


def clean_draft(draft: MaskDraft) -> MaskDraft:
    """A copy with every text trimmed and empty/duplicate list entries removed."""
    values: dict[str, Any] = {
        name: _clean(value) if isinstance(value, str) else value
        for name, value in vars(draft).items()
    }
    values["title"] = " ".join(values["title"].split())
    for name in ("actors", "action_fields"):
        seen: dict[str, None] = {}
        for item in values[name]:
            item = " ".join(_clean(item).split())
            if item and item.casefold() not in {s.casefold() for s in seen}:
                seen[item] = None
        values[name] = list(seen)
    return MaskDraft(**values)


def validate_draft(draft: MaskDraft) -> list[FormError]:
    """German messages for missing required fields, wrong values and over-long texts."""
    d = clean_draft(draft)
    errors: list[FormError] = []
    if not d.title:
        errors.append(FormError("title", "Bitte eine Produktbezeichnung angeben."))
    elif len(d.title) > TITLE_MAX:
        errors.append(
            FormError(
                "title",
                f"Die Produktbezeichnung ist zu lang "
                f"({len(d.title)} von höchstens {TITLE_MAX} Zeichen).",
            )
        )
    elif "\n" in draft.title.strip() or not re.search(r"\w", d.title):
        errors.append(FormError("title", "Die Produktbezeichnung muss aus Wörtern bestehen."))
    if d.product_type not in PRODUCT_TYPES:
        errors.append(
            FormError(
                "product_type", "Bitte einen Produkttyp wählen: " + ", ".join(PRODUCT_TYPES) + "."
            )
        )
    for spec in TEXT_FIELDS:
        value = getattr(d, spec.name)
        if spec.required and not value:
            errors.append(FormError(spec.name, f"Bitte das Feld „{spec.label}“ ausfüllen."))
        elif len(value) > spec.max_length:
            errors.append(
                FormError(
                    spec.name,
                    f"„{spec.label}“ ist zu lang ({len(value)} von "
                    f"höchstens {spec.max_length} Zeichen).",
                )
            )
    if d.short_description and len(d.short_description) < SHORT_MIN:
        errors.append(
            FormError(
                "short_description",
                f"Die Kurzbeschreibung ist zu kurz: bitte mindestens {SHORT_MIN} Zeichen.",
            )
        )
    if not d.actors:
        errors.append(FormError("actors", "Bitte mindestens einen beteiligten Akteur nennen."))
    if not d.municipality:
        errors.append(FormError("municipality", "Bitte die Kommune (Herausgeber) angeben."))
    return errors


def _block(text: str) -> str:
    """Field text as mask content; lines that would read as a field heading get a dash."""
    from ingest.mask_headings import match_heading

    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and match_heading(stripped) is not None and not stripped.startswith("-"):
            line = f"- {stripped}"
        lines.append(line)
    return "\n".join(lines)


def product_type_line(chosen: str) -> str:
    """The template's checkbox row with the chosen type ticked."""
    return " ".join(f"[{'x' if t == chosen else ' '}] {t}" for t in PRODUCT_TYPES)


def mask_markdown(draft: MaskDraft) -> str:
    """The mask as Markdown with the Leipzig template headings, ready for ingest."""
    d = clean_draft(draft)
    out = [f"# Produktmaske: {d.title}", "", f"Kommune: {d.municipality}", ""]
    if d.action_fields:
        out += [f"Handlungsfelder: {'; '.join(d.action_fields)}", ""]
    out += [f"## {d.title}", "", "## PRODUKTBEZEICHNUNG", "", d.title, ""]
    for spec in TEXT_FIELDS:
        out += [f"## {spec.heading}", "", _block(getattr(d, spec.name)), ""]
        if spec.name == "short_description":
            out += ["## PRODUKTTYP", "", product_type_line(d.product_type), ""]
        if spec.name == _BEFORE_ACTORS:
            out += [f"## {ACTORS_HEADING}", "", *[f"- {a}" for a in d.actors], ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"


def document_id(draft: MaskDraft, taken: set[str]) -> str:
    """A new document id (file stem) from municipality and title, unique in the corpus."""
    base = slugify(f"produktmaske {draft.municipality} {draft.title}", 70) or "produktmaske"
    doc_id, n = base, 2
    while doc_id in taken:
        doc_id, n = f"{base}-{n}", n + 1
    return doc_id


def manifest_entry(draft: MaskDraft, doc_id: str, date: str) -> str:
    """YAML lines for corpus/manifest.yaml (indented under ``documents:``)."""
    entry = {doc_id: {"file": f"{doc_id}.md", "title": f"Produktmaske: {draft.title}",
                      "publisher": draft.municipality, "date": date, "kind": "Produktmaske",
                      "language": "de"}}  # fmt: skip
    text = yaml.safe_dump(entry, allow_unicode=True, sort_keys=False)
    return "".join(f"  {line}\n" for line in text.splitlines())


def _registers(manifest_text: str, doc_id: str) -> bool:
    """Does this manifest text parse and map ``doc_id`` to an entry?"""
    try:
        documents = (yaml.safe_load(manifest_text) or {}).get("documents")
    except yaml.YAMLError:
        return False
    return isinstance(documents, dict) and doc_id in documents


def save_mask(draft: MaskDraft, corpus: Path, date: str) -> Path:
    """Write the mask into the corpus folder and register it in the manifest; the path."""
    from ingest.manifest import MANIFEST_NAME, corpus_files

    d = clean_draft(draft)
    doc_id = document_id(d, {p.stem for p in corpus_files(corpus)})
    path = corpus / f"{doc_id}.md"
    path.write_text(mask_markdown(d), encoding="utf-8")
    manifest = corpus / MANIFEST_NAME
    existing = manifest.read_text(encoding="utf-8") if manifest.exists() else "documents:\n"
    if not existing.endswith("\n"):
        existing += "\n"
    updated = existing + manifest_entry(d, doc_id, date)
    if not _registers(updated, doc_id):  # "documents:" is not the last key, or is a list
        data = yaml.safe_load(existing) or {}
        entry = yaml.safe_load(manifest_entry(d, doc_id, date))
        listed = data.setdefault("documents", {})
        if isinstance(listed, list):
            listed.append(entry[doc_id])
        else:
            listed.update(entry)
        updated = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    manifest.write_text(updated, encoding="utf-8")
    return path


def check_shapes(draft: MaskDraft) -> list[str]:
    """Read the written mask back through ingest and validate its RDF with the SHACL shapes.

    Returns German messages; empty when the mask is read back with its title and stated type
    and its graph conforms. This is the same path a saved mask takes, so what passes here is
    what the graph will hold.
    """
    import tempfile

    from graph.build import build_dataset
    from graph.validate import validate
    from ingest.pipeline import extract_document, resolvable_mentions
    from ingest.resolve import resolve

    d = clean_draft(draft)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "neue-produktmaske.md"
        path.write_text(mask_markdown(d), encoding="utf-8")
        record = extract_document(path, path.stem, {"title": d.title, "language": "de"})
    messages: list[str] = []
    if len(record.masks) != 1:
        return ["Die Maske wurde beim Einlesen nicht als genau eine Produktmaske erkannt."]
    mask = record.masks[0]
    if mask.product_type != d.product_type or mask.product_type_inferred:
        messages.append("Der Produkttyp wurde beim Einlesen nicht erkannt.")
    resolution = resolve({record.doc_id: resolvable_mentions(record)})
    report = validate(build_dataset([record], resolution.entities))
    for violation in report.errors():
        field_name = (violation.path or "").rsplit("#", 1)[-1] or "Maske"
        messages.append(f"Formprüfung (SHACL) – {field_name}: {violation.message}")
    return messages
