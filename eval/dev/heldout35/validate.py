#!/usr/bin/env python3
"""Checks the Vennstein evaluation set (corpus/ + gold/) for internal consistency.

Usage: python3 validate.py [SET_DIR]     (default: the folder of this script)

Checks
- corpus/manifest.yaml lists every corpus file (id = file stem) with the required fields;
- gold/entities.json: format, unique ids, known types, docs exist, every alias is a surface
  form seen in one of the entity's documents, every listed line starts a mention;
- gold/relations.json: format, known predicates, subject/object exist and have fitting types,
  no duplicate triples, every evidence string occurs in its document (whitespace-normalised)
  and one occurrence starts on the given line;
- gold/transfer_objects.json: format, heading line, field lists, actor lines, and one
  TransferObject entity per mask.
Exits 1 on the first run with any failure (all failures are printed), 0 otherwise.
Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
ACTOR = {"Organization", "Municipality", "Body"}
PREDICATES = {
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": ({"Organization", "Body", "Programme", "Measure", "TransferObject"}, {"Organization", "Programme"}),
    "carriedBy": ({"Organization", "Body"}, ACTOR),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
               "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
               "anmerkungen", "transfer_adressaten"]
KINDS = {"transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"}
MANIFEST_FIELDS = ["id", "file", "title", "description", "publisher", "parties", "date", "kind", "format",
                   "language", "licence"]

failures = []


def fail(msg):
    failures.append(msg)


def load_json(name, kind):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        fail("%s: cannot read JSON: %s" % (name, e))
        return []
    if not isinstance(data, kind):
        fail("%s: top level must be a %s" % (name, kind.__name__))
        return []
    return data


# ------------------------------------------------------------------ corpus
docs = {}
if not os.path.isdir(CORPUS):
    fail("missing folder corpus/")
else:
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".md"):
            continue
        try:
            with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
                docs[stem] = f.read()
        except UnicodeDecodeError:
            fail("corpus/%s is not UTF-8" % fn)
if not docs:
    fail("no corpus documents found")


class Doc:
    """Whitespace-normalised text with the original line number of every character."""

    def __init__(self, text):
        chars, lines = [], []
        ln, prev = 1, False
        for ch in text:
            if ch.isspace():
                if not prev:
                    chars.append(" ")
                    lines.append(ln)
                prev = True
            else:
                chars.append(ch)
                lines.append(ln)
                prev = False
            if ch == "\n":
                ln += 1
        self.text = "".join(chars)
        self.low = self.text.lower()
        self.lines = lines
        self.nlines = ln

    def start_lines(self, needle, ignore_case=False):
        needle = " ".join(needle.split())
        if not needle:
            return set()
        hay = self.low if ignore_case else self.text
        if ignore_case:
            needle = needle.lower()
        out, i = set(), hay.find(needle)
        while i >= 0:
            out.add(self.lines[i])
            i = hay.find(needle, i + 1)
        return out


NDOC = {d: Doc(t) for d, t in docs.items()}

# ------------------------------------------------------------------ manifest (minimal YAML reader)
mpath = os.path.join(CORPUS, "manifest.yaml")
if not os.path.exists(mpath):
    fail("missing corpus/manifest.yaml")
else:
    with open(mpath, encoding="utf-8") as f:
        mtext = f.read()
    entries, cur = [], None
    for raw in mtext.splitlines():
        m = re.match(r"^\s*-\s+id:\s*(.+?)\s*$", raw)
        if m:
            cur = {"id": m.group(1).strip("'\"")}
            entries.append(cur)
            continue
        m = re.match(r"^\s+([a-z_]+):\s*(.*?)\s*$", raw)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip("'\"")
    if not re.search(r"^documents:\s*$", mtext, re.M):
        fail("manifest.yaml: missing top-level 'documents:'")
    ids = [e["id"] for e in entries]
    if sorted(ids) != sorted(docs):
        fail("manifest.yaml ids %s != corpus stems %s" % (sorted(ids), sorted(docs)))
    for e in entries:
        for k in MANIFEST_FIELDS:
            if k not in e:
                fail("manifest.yaml: %s lacks field %s" % (e["id"], k))
        if e.get("file") and os.path.splitext(e["file"])[0] != e["id"]:
            fail("manifest.yaml: file %s does not match id %s" % (e.get("file"), e["id"]))
        if e.get("kind") and e["kind"] not in KINDS:
            fail("manifest.yaml: %s has unknown kind %s" % (e["id"], e["kind"]))
        if e.get("language") and e["language"] != "de":
            fail("manifest.yaml: %s language must be de" % e["id"])
    kinds = Counter(e.get("kind") for e in entries)
    if set(kinds) != KINDS or any(v != 1 for v in kinds.values()):
        fail("manifest.yaml: expected one document of each kind, got %s" % dict(kinds))

# ------------------------------------------------------------------ entities
entities = load_json("entities.json", list)
byid = {}
for i, e in enumerate(entities):
    where = "entities[%d]" % i
    if not isinstance(e, dict):
        fail(where + ": not an object")
        continue
    for k, t in [("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)]:
        if not isinstance(e.get(k), t):
            fail("%s: field %s missing or not %s" % (where, k, t.__name__))
    eid = e.get("id")
    if not isinstance(eid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", eid or ""):
        fail("%s: bad id %r" % (where, eid))
        continue
    if eid in byid:
        fail("duplicate entity id %s" % eid)
    byid[eid] = e
    if e.get("type") not in ENTITY_TYPES:
        fail("%s: unknown type %r" % (eid, e.get("type")))
    if e.get("type") == "Person" and not (isinstance(e.get("role"), str) and isinstance(e.get("affiliation"), str)):
        fail("%s: persons need role and affiliation" % eid)
    edocs = e.get("docs") or []
    if not edocs:
        fail("%s: empty docs" % eid)
    for d in edocs:
        if d not in docs:
            fail("%s: unknown doc %s" % (eid, d))
    edocs = [d for d in edocs if d in docs]
    forms = [e.get("name", "")] + [a for a in e.get("aliases", []) if isinstance(a, str)]
    if len(set(a for a in e.get("aliases", []) if isinstance(a, str))) != len(e.get("aliases", [])):
        fail("%s: duplicate or non-string aliases" % eid)
    for a in e.get("aliases", []):
        if isinstance(a, str) and not any(NDOC[d].start_lines(a, True) for d in edocs):
            fail("%s: alias %r does not occur in its documents" % (eid, a))
    for d in edocs:
        if not any(NDOC[d].start_lines(f, True) for f in forms):
            fail("%s: no surface form occurs in %s" % (eid, d))
    lines = e.get("lines")
    if lines is not None:
        if not isinstance(lines, dict):
            fail("%s: lines must be an object" % eid)
        else:
            for d, lst in lines.items():
                if d not in edocs:
                    fail("%s: lines for doc %s not in docs" % (eid, d))
                    continue
                starts = set()
                for f in forms:
                    starts |= NDOC[d].start_lines(f, True)
                for ln in lst:
                    if not isinstance(ln, int) or ln not in starts:
                        fail("%s: no mention starts on %s line %r" % (eid, d, ln))

# ------------------------------------------------------------------ relations
relations = load_json("relations.json", list)
triples = Counter()
for i, r in enumerate(relations):
    where = "relations[%d]" % i
    if not isinstance(r, dict):
        fail(where + ": not an object")
        continue
    for k, t in [("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int),
                 ("evidence", str)]:
        if not isinstance(r.get(k), t):
            fail("%s: field %s missing or not %s" % (where, k, t.__name__))
    if "role" in r and not isinstance(r["role"], str):
        fail(where + ": role must be a string")
    p = r.get("predicate")
    if p not in PREDICATES:
        fail("%s: unknown predicate %r" % (where, p))
        continue
    s, o = byid.get(r.get("subject")), byid.get(r.get("object"))
    if s is None or o is None:
        fail("%s: unknown subject/object %s / %s" % (where, r.get("subject"), r.get("object")))
        continue
    st, ot = PREDICATES[p]
    if s["type"] not in st or o["type"] not in ot:
        fail("%s: %s(%s) %s %s(%s) violates the type constraints" % (where, s["id"], s["type"], p, o["id"],
                                                                     o["type"]))
    if r["subject"] == r["object"]:
        fail(where + ": subject equals object")
    triples[(r["subject"], p, r["object"])] += 1
    d = r.get("doc")
    if d not in docs:
        fail("%s: unknown doc %s" % (where, d))
        continue
    ev = r.get("evidence") or ""
    starts = NDOC[d].start_lines(ev)
    if not starts:
        fail("%s: evidence not found in %s: %r" % (where, d, ev))
    elif r.get("line") not in starts:
        fail("%s: evidence found on lines %s, not on line %r" % (where, sorted(starts), r.get("line")))
for t, n in triples.items():
    if n > 1:
        fail("duplicate relation %s %s %s" % t)

# ------------------------------------------------------------------ transfer objects
tos = load_json("transfer_objects.json", list)
to_ids = set()
for i, t in enumerate(tos):
    where = "transfer_objects[%d]" % i
    if not isinstance(t, dict):
        fail(where + ": not an object")
        continue
    for k, ty in [("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                  ("start_line", int), ("fields_present", list), ("fields_empty", list), ("fields_missing", list),
                  ("beteiligte_akteure", list), ("doc", str)]:
        if not isinstance(t.get(k), ty):
            fail("%s: field %s missing or not %s" % (where, k, ty.__name__))
    d = t.get("doc")
    if d not in docs:
        fail("%s: unknown doc %r" % (where, d))
        continue
    if t.get("kbm_function") not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}:
        fail("%s: unknown kbm_function %r" % (where, t.get("kbm_function")))
    raw_lines = docs[d].split("\n")
    sl = t.get("start_line")
    if not (isinstance(sl, int) and 1 <= sl <= len(raw_lines)) or \
            " ".join(raw_lines[sl - 1].split()) != "%s %s" % (t.get("section"), t.get("title")):
        fail("%s: start_line %r is not the heading '%s %s'" % (where, sl, t.get("section"), t.get("title")))
    fp, fe, fm = (t.get("fields_present") or []), (t.get("fields_empty") or []), (t.get("fields_missing") or [])
    allf = fp + fe + fm
    if sorted(allf) != sorted(MASK_FIELDS):
        fail("%s: present+empty+missing must partition the 13 mask fields, got %s" % (where, allf))
    for a in t.get("beteiligte_akteure") or []:
        if not (isinstance(a, dict) and isinstance(a.get("text"), str) and isinstance(a.get("line"), int)
                and isinstance(a.get("actors"), list)):
            fail("%s: bad beteiligte_akteure entry %r" % (where, a))
            continue
        if a["line"] not in NDOC[d].start_lines(a["text"]):
            fail("%s: actor text %r not on line %d" % (where, a["text"], a["line"]))
    # a page number line with the catalogue page must follow the heading
    page_lines = [i + 1 for i, l in enumerate(raw_lines) if l.strip() == str(t.get("catalogue_page"))]
    if isinstance(sl, int) and not any(pl > sl for pl in page_lines):
        fail("%s: no page number %r after the heading" % (where, t.get("catalogue_page")))
    tid = "to-%s" % t.get("section")
    to_ids.add(tid)
    if tid not in byid or byid[tid]["type"] != "TransferObject":
        fail("%s: no TransferObject entity %s" % (where, tid))
for e in entities:
    if isinstance(e, dict) and e.get("type") == "TransferObject" and e.get("id") not in to_ids:
        fail("TransferObject entity %s has no mask in transfer_objects.json" % e.get("id"))

# ------------------------------------------------------------------ report
if failures:
    print("FAILED (%d problems)" % len(failures))
    for f in failures:
        print(" -", f)
    sys.exit(1)
tc = Counter(e["type"] for e in entities)
pc = Counter(r["predicate"] for r in relations)
size = sum(len(t.encode("utf-8")) for t in docs.values())
print("OK: %d documents (%.1f KB), %d entities, %d relations, %d product masks" % (
    len(docs), size / 1024, len(entities), len(relations), len(tos)))
print("entities:  " + ", ".join("%s %d" % kv for kv in sorted(tc.items())))
print("relations: " + ", ".join("%s %d" % kv for kv in sorted(pc.items())))
sys.exit(0)
