"""The Erfassen form model: German validation, Leipzig-template Markdown, round trip to ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.manifest import corpus_files, load_manifest
from ingest.productmask import parse_product_masks
from ui.mask_form import (
    PRODUCT_TYPES,
    TEXT_FIELDS,
    MaskDraft,
    mask_markdown,
    save_mask,
    validate_draft,
)


def full_draft(**changes: object) -> MaskDraft:
    values: dict[str, object] = dict(
        title="Bildungslotsen für Übergänge",
        product_type="Verfahrensweise",
        short_description="Lotsen begleiten Familien beim Übergang von der Kita in die Schule.",
        initial_situation="Viele Familien kennen die Angebote nicht.",
        goals="- Übergänge erleichtern\n- Eltern stärken",
        methods="Schulung von Lotsen im Stadtteil.",
        resources="0,5 Stellen im Bildungsbüro, 5.000 EUR Honorarmittel",
        project_plan="2024: Konzept\n2025: Start",
        actors=["Amt für Jugend, Familie und Bildung", "Volkshochschule Musterstadt"],
        marketing="Flyer in sechs Sprachen",
        success_factors="Rückhalt der Verwaltungsspitze",
        challenges="Fluktuation der Lotsen",
        notes="Siehe Evaluationsbericht.",
        transfer_addressees="Kreisfreie Städte",
        action_fields=["Übergänge"],
        municipality="Stadt Musterstadt",
    )
    values.update(changes)
    return MaskDraft(**values)  # type: ignore[arg-type]


def test_complete_draft_has_no_errors() -> None:
    assert validate_draft(full_draft()) == []


def test_missing_required_fields_are_named_in_german() -> None:
    errors = {e.field: e.message for e in validate_draft(MaskDraft())}
    assert set(errors) == {"title", "product_type", "short_description", "goals", "actors",
                           "municipality"}  # fmt: skip
    assert "Produktbezeichnung" in errors["title"]
    assert "Kurzbeschreibung" in errors["short_description"]


def test_whitespace_only_counts_as_missing_and_lengths_are_checked() -> None:
    errors = validate_draft(full_draft(title="   ", goals="\n \n", resources="x" * 6000))
    fields = {e.field for e in errors}
    assert {"title", "goals", "resources"} <= fields
    assert any("zu lang" in e.message for e in errors if e.field == "resources")


def test_unknown_product_type_is_refused() -> None:
    errors = validate_draft(full_draft(product_type="Sonstiges"))
    assert [e.field for e in errors] == ["product_type"]


def test_markdown_uses_leipzig_headings_and_ticks_the_type() -> None:
    text = mask_markdown(full_draft())
    assert "## PRODUKTBEZEICHNUNG" in text
    assert "## RESSOURCEN (ZEIT, PERSONAL, QUALIFIKATION DES PERSONALS, FINANZEN)" in text
    assert "[x] Verfahrensweise" in text and "[ ] Instrument" in text


@pytest.mark.parametrize("product_type", PRODUCT_TYPES)
def test_round_trip_keeps_every_field_and_the_stated_type(product_type: str) -> None:
    draft = full_draft(product_type=product_type)
    masks = parse_product_masks(mask_markdown(draft))
    assert len(masks) == 1
    mask = masks[0]
    assert mask.title == draft.title
    assert mask.product_type == product_type and not mask.product_type_inferred
    for spec in TEXT_FIELDS:
        assert mask.fields[spec.key].text.strip() == getattr(draft, spec.name).strip(), spec.name
    actors = mask.fields["beteiligte_akteure"].text
    assert all(a in actors for a in draft.actors)


def test_text_that_looks_like_a_heading_stays_inside_its_field() -> None:
    draft = full_draft(methods="Schritt eins.\nRessourcen\nZiele")
    mask = parse_product_masks(mask_markdown(draft))[0]
    assert "Ressourcen" in mask.fields["methoden"].text
    assert mask.fields["ressourcen"].text.strip() == draft.resources


@settings(max_examples=25, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ", min_size=3, max_size=12),
        min_size=3,
        max_size=12,
    )
)
def test_any_plain_resources_text_survives_the_round_trip(words: list[str]) -> None:
    resources = " ".join(words) + "."
    mask = parse_product_masks(mask_markdown(full_draft(resources=resources)))[0]
    assert mask.fields["ressourcen"].text.strip() == resources


def test_save_mask_writes_file_and_manifest_entry(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(
        "# Korpus\ndocuments:\n  alt:\n    file: alt.txt\n    title: Alt\n", encoding="utf-8"
    )
    path = save_mask(full_draft(), tmp_path, "2026-01-01")
    again = save_mask(full_draft(), tmp_path, "2026-01-02")
    assert path.exists() and again.exists() and path != again
    manifest = load_manifest(tmp_path)
    assert manifest["alt"]["title"] == "Alt"
    assert manifest[path.stem]["publisher"] == "Stadt Musterstadt"
    assert manifest[path.stem]["kind"] == "Produktmaske"
    assert parse_product_masks(path.read_text(encoding="utf-8"))[0].title == full_draft().title


def test_a_listed_manifest_is_read_and_extended(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - file: alt.txt\n    title: Alt\n", encoding="utf-8"
    )
    assert load_manifest(tmp_path)["alt"]["title"] == "Alt"
    path = save_mask(full_draft(), tmp_path, "2026-01-01")
    manifest = load_manifest(tmp_path)
    assert manifest["alt"]["title"] == "Alt"
    assert manifest[path.stem]["kind"] == "Produktmaske"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("documents: [unclosed\n", "YAML"),
        ("documents:\n  - title: ohne Datei\n", "file"),
        ("documents: 3\n", "documents"),
    ],
)
def test_an_unreadable_manifest_names_the_file_and_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    from ingest.readers import DocumentError

    (tmp_path / "manifest.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=problem) as raised:
        load_manifest(tmp_path)
    assert "manifest.yaml" in str(raised.value)


def test_a_json_manifest_is_read_and_kept_beside_the_form_s_yaml(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(
        '{"documents": [{"id": "alt", "file": "alt.txt", "publisher": "Stadt Tellau"}]}',
        encoding="utf-8",
    )
    (tmp_path / "alt.txt").write_text("Text", encoding="utf-8")
    assert load_manifest(tmp_path)["alt"]["publisher"] == "Stadt Tellau"
    path = save_mask(full_draft(), tmp_path, "2026-01-01")
    manifest = load_manifest(tmp_path)
    assert manifest["alt"]["publisher"] == "Stadt Tellau"
    assert manifest[path.stem]["kind"] == "Produktmaske"
    assert [p.name for p in corpus_files(tmp_path)] == sorted(["alt.txt", path.name])
