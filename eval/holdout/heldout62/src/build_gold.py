#!/usr/bin/env python3
"""Build gold/*.json for set62 from spec_entities.py / spec_relations.py and the corpus text."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, SET)
sys.path.insert(0, HERE)
import validate as V  # noqa: E402
from spec_entities import E  # noqa: E402
from spec_relations import R  # noqa: E402

docs = V.load_manifest(SET)
TEXT = {d["id"]: open(os.path.join(SET, "corpus", d["file"]), encoding="utf-8").read() for d in docs}
LINES = {k: v.split("\n") for k, v in TEXT.items()}
ORDER = [d["id"] for d in docs]
CONTAINERS = {"Measure", "TransferObject"}
problems = []

# ---------- entity occurrences with longest-match resolution ----------
byid = {e["id"]: e for e in E}
occ = {e["id"]: {} for e in E}
used_forms = {e["id"]: set() for e in E}
for doc in ORDER:
    text = TEXT[doc]
    spans = []
    for e in E:
        forms = set([re.sub(r"\s*\([^()]*\)\s*$", "", e["name"]), e["name"]] + e["aliases"])
        for f in forms:
            for m in V.form_regex(f).finditer(text):
                spans.append((m.start(), m.end(), e["id"], f))
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept = []
    for s, t, eid, f in spans:
        blocked = False
        for ks, kt, keid, _ in kept:
            if s < kt and ks < t:  # overlap
                if keid == eid:
                    blocked = True
                    break
                if byid[keid]["type"] in CONTAINERS and ks <= s and t <= kt:
                    continue  # nested inside a measure/transfer-object title: keep
                blocked = True
                break
        if not blocked:
            kept.append((s, t, eid, f))
    for s, t, eid, f in kept:
        occ[eid].setdefault(doc, set()).add(V.line_of(text, s))
        used_forms[eid].add(f)

ents_out = []
for e in E:
    for a in e["aliases"]:
        if a not in used_forms[e["id"]] and not any(V.find_form(TEXT[d], a) for d in ORDER):
            problems.append(f"alias not in corpus: {e['id']} {a!r}")
    docs_e = [d for d in ORDER if occ[e["id"]].get(d)]
    if not docs_e:
        problems.append(f"entity never occurs: {e['id']}")
    out = {"id": e["id"], "type": e["type"], "name": e["name"],
           "aliases": [a for a in e["aliases"] if any(V.find_form(TEXT[d], a) for d in docs_e)],
           "docs": docs_e, "lines": {d: sorted(occ[e["id"]][d]) for d in docs_e}}
    for k in ("role", "affiliation", "role_only", "note"):
        if k in e:
            out[k] = e[k]
    ents_out.append(out)

# ---------- relations ----------
def locate(doc, ev, nth=1, after=None, block=1):
    L = LINES[doc]
    start = 1
    if after:
        hits = [i + 1 for i, l in enumerate(L) if after in l]
        start = hits[block - 1]
    first = V.evidence_pieces(ev)[0]
    found = []
    for i in range(start, len(L) + 1):
        here = any(V.norm_ws(first) in v for v in V.window_variants(L, i, i + 3))
        later = any(V.norm_ws(first) in v for v in V.window_variants(L, i + 1, i + 4))
        if here and not later:
            found.append(i)
    if len(found) < nth:
        return None
    return found[nth - 1]

rels_out = []
seen = set()
for doc, s, p, o, ev, kw in R:
    for x in (s, o):
        if x not in byid:
            problems.append(f"unknown id {x} in relation {s} {p} {o}")
    line = locate(doc, ev, kw.get("nth", 1), kw.get("nth_after"), kw.get("nth_block", 1))
    if line is None:
        problems.append(f"evidence not found: {doc}: {ev!r}")
        continue
    key = (s, p, o, doc, line)
    if key in seen:
        problems.append(f"duplicate relation {key}")
    seen.add(key)
    r = {"subject": s, "predicate": p, "object": o, "doc": doc, "line": line, "evidence": ev}
    if kw.get("role"):
        r["role"] = kw["role"]
    if kw.get("note"):
        r["note"] = kw["note"]
    rels_out.append(r)

# ---------- transfer objects ----------
CAT = "albfelden-transferkatalog"
L = LINES[CAT]
HEAD = [("kurzbeschreibung", " KURZBESCHREIBUNG"), ("produkttyp", " PRODUKTTyP"), ("ausgangssituation", " AUSGANGSSITUATION"),
        ("ziele", " ZIELE UND ANFORDERUNGEN"), ("methoden", " METHODEN, UMSETZUNG"), ("ressourcen", " RESSOURCEN ("),
        ("projektplan", " PROJEKTPLAN"), ("beteiligte_akteure", " BETEILIGTE AKTEURE"), ("marketing", " MARKETING ÖA"),
        ("gelingensbedingungen", " GELINGENSBEDINGUNGEN"), ("herausforderungen", " HERAUSFORDERUNGEN"),
        ("anmerkungen", " ANMERKUNGEN, HINWEISE"), ("transfer_adressaten", " POTENZIELLE TRANSFER-ADRESSATEN")]
MASKS = [("4.2.3.1", "Kreisbildungsbericht Albfelden", "Daten", 21),
         ("4.3.3.2", "Bildungsdialog „Albfelden im Gespräch“", "Diskurs", 28),
         ("4.5.3.1", "Übergangsbegleitung „Kompass Beruf“ an beruflichen Schulen", "Maßnahmen", 41)]
ACTORS = {  # bullet text prefix -> actor labels (as printed / canonical names)
    "Sachgebiet": ["Sachgebiet Bildungsmanagement"],
    "Kreisjugendamt": ["Kreisjugendamt"],
    "Staatliches Schulamt Rebstetten (": ["Staatliches Schulamt Rebstetten"],
    "Regierungspräsidium Tübingen, Abteilung 7": ["Regierungspräsidium Tübingen, Abteilung 7"],
    "Statistisches Landesamt": ["Statistisches Landesamt Baden-Württemberg"],
    "Agentur für Arbeit Rebstetten und Jobcenter": ["Agentur für Arbeit Rebstetten", "Jobcenter Landkreis Albfelden"],
    "Volkshochschule": ["Volkshochschule Albfelden e. V."],
    "Regionales Bildungsbüro": ["Regionales Bildungsbüro"],
    "Kreisjugendring": ["Kreisjugendring Albfelden e. V."],
    "gastgebende Stadt": ["gastgebende Stadt oder Gemeinde"],
    "Kreiselternbeirat": ["Kreiselternbeirat Albfelden"],
    "Kreisseniorenrat": ["Kreisseniorenrat Albfelden e. V."],
    "Perspektive Arbeit": ["Perspektive Arbeit Alb gGmbH"],
    "Hermann-und-Lore": ["Hermann-und-Lore-Kessler-Stiftung"],
    "Jugendberufsagentur": ["Jugendberufsagentur Albfelden"],
    "Staatliches Schulamt Rebstetten und": ["Staatliches Schulamt Rebstetten", "Regierungspräsidium Tübingen"],
    "Zentrum für": ["Zentrum für Bildungsübergänge und Weiterbildung", "DHBW Rebstetten"],
    "AG Übergang": ["AG Übergang Schule – Beruf"],
}
heads = [i + 1 for i, l in enumerate(L) if re.match(r"^4\.\d\.3\.\d+ ", l)]
tos_out = []
for (sec, title, fn, page), start in zip(MASKS, heads):
    assert L[start - 1].startswith(sec + " "), (sec, L[start - 1])
    end = next((h for h in heads if h > start), None) or len(L) + 1
    # end at the next chapter marker line if earlier
    for j in range(start, end - 1):
        if re.match(r"^ (HANDLUNGSFELDER|DISKURS|MASSNAHMEN)\s*$", L[j]):
            end = j + 1
            break
    pos = {}
    for key, h in HEAD:
        for j in range(start, end - 1):
            if L[j].startswith(h):
                pos[key] = j + 1
                break
    present, empty, missing = [], [], []
    keys = [k for k, _ in HEAD]
    found_sorted = sorted(pos.items(), key=lambda x: x[1])
    akteure = []
    for idx, (key, ln) in enumerate(found_sorted):
        nxt = found_sorted[idx + 1][1] if idx + 1 < len(found_sorted) else end
        body = [L[j - 1] for j in range(ln + 1, nxt)]
        content = [b for b in body if b.strip() and not re.match(r"^\s*\d+\s*$", b)
                   and not re.match(r"^ (DATEN|DISKURS|MASSNAHMEN) \d", b)]
        (present if content else empty).append(key)
        if key == "beteiligte_akteure":
            for j in range(ln + 1, nxt):
                t = L[j - 1]
                if t.startswith("•"):
                    txt = V.norm_ws(t.lstrip("•"))
                    acts = None
                    for pre, a in ACTORS.items():
                        if txt.startswith(pre):
                            acts = a
                            break
                    if acts is None:
                        problems.append(f"no actor mapping for {txt!r}")
                        acts = [txt]
                    akteure.append({"text": txt, "line": j, "actors": acts})
    missing = [k for k in keys if k not in pos]
    present = [k for k in keys if k in present]
    tos_out.append({"section": sec, "title": title, "kbm_function": fn, "catalogue_page": page, "start_line": start,
                    "fields_present": present, "fields_empty": empty, "fields_missing": missing,
                    "beteiligte_akteure": akteure, "doc": CAT})

os.makedirs(os.path.join(SET, "gold"), exist_ok=True)
for name, obj in (("entities.json", ents_out), ("relations.json", rels_out), ("transfer_objects.json", tos_out)):
    with open(os.path.join(SET, "gold", name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
for p in problems:
    print("PROBLEM", p)
from collections import Counter
print(len(ents_out), "entities", dict(Counter(e["type"] for e in ents_out)))
print(len(rels_out), "relations", dict(Counter(r["predicate"] for r in rels_out)))
print(len(tos_out), "masks", [(t["section"], t["start_line"], t["fields_empty"], t["fields_missing"]) for t in tos_out])
