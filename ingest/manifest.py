"""The corpus manifest: document ids (file stems) and their metadata."""

from __future__ import annotations

from pathlib import Path

import yaml

from ingest.readers import DocumentError

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm")
MANIFEST_NAME = "manifest.yaml"
# JSON is YAML too: a manifest written as manifest.json or manifest.yml is read the same way
MANIFEST_NAMES = (MANIFEST_NAME, "manifest.yml", "manifest.json")
METADATA_KEYS = ("title", "publisher", "date", "kind", "language", "licence")


def load_manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """Entries of ``corpus/manifest.yaml`` (and of a ``manifest.yml`` or ``manifest.json`` beside
    it, the YAML file's entries first) keyed by document id; empty if there is none.

    ``documents`` maps ids to entries, or lists entries that name their ``file`` (the id is
    its stem) or their ``id``. A manifest ingest cannot read stops it with the file and why."""
    entries: dict[str, dict[str, str]] = {}
    for path in (corpus / name for name in MANIFEST_NAMES):
        if path.exists():
            for doc_id, entry in _read_manifest(path).items():
                entries.setdefault(doc_id, entry)
    return entries


def _read_manifest(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise DocumentError(path, f"kein lesbares YAML oder JSON ({error})") from error
    documents = data.get("documents") if isinstance(data, dict) else None
    if isinstance(documents, list):
        documents = {_entry_id(path, entry): entry for entry in documents}
    if documents is None:
        return {}
    if not isinstance(documents, dict) or not all(
        isinstance(v, dict | None) for v in documents.values()
    ):
        raise DocumentError(path, "'documents' muss Einträge je Dokument enthalten")
    return {str(k): {kk: str(vv) for kk, vv in (v or {}).items()} for k, v in documents.items()}


def _entry_id(path: Path, entry: object) -> str:
    """The document id of a listed manifest entry: its ``id``, else its file's stem."""
    if isinstance(entry, dict) and (entry.get("id") or entry.get("file")):
        return str(entry.get("id") or Path(str(entry["file"])).stem)
    raise DocumentError(path, f"Eintrag ohne 'file' oder 'id': {entry!r}")


def corpus_files(corpus: Path) -> list[Path]:
    """Documents of the corpus folder that a reader understands, sorted by name."""
    return sorted(
        p
        for p in corpus.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and p.name.lower() not in ("readme.md", *MANIFEST_NAMES)
        and not p.name.startswith(".")
    )


def metadata_for(path: Path, manifest: dict[str, dict[str, str]]) -> dict[str, str]:
    """Manifest metadata for a file, with defaults a user can recognise for unlisted files."""
    entry = dict(manifest.get(path.stem, {}))
    entry.setdefault("file", path.name)
    entry.setdefault("title", path.stem.replace("-", " ").replace("_", " "))
    entry.setdefault("language", "de")
    entry.setdefault("kind", "Dokument")
    return entry
