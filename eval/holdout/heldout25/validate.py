#!/usr/bin/env python3
"""Validate the h25 evaluation set (corpus + gold) and print counts. Exit 1 on any failure.

Checks
  * corpus: every document listed in corpus/manifest.yaml (fields id/file/title/publisher/date/kind/
    language/licence), id = file stem, at most 300 lines, none of the earlier invented names reused
  * entities: unique ids, known types, docs/lines consistent; every listed line starts a mention of the
    name or an alias; every alias occurs verbatim (whitespace-normalised) in one of the entity's
    documents; the name occurs verbatim or after folding (case, umlauts, dashes, quotes, hyphenation)
    or in an inflected/OCR-damaged form (token-wise, small edit distance); persons have role and an
    affiliation that names a known actor; measures have a known measure_kind
  * relations: known predicate, ids exist, subject/object types fit the predicate, both entities occur
    in the relation's document, evidence occurs in the document starting on the stated line (it may run
    on over the following lines), evidence mentions subject or object, memberOf has a role that occurs
    near the evidence, no duplicates (cooperatesWith counted symmetric)
  * masks: heading at start_line, catalogue page as printed in Tab. 1, field partition and field
    headers, BETEILIGTE AKTEURE lines and their involvesActor relations, one TransferObject entity each
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
ACTORS = {"Organization", "Municipality", "Body"}
FIT = {
    "memberOf": ({"Person"}, ACTORS),
    "participatesIn": (ACTORS, {"Body", "Programme"}),
    "cooperatesWith": (ACTORS, ACTORS),
    "fundedBy": ({"Organization", "Body", "Programme", "Measure", "TransferObject"},
                 {"Organization", "Municipality", "Programme"}),
    "carriedBy": ({"Organization", "Body", "Programme", "Measure", "TransferObject"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body"}, {"Person", "Organization", "Municipality"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTORS),
    "involvesActor": ({"TransferObject"}, ACTORS | {"Person"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
FIELDS = [("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTyP"),
          ("ausgangssituation", "AUSGANGSSITUATION"), ("ziele", "ZIELE UND ANFORDERUNGEN (AUFTRAG)"),
          ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN (ZEIT"),
          ("projektplan", "PROJEKTPLAN (ABLAUFPLAN)"), ("beteiligte_akteure", "BETEILIGTE AKTEURE"),
          ("marketing", "MARKETING ÖA"), ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"),
          ("herausforderungen", "HERAUSFORDERUNGEN, STOLPERSTEINE"), ("anmerkungen", "ANMERKUNGEN, HINWEISE"),
          ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN")]
FORBIDDEN = """Barthwiek Ostpeene Hohensaar Ohrebruch Merzbronn Rednitzburg Elstergebirge Zechenau Tellau Rabenau
Wendholm Auenfels Aarwiesen Aichelfingen Altmühlfurt Brunskamp Dahmeholz Dillweiler Dümmerheide Elmsheide
Falkenbühl Gardelow Gräfenwerra Hasebrück Havelried Isengrund Kastelhain Kirnwald Kranichfurt Kranichsee
Küstemark Lauterwald Lennetal Lindenfurt Merzenbach Moorhagen Ohrefeld Oldenwarf Recknitz Sauerwald Selzheim
Stepenitz Süderlund Talbrück Talbrunn Treenemarsch Uckerheide Warnekow Weidenbrunn Welsenburg Wittmarschen
Warnowtal Grevensund Seenkamp Pennekow""".split()

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text helpers
def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, path):
        self.lines = open(path, encoding="utf-8").read().split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines = self.lines[:-1]
        chars, self.line_of = [], []
        space = True
        for no, line in enumerate(self.lines, 1):
            for ch in line + "\n":
                if ch.isspace():
                    if space:
                        continue
                    ch, space = " ", True
                else:
                    space = False
                chars.append(ch)
                self.line_of.append(no)
        self.text = "".join(chars)
        self.folded = fold(self.text)

    def starts(self, form):
        """Line numbers where a whole-word, whitespace-normalised occurrence of form starts."""
        pat = r"(?<!\w)" + re.escape(ws(form)) + r"(?!\w)"
        return {self.line_of[m.start()] for m in re.finditer(pat, self.text)}

    def window(self, a, b):
        a, b = max(a, 1), min(b, len(self.lines))
        return ws(" ".join(self.lines[a - 1:b]))


def fold(s):
    s = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("é", "e"), ("è", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[„“”\"‚‘’']", '"', s)
    s = re.sub(r"[–—‑]", "-", s)
    s = re.sub(r"(\w)- (?=[a-z])", r"\1", s)       # hyphenation at a line end: "Bildungsma- nagement"
    s = re.sub(r"(\w)([-]) (?=\w)", r"\1\2", s)      # "Kita- Fachkräften", "Schule- Beruf"
    return ws(s)


def lev(a, b):
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def tok(s):
    return [t.strip('()",;:.') for t in fold(s).split() if t.strip('()",;:.')]


def tok_eq(a, b):
    if a == b or a.replace("ii", "u") == b.replace("ii", "u"):   # OCR "ii" for "ü": fiir/für
        return True
    n = min(len(a), len(b))
    if n >= 4:
        k = 0
        while k < n and a[k] == b[k]:
            k += 1
        if k >= max(len(a), len(b)) - 2 and k >= 4:
            return True                                # inflection: Fachforum/Fachforums, Europäischer/-en
    return len(a) >= 6 and len(b) >= 6 and lev(a, b) <= 2  # OCR damage: fiir/für, Kréfte/Kräfte


def lenient_in(needle, text_tokens):
    nt = tok(needle)
    if not nt:
        return False
    for i in range(len(text_tokens) - len(nt) + 1):
        if all(tok_eq(x, y) for x, y in zip(nt, text_tokens[i:i + len(nt)])):
            return True
    return False


# ------------------------------------------------------------------ manifest
def load_manifest(path):
    try:
        import yaml
        return yaml.safe_load(open(path, encoding="utf-8"))
    except ImportError:                                    # tiny fallback parser for this file's shape
        docs, cur = [], None
        for line in open(path, encoding="utf-8"):
            if line.strip().startswith("#") or not line.strip() or line.startswith("documents:"):
                continue
            m = re.match(r"\s*(-\s+)?(\w+):\s*(.*)$", line)
            if not m:
                continue
            if m.group(1):
                cur = {}
                docs.append(cur)
            v = m.group(3).strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]
            cur[m.group(2)] = v
        return {"documents": docs}


man_path = os.path.join(CORPUS, "manifest.yaml")
if not os.path.exists(man_path):
    err("corpus/manifest.yaml missing")
    manifest = {"documents": []}
else:
    manifest = load_manifest(man_path)
files = sorted(f for f in os.listdir(CORPUS) if f.endswith((".txt", ".md")))
stems = {os.path.splitext(f)[0]: f for f in files}
mdocs = manifest.get("documents", []) if isinstance(manifest, dict) else []
seen_ids = set()
for m in mdocs:
    for k in ("id", "file", "title", "publisher", "date", "kind", "language", "licence"):
        if not str(m.get(k, "")).strip():
            err(f"manifest entry {m.get('id')}: field {k} missing")
    if m.get("id") in seen_ids:
        err(f"manifest: duplicate id {m.get('id')}")
    seen_ids.add(m.get("id"))
    if m.get("file") not in files:
        err(f"manifest: file {m.get('file')} not in corpus")
    elif os.path.splitext(m["file"])[0] != m.get("id"):
        err(f"manifest: id {m.get('id')} is not the file stem of {m['file']}")
for s in stems:
    if s not in seen_ids:
        err(f"manifest: no entry for corpus document {s}")

DOC = {s: Doc(os.path.join(CORPUS, f)) for s, f in stems.items()}
TOK = {s: tok(d.text) for s, d in DOC.items()}
for s, d in DOC.items():
    if len(d.lines) > 300:
        err(f"{s}: {len(d.lines)} lines > 300")
    for name in FORBIDDEN:
        if name.lower() in d.text.lower():
            err(f"{s}: reuses earlier invented name {name}")

# ------------------------------------------------------------------ entities
ents = json.load(open(os.path.join(GOLD, "entities.json"), encoding="utf-8"))
rels = json.load(open(os.path.join(GOLD, "relations.json"), encoding="utf-8"))
masks = json.load(open(os.path.join(GOLD, "transfer_objects.json"), encoding="utf-8"))
for blob in (json.dumps(ents, ensure_ascii=False), json.dumps(rels, ensure_ascii=False),
             json.dumps(masks, ensure_ascii=False), open(man_path, encoding="utf-8").read()):
    for name in FORBIDDEN:
        if name.lower() in blob.lower():
            err(f"gold/manifest reuses earlier invented name {name}")

E = {}
for e in ents:
    eid = e.get("id")
    if not eid or not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", eid):
        err(f"bad entity id {eid!r}")
        continue
    if eid in E:
        err(f"duplicate entity id {eid}")
    E[eid] = e
    if e.get("type") not in TYPES:
        err(f"{eid}: unknown type {e.get('type')}")
    if not ws(e.get("name", "")):
        err(f"{eid}: empty name")
    al = e.get("aliases", [])
    if not isinstance(al, list) or len(set(al)) != len(al) or e.get("name") in al:
        err(f"{eid}: aliases must be a list of distinct forms other than the name")
    docs = e.get("docs", [])
    if not docs or any(d not in DOC for d in docs):
        err(f"{eid}: bad docs {docs}")
        continue
    lines = e.get("lines", {})
    if set(lines) != set(docs):
        err(f"{eid}: lines keys {sorted(lines)} != docs {sorted(docs)}")
    forms = [e["name"]] + list(al)
    for d in docs:
        starts = set().union(*(DOC[d].starts(f) for f in forms))
        ls = lines.get(d, [])
        if not ls:
            err(f"{eid}: no lines for {d}")
        for ln in ls:
            if not isinstance(ln, int) or not 1 <= ln <= len(DOC[d].lines):
                err(f"{eid}: line {ln} out of range in {d}")
            elif ln not in starts:
                err(f"{eid}: no mention of name/alias starts at {d}:{ln}")
    for a in al:
        if not any(DOC[d].starts(a) for d in docs):
            err(f"{eid}: alias {a!r} not found in its documents")
    name_ok = any(DOC[d].starts(e["name"]) for d in docs) or \
        any(fold(e["name"]) in DOC[d].folded for d in docs) or \
        any(lenient_in(e["name"], TOK[d]) for d in docs)
    if not name_ok:
        err(f"{eid}: name {e['name']!r} not found (verbatim, folded or inflected) in its documents")
    if e.get("type") == "Person":
        if not ws(e.get("role", "")) or not ws(e.get("affiliation", "")):
            err(f"{eid}: person without role/affiliation")
    if e.get("type") == "Measure" and e.get("measure_kind") not in MEASURE_KINDS:
        err(f"{eid}: measure_kind {e.get('measure_kind')!r} not in {sorted(MEASURE_KINDS)}")

labels = defaultdict(set)
for e in E.values():
    for f in [e["name"]] + e.get("aliases", []):
        labels[f].add(e["type"])
for e in E.values():
    if e.get("type") == "Person" and not (labels.get(e.get("affiliation"), set()) & ACTORS):
        err(f"{e['id']}: affiliation {e.get('affiliation')!r} is not the name/alias of an actor")

# ------------------------------------------------------------------ relations
keys = set()
for i, r in enumerate(rels):
    tag = f"relation #{i} {r.get('subject')} {r.get('predicate')} {r.get('object')}"
    p = r.get("predicate")
    if p not in FIT:
        err(f"{tag}: unknown predicate")
        continue
    s, o = E.get(r.get("subject")), E.get(r.get("object"))
    if s is None or o is None:
        err(f"{tag}: unknown subject/object id")
        continue
    if s["type"] not in FIT[p][0] or o["type"] not in FIT[p][1]:
        err(f"{tag}: type mismatch {s['type']} -> {o['type']}")
    d = r.get("doc")
    if d not in DOC:
        err(f"{tag}: unknown doc {d}")
        continue
    for x in (s, o):
        if d not in x["docs"]:
            err(f"{tag}: entity {x['id']} does not occur in {d}")
    ln, ev = r.get("line"), ws(r.get("evidence", ""))
    if not ev or not isinstance(ln, int):
        err(f"{tag}: evidence/line missing")
        continue
    doc = DOC[d]
    if ln not in doc.starts(ev) and not any(doc.line_of[m.start()] == ln
                                            for m in re.finditer(re.escape(ev), doc.text)):
        err(f"{tag}: evidence not found starting at {d}:{ln}: {ev!r}")
    forms_so = [s["name"]] + s.get("aliases", []) + [o["name"]] + o.get("aliases", [])
    if not any(re.search(r"(?<!\w)" + re.escape(ws(f)) + r"(?!\w)", ev) for f in forms_so):
        err(f"{tag}: evidence mentions neither subject nor object: {ev!r}")
    if p == "memberOf":
        role = ws(r.get("role", ""))
        if not role:
            err(f"{tag}: memberOf without role")
        elif not lenient_in(role, tok(doc.window(ln - 1, ln + 8))):
            err(f"{tag}: role {role!r} not found near {d}:{ln}")
    elif r.get("role") is not None and not ws(r["role"]):
        err(f"{tag}: empty role")
    k = (r["subject"], p, r["object"], d)
    if p == "cooperatesWith":
        k = (min(r["subject"], r["object"]), p, max(r["subject"], r["object"]), d)
    if k in keys:
        err(f"{tag}: duplicate in {d}")
    keys.add(k)

# ------------------------------------------------------------------ product masks
inv = defaultdict(list)
for r in rels:
    if r.get("predicate") == "involvesActor":
        inv[r["subject"]].append(r)
mask_starts = {}
for m in masks:
    for k in ("section", "title", "kbm_function", "catalogue_page", "start_line", "fields_present",
              "fields_empty", "fields_missing", "beteiligte_akteure", "doc"):
        if k not in m:
            err(f"mask {m.get('section')}: key {k} missing")
    d = m.get("doc")
    if d not in DOC:
        err(f"mask {m.get('section')}: unknown doc {d}")
        continue
    mask_starts.setdefault(d, []).append((m["start_line"], m))
for d, lst in mask_starts.items():
    lst.sort(key=lambda x: x[0])
    lines = DOC[d].lines
    for idx, (st, m) in enumerate(lst):
        sec, title = m["section"], m["title"]
        end = lst[idx + 1][0] if idx + 1 < len(lst) else len(lines) + 1
        if ws(lines[st - 1]) != ws(f"{sec} {title}"):
            err(f"mask {sec}: line {st} is {lines[st - 1]!r}, expected heading")
        if f"{ws(title)} (Seite {m['catalogue_page']})" not in DOC[d].text:
            err(f"mask {sec}: catalogue page {m['catalogue_page']} not printed in the table")
        allf = m["fields_present"] + m["fields_empty"] + m["fields_missing"]
        if sorted(allf) != sorted(k for k, _ in FIELDS):
            err(f"mask {sec}: fields do not partition the 13 mask fields")
        block = lines[st - 1:end - 1]
        heads = {}
        for k, label in FIELDS:
            hit = [i for i, l in enumerate(block) if l.strip().startswith(label)]
            if hit:
                heads[k] = hit[0]
        for k in m["fields_missing"]:
            if k in heads:
                err(f"mask {sec}: field {k} listed missing but its header is printed")
        for k in m["fields_present"] + m["fields_empty"]:
            if k not in heads:
                err(f"mask {sec}: header of field {k} not found")
        hl = sorted(heads.values())
        for k in m["fields_empty"] + m["fields_present"]:
            if k not in heads:
                continue
            i = heads[k]
            nxt = min([h for h in hl if h > i] + [len(block)])
            content = [l for l in block[i + 1:nxt]
                       if l.strip() and not re.fullmatch(r"\d+", l.strip())
                       and not re.match(r"(DATEN|DISKURS|MASSNAHMEN|STRATEGISCHE ZIELE)\b", l.strip())]
            if k in m["fields_empty"] and content:
                err(f"mask {sec}: field {k} listed empty but has content")
            if k in m["fields_present"] and not content:
                err(f"mask {sec}: field {k} listed present but is empty")
        if "PRODUKTBEZEICHNUNG" not in "\n".join(block):
            err(f"mask {sec}: PRODUKTBEZEICHNUNG missing")
        te = E.get("to-" + sec)
        if not te or te["type"] != "TransferObject" or te["name"] != title:
            err(f"mask {sec}: no TransferObject entity to-{sec} named {title!r}")
        listed = set()
        for a in m["beteiligte_akteure"]:
            ln = a["line"]
            if not st <= ln < end or ws(a["text"]) not in ws(lines[ln - 1]):
                err(f"mask {sec}: akteur text {a['text']!r} not at line {ln}")
            for aid, aname in zip(a.get("actor_ids", []), a.get("actors", [])):
                if aid not in E or E[aid]["name"] != aname:
                    err(f"mask {sec}: actor {aid}/{aname} unknown")
                listed.add((aid, ln))
        rel_listed = {(r["object"], r["line"]) for r in inv["to-" + sec]
                      if "beteiligte_akteure" in heads and st + heads["beteiligte_akteure"] < r["line"] < end}
        if listed != rel_listed:
            err(f"mask {sec}: BETEILIGTE AKTEURE actors {sorted(listed ^ rel_listed)} differ from involvesActor")

# ------------------------------------------------------------------ report
tc = Counter(e["type"] for e in ents)
pc = Counter(r["predicate"] for r in rels)
dc = Counter(r["doc"] for r in rels)
print(f"documents: {len(DOC)}  (" + ", ".join(f"{s}: {len(d.lines)} lines" for s, d in sorted(DOC.items())) + ")")
print(f"entities: {len(ents)}")
for t in sorted(TYPES):
    print(f"  {t:15s} {tc.get(t, 0)}")
mk = Counter(e.get("measure_kind") for e in ents if e["type"] == "Measure")
print("  measure kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(mk.items())))
print(f"relations: {len(rels)}")
for p in FIT:
    print(f"  {p:21s} {pc.get(p, 0)}")
print("  per document: " + ", ".join(f"{d} {n}" for d, n in sorted(dc.items())))
print(f"masks: {len(masks)}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for x in errors:
        print("  -", x)
    sys.exit(1)
print("\nOK: all checks passed")
