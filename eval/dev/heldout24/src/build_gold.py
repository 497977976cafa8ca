import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import joined, norm_phrase
import spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
DOCS = {}
for fn in sorted(os.listdir(CORPUS)):
    if fn.endswith((".txt", ".md")):
        DOCS[os.path.splitext(fn)[0]] = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
J = {d: joined(t) for d, t in DOCS.items()}
ACTOR = {"Organization", "Municipality", "Body", "Person", "Programme"}
problems = []

# ------------------------------------------------------------ masks
FIELDS = [("kurzbeschreibung", " KURZBESCHREIBUNG"), ("produkttyp", " PRODUKTTyP"),
          ("ausgangssituation", " AUSGANGSSITUATION"), ("ziele", " ZIELE UND ANFORDERUNGEN"),
          ("methoden", " METHODEN, UMSETZUNG"), ("ressourcen", " RESSOURCEN ("),
          ("projektplan", " PROJEKTPLAN ("), ("beteiligte_akteure", " BETEILIGTE AKTEURE"),
          ("marketing", " MARKETING ÖA"), ("gelingensbedingungen", " GELINGENSBEDINGUNGEN"),
          ("herausforderungen", " HERAUSFORDERUNGEN, STOLPERSTEINE"), ("anmerkungen", " ANMERKUNGEN, HINWEISE"),
          ("transfer_adressaten", " POTENZIELLE TRANSFER-ADRESSATEN")]
MASKS = [("3.2.3.2", "Bildungsdatenverbund Saale-Finne", "Daten", 17, "to-3.2.3.2"),
         ("3.3.3.1", "Lenkungsgruppe Bildung", "Diskurs", 22, "to-3.3.3.1"),
         ("3.5.3.2", "Berufsorientierungsmesse „Zukunft Finne“", "Maßnahmen", 37, "to-3.5.3.2")]
ACTOR_MAP = {  # bullet text prefix -> (actor label, entity id)
 "Bildungsbüro des Landkreises Finnegau": ("Bildungsbüro Finnegau", "bildungsbuero-finnegau"),
 "Bildungsbüro der Stadt Saalwerder": ("Bildungsbüro Saalwerder", "bildungsbuero-saalwerder"),
 "Fachdienst Statistik und Wahlen der Stadt Saalwerder": ("Fachdienst Statistik und Wahlen der Stadt Saalwerder", "fd-statistik-saalwerder"),
 "Staatliches Schulamt Saale-Finne": ("Staatliches Schulamt Saale-Finne", "schulamt-saale-finne"),
 "Thüringer Landesamt für Statistik": ("Thüringer Landesamt für Statistik", "landesamt-statistik-thueringen"),
 "Agentur für Arbeit Saalwerder-Finnegau": ("Agentur für Arbeit Saalwerder-Finnegau", "afa-saalwerder-finnegau"),
 "Transferagentur Werra-Saale": ("Transferagentur Werra-Saale für Kommunales Bildungsmanagement", "trawesa"),
 "Landrätin des Landkreises Finnegau": ("Landkreis Finnegau (Landrätin)", "lk-finnegau"),
 "Dezernent für Bildung, Jugend und Soziales": ("Dezernat II – Bildung, Jugend und Soziales (Dezernent)", "dezernat-ii-finnegau"),
 "Leiterin Bildungsbüro": ("Bildungsbüro Finnegau (Leiterin)", "bildungsbuero-finnegau"),
 "Leiterin Jugendamt": ("Jugendamt Finnegau (Leiterin)", "jugendamt-finnegau"),
 "Fachdienstleiter Schulverwaltung": ("Fachdienst Schulverwaltung (Fachdienstleiter)", "fd-schulverwaltung-finnegau"),
 "Leiter Stabsstelle Kreisentwicklung": ("Stabsstelle Kreisentwicklung und Wirtschaftsförderung (Leiter)", "stabsstelle-kreisentwicklung-finnegau"),
 "Leiterin der Kreisvolkshochschule Finnegau": ("Kreisvolkshochschule Finnegau (Leiterin)", "kvhs-finnegau"),
 "Schulamtsleiter, Staatliches Schulamt Saale-Finne": ("Staatliches Schulamt Saale-Finne (Schulamtsleiter)", "schulamt-saale-finne"),
 "Vorsitzende der Geschäftsführung, Agentur für Arbeit": ("Agentur für Arbeit Saalwerder-Finnegau (Vorsitzende der Geschäftsführung)", "afa-saalwerder-finnegau"),
 "Arbeitskreis Übergang Schule–Beruf": ("Arbeitskreis Übergang Schule–Beruf", "ak-usb-finnegau"),
 "IHK Saale-Finne": ("IHK Saale-Finne", "ihk-saale-finne"),
 "Kreishandwerkerschaft Finnegau-Saalwerder": ("Kreishandwerkerschaft Finnegau-Saalwerder", "kreishandwerkerschaft"),
 "Staatliches Berufsbildendes Schulzentrum Lossenburg": ("Staatliches Berufsbildendes Schulzentrum Lossenburg", "sbbs-lossenburg"),
 "Sparkassenstiftung Finnegau": ("Sparkassenstiftung Finnegau", "sparkassenstiftung-finnegau"),
 "ausstellende Betriebe": [("Finnetaler Glashütte GmbH", "finnetaler-glashuette"), ("Agrargenossenschaft Eckartsrode eG", "agrargenossenschaft-eckartsrode")],
 "Verkehrsgesellschaft Finnegau mbH": ("Verkehrsgesellschaft Finnegau mbH", "verkehrsgesellschaft-finnegau"),
}
K = spec.K
klines = DOCS[K].split("\n")
starts = {}
for sec, title, fun, page, toid in MASKS:
    hits = [i for i, l in enumerate(klines, 1) if l.strip() == f"{sec} {title}"]
    assert len(hits) == 1, (sec, hits)
    starts[sec] = hits[0]
ordered = sorted(starts.items(), key=lambda x: x[1])
mask_range = {}
for k, (sec, st) in enumerate(ordered):
    end = ordered[k + 1][1] - 1 if k + 1 < len(ordered) else len(DOCS[K].rstrip("\n").split("\n"))
    # a mask ends where the next chapter header ( HANDLUNGSFELDER / DISKURS ...) starts
    for i in range(st + 1, end + 1):
        if klines[i - 1].startswith(" ") and klines[i - 1].strip() in ("DISKURS", "HANDLUNGSFELDER", "MASSNAHMEN", "DATEN") and klines[i - 1] != klines[st - 1]:
            if i > st + 5:
                end = i - 1; break
    mask_range[sec] = (st, end)

transfer_objects = []
for sec, title, fun, page, toid in MASKS:
    st, en = mask_range[sec]
    body = klines[st - 1:en]
    heads = {}
    for off, l in enumerate(body):
        for key, pref in FIELDS:
            if l.startswith(pref):
                heads[key] = st + off
    present, empty, missing = [], [], []
    order = sorted(heads.items(), key=lambda x: x[1])
    for n, (key, ln) in enumerate(order):
        nxt = order[n + 1][1] if n + 1 < len(order) else en + 1
        content = [x for x in klines[ln:nxt - 1] if x.strip() and not re.fullmatch(r"\d+", x.strip())
                   and not x.strip().startswith(sec)]
        (present if content else empty).append(key)
    for key, _ in FIELDS:
        if key not in heads:
            missing.append(key)
    akt = []
    if "beteiligte_akteure" in heads:
        ln = heads["beteiligte_akteure"]
        nxt = min([v for v in heads.values() if v > ln] + [en + 1])
        for i in range(ln + 1, nxt):
            l = klines[i - 1]
            if not l.startswith("•"):
                continue
            txt = re.sub(r"\s+", " ", l.replace("\t", " ").lstrip("•")).strip()
            ent = None
            for pref, v in ACTOR_MAP.items():
                if txt.startswith(pref):
                    ent = v; break
            if ent is None:
                problems.append(f"mask {sec}: unmapped actor line {i}: {txt}")
                continue
            ents = ent if isinstance(ent, list) else [ent]
            akt.append({"text": txt, "line": i, "actors": [a for a, _ in ents], "actor_ids": [b for _, b in ents]})
    transfer_objects.append({
        "section": sec, "title": title, "kbm_function": fun, "catalogue_page": page,
        "start_line": st, "end_line": en, "entity_id": toid,
        "product_name_garbled": klines[heads_line - 1].strip() if (heads_line := next(st + o for o, l in enumerate(body) if l.startswith(" PRODUKTBEZEICHNUNG")) + 1) else None,
        "fields_present": present, "fields_empty": empty, "fields_missing": missing,
        "beteiligte_akteure": akt, "doc": K})

# ------------------------------------------------------------ entity mentions
def find_all(doc, alias):
    text, src = J[doc]
    pat = r"(?<!\w)" + re.escape(norm_phrase(alias)) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]

ents = spec.ENTITIES
ids = [e["id"] for e in ents]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup: problems.append(f"duplicate ids {dup}")
emap = {e["id"]: e for e in ents}
matches = collections.defaultdict(list)  # doc -> [(s, e, id)]
for e in ents:
    docs = e.get("docs") or list(DOCS)
    for d in docs:
        for a in [e["name"]] + e["aliases"]:
            for s, en in find_all(d, a):
                matches[d].append((s, en, e["id"]))
ent_lines = collections.defaultdict(lambda: collections.defaultdict(set))
for d, ms in matches.items():
    text, src = J[d]
    for s, en, eid in ms:
        t_in = emap[eid]["type"]
        suppressed = False
        if True:
            for s2, en2, eid2 in ms:
                if s2 <= s and en <= en2 and (en2 - s2) > (en - s) and (eid2 == eid or (t_in in ACTOR and emap[eid2]["type"] in ACTOR)):
                    suppressed = True; break
        if not suppressed:
            ent_lines[eid][d].add(src[s])

out_ents = []
for e in ents:
    rec = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"]}
    lines = {d: sorted(v) for d, v in ent_lines[e["id"]].items()}
    ov = e.get("lines_override")
    if ov:
        for d, mode in ov.items():
            if mode == "mask":
                sec = e["section"]
                st, en = mask_range[sec]
                tab = [i for i, l in enumerate(klines, 1) if l.startswith("Tab. 1")][0]
                lines[d] = [l for l in lines.get(d, []) if st <= l <= en or 20 <= l <= tab]
    docs = [d for d in DOCS if d in lines and lines[d]]
    if not docs:
        problems.append(f"entity {e['id']} has no mention")
    rec["docs"] = docs
    rec["lines"] = {d: lines[d] for d in docs}
    for k in ("role", "affiliation", "measure_kind", "priority", "time_frame", "status", "part_of", "section", "note"):
        if k in e:
            rec[k] = e[k]
    out_ents.append(rec)

# ------------------------------------------------------------ relations
out_rel = []
for r in spec.RELATIONS:
    d = r["doc"]
    text, src = J[d]
    ev = norm_phrase(r["evidence"])
    pos = [m.start() for m in re.finditer(re.escape(ev), text)]
    if not pos:
        problems.append(f"evidence not found in {d}: {ev}")
        continue
    if len(pos) > 1:
        near = r.get("_near")
        if near is None:
            problems.append(f"ambiguous evidence ({len(pos)}x) in {d}: {ev} lines {[src[p] for p in pos]}")
        pos = sorted(pos, key=lambda p: abs(src[p] - (near or 0)))
    line = src[pos[0]]
    rec = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": d}
    if "role" in r: rec["role"] = r["role"]
    rec["line"] = line
    rec["evidence"] = r["evidence"]
    if "note" in r: rec["note"] = r["note"]
    out_rel.append(rec)

gold = os.path.join(ROOT, "gold")
os.makedirs(gold, exist_ok=True)
json.dump(out_ents, open(os.path.join(gold, "entities.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(out_rel, open(os.path.join(gold, "relations.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(transfer_objects, open(os.path.join(gold, "transfer_objects.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out_ents), "entities;", len(out_rel), "relations;", len(transfer_objects), "masks")
print(collections.Counter(e["type"] for e in out_ents))
print(collections.Counter(r["predicate"] for r in out_rel))
for p in problems: print("PROBLEM:", p)
