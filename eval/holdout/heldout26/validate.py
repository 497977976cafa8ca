#!/usr/bin/env python3
"""Validate the h26 evaluation set: corpus/manifest.yaml, corpus/*, gold/*.json.

Checks ids, predicates, the type fit of subject and object per predicate, memberOf roles,
that each evidence occurs at its line (or in the sentence that runs across line breaks from
that line), that every entity name and alias occurs in one of the entity's documents and
every listed mention line carries one of them, the product masks against the catalogue text,
and the manifest. Prints counts; exits 1 on any failure.

Text matching: whitespace (tabs included) is collapsed; a document is also read with its
lines joined, once with line-final hyphens removed before a lowercase letter
("Bildungs-"/"büro" -> "Bildungsbüro"), once with them kept ("Bildungs-büro") and once with a
plain space ("Bildungs- büro"). Names and aliases match case-insensitively; a canonical name
may also match after folding umlauts/ß, dashes and the OCR forms "ii" (for ü), because the
repaired form of an OCR-damaged heading does not occur verbatim. Evidence matches verbatim.
"""
import collections, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
CORPUS, GOLD = ROOT / "corpus", ROOT / "gold"
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
ACTORS = {"Organization", "Municipality", "Body"}
PRED = {  # predicate: (subject types, object types)
    "memberOf": ({"Person"}, ACTORS),
    "participatesIn": (ACTORS, {"Body", "Programme"}),
    "cooperatesWith": (ACTORS, ACTORS),
    "fundedBy": (ACTORS | {"Programme", "Measure", "TransferObject"}, {"Organization", "Municipality", "Programme"}),
    "carriedBy": ({"Organization", "Body", "Programme", "TransferObject"}, ACTORS),
    "chairedBy": ({"Body"}, {"Person", "Organization", "Municipality"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTORS),
    "involvesActor": ({"TransferObject"}, ACTORS | {"Person", "Programme"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
               "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
               "anmerkungen", "transfer_adressaten"]
MASK_HEADS = ["KURZBESCHREIBUNG", "PRODUKTTYP", "AUSGANGSSITUATION", "ZIELE UND ANFORDERUNGEN", "METHODEN",
              "RESSOURCEN", "PROJEKTPLAN", "BETEILIGTE AKTEURE", "MARKETING", "GELINGENSBEDINGUNGEN",
              "HERAUSFORDERUNGEN", "ANMERKUNGEN", "POTENZIELLE TRANSFER-ADRESSATEN"]
MANIFEST_FIELDS = ["id", "file", "title", "publisher", "date", "kind", "language", "licence"]
KINDS = {"transfer-catalogue", "work-packages", "target-agreement", "minutes", "slides"}
MAX_LINES = 300
failures = []


def fail(msg):
    failures.append(msg)


# ---------------------------------------------------------------- text views
def clean(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, path):
        self.lines = path.read_text(encoding="utf-8").split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.views = [self._join(mode) for mode in ("dehyph", "keep", "space")]

    def _join(self, mode):
        cl = [clean(x) for x in self.lines]
        buf, own = [], []
        for i, s in enumerate(cl):
            if not s:
                continue
            nxt = next((c for c in cl[i + 1:] if c), "")
            glue = " "
            if mode != "space" and s.endswith("-") and len(s) > 1 and s[-2].isalpha():
                if mode == "dehyph" and nxt[:1].islower():
                    s = s[:-1]
                glue = ""
            for ch in s + glue:
                buf.append(ch)
                own.append(i + 1)
        return "".join(buf), own

    def spans(self, needle, ci=False, fold=False):
        """yield (first line, last line) of every occurrence"""
        needle = clean(needle)
        if not needle:
            return
        for text, own in self.views:
            hay, pat = text, needle
            if fold:
                hay, pat = folded(text), folded(needle)
                if len(hay) != len(text):  # keep the line map aligned
                    continue
            flags = re.I if ci else 0
            for m in re.finditer(re.escape(pat), hay, flags):
                yield own[m.start()], own[max(m.start(), m.end() - 1)]


FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "s", "–": "-", "—": "-",
                      "é": "e", "„": '"', "“": '"', "”": '"'})


def folded(s):
    # same length as s: every mapping is one character to one character
    return s.translate(FOLD).lower()


def ocr_fold(s):
    s = folded(clean(s)).replace("ii", "u").replace("ß", "s")
    return re.sub(r"[^\w]+", " ", s).strip()


# ---------------------------------------------------------------- manifest
def load_manifest():
    path = CORPUS / "manifest.yaml"
    if not path.exists():
        fail("corpus/manifest.yaml missing")
        return []
    try:
        import yaml
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return data.get("documents", []) if isinstance(data, dict) else []
    except ImportError:  # minimal reader for the flat list format used here
        docs, cur = [], None
        for line in path.read_text(encoding="utf-8").split("\n"):
            m = re.match(r"^\s*(-\s+)?([a-z_]+):\s*(.*)$", line)
            if not m or line.lstrip().startswith("#") or m.group(2) == "documents":
                continue
            if m.group(1):
                cur = {}
                docs.append(cur)
            val = m.group(3).strip()
            if val.startswith('"') and val.endswith('"'):
                val = val[1:-1]
            if cur is not None:
                cur[m.group(2)] = val
        return docs


manifest = load_manifest()
DOCS = {}
for d in manifest:
    for f in MANIFEST_FIELDS:
        if not str(d.get(f, "")).strip():
            fail(f"manifest: {d.get('id')}: field {f} missing")
    if d.get("kind") not in KINDS:
        fail(f"manifest: {d.get('id')}: kind {d.get('kind')!r} not in {sorted(KINDS)}")
    p = CORPUS / str(d.get("file", ""))
    if not p.is_file():
        fail(f"manifest: file {p.name} missing")
        continue
    if p.stem != d.get("id"):
        fail(f"manifest: id {d.get('id')} is not the file stem {p.stem}")
    if d["id"] in DOCS:
        fail(f"manifest: duplicate id {d['id']}")
    DOCS[d["id"]] = Doc(p)
    if len(DOCS[d["id"]].lines) > MAX_LINES:
        fail(f"{d['id']}: {len(DOCS[d['id']].lines)} lines > {MAX_LINES}")
listed = {str(d.get("file")) for d in manifest}
for p in CORPUS.iterdir():
    if p.is_file() and p.name != "manifest.yaml" and p.name not in listed:
        fail(f"corpus file {p.name} has no manifest entry")

# ---------------------------------------------------------------- entities
def load(name):
    try:
        return json.loads((GOLD / name).read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        fail(f"gold/{name}: {e}")
        return []


entities, relations, masks = load("entities.json"), load("relations.json"), load("transfer_objects.json")
ENT = {}
for e in entities:
    eid = e.get("id")
    for k in ("id", "type", "name", "aliases", "docs"):
        if k not in e:
            fail(f"entity {eid}: key {k} missing")
    if eid in ENT:
        fail(f"duplicate entity id {eid}")
    ENT[eid] = e
    if e.get("type") not in TYPES:
        fail(f"entity {eid}: type {e.get('type')!r}")
    if e.get("type") == "Person" and not (e.get("role") and e.get("affiliation")):
        fail(f"person {eid}: role/affiliation missing")
    if e.get("type") == "Measure" and e.get("measure_kind") not in MEASURE_KINDS:
        fail(f"measure {eid}: measure_kind {e.get('measure_kind')!r}")
    if len(set(e.get("aliases", []))) != len(e.get("aliases", [])):
        fail(f"entity {eid}: duplicate aliases")
    docs = [d for d in e.get("docs", []) if d in DOCS]
    for d in e.get("docs", []):
        if d not in DOCS:
            fail(f"entity {eid}: unknown doc {d}")
    if not docs:
        fail(f"entity {eid}: no document")
        continue
    forms = [e["name"]] + list(e.get("aliases", []))
    for a in e.get("aliases", []):
        if not any(True for d in docs for _ in DOCS[d].spans(a, ci=True)):
            fail(f"entity {eid}: alias {a!r} not found in {docs}")
    name = e["name"]
    if not any(True for d in docs for _ in DOCS[d].spans(name, ci=True)):
        nf = ocr_fold(name)
        alias_ok = any(ocr_fold(a) == nf for a in e.get("aliases", []))
        text_ok = any(nf in ocr_fold(" ".join(DOCS[d].lines)) for d in docs)
        if not (alias_ok or text_ok):
            fail(f"entity {eid}: name {name!r} not found in {docs}")
    for d, lines in (e.get("lines") or {}).items():
        if d not in docs:
            fail(f"entity {eid}: lines for {d} which is not in docs")
            continue
        for ln in lines:
            if not any(a <= ln <= b for f in forms for a, b in DOCS[d].spans(f, ci=True)):
                fail(f"entity {eid}: no name/alias at {d}:{ln}")

# ---------------------------------------------------------------- relations
seen = set()
for i, r in enumerate(relations):
    tag = f"relation {i} {r.get('subject')} {r.get('predicate')} {r.get('object')} @{r.get('doc')}:{r.get('line')}"
    for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
        if k not in r:
            fail(f"{tag}: key {k} missing")
    p = r.get("predicate")
    if p not in PRED:
        fail(f"{tag}: unknown predicate")
        continue
    s, o = ENT.get(r.get("subject")), ENT.get(r.get("object"))
    if not s or not o:
        fail(f"{tag}: unknown subject/object")
        continue
    if s["type"] not in PRED[p][0] or o["type"] not in PRED[p][1]:
        fail(f"{tag}: type misfit {s['type']} -> {o['type']}")
    if p == "memberOf" and not str(r.get("role", "")).strip():
        fail(f"{tag}: memberOf without role")
    if r["subject"] == r["object"]:
        fail(f"{tag}: subject equals object")
    key = (r["subject"], p, r["object"], r["doc"])
    if key in seen:
        fail(f"{tag}: duplicate within document")
    seen.add(key)
    d = DOCS.get(r["doc"])
    if not d:
        fail(f"{tag}: unknown doc")
        continue
    for x in (s, o):
        if r["doc"] not in x.get("docs", []):
            fail(f"{tag}: {x['id']} has no mention in {r['doc']}")
    ln = r.get("line")
    if not isinstance(ln, int) or not 1 <= ln <= len(d.lines):
        fail(f"{tag}: bad line")
        continue
    if not any(a <= ln <= b for a, b in d.spans(r["evidence"])):
        fail(f"{tag}: evidence not at line: {r['evidence']!r}")

# ---------------------------------------------------------------- product masks
def is_running(t):
    f = "STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN"
    return bool(re.fullmatch(r"\d{1,3}", t) or re.fullmatch(f, t) or re.match(rf"^({f}) \d+(\.\d+)+ ", t)
                or re.match(rf"^\d+(\.\d+)+ .* ({f})$", t))


to_names = {ocr_fold(e["name"]) for e in entities if e.get("type") == "TransferObject"}
for m in masks:
    tag = f"mask {m.get('section')}"
    d = DOCS.get(m.get("doc"))
    if not d:
        fail(f"{tag}: unknown doc")
        continue
    L = [clean(x) for x in d.lines]
    a = m.get("start_line", 0)
    if not (1 <= a <= len(L) and L[a - 1].startswith(m["section"] + " ")):
        fail(f"{tag}: section heading not at line {a}")
        continue
    if not any("PRODUKTBEZEICHNUNG" in x for x in L[a:a + 3]):
        fail(f"{tag}: no PRODUKTBEZEICHNUNG after the heading")
    if ocr_fold(m["title"]) not in ocr_fold(" ".join(L)):
        fail(f"{tag}: title not in text")
    if ocr_fold(m["title"]) not in to_names:
        fail(f"{tag}: no TransferObject entity named {m['title']!r}")
    if not any(ocr_fold(m["title"]) in ocr_fold(x) and f"(Seite {m['catalogue_page']})" in x for x in L):
        fail(f"{tag}: catalogue page {m['catalogue_page']} not in the table")
    nxt = [i + 1 for i, x in enumerate(L) if i + 1 > a and re.match(r"^\d+\.\d+\.\d+\.\d+ ", x)
           and any("PRODUKTBEZEICHNUNG" in y for y in L[i + 1:i + 4])]
    b = nxt[0] if nxt else len(L) + 1
    heads = {}
    for ln in range(a, b):
        for h, key in zip(MASK_HEADS, MASK_FIELDS):
            if L[ln - 1].upper().startswith(h):
                heads[ln] = key
    hl = sorted(heads)
    present, empty = set(), set()
    for j, ln in enumerate(hl):
        end = hl[j + 1] if j + 1 < len(hl) else b
        body = [x for x in range(ln + 1, end) if L[x - 1] and not is_running(L[x - 1])]
        (present if body else empty).add(heads[ln])
    missing = set(MASK_FIELDS) - set(heads.values())
    for k, got in (("fields_present", present), ("fields_empty", empty), ("fields_missing", missing)):
        if set(m.get(k, [])) != got:
            fail(f"{tag}: {k} {sorted(m.get(k, []))} != text {sorted(got)}")
    for ba in m.get("beteiligte_akteure", []):
        ln = ba.get("line", 0)
        if not (1 <= ln <= len(L)) or clean(ba["text"]) not in L[ln - 1]:
            fail(f"{tag}: actor line {ln} does not hold {ba.get('text')!r}")
            continue
        bet_head = max((h for h in hl if h < ln), default=None)
        if bet_head is None or heads[bet_head] != "beteiligte_akteure":
            fail(f"{tag}: actor line {ln} is outside BETEILIGTE AKTEURE")
        for act in ba.get("actors", []):
            # an actor is written on the line, or is the normalised name of an entity mentioned there
            named = [e for e in entities if ocr_fold(e["name"]) == ocr_fold(act)]
            on_line = any(ln in (e.get("lines") or {}).get(m["doc"], []) for e in named)
            if ocr_fold(act) not in ocr_fold(L[ln - 1]) and not on_line:
                fail(f"{tag}: actor {act!r} not on line {ln}")
    mask_lines = {ba.get("line") for ba in m.get("beteiligte_akteure", [])}
    to_ids = [e["id"] for e in entities if e.get("type") == "TransferObject" and ocr_fold(e["name"]) == ocr_fold(m["title"])]
    for r in relations:
        if r.get("predicate") == "involvesActor" and r.get("subject") in to_ids and r.get("line") not in mask_lines:
            fail(f"{tag}: involvesActor {r['object']} at line {r.get('line')} is not a BETEILIGTE AKTEURE line")

# ---------------------------------------------------------------- report
tc = collections.Counter(e.get("type") for e in entities)
pc = collections.Counter(r.get("predicate") for r in relations)
dc = collections.Counter(r.get("doc") for r in relations)
mk = collections.Counter(e.get("measure_kind") for e in entities if e.get("type") == "Measure")
print(f"documents: {len(DOCS)}")
for doc_id, doc in DOCS.items():
    print(f"  {doc_id}: {len(doc.lines)} lines, {dc[doc_id]} relations")
print(f"entities: {len(entities)}")
for t in sorted(TYPES):
    print(f"  {t}: {tc[t]}")
print(f"  measure kinds: {dict(sorted(mk.items()))}")
print(f"relations: {len(relations)}")
for p in PRED:
    print(f"  {p}: {pc[p]}")
print(f"product masks: {len(masks)}")
if failures:
    print(f"\nFAILED: {len(failures)} problem(s)")
    for f in failures:
        print("  - " + f)
    sys.exit(1)
print("\nOK: all checks passed")
