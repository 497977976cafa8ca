import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import variants, line_of, norm, window
from gold_spec import ENT, BLOCKERS, K, A, Z, P, S
from rel_spec import REL

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {K: "woelmitz-transferkatalog.txt", A: "woelmitz-bildungskommunen-arbeitspakete.txt",
         Z: "woelmitz-zielvereinbarung-nabes.txt", P: "bildungsnetzwerk-steuerungskreis-2024-03.md",
         S: "bildungsbuero-woelmitz-praesentation-2024.txt"}
TEXT = {d: open(os.path.join(ROOT, "corpus", f), encoding="utf-8").read() for d, f in FILES.items()}
LINES = {d: t.split("\n") for d, t in TEXT.items()}
VAR = {d: variants(t) for d, t in TEXT.items()}
LOF = {d: line_of(t) for d, t in TEXT.items()}

def pat(form):
    return re.compile(r"(?<!\w)" + re.escape(norm(form)) + r"(?!\w)")

def mentions(layer_forms):
    """layer_forms: list of (form, ent_id or None). returns {doc: [(ent, form, rawstart, rawend, variant_idx)]}"""
    out = {}
    comp = [(pat(f), f, e) for f, e in layer_forms]
    for d in TEXT:
        res = []
        for vi, (s, idx) in enumerate(VAR[d]):
            cands = []
            for p, f, e in comp:
                for m in p.finditer(s):
                    cands.append((m.start(), m.end(), e, f))
            cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
            taken = [False] * (len(s) + 1)
            for a, b, e, f in cands:
                if any(taken[a:b]):
                    continue
                for k in range(a, b):
                    taken[k] = True
                if e is not None:
                    res.append((e, f, idx[a], idx[b - 1], vi))
        out[d] = res
    return out

def b_form(d, ra, rb):
    raw = TEXT[d][ra:rb + 1]
    s = re.sub(r"([-–])\n\s*", r"\1", raw)
    return norm(s)

ents = {e["id"]: e for e in ENT}
assert len(ents) == len(ENT), "duplicate ids"
layers = [[(f, e["id"]) for e in ENT if e["type"] != "Measure" for f in [e["name"]] + e["aliases"]] + [(b, None) for b in BLOCKERS],
          [(f, e["id"]) for e in ENT if e["type"] == "Measure" for f in [e["name"]] + e["aliases"]]]
found = {}
for layer in layers:
    for d, ms in mentions(layer).items():
        for e, f, ra, rb, vi in ms:
            r = found.setdefault(e, {"lines": {}, "forms": set()})
            r["lines"].setdefault(d, set()).add(LOF[d](ra))
            r["forms"].add(f)
            bf = b_form(d, ra, rb)
            if bf != norm(f):
                r["forms"].add(bf)

problems = []
out_ents = []
for e in ENT:
    r = found.get(e["id"])
    if not r:
        problems.append("entity never found: " + e["id"]); continue
    unused = [a for a in e["aliases"] if a not in r["forms"]]
    if unused:
        problems.append("aliases not found as mention of %s: %s" % (e["id"], unused))
    aliases = [a for a in e["aliases"] if a in r["forms"]]
    extra = sorted(f for f in r["forms"] if f != e["name"] and f not in aliases)
    aliases += extra
    order = [d for d in FILES if d in r["lines"]]
    o = {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": aliases, "docs": order,
         "lines": {d: sorted(r["lines"][d]) for d in order}}
    for k in ("role", "affiliation", "role_only", "name_normalised", "note"):
        if k in e:
            o[k] = e[k]
    out_ents.append(o)

# relations
out_rel = []
for r in REL:
    for x in (r["subject"], r["object"]):
        if x not in ents:
            problems.append("unknown id %s in %s" % (x, r))
    d = r["doc"]; ev = norm(r["evidence"])
    hits = set()
    for s, idx in VAR[d]:
        for m in re.finditer(re.escape(ev), s):
            hits.add(LOF[d](idx[m.start()]))
    if not hits:
        problems.append("evidence not found: %s | %s" % (d, ev)); continue
    hits = sorted(hits)
    # merge hits that are the same occurrence across variants (adjacent lines)
    if r["near"] is not None:
        line = min(hits, key=lambda h: abs(h - r["near"]))
        if abs(line - r["near"]) > 3:
            problems.append("near mismatch %s %s %s" % (ev, hits, r["near"]))
    else:
        groups = []
        for h in hits:
            if groups and h - groups[-1][-1] <= 2:
                groups[-1].append(h)
            else:
                groups.append([h])
        if len(groups) > 1:
            problems.append("ambiguous evidence %s: %s" % (ev, hits))
        line = groups[0][0]
    o = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": d, "line": line,
         "evidence": r["evidence"]}
    if r["role"]:
        o["role"] = r["role"]
    if r["note"]:
        o["note"] = r["note"]
    out_rel.append(o)
# duplicates
seen = set()
for o in out_rel:
    k = (o["subject"], o["predicate"], o["object"], o["doc"], o["line"])
    if k in seen:
        problems.append("duplicate relation %s" % (k,))
    seen.add(k)

json.dump(out_ents, open(os.path.join(ROOT, "gold", "entities.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(out_rel, open(os.path.join(ROOT, "gold", "relations.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("\n".join(problems))
print(len(out_ents), "entities", len(out_rel), "relations", len(problems), "problems")

# ---------------- transfer objects
FIELDS = [("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTyP"), ("ausgangssituation", "AUSGANGSSITUATION"),
          ("ziele", "ZIELE UND ANFORDERUNGEN (AUFTRAG)"), ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN ("),
          ("projektplan", "PROJEKTPLAN (ABLAUFPLAN)"), ("beteiligte_akteure", "BETEILIGTE AKTEURE, BENÖTIGTE PARTNER"),
          ("marketing", "MARKETING ÖA"), ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"), ("herausforderungen", "HERAUSFORDERUNGEN, STOLPERSTEINE"),
          ("anmerkungen", "ANMERKUNGEN, HINWEISE"), ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN")]
MASKS = [
 dict(section="4.2.3.1", title="Kleinräumiges Bildungsmonitoring", kbm_function="Daten", catalogue_page=16, entity="to-4.2.3.1",
      actors={294: ["bildungsbuero", "koordinierungsstelle-bildung"], 295: ["amt-40", "sg-40-1"], 296: ["amt-51", "sg-51-3"],
              297: ["landesschulamt", "stala-lsa"], 298: ["jobcenter"],
              299: ["Einwohnermeldeämter der Einheitsgemeinden", "vg-amt-fuhneaue"]}),
 dict(section="4.3.3.1", title="Gemeindedialog Bildung", kbm_function="Diskurs", catalogue_page=21, entity="to-4.3.3.1",
      actors={469: ["bildungsbuero"], 470: ["Bürgermeister/-innen der Einheitsgemeinden", "Verbandsgemeindebürgermeister", "vg-fuhneaue"],
              471: ["landesschulamt"], 472: ["amt-51"], 473: ["nabes"], 474: ["lernwerkstatt", "weitere Vereine vor Ort"]}),
 dict(section="4.5.3.1", title="Übergangslotsen an Sekundar- und Gemeinschaftsschulen", kbm_function="Maßnahmen", catalogue_page=26, entity="to-4.5.3.1",
      actors={593: ["lernwerkstatt"], 594: ["stiftung-sengebusch", "jobcenter"], 595: ["afa-tessenburg", "ihk-tessenburg", "kreishandwerkerschaft"],
              596: ["landesschulamt", "Schulleitungen der beteiligten Schulen"], 597: ["hs-tessenburg", "zbw"],
              598: ["bildungsbuero", "ag-schule-beruf"]}),
]
kl = LINES[K]
out_to = []
for m in MASKS:
    start = next(i + 1 for i, l in enumerate(kl) if l.strip().startswith(m["section"] + " ") and m["title"] in l
                 and not l.strip().startswith(("DATEN", "DISKURS", "MASSNAHMEN")) and "(Seite" not in l)
    # end = next mask start or next chapter
    ends = [i + 1 for i, l in enumerate(kl) if i + 1 > start and (l.startswith("  HANDLUNGSFELDER") or l.strip().startswith("5 Ausblick")
            or re.match(r"^\d(\.\d)+ \S", l))]
    end = min(ends) if ends else len(kl)
    pos = {}
    for key, head in FIELDS:
        hits = [i + 1 for i in range(start - 1, end - 1) if kl[i].strip().startswith(head)]
        if hits:
            pos[key] = hits[0]
    order = sorted(pos.items(), key=lambda kv: kv[1])
    present, empty = [], []
    for n, (key, ln) in enumerate(order):
        nxt = order[n + 1][1] if n + 1 < len(order) else end
        body = [l for l in kl[ln:nxt - 1] if l.strip() and not re.fullmatch(r"\d{1,3}", l.strip())
                and not re.match(r"^\s*(DATEN|DISKURS|MASSNAHMEN) \d", l)]
        (present if body else empty).append(key)
    missing = [k for k, _ in FIELDS if k not in pos]
    akt = []
    for ln, acts in m["actors"].items():
        text = norm(kl[ln - 1].replace("•", ""))
        names = [ents[a]["name"] if a in ents else a for a in acts]
        ids = [a for a in acts if a in ents]
        akt.append({"text": text, "line": ln, "actors": names, "actor_ids": ids})
    if "beteiligte_akteure" in pos:
        assert all(pos["beteiligte_akteure"] < ln for ln in m["actors"]), m["section"]
    out_to.append({"section": m["section"], "title": m["title"], "kbm_function": m["kbm_function"],
                   "catalogue_page": m["catalogue_page"], "start_line": start, "fields_present": present,
                   "fields_empty": empty, "fields_missing": missing, "beteiligte_akteure": akt, "doc": K,
                   "entity": m["entity"], "produkttyp": None,
                   "produkttyp_note": "the ticked checkbox was lost in extraction; all four types are printed"})
json.dump(out_to, open(os.path.join(ROOT, "gold", "transfer_objects.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for t in out_to:
    print(t["section"], t["start_line"], t["fields_empty"], t["fields_missing"], len(t["fields_present"]))
