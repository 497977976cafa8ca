#!/usr/bin/env python3
"""Checks the gold of this evaluation set against its corpus.

  python3 validate.py            # exit code 0 when everything passes

Checks:
  * manifest: five documents, files exist, ids = file stems, one document of each kind
  * entities: unique ids, known types; every name and alias occurs in at least one listed document
    (aliases verbatim; names verbatim or after umlaut/OCR folding); every listed line holds a name or
    alias of the entity (a mention may continue on the next non-empty line after a line-end hyphen)
  * relations: known predicates, known ids, type constraints; the evidence occurs at its line or
    across it and its neighbouring non-empty lines
  * transfer objects: start_line is the mask heading (section number + title), field lists are
    consistent, each BETEILIGTE AKTEURE entry is found at its line
  * corpus: none of the excluded place names occurs; total size 45–55 KB
Text is compared after whitespace normalisation (tabs, runs of spaces, line breaks -> one space);
a hyphen at a line end is tried both kept ("Kreis-jugendamt") and removed ("Kreisjugendamt").
"""
import json, pathlib, re, sys
import yaml

ROOT = pathlib.Path(__file__).resolve().parent
ERR = []
def err(msg):
    ERR.append(msg)

# ---------------------------------------------------------------- text helpers
def _norm(line):
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()

def joined(lines, drop):
    out, prev = [], None
    for raw in lines:
        line = _norm(raw)
        if not line:
            continue
        if prev is not None:
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                if drop and line[:1].islower():
                    out[-1] = out[-1][:-1]
            else:
                out.append(" ")
        out.append(line)
        prev = line
    return "".join(out)

def variants(lines):
    return {joined(lines, False), joined(lines, True)}

def window(lines, n, before=1, after=1):
    idx = [i for i, l in enumerate(lines, 1) if l.strip()]
    if n not in idx:
        return set()
    k = idx.index(n)
    return variants([lines[i - 1] for i in idx[max(0, k - before): k + after + 1]])

FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "é": "a"})
def fold(s):
    s = s.replace("ß", "ss").translate(FOLD)
    s = s.replace("ii", "u").replace("{i", "u")
    return re.sub(r"\s+", " ", s).lower()

def occurs(form, texts, folded=False):
    form = " ".join(form.split())
    if folded:
        form = fold(form)
        texts = {fold(t) for t in texts}
    pat = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
    return any(re.search(pat, t) for t in texts)

def starts_on_line(form, lines, n):
    """True when a mention of `form` starts on line n (it may continue on the next non-empty line)."""
    first = len(fold(_norm(lines[n - 1])))
    pat = r"(?<![\w])" + re.escape(fold(" ".join(form.split()))) + r"(?![\w])"
    for w in window(lines, n, before=0, after=1):
        m = re.search(pat, fold(w))
        if m and m.start() < first:
            return True
    return False

# ---------------------------------------------------------------- manifest + corpus
man = yaml.safe_load((ROOT / "corpus" / "manifest.yaml").read_text(encoding="utf-8"))
KINDS = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
DOCS = {}
for d in man["documents"]:
    p = ROOT / "corpus" / d["file"]
    if not p.exists():
        err(f"manifest: missing file {d['file']}"); continue
    if p.stem != d["id"]:
        err(f"manifest: id {d['id']} != stem {p.stem}")
    for k in ("title", "publisher", "date", "kind", "format", "language", "licence"):
        if k not in d:
            err(f"manifest: {d['id']} lacks {k}")
    if not re.fullmatch(r"\d{4}-\d{2}", str(d.get("date", ""))):
        err(f"manifest: {d['id']} date not YYYY-MM")
    lines = p.read_text(encoding="utf-8").split("\n")
    DOCS[d["id"]] = dict(lines=lines, full=variants(lines), kind=d.get("kind"))
if {v["kind"] for v in DOCS.values()} != KINDS or len(DOCS) != 5:
    err("manifest: need exactly one document of each of the five kinds")
size = sum((ROOT / "corpus" / d["file"]).stat().st_size for d in man["documents"])
if not 45_000 <= size <= 55_000:
    err(f"corpus size {size} bytes outside 45–55 KB")
EXCLUDED = """Aarwiesen Ahsebruch Aichelfingen Altmühlfurt Ammerstedt Auenfels Barthwiek Brennfurt Brunskamp Dahmeholz Dillweiler
Elmsheide Finnegau Isengrund Kirnwald Lautach Lindenfurt Rodenwald Selzheim Vennstein Bieberhöhe Hainstetten Fließgrund Gransau
Velmow Lautermühl Altrhein-Pfrimm Selz-Nahe Vierseenland Strelund Kalzenow Leipzig Eisenach Marschwedel Quernhorst Hohenbrück
Ebersgau Ravenstal Achterberg Ahlsbeck Auwald Barwald Birkenau Dhronfeld Dörnebeck Dörrbach Ebersgrund Ellersgrund Ellertal
Friedeberg Gardelow Grunewald Haldenbeck Hardtgau Hermersbach Hochwald Hollerbach Hollertal Hollstedt Holmsee Holsmark Hüggelheim
Idarwald Kahlenau Kalbenau Kalbenstedt Kallwitz Kappelberg Kappelsbach Kellbach Kellenau Kelsheim Kiefernau Kornau Kornhausen
Kranichfurt Kranichsee Krummsee Lauchwitz Lautachtal Lauterwald Lennetal Leutenau Leutenfeld Loquitz Loquitzgrund Lossenburg
Lüttenhof Merzwald Mirowsee Möllendorf Mühlgrund Nahegrund Neuweilbach Niedwald Nordgau Ohmburg Ohmtal Ohrebruch Ohrefeld
Orlagrund Osterkamp Overbeck Overkamp Pennekow Pfrimmtal Rednitzburg Rednitzgrund Rennsburg Rettenau Rietzsee Rottachgau
Rottelsheim Rottmersfeld Sauerwald Schwarzwassertal Seenkamp Seidlitz Sellhausen Sietlingen Sormitz Sormitzburg Stelbach
Tarnefitz Ulmenau Wallerfeld Warnekow Warnowtal Weinberg Welsenburg Wendelsau Wersingen Wiedenau Wipfertal Wisentatal Wollenberg
Zechenau Zehdenbruch Zschopau Zschopautal Grießbachtal Zellwitz Bärenfeld Rötzenbach Tannwiesen Pöhlgrund Morlitz Wedebruch
Ahrenfeld Hesselburg Nettelrode Lohmünde Brakeholt Quellinghausen Wiebelsdorf Frohnsiepen Haverloh Steinkuhle Ostrup
Quellenhagen Wernitzgau Bergzell Rothenwörth Allersdorf Kühbrunn""".split()
for d, v in DOCS.items():
    txt = "\n".join(v["lines"])
    for name in EXCLUDED:
        if re.search(re.escape(name), txt, re.I):
            err(f"{d}: excluded place name {name!r} occurs")

# ---------------------------------------------------------------- entities
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
ents = json.loads((ROOT / "gold" / "entities.json").read_text(encoding="utf-8"))
BYID = {}
for e in ents:
    i = e.get("id")
    if i in BYID:
        err(f"entity: duplicate id {i}")
    BYID[i] = e
    if e.get("type") not in TYPES:
        err(f"entity {i}: unknown type {e.get('type')}")
    docs = e.get("docs", [])
    for d in docs:
        if d not in DOCS:
            err(f"entity {i}: unknown doc {d}")
    docs = [d for d in docs if d in DOCS]
    if set(e.get("lines", {})) != set(docs):
        err(f"entity {i}: lines keys {sorted(e.get('lines', {}))} != docs {docs}")
    forms = [e["name"]] + e.get("aliases", [])
    for a in e.get("aliases", []):
        if not any(occurs(a, DOCS[d]["full"]) for d in docs):
            err(f"entity {i}: alias {a!r} occurs in none of its docs")
    normalised = "normalised" in e.get("note", "")
    if not any(occurs(e["name"], DOCS[d]["full"], folded=normalised) for d in docs) and \
       not any(occurs(e["name"], DOCS[d]["full"], folded=True) for d in docs):
        err(f"entity {i}: name {e['name']!r} occurs in none of its docs")
    for d in docs:
        for n in e["lines"][d]:
            lines = DOCS[d]["lines"]
            if not 1 <= n <= len(lines) or not lines[n - 1].strip():
                err(f"entity {i}: {d} line {n} is empty or out of range"); continue
            if not any(starts_on_line(f, lines, n) for f in forms):
                err(f"entity {i}: {d} line {n} holds none of its forms: {lines[n-1].strip()[:80]!r}")

# ---------------------------------------------------------------- relations
rels = json.loads((ROOT / "gold" / "relations.json").read_text(encoding="utf-8"))
ACTOR = {"Organization", "Municipality", "Body"}
SIG = {"memberOf": ({"Person"}, ACTOR),
       "participatesIn": (ACTOR | {"Programme"}, {"Body", "Programme"}),
       "cooperatesWith": (ACTOR | {"Programme"}, ACTOR | {"Programme"}),
       "fundedBy": (ACTOR | {"Programme"}, ACTOR),
       "carriedBy": (ACTOR | {"Programme"}, ACTOR),
       "chairedBy": ({"Body"}, {"Person"} | ACTOR),
       "subOrganizationOf": (ACTOR, ACTOR),
       "involvesActor": ({"TransferObject"}, ACTOR | {"Person", "Programme"}),
       "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"})}
for k, r in enumerate(rels):
    tag = f"relation #{k} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
    if r.get("predicate") not in SIG:
        err(f"{tag}: unknown predicate"); continue
    s, o = BYID.get(r.get("subject")), BYID.get(r.get("object"))
    if not s or not o:
        err(f"{tag}: unknown subject/object"); continue
    st, ot = SIG[r["predicate"]]
    if s["type"] not in st or o["type"] not in ot:
        err(f"{tag}: types {s['type']} -> {o['type']} not allowed")
    d = r.get("doc")
    if d not in DOCS:
        err(f"{tag}: unknown doc {d}"); continue
    ev = " ".join(str(r.get("evidence", "")).split())
    if not ev:
        err(f"{tag}: no evidence"); continue
    n = r.get("line")
    if not isinstance(n, int) or not 1 <= n <= len(DOCS[d]["lines"]):
        err(f"{tag}: bad line {n}"); continue
    if not any(ev in w for w in window(DOCS[d]["lines"], n)):
        err(f"{tag}: evidence not at/next to line {n}: {ev!r}")
    if d not in s["docs"] and s["type"] != "Person" or d not in o["docs"] and o["type"] != "Person":
        pass  # an entity may be referred to by a pronoun or a role in the evidence sentence

# ---------------------------------------------------------------- transfer objects
FIELDS = {"kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"}
tos = json.loads((ROOT / "gold" / "transfer_objects.json").read_text(encoding="utf-8"))
kat = [d for d, v in DOCS.items() if v["kind"] == "transferkatalog"]
if len(tos) != 3:
    err(f"transfer objects: expected 3 masks, found {len(tos)}")
for t in tos:
    d = t.get("doc")
    if d not in kat:
        err(f"mask {t.get('section')}: doc {d} is not the transfer catalogue"); continue
    lines = DOCS[d]["lines"]
    head = _norm(lines[t["start_line"] - 1])
    nxt = [_norm(l) for l in lines[t["start_line"]:t["start_line"] + 6] if l.strip()]
    if not head.startswith(t["section"] + " ") or fold(t["title"])[:20] not in fold(head) \
            or not nxt or nxt[0] != "PRODUKTBEZEICHNUNG":
        err(f"mask {t['section']}: start_line {t['start_line']} is not its mask heading: {head!r}")
    p, e_, m = set(t["fields_present"]), set(t["fields_empty"]), set(t["fields_missing"])
    if (p | e_ | m) != FIELDS or p & e_ or p & m or e_ & m:
        err(f"mask {t['section']}: field lists inconsistent")
    if not isinstance(t.get("catalogue_page"), int) or t.get("kbm_function") not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}:
        err(f"mask {t['section']}: bad page or KBM function")
    toc = [l for l in lines[:40] if t["section"] in l]
    if not toc or str(t["catalogue_page"]) not in toc[0]:
        err(f"mask {t['section']}: table of contents does not give page {t['catalogue_page']}")
    for a in t.get("beteiligte_akteure", []):
        if not t["start_line"] < a["line"] < t["start_line"] + 200:
            err(f"mask {t['section']}: actor line {a['line']} outside the mask")
        if not any(" ".join(a["text"].split()) in w for w in window(lines, a["line"], 0, 1)):
            err(f"mask {t['section']}: actor text not at line {a['line']}: {a['text']!r}")
    ids = [e["id"] for e in ents if e["type"] == "TransferObject" and e["name"] == t["title"]]
    if not ids:
        err(f"mask {t['section']}: no TransferObject entity with its title")

if ERR:
    print("\n".join(ERR))
    print(f"FAILED: {len(ERR)} problem(s)")
    sys.exit(1)
print(f"OK: {len(DOCS)} documents ({size} bytes), {len(ents)} entities, {len(rels)} relations, {len(tos)} masks")
