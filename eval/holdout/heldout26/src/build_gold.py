"""Build gold/entities.json, gold/relations.json, gold/transfer_objects.json from the specs.

Entity mention lines are found with a longest-match gazetteer over each document (names and
aliases, case-insensitive, across line breaks with hyphenation undone); relation lines are the
lines where the verbatim evidence starts. Everything that cannot be found is an error.
"""
import json, pathlib, re, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import textindex as T
from spec_entities import ENTITIES, DOCS
from spec_relations import RELATIONS

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS, GOLD = ROOT / "corpus", ROOT / "gold"
FILES = {k: next(CORPUS.glob(stem + ".*")) for k, stem in DOCS.items()}
LINES = {k: f.read_text(encoding="utf-8").split("\n") for k, f in FILES.items()}
VIEWS = {k: T.views(v) for k, v in LINES.items()}
errors = []


def err(msg):
    errors.append(msg)


def split_alias(a):
    if "@" in a and a.rsplit("@", 1)[1].isupper():
        a, keys = a.rsplit("@", 1)
        return a, set(keys)
    return a, set(DOCS)


# ------------------------------------------------------------------ entity mentions
ent_by_id = {}
for e in ENTITIES:
    if e["id"] in ent_by_id:
        err(f"duplicate id {e['id']}")
    ent_by_id[e["id"]] = e

mentions = collections.defaultdict(list)  # doc -> [(start, end, eid, form)]
alias_hits = collections.Counter()
for e in ENTITIES:
    forms = [(e["name"], set(DOCS))] + [split_alias(a) for a in e["aliases"]]
    for form, keys in forms:
        for k in keys:
            v = VIEWS[k]["dehyph"]
            for a, b in T.find_all(v, form, re.I, boundaries=True):
                ln = v.owner[a]
                if "only_lines" in e and ln not in e["only_lines"].get(k, []):
                    continue
                if ln in e.get("exclude_lines", {}).get(k, []):
                    continue
                mentions[k].append((a, b, e["id"], form))
                alias_hits[(e["id"], form)] += 1

accepted = collections.defaultdict(list)
for k, ms in mentions.items():
    # longest match first; a shorter match inside a longer one is kept only when it is a
    # different type (an action field inside a work-package title, a place inside an office name)
    taken = []
    for a, b, eid, form in sorted(ms, key=lambda m: (-(m[1] - m[0]), m[0])):
        typ = ent_by_id[eid]["type"]
        if any(a < y and x < b and (typ == t2 or not (x <= a and b <= y)) for x, y, _, t2 in taken):
            continue
        taken.append((a, b, eid, typ))
        accepted[eid].append((k, a, b))

out_entities = []
for e in ENTITIES:
    eid = e["id"]
    aliases = [split_alias(a)[0] for a in e["aliases"]]
    for a in aliases:
        if not alias_hits[(eid, a)]:
            err(f"alias never found: {eid}: {a!r}")
    lines, docs = collections.defaultdict(set), []
    for k, a, b in accepted.get(eid, []):
        v = VIEWS[k]["dehyph"]
        lines[DOCS[k]].add(v.owner[a])
        # surface form with a line-final hyphen kept ("Bildungs-büro")
        drops = [d for d in v.dropped if a < d < b]
        if drops:
            surf = v.text[a:b]
            for d in reversed(drops):
                surf = surf[: d - a] + "-" + surf[d - a:]
            if surf not in aliases and surf != e["name"]:
                aliases.append(surf)
    for k in DOCS:
        if DOCS[k] in lines:
            docs.append(DOCS[k])
    if not docs:
        err(f"entity never mentioned: {eid}")
    rec = {"id": eid, "type": e["type"], "name": e["name"], "aliases": aliases, "docs": docs,
           "lines": {d: sorted(lines[d]) for d in docs}}
    for key in ("role", "affiliation", "measure_kind", "note"):
        if key in e:
            rec[key] = e[key]
    out_entities.append(rec)
ent_docs = {r["id"]: set(r["docs"]) for r in out_entities}

# ------------------------------------------------------------------ relations
PRED_TYPES = {
    "memberOf": ({"Person"}, {"Organization", "Municipality", "Body"}),
    "participatesIn": ({"Organization", "Municipality", "Body"}, {"Body", "Programme"}),
    "cooperatesWith": ({"Organization", "Municipality", "Body"}, {"Organization", "Municipality", "Body"}),
    "fundedBy": ({"Organization", "Municipality", "Body", "Programme", "Measure", "TransferObject"},
                 {"Organization", "Municipality", "Programme"}),
    "carriedBy": ({"Organization", "Body", "Programme", "TransferObject"}, {"Organization", "Municipality", "Body"}),
    "chairedBy": ({"Body"}, {"Person", "Organization", "Municipality"}),
    "subOrganizationOf": ({"Organization", "Body"}, {"Organization", "Municipality", "Body"}),
    "involvesActor": ({"TransferObject"}, {"Organization", "Municipality", "Body", "Person", "Programme"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}


def locate(k, ev, hint):
    hits = set()
    for mode in ("dehyph", "keep", "space"):
        v = VIEWS[k][mode]
        for a, b in T.find_all(v, ev):
            hits.add(v.span_lines(a, b))
    if not hits:
        return None, "evidence not found"
    starts = sorted({h[0] for h in hits})
    if hint is not None:
        return (hint, None) if hint in starts else (None, f"hint {hint} not among {starts}")
    if len(starts) > 1:
        return None, f"evidence ambiguous at lines {starts}"
    return starts[0], None


out_rel, seen = [], set()
for r in RELATIONS:
    k = r["doc"]
    tag = f"{r['subject']} {r['predicate']} {r['object']} [{k}]"
    key = (r["subject"], r["predicate"], r["object"], k)
    if key in seen:
        err(f"duplicate relation in one document: {tag}")
    seen.add(key)
    s, o = ent_by_id.get(r["subject"]), ent_by_id.get(r["object"])
    if not s or not o:
        err(f"unknown entity: {tag}")
        continue
    st, ot = PRED_TYPES[r["predicate"]]
    if s["type"] not in st or o["type"] not in ot:
        err(f"type misfit {s['type']}->{o['type']}: {tag}")
    if r["predicate"] == "memberOf" and not r["role"]:
        err(f"memberOf without role: {tag}")
    for x in (r["subject"], r["object"]):
        if DOCS[k] not in ent_docs.get(x, set()):
            err(f"{x} not mentioned in {DOCS[k]}: {tag}")
    line, problem = locate(k, r["evidence"], r["line"])
    if problem:
        err(f"{problem}: {tag}: {r['evidence']!r}")
        continue
    rec = {"subject": r["subject"], "predicate": r["predicate"], "object": r["object"], "doc": DOCS[k]}
    if r["role"]:
        rec["role"] = r["role"]
    rec["line"] = line
    rec["evidence"] = r["evidence"]
    if r["note"]:
        rec["note"] = r["note"]
    out_rel.append(rec)

# ------------------------------------------------------------------ transfer objects (product masks)
FIELDS = [("KURZBESCHREIBUNG", "kurzbeschreibung"), ("PRODUKTTYP", "produkttyp"),
          ("AUSGANGSSITUATION", "ausgangssituation"), ("ZIELE UND ANFORDERUNGEN", "ziele"),
          ("METHODEN", "methoden"), ("RESSOURCEN", "ressourcen"), ("PROJEKTPLAN", "projektplan"),
          ("BETEILIGTE AKTEURE", "beteiligte_akteure"), ("MARKETING", "marketing"),
          ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"), ("HERAUSFORDERUNGEN", "herausforderungen"),
          ("ANMERKUNGEN", "anmerkungen"), ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten")]
MASKS = [  # section, title, function, catalogue page, actors per BETEILIGTE AKTEURE line
    ("3.1.3.1", "Bildungsleitbild „Neckarweil lernt gemeinsam“", "Strategische Ziele", 11, {
        147: ["Gemeinderat der Stadt Neckarweil"], 148: ["Steuerungsgruppe Bildung"],
        149: ["Bildungsbüro Neckarweil"], 150: ["Amt für Jugend und Familie", "Referat für Chancengleichheit und Integration"],
        151: ["Staatliches Schulamt Neckarweil"], 152: ["Jugendgemeinderat Neckarweil", "Stadtseniorenrat Neckarweil e.V."],
        153: ["Volkshochschule Neckarweil", "Stadtbibliothek Neckarweil"]}),
    ("3.3.3.1", "Steuerungsgruppe Bildung", "Diskurs", 24, {
        212: ["Bürgermeisterin für Bildung, Jugend und Soziales"],
        213: ["Amt für Schule und Bildung", "Amt für Jugend und Familie"], 214: ["Bildungsbüro Neckarweil"],
        215: ["Staatliches Schulamt Neckarweil"], 216: ["Agentur für Arbeit Neckarweil"],
        217: ["Jobcenter Stadt Neckarweil"], 218: ["IHK Neckar-Lautach", "Handwerkskammer Neckarweil"],
        219: ["Pädagogische Hochschule Neckarweil"], 220: ["Bürgerstiftung Neckarweil"],
        221: ["Gesamtelternbeirat Neckarweil"]}),
    ("3.5.3.2", "Berufe-Scouts an Werkrealschulen", "Maßnahmen", 38, {
        277: ["Bildungsbüro Neckarweil"], 278: ["Hedwig-und-Emil-Sauter-Stiftung"],
        279: ["IHK Neckar-Lautach", "Handwerkskammer Neckarweil"], 280: ["Agentur für Arbeit Neckarweil"],
        281: ["Werkrealschulen", "Lindenhof-Werkrealschule Neckarweil"],
        282: ["Ausbildungsbetriebe", "Brenzinger Präzisionsteile GmbH"],
        283: ["Arbeitskreis SCHULEWIRTSCHAFT Neckarweil"]}),
]
cat = LINES["K"]
FUNCS = "STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN"


def is_running(line):
    """page numbers, function page headers and running headers of the catalogue"""
    t = T.clean(line)
    return bool(re.fullmatch(r"\d{1,3}", t) or re.fullmatch(FUNCS, t)
                or re.match(rf"^({FUNCS}) \d+\.\d+\.\d+\.\d+ ", t)
                or re.match(rf"^\d+\.\d+\.\d+\.\d+ .* ({FUNCS})$", t))
starts = {}
for i, line in enumerate(cat):
    m = re.match(r"^(\d+\.\d+\.\d+\.\d+) (.+?)\s*$", line)
    if m and any("PRODUKTBEZEICHNUNG" in x for x in cat[i + 1:i + 4]):
        starts[m.group(1)] = i + 1
order = sorted(starts.values())
out_masks = []
for sec, title, func, page, actors in MASKS:
    if sec not in starts:
        err(f"mask {sec} not found")
        continue
    a = starts[sec]
    b = next((x for x in order if x > a), len(cat) + 1)
    region = list(range(a, b))  # 1-based line numbers
    heads = {}
    for ln in region:
        t = T.clean(cat[ln - 1]).upper()
        for h, key in FIELDS:
            if t.startswith(h):
                heads[ln] = key
    hl = sorted(heads)
    present, empty = [], []
    for j, ln in enumerate(hl):
        end = hl[j + 1] if j + 1 < len(hl) else b
        body = [x for x in range(ln + 1, end) if T.clean(cat[x - 1]) and not is_running(cat[x - 1])]
        (present if body else empty).append(heads[ln])
    found = set(heads.values())
    missing = [k for _, k in FIELDS if k not in found]
    bet = []
    for ln, acts in sorted(actors.items()):
        text = T.clean(cat[ln - 1]).lstrip("• ").strip()
        bet.append({"text": text, "line": ln, "actors": acts})
    out_masks.append({"section": sec, "title": title, "kbm_function": func, "catalogue_page": page,
                      "start_line": a, "fields_present": [k for _, k in FIELDS if k in present],
                      "fields_empty": [k for _, k in FIELDS if k in empty], "fields_missing": missing,
                      "beteiligte_akteure": bet, "doc": DOCS["K"]})

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} errors")
    sys.exit(1)
GOLD.mkdir(exist_ok=True)
for name, data in (("entities.json", out_entities), ("relations.json", out_rel), ("transfer_objects.json", out_masks)):
    (GOLD / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(out_entities), "entities,", len(out_rel), "relations,", len(out_masks), "masks")
