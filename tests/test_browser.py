"""End-to-end journeys through the Streamlit app in a real headless Chromium.

The app runs as `make run` starts it (`transferatlas up`: SPARQL server + Streamlit) on a copy
of the ingested corpus with its search index, built once per session. Each test is one thing
a user does and asserts what they see. Timings go to build/screenshots/timings.json (reported,
never asserted), and every page is saved as a full-page screenshot next to them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    WATCH_RUNS,
    RunningApp,
    main_text,
    once_more_if_missed,
    open_page,
    rerun,
    screenshot,
    settle,
    start_app,
    stop_app,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(1500),  # the first test also pays for the shared index build
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

SHOTS = REPO / "build" / "screenshots"
TIMINGS: dict[str, float] = {}
MASK_TITLE = "Lernwerkstatt Musterstadt Testprojekt"
SLOW_MS = 240_000  # ingest + index refresh after Erfassen


def record(name: str, seconds: float) -> None:
    """Keep a figure and rewrite timings.json (so it exists even if a later test fails)."""
    TIMINGS[name] = round(seconds, 3)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "timings.json").write_text(json.dumps(TIMINGS, indent=2), encoding="utf-8")


@pytest.fixture(scope="module")
def app_dirs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    """Own copies of corpus and data (the app writes both), with the search index built.

    ``TRANSFERATLAS_BROWSER_PREBUILT`` may name a folder with ``corpus/`` and an ingested,
    indexed ``data/`` to skip the ingest; its embedding cache makes the index refresh quick.
    """
    from ui.actions import rebuild_index

    prebuilt = os.environ.get("TRANSFERATLAS_BROWSER_PREBUILT")
    if prebuilt:
        source_corpus, source_data = Path(prebuilt) / "corpus", Path(prebuilt) / "data"
        skip = shutil.ignore_patterns()
    else:
        ingested = request.getfixturevalue("ingested")
        source_corpus, source_data = ingested.corpus, ingested.data
        skip = shutil.ignore_patterns("index")
    root = tmp_path_factory.mktemp("browser")
    corpus, data = root / "corpus", root / "data"
    shutil.copytree(source_corpus, corpus)
    shutil.copytree(source_data, data, symlinks=True, ignore=skip)
    started = time.perf_counter()
    rebuild_index(data)
    record("index_build_s", time.perf_counter() - started)
    return corpus, data


@pytest.fixture(scope="module")
def app(
    app_dirs: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningApp]:
    corpus, data = app_dirs
    log = tmp_path_factory.mktemp("applog") / "app.log"
    running = start_app(data, corpus, log)
    record("process_start_to_health_s", running.healthy_s)
    yield running
    stop_app(running)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
            locale="de-DE",
        )
        context.set_default_timeout(60_000)
        context.add_init_script(WATCH_RUNS)
        yield context
        context.close()


@pytest.fixture
def page(browser: Any, app: RunningApp) -> Iterator[Any]:
    tab = browser.new_page()
    yield tab
    tab.close()


def no_exception(page: Any) -> None:
    errors = page.locator('[data-testid="stException"]')
    assert errors.count() == 0, errors.first.inner_text()


def search(page: Any, query: str) -> float:
    """Type a query, press Enter; seconds until the results are drawn."""
    box = page.locator(".st-key-suchbegriff input")
    box.fill(query)
    elapsed = rerun(page, lambda: box.press("Enter"), SLOW_MS)
    page.locator('[data-testid="stMain"] h4').first.wait_for(state="visible")
    return elapsed


def card_of(heading: Any) -> Any:
    """The bordered result card around a heading."""
    return heading.locator('xpath=ancestor::div[@data-testid="stVerticalBlock"][1]')


def transfer_cards(page: Any) -> list[Any]:
    """Result cards of transfer objects (they link to the whole product mask), in order."""
    links = page.get_by_role("link", name="Ganze Produktmaske ansehen").all()
    return [card_of(link) for link in links]


def table_rows(page: Any) -> list[str]:
    """Rows of the first data table (the grid draws on a canvas; its accessible copy is read)."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(state="visible")
    rows = grid.locator("table tbody tr")
    rows.first.wait_for(state="attached")
    return [str(text) for text in rows.all_inner_texts()]


def metric_values(page: Any) -> dict[str, str]:
    page.locator('[data-testid="stMetricValue"]').first.wait_for(state="visible")
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return dict(zip(labels, values, strict=True))


def test_first_page_is_interactive(page: Any, app: RunningApp) -> None:
    started = time.perf_counter()
    page.goto(app.url, wait_until="domcontentloaded")
    box = page.locator(".st-key-suchbegriff input")
    box.wait_for(state="visible", timeout=120_000)
    assert box.is_editable()
    now = time.perf_counter()
    record("navigation_to_interactive_s", now - started)
    record("process_start_to_interactive_s", now - app.started)
    settle(page)
    no_exception(page)
    assert page.get_by_text("Suchbegriff", exact=True).is_visible()
    assert "Was der Atlas enthält" in main_text(page)
    screenshot(page, SHOTS, "suche-start")


def test_search_shows_transfer_object_first(page: Any, app: RunningApp) -> None:
    open_page(page, app.url)
    record("first_search_s", search(page, "Bildungsmonitoring aufbauen"))
    record("second_search_s", search(page, "Übergang Schule Beruf"))
    record("third_search_s", search(page, "Bildungsmonitoring aufbauen"))
    no_exception(page)
    assert "Treffer" in main_text(page)
    headings = page.locator('[data-testid="stMain"] h4')
    assert re.search(r"Bildungsmonitoring|Bildungsreport", headings.first.inner_text())
    first = card_of(headings.first).inner_text()
    assert "Quelle:" in first and re.search(r"Z\. \d+", first), "every card names its source"
    cards = transfer_cards(page)
    assert cards, "a transfer object belongs on the first result page"
    assert re.search(r"Bildungsreport|Bildungsmonitoring", cards[0].locator("h4").inner_text())
    screenshot(page, SHOTS, "suche-treffer")


def test_result_card_opens_transfer_object_with_sources(page: Any, app: RunningApp) -> None:
    open_page(page, app.url)
    search(page, "Bildungsmonitoring aufbauen")
    card = transfer_cards(page)[0]
    title = card.locator("h4").inner_text().strip()
    link = card.get_by_role("link", name="Ganze Produktmaske ansehen")
    rerun(page, link.click)
    page.wait_for_url(re.compile(r"/transfergegenstand\?id="))
    no_exception(page)
    assert page.locator("h1").first.inner_text().strip() == title
    shown = main_text(page)
    for field in ("Kurzbeschreibung", "Ressourcen", "Ziele und Anforderungen"):
        assert page.get_by_role("heading", name=field, exact=True).is_visible(), field
    sources = re.findall(r"Quelle: .+ · Z\. \d+", shown)
    assert len(sources) >= 3, "fields should name document and lines"
    assert "Wer war beteiligt?" in shown
    screenshot(page, SHOTS, "transfergegenstand")


def test_compare_two_transfer_objects(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/vergleichen")
    no_exception(page)
    assert "mindestens zwei" in main_text(page)
    choose = page.locator(".st-key-vergleich input")
    for wanted in ("Kommunaler Bildungsreport", "Leipziger Bildungsberatung"):
        choose.click()
        choose.fill(wanted.split()[1])
        option = page.get_by_role("option", name=wanted, exact=True)
        rerun(page, option.click)
    page.keyboard.press("Escape")
    chips = page.locator(".st-key-vergleich [data-tag]")
    assert chips.count() == 2
    no_exception(page)
    heading = page.get_by_role("heading", name="Ressourcen", exact=True)
    assert heading.is_visible()
    row = heading.locator(  # the columns right below the field heading
        "xpath=ancestor::div[@data-testid='stElementContainer'][1]/following-sibling::div"
        "[@data-testid='stLayoutWrapper' or @data-testid='stHorizontalBlock'][1]"
    )
    columns = row.locator('[data-testid="stColumn"]')
    assert columns.count() == 2
    assert all(text.strip() for text in columns.all_inner_texts())
    screenshot(page, SHOTS, "vergleichen")


def test_sparql_example_runs_and_update_is_refused(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/sparql")
    text = page.locator(".st-key-sparql_text textarea")

    def pick_example() -> None:
        page.locator(".st-key-beispiel input").click()
        name = re.compile("^Transfergegenstände mit Produkttyp")
        page.get_by_role("option", name=name).click()

    once_more_if_missed(
        pick_example,
        lambda: sync_api.expect(text).to_have_value(re.compile("SELECT"), timeout=20_000),
    )
    settle(page)
    assert "SELECT" in text.input_value()
    rerun(page, page.locator(".st-key-sparql_run button").click)
    no_exception(page)
    rows = re.search(r"(\d+) Zeilen in", main_text(page))
    assert rows and int(rows.group(1)) > 0
    cells = table_rows(page)
    assert len(cells) > 0 and "transfer-object" in cells[0]
    screenshot(page, SHOTS, "sparql")
    text.fill('INSERT DATA { <urn:x> <urn:y> "z" }')
    alert = page.locator('[data-testid="stAlert"]').filter(has_text="würde den Graphen ändern")
    once_more_if_missed(  # the edit is committed on blur; a fast click may run the old text
        page.locator(".st-key-sparql_run button").click,
        lambda: sync_api.expect(alert).to_be_visible(timeout=20_000),
    )
    settle(page)
    assert alert.is_visible()


def test_network_picture_and_metrics(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/netzwerk")
    no_exception(page)
    frame_element = page.locator('iframe[data-testid="stIFrame"]').first
    frame_element.wait_for(state="visible")
    frame = frame_element.content_frame
    canvas = frame.locator("canvas").first
    canvas.wait_for(state="attached", timeout=60_000)
    box = canvas.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 200
    assert re.search(r"\d+ Knoten, \d+ Verbindungen", main_text(page))
    assert page.get_by_role("heading", name="Kennzahlen").is_visible()
    assert len(table_rows(page)) > 0
    page.wait_for_timeout(1500)  # let the physics layout settle for the picture
    screenshot(page, SHOTS, "netzwerk")


def test_new_mask_is_saved_and_found(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/erfassen")
    no_exception(page)
    page.locator(".st-key-f_title input").fill(MASK_TITLE)
    page.locator(".st-key-f_municipality input").fill("Stadt Musterstadt")
    page.locator(".st-key-f_product_type").get_by_text("Modellprojekt", exact=True).click()
    fields = {
        "f_short_description": "In der Lernwerkstatt erproben Kitas und Grundschulen in "
        "Musterstadt gemeinsam naturwissenschaftliches Lernen.",
        "f_goals": "Übergang Kita–Grundschule stärken; Fachkräfte qualifizieren.",
        "f_resources": "Eine halbe Personalstelle im Bildungsbüro, 5.000 Euro Sachmittel.",
    }
    for key, value in fields.items():
        page.locator(f".st-key-{key} textarea").fill(value)
    actors = page.locator(".st-key-f_actors input")
    actors.click()
    actors.fill("Bildungsbüro Musterstadt")
    actors.press("Enter")
    page.keyboard.press("Escape")
    expect = sync_api.expect
    expect(page.locator(".st-key-f_actors [data-tag]")).to_have_count(1)
    screenshot(page, SHOTS, "erfassen")
    page.get_by_role("button", name="Prüfen und speichern").click()
    success = page.locator('[data-testid="stAlert"]').filter(has_text="Gespeichert als")
    success.wait_for(state="visible", timeout=SLOW_MS)
    settle(page, SLOW_MS)
    no_exception(page)
    assert page.get_by_role("link", name=re.compile(f"Zum neuen Transfergegenstand: {MASK_TITLE}"))
    screenshot(page, SHOTS, "erfassen-gespeichert")
    open_page(page, app.url)
    record("search_after_new_mask_s", search(page, MASK_TITLE))
    titles = page.locator('[data-testid="stMain"] h4').all_inner_texts()
    assert MASK_TITLE in [t.strip() for t in titles[:3]], titles[:5]


def test_bad_upload_names_file_and_keeps_graph(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/daten")
    before = metric_values(page)
    assert int(before["Transfergegenstände"]) > 0
    screenshot(page, SHOTS, "daten")
    open_page(page, f"{app.url}/dokumente")
    name = "leeres-protokoll.txt"
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": b""}]
    )
    page.get_by_text(name).wait_for(state="visible")
    page.locator(".st-key-dokument_go button").click()
    error = page.locator('[data-testid="stAlert"]').filter(has_text=name).first
    error.wait_for(state="visible", timeout=SLOW_MS)
    settle(page, SLOW_MS)
    no_exception(page)
    assert "unverändert" in main_text(page)
    screenshot(page, SHOTS, "dokumente")
    open_page(page, f"{app.url}/daten")
    assert metric_values(page) == before


def test_goals_find_matching_solutions(page: Any, app: RunningApp) -> None:
    open_page(page, f"{app.url}/loesungen")
    no_exception(page)
    goals = page.locator(".st-key-plan_text textarea")
    goals.fill(
        "Wir wollen ein kommunales Bildungsmonitoring mit Indikatoren aufbauen.\n\n"
        "Die Bildungsberatung soll in den Stadtteilen erreichbar werden."
    )
    rerun(page, goals.blur)
    rerun(page, page.locator(".st-key-plan_go button").click, SLOW_MS)
    no_exception(page)
    found = re.search(r"(\d+) Vorhaben erkannt", main_text(page))
    assert found and int(found.group(1)) >= 2
    suggestions = page.locator('[data-testid="stMain"] a[href*="transfergegenstand"]')
    assert suggestions.count() >= 2
    assert "Warum:" in main_text(page)
    screenshot(page, SHOTS, "loesungen")


@pytest.mark.parametrize("name", ["loesungen", "daten", "transfergegenstand", "vergleichen"])
def test_every_page_renders_without_error(page: Any, app: RunningApp, name: str) -> None:
    open_page(page, f"{app.url}/{name}")
    no_exception(page)
    assert page.locator("h1").first.is_visible()
