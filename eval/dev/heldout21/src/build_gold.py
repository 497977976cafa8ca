"""Build eval/dev/heldout21/gold/{entities,relations,transfer_objects}.json from the declarations."""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textutil import DOC_FILES, load_lines, joined_variants, ws  # noqa: E402
from entities_def import E, K, A  # noqa: E402
from relations_def import R  # noqa: E402

GOLD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold")
DOCS = list(DOC_FILES)
LINES = {d: load_lines(d) for d in DOCS}
JOINED = {d: joined_variants(LINES[d]) for d in DOCS}

# aliases that are only counted where a specific form of the entity was found
GENERIC = {"landkreis", "landkreises", "hansestadt", "jugendamt", "stabsstelle", "bildungsbüro", "bildungsbüros",
           "volkshochschule", "stadtbibliothek", "beirat", "beirates", "lenkungsgruppe", "steuerungsgruppe",
           "dezernat ii", "dezernat iii", "dezernat 2", "transferagentur", "integration", "digitalisierung", "iv", "to",
           "mf", "jre", "landrat", "landrats", "kreistages", "lotsen", "bildungsmonitor", "bildungsmonitors",
           "bildungsleitbild", "bildungskommune", "oberbürgermeisterin", "statistisches amt", "statistische amt",
           "bildungsmonitoring", "bildungsmonitorings", "weiterbildung", "bne", "ap 1", "ap 2", "ap 3", "ap 4", "ap 5",
           "ap 6", "ap 7", "ap 8", "ap 9", "ap 10", "ap 11", "ap 12", "kreisbildungskonferenz", "öffentlichkeitsarbeit",
           "bedarfsanalyse", "fortschreibung zv", "ssa", "rbb", "ihk", "hwk", "jba", "wfo", "kvhs", "dkjs", "ibrn",
           "lernhafen", "bildungskoordination", "bauamt", "fachdienst bildung", "kommunale statistikstelle",
           "abteilung stadtentwicklung", "stadtelternrat", "stadtelternrates", "barthwieker", "grevensunder",
           "barthwiek", "grevensund", "ostpeene", "warnowtal", "pennekow", "bürgerschaft", "jugendmigrationsdienst",
           "kreisvolkshochschule", "bürgerstiftung", "bildungsausschuss", "transferinitiative", "diakonischen werk"}

OCR_MAP = {"ü": "(?:ü|ii|ti|\\{i|u)", "ä": "(?:ä|a|é)", "ö": "(?:ö|o|6)", "ß": "(?:ß|B|R|i)",
           "Ü": "(?:Ü|U)", "Ä": "(?:Ä|A)", "Ö": "(?:Ö|O)", "„": "(?:„|,,)", "“": "(?:“|\")", "–": "(?:–|-)"}


def ocr_regex(form):
    parts = []
    for ch in form:
        if ch in OCR_MAP:
            parts.append(OCR_MAP[ch])
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def form_regex(form):
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(p) for p in ws(form).split(" ")) + r"(?!\w)", re.I)


def find_lines(doc, form, _loose=False):
    rx = form_regex(form)
    if _loose:
        rx = re.compile(rx.pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", ""), re.I)
    hits = set()
    for i, l in enumerate(LINES[doc], start=1):
        if rx.search(ws(l)):
            hits.add(i)
    for text, p2l in JOINED[doc]:
        for m in rx.finditer(text):
            hits.add(p2l[m.start()])
    if not hits and not _loose and len(form) >= 8:
        return find_lines(doc, form, True)
    return hits


def ocr_forms(form):
    """Surface forms of `form` in the OCR document A that differ from `form`."""
    if not any(c in OCR_MAP for c in form):
        return []
    rx = ocr_regex(ws(form))
    out = []
    for l in LINES[A]:
        for m in rx.finditer(ws(l)):
            out.append(m.group(0))
    for text, _ in JOINED[A]:
        for m in rx.finditer(text):
            out.append(m.group(0))
    return [f for f in dict.fromkeys(out) if ws(f) != ws(form)]


def build_entities():
    out = []
    for e in E:
        e = dict(e)
        restrict = e.pop("restrict_docs", None)
        forms = [e["name"]] + e["aliases"]
        # OCR variants from the work-package document
        extra = []
        if restrict is None or A in restrict:
            for f in forms:
                extra += ocr_forms(f)
        aliases = list(e["aliases"])
        for f in extra:
            if f not in aliases and f != e["name"]:
                aliases.append(f)
        # a measure whose clean title does not occur is named by its OCR form
        if e["type"] == "Measure" and not any(find_lines(d, e["name"]) for d in DOCS):
            ocr = ocr_forms(e["name"])
            if not ocr:
                raise SystemExit(f"measure name not found: {e['name']}")
            e["name"] = ocr[0]
            aliases = [a for a in aliases if a != ocr[0]]
        e["aliases"] = aliases
        docs = restrict or DOCS
        lines = OrderedDict()
        for d in docs:
            specific = set()
            generic = set()
            for j, f in enumerate([e["name"]] + aliases):
                h = find_lines(d, f)
                (generic if j > 0 and ws(f).lower() in GENERIC else specific).update(h)
            if specific or (restrict and generic):
                lines[d] = sorted(specific | generic)
        if not lines:
            raise SystemExit(f"entity {e['id']} not found in any document")
        rec = OrderedDict(id=e["id"], type=e["type"], name=e["name"], aliases=aliases, docs=list(lines), lines=lines)
        for k in ("role", "affiliation", "role_only", "measure_kind", "note"):
            if k in e:
                rec[k] = e[k]
        out.append(rec)
    return out


def locate(doc, ev, after=None):
    lines = LINES[doc]
    start = 1
    if after:
        cand = [i for i, l in enumerate(lines, 1) if after in l]
        if not cand:
            raise SystemExit(f"anchor not found: {after!r} in {doc}")
        start = cand[0]
    exact = [i for i, l in enumerate(lines, 1) if i >= start and ev in l]
    if exact:
        return exact[0], len(exact)
    evn = ws(ev)
    found = []
    for text, p2l in JOINED[doc]:
        pos = text.find(evn)
        while pos != -1:
            if p2l[pos] >= start:
                found.append(p2l[pos])
            pos = text.find(evn, pos + 1)
    if not found:
        raise SystemExit(f"evidence not found in {doc}: {ev!r}")
    return min(found), len(set(found))


def build_relations(ids):
    out, seen = [], set()
    for r in R:
        for k in ("subject", "object"):
            if r[k] not in ids:
                raise SystemExit(f"unknown id {r[k]} in {r}")
        key = (r["subject"], r["predicate"], r["object"], r["doc"])
        if key in seen:
            raise SystemExit(f"duplicate relation {key}")
        seen.add(key)
        line, n = locate(r["doc"], r["evidence"], r.get("after"))
        if n > 1:
            print(f"note: evidence occurs {n}x, first taken: {r['evidence']!r} ({r['doc']})", file=sys.stderr)
        rec = OrderedDict(subject=r["subject"], predicate=r["predicate"], object=r["object"], doc=r["doc"])
        if r["role"]:
            rec["role"] = r["role"]
        rec["line"] = line
        rec["evidence"] = r["evidence"]
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    return out


# ----------------------------------------------------------------------------- product masks
FIELD_KEYS = [("KURZBESCHREIBUNG", "kurzbeschreibung"), ("PRODUKTTyP", "produkttyp"),
              ("AUSGANGSSITUATION", "ausgangssituation"), ("ZIELE UND ANFORDERUNGEN", "ziele"),
              ("METHODEN, UMSETZUNG", "methoden"), ("RESSOURCEN (ZEIT", "ressourcen"),
              ("PROJEKTPLAN (ABLAUFPLAN)", "projektplan"), ("BETEILIGTE AKTEURE", "beteiligte_akteure"),
              ("MARKETING ÖA", "marketing"), ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"),
              ("HERAUSFORDERUNGEN, STOLPERSTEINE", "herausforderungen"), ("ANMERKUNGEN, HINWEISE", "anmerkungen"),
              ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten")]
MASKS = [
    dict(section="3.1.3.1", title="Bildungsleitbild „Barthwiek lernt gemeinsam“", kbm_function="Strategische Ziele",
         catalogue_page=12, end_marker=" DATEN",
         akteure=[("Bildungsbüro (Federführung), Lenkungsgruppe Bildung, Bildungsbeirat, Bürgerschaft der Hansestadt "
                   "Barthwiek, Stadtelternrat, Arbeitsgemeinschaft der freien Träger Barthwiek",
                   ["Bildungsbüro Barthwiek", "Lenkungsgruppe Bildung", "Bildungsbeirat der Hansestadt Barthwiek",
                    "Bürgerschaft der Hansestadt Barthwiek", "Stadtelternrat",
                    "Arbeitsgemeinschaft der freien Träger Barthwiek"])]),
    dict(section="3.2.3.1", title="Barthwieker Bildungsmonitor", kbm_function="Daten", catalogue_page=16,
         end_marker=" DISKURS",
         akteure=[("Bildungsbüro (Bildungsmonitoring)", ["Bildungsbüro Barthwiek"]),
                  ("Abteilung Statistik und Wahlen im Amt für Stadtentwicklung und Statistik",
                   ["Abteilung Statistik und Wahlen"]),
                  ("Statistisches Amt Mecklenburg-Vorpommern", ["Statistisches Amt Mecklenburg-Vorpommern"]),
                  ("Staatliches Schulamt Pennekow", ["Staatliches Schulamt Pennekow"]),
                  ("Agentur für Arbeit Barthwiek", ["Agentur für Arbeit Barthwiek"]),
                  ("Jugendamt (Kita-Bedarfsplanung)", ["Amt für Jugend und Familie"])]),
    dict(section="3.3.3.1", title="Bildungsbeirat der Hansestadt Barthwiek", kbm_function="Diskurs", catalogue_page=22,
         end_marker=" 3.4 HANDLuNGSFELDER",
         akteure=[("Oberbürgermeisterin der Hansestadt Barthwiek (Vorsitz)", ["Hansestadt Barthwiek"]),
                  ("Leiterin des Bildungsbüros (Geschäftsführung)", ["Bildungsbüro Barthwiek"]),
                  ("Leiter des Staatlichen Schulamts Pennekow", ["Staatliches Schulamt Pennekow"]),
                  ("Vorsitzender der Geschäftsführung der Agentur für Arbeit Barthwiek", ["Agentur für Arbeit Barthwiek"]),
                  ("Geschäftsführerin des Jobcenters Barthwiek", ["Jobcenter Barthwiek"]),
                  ("Hauptgeschäftsführer der Industrie- und Handelskammer zu Barthwiek",
                   ["Industrie- und Handelskammer zu Barthwiek"]),
                  ("Präsident der Handwerkskammer Vorpommern-Küste", ["Handwerkskammer Vorpommern-Küste"]),
                  ("Rektorin der Hochschule Barthwiek", ["Hochschule Barthwiek"])]),
    dict(section="3.5.3.1", title="Aufsuchende Bildungsberatung in den Stadtteilen", kbm_function="Maßnahmen",
         catalogue_page=30, end_marker=None,
         akteure=[("Volkshochschule Barthwiek, Stadtbibliothek, Jobcenter Barthwiek, Stabsstelle Migration und "
                   "Integration, Diakonisches Werk Barthwiek-Ostpeene e.V. (Jugendmigrationsdienst)",
                   ["Volkshochschule Barthwiek", "Stadtbibliothek Barthwiek", "Jobcenter Barthwiek",
                    "Stabsstelle Migration und Integration", "Diakonisches Werk Barthwiek-Ostpeene e.V.",
                    "Jugendmigrationsdienst Barthwiek"])]),
]


def build_masks():
    lines = LINES[K]
    out = []
    for mk in MASKS:
        head = f"{mk['section']} {mk['title']}"
        start = [i for i, l in enumerate(lines, 1) if l.strip() == head][0]
        if mk["end_marker"]:
            end = [i for i, l in enumerate(lines, 1) if i > start and l.rstrip() == mk["end_marker"].rstrip()
                   or (i > start and l.startswith(mk["end_marker"]))][0] - 1
        else:
            end = len(lines)
        running = re.compile(r"^\s*" + re.escape(head) + r"\s+[A-ZÄÖÜß ]+\s*$")
        fields = OrderedDict()
        cur = None
        for i in range(start + 1, end + 1):
            l = lines[i - 1]
            key = next((k for h, k in FIELD_KEYS if l.strip().startswith(h)), None)
            if key:
                cur = key
                fields[cur] = []
                continue
            if l.strip().startswith("PRODUKTBEZEICHNUNG"):
                cur = None
                continue
            if cur is None or running.match(l) or re.fullmatch(r"\s*\d{1,3}\s*", l) or not l.strip():
                continue
            fields[cur].append((i, l))
        present = [k for _, k in FIELD_KEYS if fields.get(k)]
        empty = [k for _, k in FIELD_KEYS if k in fields and not fields[k]]
        missing = [k for _, k in FIELD_KEYS if k not in fields]
        ba = []
        bl = fields.get("beteiligte_akteure", [])
        for text, actors in mk["akteure"]:
            # line = first line of the field holding the beginning of the item
            first = ws(text).split(" (")[0].split(",")[0]
            ln = next(i for i, l in bl if first in ws(l))
            ba.append(OrderedDict(text=text, line=ln, actors=actors))
        out.append(OrderedDict(section=mk["section"], title=mk["title"], kbm_function=mk["kbm_function"],
                               catalogue_page=mk["catalogue_page"], start_line=start, fields_present=present,
                               fields_empty=empty, fields_missing=missing, beteiligte_akteure=ba, doc=K))
    return out


def main():
    ents = build_entities()
    ids = {e["id"] for e in ents}
    assert len(ids) == len(ents), "duplicate entity ids"
    rels = build_relations(ids)
    masks = build_masks()
    os.makedirs(GOLD, exist_ok=True)
    for name, obj in [("entities.json", ents), ("relations.json", rels), ("transfer_objects.json", masks)]:
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("entities", len(ents), dict(Counter(e["type"] for e in ents)))
    print("relations", len(rels), dict(Counter(r["predicate"] for r in rels)))
    print("masks", len(masks))


if __name__ == "__main__":
    main()
