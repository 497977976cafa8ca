"""Build eval/holdout/heldout22/gold/*.json from the specs and the corpus text (line numbers are looked up)."""
import json
import os
import re
import sys

from textindex import load_corpus, norm_ws
from spec_entities import ENTITIES, CAT
from spec_relations import REL

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
docs = load_corpus()
errors = []


def surface_lines(doc, form):
    hits = docs[doc].find(form, ignore_case=True, word=True)
    return sorted({a for a, _ in hits})


# ------------------------------------------------------------------ entities
# spans of every surface form of every entity, to let the longest match win when computing "lines"
def spans(doc, form):
    out = []
    for view, (text, owner) in docs[doc].views.items():
        pat = r"(?<![\w])" + re.escape(norm_ws(form)).replace(r"\ ", r"\s")
        for m in re.finditer(pat, text, re.IGNORECASE):
            out.append((view, m.start(), m.end(), owner[m.start()]))
    return out


ALL_SPANS = {}
TYPE = {e[0]: e[1] for e in ENTITIES}
for eid, etype, name, aliases, edocs, extra in ENTITIES:
    for d in edocs:
        if d in docs:
            for f in [name] + aliases:
                for sp in spans(d, f):
                    ALL_SPANS.setdefault((d, sp[0]), []).append((sp[1], sp[2], eid))


def covered(d, view, a, b, eid):
    """True if [a,b) lies strictly inside a longer span of another entity"""
    for x, y, other in ALL_SPANS.get((d, view), []):
        if other != eid and TYPE[other] != "Measure" and x <= a and b <= y and (y - x) > (b - a):
            return True
    return False


entities, ids = [], set()
for eid, etype, name, aliases, edocs, extra in ENTITIES:
    if eid in ids:
        errors.append(f"duplicate id {eid}")
    ids.add(eid)
    forms = [name] + aliases
    lines = {}
    for d in edocs:
        if d not in docs:
            errors.append(f"{eid}: unknown doc {d}")
            continue
        excl = extra.get("exclude_lines", {}).get(d, [])
        ls = sorted({sp[3] for f in forms for sp in spans(d, f)
                     if not covered(d, sp[0], sp[1], sp[2], eid) and sp[3] not in excl})
        if not ls:
            errors.append(f"{eid}: no surface form found in {d}")
        lines[d] = ls
    for f in forms:
        if not any(docs[d].find(f, ignore_case=True) for d in edocs if d in docs):
            errors.append(f"{eid}: form not in its docs: {f!r}")
    e = {"id": eid, "type": etype, "name": name, "aliases": aliases, "docs": edocs, "lines": lines}
    for k in ("role", "affiliation", "role_only", "note"):
        if k in extra:
            e[k] = extra[k]
    entities.append(e)

# ------------------------------------------------------------------ relations
relations, seen = [], set()
for r in REL:
    for k in ("subject", "object"):
        if r[k] not in ids:
            errors.append(f"relation {r['subject']} {r['predicate']} {r['object']}: unknown {k}")
    key = (r["subject"], r["predicate"], r["object"], r["doc"])
    if key in seen:
        errors.append(f"duplicate relation {key}")
    seen.add(key)
    d = docs[r["doc"]]
    hits = d.find(r["evidence"])
    if not hits:
        errors.append(f"evidence not found in {r['doc']}: {r['evidence']!r}")
        continue
    if len(hits) > 1:
        if r["near"] is None:
            errors.append(f"ambiguous evidence in {r['doc']} at {hits}: {r['evidence']!r}")
            continue
        hits = sorted(hits, key=lambda h: abs(h[0] - r["near"]))
    first, last = hits[0]
    ev = norm_ws(r["evidence"])
    if first == last:  # single line: store the verbatim substring of the raw line (tabs etc.)
        raw = d.line(first)
        m = re.search(re.escape(ev).replace(r"\ ", r"\s+"), raw)
        if m:
            ev = m.group(0)
    out = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"],
           "doc": r["doc"], "line": first, "evidence": ev}
    if r["role"]:
        out["role"] = r["role"]
    if r["note"]:
        out["note"] = r["note"]
    relations.append(out)

# ------------------------------------------------------------------ transfer objects (masks)
FIELDS = [
    ("PRODUKTBEZEICHNUNG", None),
    ("KURZBESCHREIBUNG", "kurzbeschreibung"),
    ("PRODUKTTYP", "produkttyp"),
    ("AUSGANGSSITUATION", "ausgangssituation"),
    ("ZIELE UND ANFORDERUNGEN", "ziele"),
    ("METHODEN, UMSETZUNG", "methoden"),
    ("RESSOURCEN", "ressourcen"),
    ("PROJEKTPLAN", "projektplan"),
    ("BETEILIGTE AKTEURE", "beteiligte_akteure"),
    ("MARKETING", "marketing"),
    ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"),
    ("HERAUSFORDERUNGEN", "herausforderungen"),
    ("ANMERKUNGEN", "anmerkungen"),
    ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten"),
]
MASKS = [
    ("3.1.3.1", "Bildungsleitbild Hohensaar 2030", "Strategische Ziele", 9),
    ("3.2.3.1", "Bildungsdatenkompass Hohensaar", "Daten", 12),
    ("3.3.3.1", "Lenkungskreis Bildung", "Diskurs", 16),
    ("3.5.3.1", "Übergangslotsen Schule – Beruf", "Maßnahmen", 21),
]
# actors under BETEILIGTE AKTEURE, per mask: (text, [actor strings])
ACTORS = {
    "3.1.3.1": [
        ("Bildungsbüro Hohensaar (Prozesskoordination), Lenkungskreis Bildung, Jugendforum Hohensaar",
         ["Bildungsbüro Hohensaar", "Lenkungskreis Bildung", "Jugendforum Hohensaar"]),
        ("Transferagentur Saar-Mosel (Moderation der Werkstätten), Regionalversammlung",
         ["Transferagentur Saar-Mosel", "Regionalversammlung"]),
    ],
    "3.2.3.1": [
        ("Statistikstelle des Regionalverbands, Bildungsbüro Hohensaar, Jugendamt des Regionalverbands",
         ["Statistikstelle des Regionalverbands", "Bildungsbüro Hohensaar", "Jugendamt des Regionalverbands"]),
        ("Statistisches Amt Saarland, Ministerium für Bildung und Kultur (Schulstatistik), Agentur für Arbeit Saarland",
         ["Statistisches Amt Saarland", "Ministerium für Bildung und Kultur", "Agentur für Arbeit Saarland"]),
    ],
    "3.3.3.1": [
        ("Regionalverbandsdirektorin des Regionalverbands Hohensaar (Vorsitz), Beigeordneter für Jugend, Schule und Bildung",
         ["Regionalverbandsdirektorin des Regionalverbands Hohensaar", "Beigeordneter für Jugend, Schule und Bildung"]),
        ("Leiterin des Referats Schulentwicklung im Ministerium für Bildung und Kultur, Vorsitzender der Geschäftsführung der Agentur für Arbeit Saarland",
         ["Referat Schulentwicklung im Ministerium für Bildung und Kultur", "Agentur für Arbeit Saarland"]),
        ("Hauptgeschäftsführer der IHK Saarland und der Handwerkskammer des Saarlandes",
         ["IHK Saarland", "Handwerkskammer des Saarlandes"]),
        ("Geschäftsführerin des Jobcenters Hohensaar, Rektor der Hochschule für Sozialwesen Dillweiler",
         ["Jobcenter Hohensaar", "Hochschule für Sozialwesen Dillweiler"]),
    ],
    "3.5.3.1": [
        ("Bildungswerk Saar-Hochwald e.V. (Träger), Jugendberufsagentur Hohensaar",
         ["Bildungswerk Saar-Hochwald e.V.", "Jugendberufsagentur Hohensaar"]),
        ("Agentur für Arbeit Saarland, Handwerkskammer des Saarlandes, Gemeinschaftsschulen im Verbandsgebiet",
         ["Agentur für Arbeit Saarland", "Handwerkskammer des Saarlandes", "Gemeinschaftsschulen im Verbandsgebiet"]),
    ],
}
cat = docs[CAT]
raw = cat.raw
RUNNING = re.compile(r"^\s*(\d{1,3}|\d(\.\d){3} .+ (STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN))\s*$")
starts = []
for sec, title, fn, page in MASKS:
    hit = [i for i, l in enumerate(raw, 1) if re.match(r"^\s*" + re.escape(sec) + r"\s+" + re.escape(title) + r"\s*$", l)]
    if len(hit) != 1:
        errors.append(f"mask {sec}: start line not unique {hit}")
    starts.append(hit[0])
tos = []
for idx, (sec, title, fn, page) in enumerate(MASKS):
    start = starts[idx]
    # end: next mask start or next top-level section heading ' 3.x ...' / ' impressum'
    end = len(raw)
    for j in range(start + 1, len(raw) + 1):
        l = raw[j - 1]
        if re.match(r"^ (3\.\d (DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN|STRATEG)|3\.3\.3\.\d|impressum)", l) and not RUNNING.match(l):
            end = j - 1
            break
    header_at = {}
    for j in range(start, end + 1):
        l = raw[j - 1].strip()
        for hdr, key in FIELDS:
            if l.upper().startswith(hdr):
                header_at[hdr] = j
    order = sorted((j, hdr) for hdr, j in header_at.items())
    present, empty = [], []
    for k, (j, hdr) in enumerate(order):
        nxt = order[k + 1][0] if k + 1 < len(order) else end + 1
        body = [raw[x - 1] for x in range(j + 1, nxt)]
        body = [b for b in body if b.strip() and not RUNNING.match(b)]
        key = dict(FIELDS)[hdr]
        if key is None:
            continue
        (present if body else empty).append(key)
    missing = [key for hdr, key in FIELDS if key and hdr not in header_at]
    keyorder = [k for _, k in FIELDS if k]
    akteure = []
    for text, actors in ACTORS[sec]:
        ls = [j for j in range(start, end + 1) if norm_ws(text) in norm_ws(raw[j - 1])]
        if len(ls) != 1:
            errors.append(f"mask {sec}: actor line for {text!r}: {ls}")
            continue
        akteure.append({"text": text, "line": ls[0], "actors": actors})
    tos.append({
        "section": sec, "title": title, "kbm_function": fn, "catalogue_page": page, "start_line": start,
        "fields_present": sorted(present, key=keyorder.index),
        "fields_empty": sorted(empty, key=keyorder.index),
        "fields_missing": missing,
        "beteiligte_akteure": akteure,
        "doc": CAT,
    })

if errors:
    print("\n".join(errors))
    sys.exit(1)
os.makedirs(GOLD, exist_ok=True)
for name, data in [("entities.json", entities), ("relations.json", relations), ("transfer_objects.json", tos)]:
    with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(f"entities {len(entities)}  relations {len(relations)}  masks {len(tos)}")
