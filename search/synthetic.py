"""A synthetic transfer catalogue for benchmarks: German mask texts from templates, seeded.

Real catalogues hold a few dozen transfer objects; the benchmark needs 1k to 100k. Each object
gets a title, KBM function, action field, actors and the mask fields a catalogue fills most
(short description, initial situation, goals, methods, challenges), composed from templates
and the vocabulary of municipal education management. The same seed always yields the same
catalogue, so timings of different builds compare like with like.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from search.chunking import FIELD_HEADINGS, OVERVIEW_FIELDS, OVERVIEW_WORDS, Chunk, truncate_words

DOC = "synthetischer-katalog"
KBM_FUNCTIONS = ("Strategische Ziele", "Daten", "Diskurs", "Koordinierung", "Information",
                 "Beteiligung")  # fmt: skip
TOPICS = (
    "Bildungsmonitoring", "Übergang Kita-Grundschule", "Übergang Schule-Beruf", "Familienbildung",
    "Elternarbeit", "Bildungsberatung", "lebenslanges Lernen", "Integration durch Bildung",
    "frühkindliche Bildung", "Ganztagsbildung", "Bildung für nachhaltige Entwicklung",
    "Digitalisierung in der Bildung", "Fachkräftesicherung", "kulturelle Bildung", "Inklusion",
    "Sprachförderung", "Berufsorientierung", "Alphabetisierung und Grundbildung",
    "Schulentwicklungsplanung", "Übergang in den Ruhestand", "Jugendbeteiligung",
    "Bildungsgerechtigkeit im Stadtteil",
)  # fmt: skip
INSTRUMENTS = (
    "Bildungsreport", "Bildungskonferenz", "Steuerungskreis", "Lenkungsgruppe", "Netzwerk",
    "Bildungsportal", "Newsletter", "Leitbild", "Beratungsstelle", "Arbeitskreis", "Fachtag",
    "Handreichung", "Datenkompendium", "Bildungswerkstatt", "Kennzahlenset", "Themenheft",
    "Runder Tisch", "Qualifizierungsreihe", "Elternbroschüre", "Online-Wegweiser",
)  # fmt: skip
ACTORS = (
    "Bildungsbüro", "Amt für Jugend, Familie und Bildung", "Volkshochschule", "Jobcenter",
    "Agentur für Arbeit", "Landesamt für Schule und Bildung", "Industrie- und Handelskammer",
    "Handwerkskammer", "Stadtbibliothek", "freie Träger der Jugendhilfe", "Kindertagesstätten",
    "Grundschulen", "Stadtelternrat", "Bürgerstiftung", "Amt für Statistik und Wahlen",
    "Sozialamt", "Gesundheitsamt", "Hochschule", "Quartiersmanagement", "Seniorenbeirat",
)  # fmt: skip
GROUPS = (
    "Eltern mit wenig Bildungserfahrung", "Jugendliche ohne Ausbildungsplatz", "Zugewanderte",
    "Seniorinnen und Senioren", "Fachkräfte der Kitas", "Lehrkräfte", "Schulleitungen",
    "Stadträtinnen und Stadträte", "Alleinerziehende", "Menschen mit Behinderung",
)  # fmt: skip
PLACES = ("Nord", "Süd", "Ost", "West", "Mitte", "Altstadt", "Neustadt", "am See", "im Tal")
SYLLABLES = ("Ber", "Wal", "Lin", "Hau", "Ros", "Gra", "Fel", "Mar", "Tan", "Sel", "Kor", "Hel")
ENDINGS = ("berg", "dorf", "hausen", "stadt", "feld", "heim", "au", "burg", "ingen", "rode")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "shortDescription": (
        "Das {instrument} zum Thema {topic} bündelt die Angebote der Stadt {town} und macht "
        "sie für {group} sichtbar.",
        "Mit dem {instrument} stimmen {actor} und {actor2} ihre Arbeit im Handlungsfeld {topic} "
        "regelmäßig ab.",
        "Ein {instrument} für {topic}, das {actor} gemeinsam mit {actor2} im Stadtteil {place} "
        "aufgebaut hat.",
    ),
    "initialSituation": (
        "In {town} fehlte ein abgestimmter Überblick über {topic}; {group} wurden kaum erreicht.",
        "Die Zuständigkeiten für {topic} lagen bei {actor} und {actor2}, ohne gemeinsame "
        "Datengrundlage und ohne feste Abstimmung.",
    ),
    "goals": (
        "Ziel ist es, {group} besser zu erreichen und die Qualität der Angebote zu {topic} "
        "mit Kennzahlen zu belegen.",
        "Die Verwaltung will Entscheidungen zu {topic} auf Daten stützen und die Zusammenarbeit "
        "von {actor} und {actor2} verstetigen.",
    ),
    "methods": (
        "{actor} lädt zweimal jährlich ein; Arbeitsgruppen bereiten Empfehlungen vor, die im "
        "{instrument} veröffentlicht werden.",
        "Indikatoren werden mit {actor2} ausgewählt, jährlich fortgeschrieben und im "
        "{instrument} für {group} aufbereitet.",
        "Beratungsgespräche vor Ort im Stadtteil {place}, begleitet von {actor} und einer "
        "Steuerungsgruppe aus {actor2}.",
    ),
    "challenges": (
        "Schwierig bleibt die dauerhafte Finanzierung nach dem Ende der Förderung durch {actor2}.",
        "Der Datenschutz und unterschiedliche Datenquellen erschweren den Aufbau von {topic}.",
    ),
}


@dataclass(frozen=True)
class SyntheticObject:
    """One generated transfer object (title, classification, mask fields)."""

    section: str
    title: str
    kbm_function: str
    topic: str
    actors: tuple[str, ...]
    fields: dict[str, str]

    @property
    def unit(self) -> str:
        return f"{DOC}#{self.section}"


def town_name(rng: random.Random) -> str:
    return rng.choice(SYLLABLES) + rng.choice(ENDINGS)


def generate_object(n: int, rng: random.Random) -> SyntheticObject:
    """The ``n``-th object of a catalogue, drawn from ``rng``."""
    topic, instrument = rng.choice(TOPICS), rng.choice(INSTRUMENTS)
    actor, actor2 = rng.sample(ACTORS, 2)
    values = {
        "topic": topic,
        "instrument": instrument,
        "actor": actor,
        "actor2": actor2,
        "group": rng.choice(GROUPS),
        "town": town_name(rng),
        "place": rng.choice(PLACES),
    }
    fields = {
        name: " ".join(t.format(**values) for t in rng.sample(options, 2))
        for name, options in TEMPLATES.items()
    }
    kbm = KBM_FUNCTIONS[n % len(KBM_FUNCTIONS)]
    section = f"{n // 1000 + 1}.{n // 100 % 10 + 1}.{n % 100 + 1}"
    title = f"{instrument} {topic} {values['town']}"
    return SyntheticObject(section, title, kbm, topic, (actor, actor2), fields)


def generate_catalogue(size: int, seed: int = 7) -> list[SyntheticObject]:
    """``size`` transfer objects; the same (size, seed) gives the same catalogue."""
    rng = random.Random(seed)
    return [generate_object(n, rng) for n in range(size)]


def to_chunks(objects: list[SyntheticObject], *, fields: bool = False) -> list[Chunk]:
    """Index chunks like `search.chunking`: one overview per object, optionally field chunks."""
    chunks: list[Chunk] = []
    for obj in objects:
        overview = " ".join(obj.fields[f] for f in OVERVIEW_FIELDS if f in obj.fields)
        texts = [("", f"{obj.title}. {truncate_words(overview, OVERVIEW_WORDS)}")]
        if fields:
            texts += [(n, f"{obj.title} – {FIELD_HEADINGS[n]}: {t}") for n, t in obj.fields.items()]
        for name, text in texts:
            chunks.append(
                Chunk(
                    id=f"{obj.unit}/{name or 'overview'}",
                    unit=obj.unit,
                    doc_id=DOC,
                    resource=f"synthetic:{obj.section}",
                    kind="field" if name else "transfer_object",
                    field=name,
                    label=obj.title,
                    text=text,
                    section=obj.section,
                )
            )
    return chunks
