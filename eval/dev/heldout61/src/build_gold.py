"""Builds gold/*.json for set61 from the spec files and the corpus text (computes lines)."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from textnorm import normalise, form_regex
from spec_entities import E, BLOCKERS, TK
from spec_relations import R

import yaml
man = yaml.safe_load(open(os.path.join(ROOT, "corpus", "manifest.yaml")))
DOCS = {d["id"]: open(os.path.join(ROOT, "corpus", d["file"]), encoding="utf-8").read() for d in man["documents"]}
NORM = {k: normalise(v) for k, v in DOCS.items()}
errors = []

# ---------- entity mentions
TYPES_INNER_KEPT_IN = {"Measure", "TransferObject"}
cands = {d: [] for d in DOCS}
for e in E:
    forms = [e["name"]] + e["aliases"]
    for d, (nt, lm) in NORM.items():
        for f in forms:
            for m in form_regex(f).finditer(nt):
                cands[d].append((m.start(), m.end(), e["id"], f))
    for form, d, ctx in e["generic"]:
        nt, lm = NORM[d]
        i = nt.find(ctx)
        if i < 0:
            errors.append(f"generic context not found: {e['id']} {d} {ctx!r}"); continue
        j = ctx.find(form)
        cands[d].append((i + j, i + j + len(form), e["id"], form))
etype = {e["id"]: e["type"] for e in E}
blk = {d: [] for d in DOCS}
for d, (nt, lm) in NORM.items():
    for b in BLOCKERS:
        for m in form_regex(b).finditer(nt):
            blk[d].append((m.start(), m.end()))

mentions = {d: [] for d in DOCS}
for d in DOCS:
    cs = sorted(set(cands[d]), key=lambda c: (-(c[1] - c[0]), c[0]))
    acc = []
    for s, t, eid, f in cs:
        if any(bs <= s and t <= bt for bs, bt in blk[d]):
            continue
        keep = True
        for s2, t2, e2, f2 in acc:
            if s < t2 and s2 < t:  # overlap
                inner_ok = (s2 <= s and t <= t2 and e2 != eid and
                            (etype[e2] in TYPES_INNER_KEPT_IN or etype[eid] == "ActionField" and etype[e2] in TYPES_INNER_KEPT_IN))
                if not inner_ok:
                    keep = False; break
        if keep:
            acc.append((s, t, eid, f))
    mentions[d] = sorted(acc)

ent_out = []
for e in E:
    lines, used = {}, set()
    for d in DOCS:
        nt, lm = NORM[d]
        ls = sorted({lm[s] for s, t, eid, f in mentions[d] if eid == e["id"]})
        for s, t, eid, f in mentions[d]:
            if eid == e["id"]:
                used.add(f)
        if ls:
            lines[d] = ls
    unused = [a for a in e["aliases"] if a not in used]
    if unused:
        print(f"note: dropped aliases only used inside a longer form: {e['id']}: {unused}")
        e["aliases"] = [a for a in e["aliases"] if a not in unused]
    if not lines:
        errors.append(f"entity never mentioned: {e['id']}")
    aliases = list(e["aliases"]) + [g[0] for g in e["generic"] if g[0] not in e["aliases"]]
    o = dict(id=e["id"], type=e["type"], name=e["name"], aliases=aliases,
             docs=[d for d in DOCS if d in lines], lines=lines)
    for k in ("role", "affiliation", "note"):
        if e.get(k):
            o[k] = e[k]
    if e.get("name_in_text") is False:
        o["name_in_text"] = False
    ent_out.append(o)

# ---------- relations
ids = {e["id"] for e in E}
rel_out = []
seen = set()
for r in R:
    for k in ("subject", "object"):
        if r[k] not in ids:
            errors.append(f"unknown id {r[k]} in {r}")
    nt, lm = NORM[r["doc"]]
    i = nt.find(r["evidence"])
    if i < 0:
        errors.append(f"evidence not found [{r['doc']}]: {r['evidence']!r}"); continue
    key = (r["subject"], r["predicate"], r["object"], r["doc"], r["evidence"])
    if key in seen:
        errors.append(f"duplicate relation {key}")
    seen.add(key)
    o = dict(subject=r["subject"], predicate=r["predicate"], object=r["object"], doc=r["doc"],
             line=lm[i], evidence=r["evidence"])
    if r.get("role"): o["role"] = r["role"]
    if r.get("note"): o["note"] = r["note"]
    rel_out.append(o)

# ---------- transfer objects
FIELDS = [("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTyP"),
          ("ausgangssituation", "AUSGANGSSITUATION"), ("ziele", "ZIELE UND ANFORDERUNGEN (AUFTRAG)"),
          ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN (ZEIT"),
          ("projektplan", "PROJEKTPLAN (ABLAUFPLAN)"), ("beteiligte_akteure", "BETEILIGTE AKTEURE, BENÖTIGTE PARTNER"),
          ("marketing", "MARKETING ÖA"), ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"),
          ("herausforderungen", "HERAUSFORDERUNGEN, STOLPERSTEINE"), ("anmerkungen", "ANMERKUNGEN, HINWEISE"),
          ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN")]
MASKS = [
 dict(section="4.2.3.1", title="Sozialraumatlas Bildung", kbm_function="Daten", catalogue_page=24,
      actors={"Bildungsbüro der Stadt Sulzbruck (Federführung)": ["Bildungsbüro der Stadt Sulzbruck"],
              "Amt für Stadtforschung und Statistik": ["Amt für Stadtforschung und Statistik"],
              "Stadtjugendamt (Jugendhilfeplanung)": ["Stadtjugendamt"],
              "Staatliches Schulamt in der Stadt Sulzbruck": ["Staatliches Schulamt in der Stadt Sulzbruck"],
              "Bayerisches Landesamt für Statistik": ["Bayerisches Landesamt für Statistik"],
              "Agentur für Arbeit Sulzbruck-Hopfenau, Jobcenter Sulzbruck": ["Agentur für Arbeit Sulzbruck-Hopfenau", "Jobcenter Sulzbruck"],
              "Institut für Bildungsforschung und Regionalentwicklung (IBR) der HAW Sulzbruck (wissenschaftliche Beratung)": ["Institut für Bildungsforschung und Regionalentwicklung (IBR) der HAW Sulzbruck"]}),
 dict(section="4.3.3.2", title="Stadtteilrunden Bildung mit den Bezirksausschüssen", kbm_function="Diskurs", catalogue_page=31,
      actors={"Bezirksausschüsse (bisher BA 3, BA 7 und drei weitere)": ["Bezirksausschüsse", "BA 3", "BA 7"],
              "Bildungsbüro": ["Bildungsbüro"],
              "Kreisjugendring Sulzbruck-Stadt (offene Jugendarbeit)": ["Kreisjugendring Sulzbruck-Stadt"],
              "Volkshochschule Sulzbruck gGmbH, Stadtbibliothek Sulzbruck": ["Volkshochschule Sulzbruck gGmbH", "Stadtbibliothek Sulzbruck"],
              "Stadtelternbeirat Sulzbruck": ["Stadtelternbeirat Sulzbruck"],
              "Schulleitungen und Kita-Leitungen des Stadtbezirks": ["Schulleitungen", "Kita-Leitungen"]}),
 dict(section="4.5.3.3", title="Elternbegleitung am Übergang Kita–Grundschule", kbm_function="Maßnahmen", catalogue_page=46,
      actors={"Lernwerkstatt Ziegelanger e.V. (Träger)": ["Lernwerkstatt Ziegelanger e.V."],
              "Mitterer-Stiftung für Bildung und Teilhabe (Förderung)": ["Mitterer-Stiftung für Bildung und Teilhabe"],
              "Stadtjugendamt Sulzbruck, Abteilung Kindertagesbetreuung": ["Stadtjugendamt Sulzbruck, Abteilung Kindertagesbetreuung"],
              "Staatliches Schulamt in der Stadt Sulzbruck": ["Staatliches Schulamt in der Stadt Sulzbruck"],
              "Volkshochschule Sulzbruck gGmbH (Qualifizierung)": ["Volkshochschule Sulzbruck gGmbH"],
              "Arbeitskreis Übergänge der Bildungsregion": ["Arbeitskreis Übergänge"]}),
]
raw = DOCS[TK].split("\n")
heads = []
for m in MASKS:
    st = [i + 1 for i, l in enumerate(raw) if l.strip() == f"{m['section']} {m['title']}"]
    if len(st) != 1:
        errors.append(f"mask heading not unique/found: {m['section']} {st}")
        st = [0]
    m["start_line"] = st[0]
ends = [m["start_line"] for m in MASKS[1:]] + [len(raw) + 1]
RUNHEAD = re.compile(r"^\s*(DATEN|DISKURS|MASSNAHMEN)\b|^\s*\d+\s*$|^\s*4\.\d(\.\d)?\s+(DATEN|DISKURS|MASSNAHMEN|Beschreibung)")
to_out = []
for m, end in zip(MASKS, ends):
    block = list(range(m["start_line"], end))
    hdr = {}
    for key, h in FIELDS:
        for ln in block:
            if raw[ln - 1].strip().startswith(h):
                hdr[key] = ln; break
    present, empty, missing = [], [], []
    order = sorted(hdr.items(), key=lambda kv: kv[1])
    for idx, (key, ln) in enumerate(order):
        nxt = order[idx + 1][1] if idx + 1 < len(order) else end
        content = [raw[k - 1] for k in range(ln + 1, nxt) if raw[k - 1].strip() and not RUNHEAD.match(raw[k - 1])]
        (present if content else empty).append(key)
    missing = [k for k, _ in FIELDS if k not in hdr]
    keyorder = [k for k, _ in FIELDS]
    present.sort(key=keyorder.index); empty.sort(key=keyorder.index)
    ba = []
    if "beteiligte_akteure" in hdr:
        for text, actors in m["actors"].items():
            lns = [k for k in block if " ".join(raw[k - 1].replace("\t", " ").split()).lstrip("• ").strip() == text]
            if len(lns) != 1:
                errors.append(f"actor line not found: {m['section']} {text!r} {lns}")
                continue
            ba.append(dict(text=text, line=lns[0], actors=actors))
    to_out.append(dict(section=m["section"], title=m["title"], kbm_function=m["kbm_function"],
                       catalogue_page=m["catalogue_page"], start_line=m["start_line"],
                       fields_present=present, fields_empty=empty, fields_missing=missing,
                       beteiligte_akteure=ba, doc=TK))

if errors:
    print("\n".join(errors)); sys.exit(1)
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
json.dump(ent_out, open(os.path.join(ROOT, "gold", "entities.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(rel_out, open(os.path.join(ROOT, "gold", "relations.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(to_out, open(os.path.join(ROOT, "gold", "transfer_objects.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(ent_out), "entities;", len(rel_out), "relations;", len(to_out), "masks")
