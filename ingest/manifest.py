"""The corpus manifest: document ids (file stems) and their metadata."""

from __future__ import annotations

from pathlib import Path

import yaml

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm")
MANIFEST_NAME = "manifest.yaml"
METADATA_KEYS = ("title", "publisher", "date", "kind", "language", "licence")


def load_manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """Entries of ``corpus/manifest.yaml`` keyed by document id (empty if there is none)."""
    path = corpus / MANIFEST_NAME
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    documents = data.get("documents") or {}
    return {str(k): {kk: str(vv) for kk, vv in (v or {}).items()} for k, v in documents.items()}


def corpus_files(corpus: Path) -> list[Path]:
    """Documents of the corpus folder that a reader understands, sorted by name."""
    return sorted(
        p
        for p in corpus.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and p.name.lower() not in ("readme.md", MANIFEST_NAME)
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
