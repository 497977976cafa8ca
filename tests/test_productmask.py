"""Product masks: what the graph and the UI rely on from `parse_product_masks`.

The Leipzig catalogue is measured against the gold file in ../shared/eval (masks, sections,
pages, KBM functions, titles, fields present/empty/missing), on the raw and the repaired text.
Two small masks "by other municipalities" pin down the template variants the parser accepts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold import load_gold
from hypothesis import given
from hypothesis import strategies as st

from ingest.mask_headings import FIELD_KEYS, FIELD_PROPERTIES, heading_key, match_heading
from ingest.mask_title import clean_title
from ingest.productmask import parse_product_masks
from ingest.producttype import PRODUCT_TYPES, infer_product_type, stated_product_type
from ingest.records import ProductMask
from ingest.spans import LineIndex
from ingest.toc import parse_toc

REPO = Path(__file__).resolve().parents[1]
LEIPZIG = REPO / "corpus" / "leipzig-transferkatalog.txt"
MASKS = Path(__file__).parent / "fixtures" / "masks"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _plain_quotes(text: str) -> str:
    return re.sub(r"[„“”\"]", '"', text)


def _field_states(mask: ProductMask) -> dict[str, str]:
    return {
        key: "missing"
        if key not in mask.fields
        else ("empty" if not mask.fields[key].text else "present")
        for key in FIELD_KEYS
    }


def _gold_states(entry: dict) -> dict[str, str]:
    states = {key: "missing" for key in FIELD_KEYS}
    states.update({key: "present" for key in entry["fields_present"]})
    states.update({key: "empty" for key in entry["fields_empty"]})
    return states


def score_against_gold(masks: list[ProductMask], gold: list[dict]) -> dict[str, float]:
    """Found masks and exact-match rates per attribute; field accuracy over all gold fields."""
    by_section = {mask.section: mask for mask in masks}
    hits = dict.fromkeys(("section", "page", "kbm", "title", "title_norm", "line"), 0)
    fields_right = 0
    for entry in gold:
        mask = by_section.get(entry["section"])
        if mask is None:
            continue
        hits["section"] += 1
        hits["page"] += mask.catalogue_page == entry["catalogue_page"]
        hits["kbm"] += mask.kbm_function == entry["kbm_function"]
        hits["title"] += mask.title == entry["title"]
        hits["title_norm"] += _norm(mask.title) == _norm(entry["title"])
        hits["line"] += mask.span.line_start == entry.get("start_line")
        got, want = _field_states(mask), _gold_states(entry)
        fields_right += sum(got[key] == want[key] for key in FIELD_KEYS)
    total = len(gold)
    scores = {name: count / total for name, count in hits.items()}
    scores["found"] = len(masks)
    scores["field_accuracy"] = fields_right / (total * len(FIELD_KEYS))
    return scores


@pytest.fixture(scope="module")
def leipzig_text() -> str:
    return LEIPZIG.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    entries = load_gold("transfer_objects.json")
    return [e for e in entries if e.get("doc", "leipzig-transferkatalog") == LEIPZIG.stem]


@pytest.fixture(scope="module")
def leipzig_masks(leipzig_text: str) -> list[ProductMask]:
    return parse_product_masks(leipzig_text)


def test_every_leipzig_mask_is_found_with_section_page_chapter_and_title(
    leipzig_masks: list[ProductMask], gold: list[dict]
) -> None:
    scores = score_against_gold(leipzig_masks, gold)
    print("raw text:", scores)
    assert scores["found"] == len(gold)
    assert scores["section"] == 1.0
    assert scores["page"] == 1.0
    assert scores["kbm"] == 1.0
    assert scores["title_norm"] == 1.0
    assert scores["title"] >= 0.9
    assert scores["line"] == 1.0  # the mask starts at its section heading


def test_every_mask_of_the_table_of_contents_is_parsed_with_its_page_and_title(
    leipzig_masks: list[ProductMask], leipzig_text: str
) -> None:
    """Without gold: the catalogue's own contents list is the independent witness."""
    toc = parse_toc(leipzig_text)
    assert len(toc) >= 20
    assert len(leipzig_masks) == len(toc)
    by_page = {mask.catalogue_page: mask for mask in leipzig_masks}
    for entry in toc:
        mask = by_page.get(entry.page)
        assert mask is not None, f"no mask on page {entry.page} ({entry.title})"
        assert _norm(_plain_quotes(mask.title)) == _norm(_plain_quotes(entry.title))
        assert mask.kbm_function == entry.group
    sections = [mask.section for mask in leipzig_masks]
    assert len(set(sections)) == len(sections)
    assert all(re.fullmatch(r"\d+(\.\d+)+", section) for section in sections)
    assert all(len(mask.fields) >= 11 for mask in leipzig_masks)


def test_fields_are_present_empty_or_missing_as_in_the_catalogue(
    leipzig_masks: list[ProductMask], gold: list[dict]
) -> None:
    assert score_against_gold(leipzig_masks, gold)["field_accuracy"] >= 0.98


def test_page_furniture_never_lands_in_field_text(leipzig_masks: list[ProductMask]) -> None:
    for mask in leipzig_masks:
        for field in mask.fields.values():
            assert "\t" not in field.text
            for line in field.text.splitlines():
                assert not re.fullmatch(r"\s*\d{1,3}\s*", line), (mask.section, field.key)
                assert mask.section not in line or "siehe" in line, (mask.section, line)


def test_field_spans_point_at_their_heading(
    leipzig_masks: list[ProductMask], leipzig_text: str
) -> None:
    for mask in leipzig_masks:
        for field in mask.fields.values():
            printed = leipzig_text[field.span.start : field.span.end]
            assert printed.strip().startswith(field.heading.split()[0])
            assert _norm(field.text.split("\n")[0][:20]) in _norm(printed)


def test_masks_parse_the_same_on_repaired_text(
    leipzig_text: str, gold: list[dict], leipzig_masks: list[ProductMask]
) -> None:
    repair_module = pytest.importorskip("ingest.repair")
    repaired = repair_module.repair(leipzig_text)
    masks = parse_product_masks(repaired.text, repaired.span)
    scores = score_against_gold(masks, gold)
    print("repaired text:", scores)
    assert scores["found"] == len(gold)
    assert min(scores[k] for k in ("section", "page", "kbm", "title_norm", "line")) == 1.0
    assert scores["field_accuracy"] >= 0.98
    raw_types = {m.section: m.product_type for m in leipzig_masks}
    agree = sum(raw_types.get(m.section) == m.product_type for m in masks)
    assert agree >= 0.9 * len(masks)


def test_lost_ticks_are_inferred_with_evidence(leipzig_masks: list[ProductMask]) -> None:
    for mask in leipzig_masks:
        print(mask.section, mask.product_type, mask.product_type_confidence, mask.title)
        assert mask.product_type in PRODUCT_TYPES
        assert mask.product_type_inferred
        assert 0.0 <= mask.product_type_confidence <= 1.0
        assert mask.product_type_evidence
    by_title = {mask.title: mask.product_type for mask in leipzig_masks}
    assert by_title["Steuerungskreis"] == "Strukturlösung"
    assert by_title["Schulentwicklungsbericht"] == "Instrument"
    models = [t for t in by_title if t.startswith("Modellprojekt")]
    assert models and all(by_title[t] == "Modellprojekt" for t in models)


def test_markdown_mask_of_another_municipality() -> None:
    masks = parse_product_masks((MASKS / "musterstadt-lernwerkstatt.md").read_text("utf-8"))
    assert [m.section for m in masks] == ["2.1", "2.2"]
    monitor, workshop = masks
    assert monitor.title == "Musterstädter Bildungsmonitor"
    assert (monitor.catalogue_page, workshop.catalogue_page) == (4, 7)
    assert monitor.kbm_function == workshop.kbm_function == "Daten"
    assert (monitor.product_type, monitor.product_type_inferred) == ("Instrument", False)
    assert monitor.product_type_confidence == 1.0
    assert workshop.product_type == "Verfahrensweise" and not workshop.product_type_inferred
    assert monitor.fields["marketing"].text == ""
    assert monitor.fields["herausforderungen"].heading == "Stolpersteine"
    assert "2.2" not in monitor.fields["transfer_adressaten"].text
    assert set(workshop.fields) == {
        "kurzbeschreibung",
        "produkttyp",
        "ziele",
        "gelingensbedingungen",
        "transfer_adressaten",
    }


def test_plain_text_mask_with_title_case_headings() -> None:
    text = (MASKS / "musterstadt-bildungsbeirat.txt").read_text("utf-8")
    (mask,) = parse_product_masks(text)
    assert (mask.section, mask.title, mask.kbm_function) == (
        "4.2.1",
        "Kreisbildungsbeirat",
        "Diskurs",
    )
    assert mask.raw_title == "Kreisbildungsbeirat Musterland"
    assert mask.product_type == "Strukturlösung" and not mask.product_type_inferred
    assert set(mask.fields) == set(FIELD_KEYS)
    assert mask.fields["anmerkungen"].text == ""
    methods = mask.fields["methoden"].text
    assert "DISKURS" not in methods and "23" not in methods.split()
    assert "Ergebnisse werden im Kreistag" in methods
    assert "Weitere Hinweise" not in mask.fields["transfer_adressaten"].text
    line = LineIndex(text).span(mask.span.start, mask.span.end)
    assert line == mask.span  # default spans count lines in the parsed text


def test_masks_need_a_title_heading_or_several_fields() -> None:
    prose = "Ziele\n\nWir wollen mehr Bildung.\n\nHinweise\n\nKeine.\n"
    assert parse_product_masks(prose) == []


def test_every_field_key_has_an_rdf_property() -> None:
    assert tuple(FIELD_PROPERTIES) == FIELD_KEYS
    assert FIELD_PROPERTIES["gelingensbedingungen"] == "successFactors"


@pytest.mark.parametrize(
    ("field_text", "expected"),
    [
        ("Produkttyp: [x] Instrument", "Instrument"),
        ("[ ] Strukturlösung [x] Instrument [ ] Verfahrensweise", "Instrument"),
        ("☐ Strukturlösung ☒ Modellprojekt", "Modellprojekt"),
        ("STRUKTURLÖSUNG X VERFAHRENSWEISE INSTRUMENT", "Verfahrensweise"),
        ("Strukturlösung", "Strukturlösung"),
        ("STRUKTURLÖSUNG  INSTRUMENT  VERFAHRENSWEISE   MODELLPROJEKT", None),
    ],
)
def test_stated_product_type(field_text: str, expected: str | None) -> None:
    assert stated_product_type(field_text) == expected


def test_inference_weighs_the_title_over_the_description() -> None:
    guess = infer_product_type("Newsletter Bildung", "Ein Verfahren für den Versand.")
    assert guess.type == "Instrument" and 0 < guess.confidence < 1
    assert "newsletter" in guess.evidence
    assert infer_product_type("Allerlei", "Nichts Bestimmtes.").type is None


def test_clean_title_prefers_heading_then_toc_then_recased_line() -> None:
    toc = "Veranstaltung „Cluster trifft Wissenschaft“"
    assert clean_title("Veranstaltung „cluster trifft Wissenschaft“", toc, "x") == toc
    assert clean_title(None, toc, "VeranStaLtung") == toc
    assert clean_title(None, None, "BILDungSpoLItISche LeItLInIen") == (
        "Bildungspolitische Leitlinien"
    )
    assert clean_title("Produktmaske: Regionale Bildungskonferenz", None, "x") == (
        "Regionale Bildungskonferenz"
    )
    assert clean_title("Produktmaske", None, "x") == "Produktmaske"


def test_toc_shapes() -> None:
    text = (
        "➝ Diskurs:\n\nSteuerungskreis der\nStadt (Seite 30) ● ●\n\n"
        "3.2 Bildungsreport ........ 18\n"
        "| 4.1 | Beirat | 44 |\n"
    )
    entries = parse_toc(text)
    assert [(e.title, e.page, e.number) for e in entries] == [
        ("Steuerungskreis der Stadt", 30, None),
        ("Bildungsreport", 18, "3.2"),
        ("Beirat", 44, "4.1"),
    ]
    assert entries[0].group == "Diskurs"


KNOWN_HEADINGS = [
    ("KURZBESCHREIBUNG", "kurzbeschreibung"),
    ("Produkttyp", "produkttyp"),
    ("AUSGANGSSITUATION", "ausgangssituation"),
    ("ZIELE UND ANFORDERUNGEN (AUFTRAG)", "ziele"),
    ("Ziele", "ziele"),
    ("METHODEN, UMSETZUNG, „WEGE DAHIN“ – MEILENSTEINE ZUR ZIELERREICHUNG", "methoden"),
    ("Methoden/Umsetzung", "methoden"),
    ("RESSOURCEN (ZEIT, PERSONAL, QUALIFIKATION DES PERSONALS, FINANZEN)", "ressourcen"),
    ("PROJEKTPLAN (ABLAUFPLAN)", "projektplan"),
    ("BETEILIGTE AKTEURE, BENÖTIGTE PARTNER", "beteiligte_akteure"),
    ("Beteiligte Akteure / Partner", "beteiligte_akteure"),
    ("MARKETING ÖA (MÖGLICHE MASSNAHMEN)", "marketing"),
    ("Marketing/Öffentlichkeitsarbeit", "marketing"),
    ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"),
    ("HERAUSFORDERUNGEN, STOLPERSTEINE", "herausforderungen"),
    ("Stolpersteine", "herausforderungen"),
    ("ANMERKUNGEN, HINWEISE", "anmerkungen"),
    ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten"),
    ("Transferadressaten", "transfer_adressaten"),
    ("Potenzielle Adressaten", "transfer_adressaten"),
    ("PRODUKTBEZEICHNUNG", "produktbezeichnung"),
]


@st.composite
def heading_variants(draw: st.DrawFn) -> tuple[str, str]:
    """A known heading in any case, spacing, separators and Markdown/colon dress."""
    heading, key = draw(st.sampled_from(KNOWN_HEADINGS))
    flips = draw(st.lists(st.booleans(), min_size=len(heading), max_size=len(heading)))
    text = "".join(ch.upper() if up else ch.lower() for ch, up in zip(heading, flips, strict=True))
    separator = st.sampled_from([" ", "  ", "\t", " / ", ", ", " – ", " - "])
    text = re.sub(r" +", lambda _: draw(separator), text)
    dress = draw(st.sampled_from(["{}", "## {}", "# {}:", "**{}**", "**{}:**", "{}:", "__{}__"]))
    pad = draw(st.sampled_from(["", " ", "  ", "\t"]))
    return pad + dress.format(text) + draw(st.sampled_from(["", " ", "\t"])), key


@given(heading_variants())
def test_any_dress_of_a_known_heading_maps_to_its_field(variant: tuple[str, str]) -> None:
    line, key = variant
    found = match_heading(line)
    assert found is not None and found.key == key
    assert heading_key(found.heading) == key


@given(
    st.sampled_from([h for h, _ in KNOWN_HEADINGS if len(h.split()) < 4]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12),
)
def test_a_sentence_that_starts_like_a_heading_is_not_one(heading: str, word: str) -> None:
    line = f"{heading} xq{word} wurden erreicht"
    assert heading_key(line) is None
    assert match_heading(line) is None


OTHER_DOCUMENTS = [
    p for p in sorted((REPO / "corpus").glob("*.*")) if p.suffix in (".txt", ".md") and p != LEIPZIG
]


@pytest.mark.parametrize("path", OTHER_DOCUMENTS, ids=lambda p: p.stem)
def test_documents_without_masks_yield_none(path: Path) -> None:
    assert parse_product_masks(path.read_text(encoding="utf-8")) == []


def test_word_mask_with_other_wording_and_headings_right_above_the_text(tmp_path: Path) -> None:
    import docx

    from ingest.pipeline import extract_document

    document = docx.Document()
    document.add_heading("Lernwerkstatt Demokratie", level=1)
    for heading, text in [
        ("Produkttyp", "Modellprojekt"),
        ("Kurzbeschreibung des Produkts", "Jugendliche erproben Beteiligung in der Kommune."),
        ("Ziele des Projekts", "Jugendliche kennen die Gremien der Stadt Rabenau."),
        ("Beteiligte Akteure / Partner", "Stadtjugendring Rabenau e.V., Landeszentrale für "
         "politische Bildung"),
        ("Stolpersteine", "Terminabstimmung mit den Schulen."),
    ]:  # fmt: skip
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
    path = tmp_path / "rabenau-lernwerkstatt.docx"
    document.save(str(path))
    record = extract_document(path, "rabenau-lernwerkstatt", {})
    (mask,) = record.masks
    assert mask.title == "Lernwerkstatt Demokratie"
    assert {"kurzbeschreibung", "ziele", "beteiligte_akteure"} <= set(mask.fields)
    orgs = {m.canonical for m in record.mentions if m.type == "Organization"}
    assert {"Stadtjugendring Rabenau e.V.", "Landeszentrale für politische Bildung"} <= orgs
    assert not any("Partner" in name for name in orgs)


def test_a_round_table_is_a_structure() -> None:
    guess = infer_product_type("Runder Tisch Ganztag", "Schulträger und Jugendhilfe stimmen ab.")
    assert guess.type == "Strukturlösung" and guess.inferred


def test_markdown_mask_with_numbered_heading_and_assigned_function() -> None:
    text = (
        "# Transferkatalog des Landkreises Rabenau\n\n"
        "## 2.3 Lernorte-Steckbriefe „Bildung im Quartier“\n\n"
        "Zuordnung im Modell des Kommunalen Bildungsmanagements: **Daten**\n\n"
        "### PRODUKTBEZEICHNUNG\n\nLernorte-Steckbriefe „Bildung im Quartier“\n\n"
        "### KURZBESCHREIBUNG\n\nSteckbriefe bündeln Kennzahlen je Sozialraum.\n\n"
        "### ZIELE\n\nTransparenz über Bedarfe.\n"
    )
    (mask,) = parse_product_masks(text)
    assert (mask.section, mask.title) == ("2.3", "Lernorte-Steckbriefe „Bildung im Quartier“")
    assert mask.kbm_function == "Daten"


def test_the_running_header_beside_a_masks_number_names_its_kbm_function() -> None:
    from ingest.mask_layout import running_header_function

    assert (
        running_header_function(" MASSNAHMEN 3.5.3.1 Lotsen im Stadtteil", "3.5.3.1") == "Maßnahmen"
    )
    assert (
        running_header_function("3.3.3.2 Beirat der Stadt Tellau DISKURS", "3.3.3.2") == "Diskurs"
    )
    assert running_header_function(" MASSNAHMEN 3.5.3.1 Lotsen im Stadtteil", "3.5.3.2") is None


def test_a_contents_table_set_with_tabs_is_read_before_repair_joins_the_gap() -> None:
    from ingest.repair import repair
    from ingest.toc import parse_toc

    original = " inhalt\n\n3.3\tdiskurs\t20\n3.3.3.1\tBildungsbeirat Tellau\t24\n"
    assert parse_toc(repair(original).text) == []  # "3.3.3.1 Bildungsbeirat Tellau 24"
    entries = parse_toc(original)
    assert any(e.page == 24 and e.title == "Bildungsbeirat Tellau" for e in entries)


def test_who_pays_for_a_transfer_object_in_its_resources_field(tmp_path: Path) -> None:
    from ingest.pipeline import extract_document

    mask = (MASKS / "musterstadt-bildungsbeirat.txt").read_text(encoding="utf-8")
    mask = mask.replace(
        "Geschäftsführung durch das Bildungsbüro, etwa 0,3 Stellen.",
        "Geschäftsführung durch das Bildungsbüro, etwa 0,3 Stellen; Sachkosten werden von der "
        "Bürgerstiftung Musterland getragen, den Druck finanziert die Sparkassenstiftung "
        "Musterland.",
    )
    path = tmp_path / "katalog.txt"
    path.write_text(mask, encoding="utf-8")
    record = extract_document(path, "katalog", {"publisher": "Landkreis Musterland"})
    funders = {
        r.object.canonical
        for r in record.relations
        if r.predicate == "fundedBy" and r.subject.type == "TransferObject"
    }
    assert funders == {"Bürgerstiftung Musterland", "Sparkassenstiftung Musterland"}


@pytest.mark.parametrize(
    ("sentence", "predicate", "party"),
    [
        ("Träger des Modellprojekts ist der Kreisjugendring Musterland (KJR).", "carriedBy",
         "Kreisjugendring Musterland"),
        ("Das Vorhaben wird vom Nachbarschaftswerk Musterstadt e.V. getragen.", "carriedBy",
         "Nachbarschaftswerk Musterstadt e.V."),
        ("Finanziert wird das Projekt von der Hollunder-Stiftung für Bildung.", "fundedBy",
         "Hollunder-Stiftung für Bildung"),
    ],
)  # fmt: skip
def test_the_project_a_mask_speaks_of_is_its_transfer_object(
    tmp_path: Path, sentence: str, predicate: str, party: str
) -> None:
    from ingest.pipeline import extract_document

    mask = (MASKS / "musterstadt-bildungsbeirat.txt").read_text(encoding="utf-8")
    mask = mask.replace("Eine gemeinsame Sicht auf Bildung im Landkreis.", sentence)
    path = tmp_path / "katalog.txt"
    path.write_text(mask, encoding="utf-8")
    record = extract_document(path, "katalog", {"publisher": "Landkreis Musterland"})
    stated = {
        (r.predicate, r.object.canonical)
        for r in record.relations
        if r.subject.type == "TransferObject" and r.method != "cue:mask-actors"
    }
    assert stated == {(predicate, party)}


def test_a_transfer_object_is_never_a_party_its_sentences_take_part_in(tmp_path: Path) -> None:
    from ingest.pipeline import extract_document

    mask = (MASKS / "musterstadt-bildungsbeirat.txt").read_text(encoding="utf-8")
    mask = mask.replace(
        "Eine gemeinsame Sicht auf Bildung im Landkreis.",
        "Die Volkshochschule Musterland beteiligt sich am Projekt; das Vorhaben kooperiert mit "
        "der Agentur für Arbeit Musterstadt.",
    )
    path = tmp_path / "katalog.txt"
    path.write_text(mask, encoding="utf-8")
    record = extract_document(path, "katalog", {"publisher": "Landkreis Musterland"})
    assert not [
        r
        for r in record.relations
        if "TransferObject" in (r.subject.type, r.object.type) and r.method != "cue:mask-actors"
    ]
