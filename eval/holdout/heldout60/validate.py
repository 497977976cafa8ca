#!/usr/bin/env python3
"""Check the gold annotations of this evaluation set against the corpus text.

Usage: python3 validate.py            (exit code 0 = all checks passed)

Text matching is done on normalised variants of a text window, so that forms broken across
lines still count: (a) all whitespace (tabs, line breaks, blank lines) collapsed to one space;
(b) additionally a hyphen/dash at a line end joined to the next line ("Lan-desschulamt");
(c) additionally a line-end hyphen before a lower-case letter removed ("Landesschulamt"),
and (d) like (c) but also for a hyphen followed by a blank inside a line ("Kreisvolkshoch- schule").
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
KINDS = {"transferkatalog", "arbeitspakete", "zielvereinbarung", "protokoll", "praesentation"}
STOP = ("und ", "oder ", "bzw", "sowie ", "bis ")
errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def variants(text):
    a = collapse(text)
    b = collapse(re.sub(r"([-–])\n\s*", r"\1", text))
    c = collapse(re.sub(r"([-–])\n\s*", lambda m: m.group(1), re.sub(r"-\n\s*(?=[a-zäöüß])", "", text)))
    def strip_inline(m):
        rest = m.string[m.end():m.end() + 8]
        return m.group(0) if rest.startswith(STOP) else ""
    d = re.sub(r"-[ \t]+(?=[a-zäöüß])", strip_inline, c)
    return [a, b, c, collapse(d)]


def occurs(needle, text):
    n = collapse(needle)
    return any(n in v for v in variants(text))


def occurs_word(needle, text):
    p = re.compile(r"(?<!\w)" + re.escape(collapse(needle)) + r"(?!\w)")
    return any(p.search(v) for v in variants(text))


def load_manifest():
    """Minimal reader for the flat manifest.yaml written for this set (no PyYAML needed)."""
    docs, cur = [], None
    for raw in open(os.path.join(HERE, "corpus", "manifest.yaml"), encoding="utf-8"):
        line = raw.rstrip("\n")
        m = re.match(r"^\s*-\s+id:\s*(.+)$", line)
        if m:
            cur = {"id": m.group(1).strip()}
            docs.append(cur)
            continue
        m = re.match(r"^\s+(\w+):\s*(.*)$", line)
        if m and cur is not None:
            v = m.group(2).strip()
            if v.startswith('"') and v.endswith('"'):
                v = v[1:-1]
            cur[m.group(1)] = v
    return docs


docs = load_manifest()
TEXT, LINES = {}, {}
for d in docs:
    for key in ("id", "file", "title", "publisher", "date", "kind", "format", "language", "licence"):
        if key not in d:
            err("manifest: %s lacks %s" % (d.get("id"), key))
    path = os.path.join(HERE, "corpus", d.get("file", ""))
    if not os.path.isfile(path):
        err("manifest: missing file %s" % path)
        continue
    if os.path.splitext(d["file"])[0] != d["id"]:
        err("manifest: id %s is not the file stem of %s" % (d["id"], d["file"]))
    if d.get("kind") not in KINDS:
        err("manifest: bad kind %s" % d.get("kind"))
    if not re.fullmatch(r"\d{4}-\d{2}", d.get("date", "")):
        err("manifest: bad date %s" % d.get("date"))
    TEXT[d["id"]] = open(path, encoding="utf-8").read()
    LINES[d["id"]] = TEXT[d["id"]].split("\n")
if len(docs) != 5 or {d.get("kind") for d in docs} != KINDS:
    err("manifest: expected exactly one document of each of the five kinds")
size = sum(len(t.encode("utf-8")) for t in TEXT.values())


def win(doc, a, b):
    L = LINES[doc]
    a, b = max(1, a), min(len(L), b)
    return "\n".join(L[a - 1:b])


def strip_qualifier(name):
    return re.sub(r"\s*\([^()]*\)\s*$", "", name)


# ------------------------------------------------------------------ entities
ents = json.load(open(os.path.join(HERE, "gold", "entities.json"), encoding="utf-8"))
ids = {}
for e in ents:
    eid = e.get("id")
    if eid in ids:
        err("entity id duplicated: %s" % eid)
    ids[eid] = e
    if e.get("type") not in TYPES:
        err("entity %s: bad type %s" % (eid, e.get("type")))
    for k in ("name", "aliases", "docs", "lines"):
        if k not in e:
            err("entity %s lacks %s" % (eid, k))
    edocs = e.get("docs", [])
    for d in edocs:
        if d not in TEXT:
            err("entity %s: unknown doc %s" % (eid, d))
    edocs = [d for d in edocs if d in TEXT]
    if set(e.get("lines", {})) != set(e.get("docs", [])):
        err("entity %s: docs and lines keys differ" % eid)
    forms = list(e.get("aliases", []))
    name = e.get("name", "")
    if not e.get("name_normalised"):
        forms.append(name)
    for f in e.get("aliases", []):
        if not any(occurs(f, TEXT[d]) for d in edocs):
            err("entity %s: alias %r occurs in none of its docs" % (eid, f))
    if not e.get("name_normalised") and not any(occurs(name, TEXT[d]) or occurs(strip_qualifier(name), TEXT[d]) for d in edocs):
        err("entity %s: name %r occurs in none of its docs" % (eid, name))
    allforms = forms + [strip_qualifier(name)]
    for d in edocs:
        for ln in e["lines"].get(d, []):
            if not (1 <= ln <= len(LINES[d])):
                err("entity %s: line %s out of range in %s" % (eid, ln, d))
                continue
            w = win(d, ln, ln + 4)
            if not any(occurs_word(f, w) for f in allforms):
                err("entity %s: no name/alias at %s:%s" % (eid, d, ln))
    if e.get("type") == "Person" and ("role" not in e or "affiliation" not in e):
        err("person %s lacks role/affiliation" % eid)

# ------------------------------------------------------------------ relations
rels = json.load(open(os.path.join(HERE, "gold", "relations.json"), encoding="utf-8"))
seen = set()
for i, r in enumerate(rels):
    tag = "relation #%d (%s %s %s)" % (i, r.get("subject"), r.get("predicate"), r.get("object"))
    for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
        if k not in r:
            err("%s lacks %s" % (tag, k))
    s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
    if s not in ids or o not in ids:
        err("%s: unknown entity id" % tag)
        continue
    if p not in PREDICATES:
        err("%s: bad predicate" % tag)
    if d not in TEXT:
        err("%s: unknown doc" % tag)
        continue
    st, ot = ids[s]["type"], ids[o]["type"]
    if p == "memberOf" and st != "Person":
        err("%s: memberOf needs a Person subject" % tag)
    if p == "chairedBy" and ot != "Person":
        err("%s: chairedBy needs a Person object" % tag)
    if p == "involvesActor" and st != "TransferObject":
        err("%s: involvesActor needs a TransferObject subject" % tag)
    if p == "addressesActionField" and (st != "Measure" or ot != "ActionField"):
        err("%s: addressesActionField needs Measure -> ActionField" % tag)
    if p == "participatesIn" and ot not in ("Body", "Programme"):
        err("%s: participatesIn needs a Body or Programme object" % tag)
    if d not in ids[s]["docs"] and st != "Measure":
        err("%s: subject not annotated in %s" % (tag, d))
    ln = r.get("line", 0)
    if not occurs(r.get("evidence", ""), win(d, ln - 1, ln + 4)):
        err("%s: evidence not at or next to %s:%s" % (tag, d, ln))
    key = (s, p, o, d, ln)
    if key in seen:
        err("%s: duplicate" % tag)
    seen.add(key)

# ------------------------------------------------------------------ transfer objects
tos = json.load(open(os.path.join(HERE, "gold", "transfer_objects.json"), encoding="utf-8"))
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"]
for t in tos:
    d = t.get("doc")
    if d not in TEXT:
        err("mask %s: unknown doc" % t.get("section"))
        continue
    sl = t["start_line"]
    head = LINES[d][sl - 1].strip()
    if not (head.startswith(t["section"] + " ") and collapse(head[len(t["section"]):]) == t["title"]):
        err("mask %s: start_line %d is not its heading: %r" % (t["section"], sl, head))
    if not occurs("%s (Seite %d)" % (t["title"], t["catalogue_page"]), TEXT[d]):
        err("mask %s: catalogue page %s not in the table of contents" % (t["section"], t["catalogue_page"]))
    parts = t["fields_present"] + t["fields_empty"] + t["fields_missing"]
    if sorted(parts) != sorted(FIELDS):
        err("mask %s: fields do not partition the 13 mask fields" % t["section"])
    for a in t.get("beteiligte_akteure", []):
        if not occurs(a["text"], LINES[d][a["line"] - 1]):
            err("mask %s: actor text not at line %s" % (t["section"], a["line"]))
        for aid in a.get("actor_ids", []):
            if aid not in ids:
                err("mask %s: unknown actor id %s" % (t["section"], aid))
    if t.get("entity") and t["entity"] not in ids:
        err("mask %s: unknown entity" % t["section"])

print("documents: %d (%d bytes)  entities: %d  relations: %d  masks: %d" % (len(TEXT), size, len(ents), len(rels), len(tos)))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK")
