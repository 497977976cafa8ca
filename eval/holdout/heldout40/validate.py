#!/usr/bin/env python3
"""Validate the h40 evaluation set (corpus + gold) in this folder.

Checks the JSON format of gold/entities.json, gold/relations.json and
gold/transfer_objects.json (same format as the shared gold in
../shared/eval/extraction), id conventions, entity types and predicates,
type constraints of relations, that every listed mention line contains one of
the entity's surface forms, that every relation's evidence occurs at its line in
its document, that every relation references existing entities, and the
product-mask records against the catalogue text.  Exits 1 on any failure.

Usage: python3 validate.py [FOLDER]   (default: the folder of this script)
Only the Python standard library is used.
"""
import json
import os
import re
import sys

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy",
              "chairedBy", "subOrganizationOf", "involvesActor", "addressesActionField"}
ORG = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
CONSTRAINTS = {
    "memberOf": ({"Person"}, ORG),
    "participatesIn": (ORG, {"Body", "Programme"}),
    "cooperatesWith": (ORG, ORG),
    "fundedBy": (ORG | {"Programme", "TransferObject", "Measure"}, ORG | {"Programme"}),
    "carriedBy": (ORG | {"Programme", "TransferObject"}, ORG),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": (ORG, ORG),
    "involvesActor": ({"TransferObject"}, ORG | {"Person"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden",
               "ressourcen", "projektplan", "beteiligte_akteure", "marketing",
               "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"]
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
WINDOW = 6  # evidence / mentions may continue over this many following lines

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{path}: cannot load JSON ({e})")
        return None


def read_manifest(folder):
    """Minimal parser for corpus/manifest.yaml: returns {id: file}."""
    path = os.path.join(folder, "corpus", "manifest.yaml")
    if not os.path.exists(path):
        err("corpus/manifest.yaml missing")
        return {}
    docs, cur = {}, None
    required = {"id", "file", "title", "description", "publisher", "parties", "date",
                "kind", "format", "language", "licence"}
    seen_keys = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
        if m:
            cur = m.group(1).strip("\"'")
            docs[cur] = None
            seen_keys[cur] = {"id"}
            continue
        m = re.match(r"^\s+([a-z_]+):\s*(.*)$", line)
        if m and cur:
            seen_keys[cur].add(m.group(1))
            if m.group(1) == "file":
                docs[cur] = m.group(2).strip().strip("\"'")
            if m.group(1) == "language" and m.group(2).strip().strip("\"'") != "de":
                err(f"manifest: {cur}: language must be de")
    for d, keys in seen_keys.items():
        missing = required - keys
        if missing:
            err(f"manifest: {d}: missing fields {sorted(missing)}")
    return docs


class Doc:
    def __init__(self, path):
        self.raw = open(path, encoding="utf-8").read()
        self.lines = self.raw.split("\n")
        self.nlines = [norm(l) for l in self.lines]
        self.full = norm(self.raw)

    def window(self, line):
        """Normalized text from `line` (1-based) over the next WINDOW lines, and
        the length of the normalized first line."""
        parts = [self.nlines[i] for i in range(line - 1, min(len(self.lines), line - 1 + WINDOW + 1))]
        text = " ".join(p for p in parts if p)
        return text, len(self.nlines[line - 1])


def occurs_at(doc, line, s, casefold=False):
    """True if s (normalized) occurs in the window starting at line and starts on that line."""
    if not (1 <= line <= len(doc.lines)) or not doc.nlines[line - 1]:
        return False
    text, first_len = doc.window(line)
    s = norm(s)
    if casefold:
        text, s = text.casefold(), s.casefold()
    start = 0
    while True:
        p = text.find(s, start)
        if p < 0:
            return False
        if p < first_len:
            return True
        start = p + 1


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    manifest = read_manifest(folder)
    docs = {}
    for d, f in manifest.items():
        if not f:
            err(f"manifest: {d}: no file")
            continue
        p = os.path.join(folder, "corpus", f)
        if not os.path.exists(p):
            err(f"manifest: {d}: file {f} missing")
            continue
        if os.path.splitext(f)[0] != d:
            err(f"manifest: {d}: file stem {f} differs from id")
        docs[d] = Doc(p)
    corpus_files = {os.path.splitext(x)[0] for x in os.listdir(os.path.join(folder, "corpus"))
                    if x.endswith((".txt", ".md"))}
    for d in corpus_files - set(docs):
        err(f"corpus file {d} not listed in manifest")

    ents = load_json(os.path.join(folder, "gold", "entities.json"))
    rels = load_json(os.path.join(folder, "gold", "relations.json"))
    tos = load_json(os.path.join(folder, "gold", "transfer_objects.json"))
    if ents is None or rels is None or tos is None:
        return report(None, None, None)

    # ---------------- entities ----------------
    emap = {}
    if not isinstance(ents, list):
        err("entities.json: top level must be a list")
        ents = []
    for i, e in enumerate(ents):
        where = f"entities[{i}]"
        if not isinstance(e, dict):
            err(f"{where}: not an object")
            continue
        for k, t in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if not isinstance(e.get(k), t):
                err(f"{where}: key {k!r} missing or not {t.__name__}")
        eid = e.get("id", "")
        where = f"entity {eid}"
        if not ID_RE.match(str(eid)):
            err(f"{where}: bad id format")
        if eid in emap:
            err(f"{where}: duplicate id")
        emap[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"{where}: unknown type {e.get('type')!r}")
        if e.get("type") == "Person":
            for k in ("role", "affiliation"):
                if not isinstance(e.get(k), str) or not e.get(k):
                    err(f"{where}: person without {k}")
        if e.get("type") == "TransferObject" and not str(eid).startswith("to-"):
            err(f"{where}: TransferObject ids start with 'to-'")
        if e.get("type") == "Measure" and not str(eid).startswith("m-"):
            err(f"{where}: Measure ids start with 'm-'")
        if not all(isinstance(a, str) and a.strip() for a in e.get("aliases", [])):
            err(f"{where}: aliases must be non-empty strings")
        if len(set(e.get("aliases", []))) != len(e.get("aliases", [])):
            err(f"{where}: duplicate aliases")
        forms = [norm(x) for x in [e.get("name", "")] + list(e.get("aliases", [])) if norm(x)]
        if not e.get("docs"):
            err(f"{where}: empty docs")
        for d in e.get("docs", []):
            if d not in docs:
                err(f"{where}: unknown doc {d}")
                continue
            if not any(f in docs[d].full for f in forms):
                err(f"{where}: no name/alias occurs in {d}")
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err(f"{where}: lines must be an object")
            lines = {}
        for d, ls in lines.items():
            if d not in e.get("docs", []):
                err(f"{where}: lines for {d} not in docs")
            if d not in docs:
                continue
            if not isinstance(ls, list) or not all(isinstance(x, int) for x in ls):
                err(f"{where}: lines[{d}] must be a list of ints")
                continue
            if ls != sorted(set(ls)):
                err(f"{where}: lines[{d}] must be sorted and unique")
            for ln in ls:
                if not (1 <= ln <= len(docs[d].lines)):
                    err(f"{where}: line {ln} out of range in {d}")
                elif not any(occurs_at(docs[d], ln, f, casefold=True) for f in forms):
                    err(f"{where}: no surface form at {d}:{ln}: {docs[d].lines[ln - 1][:80]!r}")
        for d in e.get("docs", []):
            if d not in lines:
                err(f"{where}: doc {d} without lines")

    # ---------------- relations ----------------
    seen = set()
    if not isinstance(rels, list):
        err("relations.json: top level must be a list")
        rels = []
    for i, r in enumerate(rels):
        where = f"relations[{i}]"
        if not isinstance(r, dict):
            err(f"{where}: not an object")
            continue
        for k, t in (("subject", str), ("predicate", str), ("object", str), ("doc", str),
                     ("line", int), ("evidence", str)):
            if not isinstance(r.get(k), t):
                err(f"{where}: key {k!r} missing or not {t.__name__}")
        for k in ("role", "note"):
            if k in r and not isinstance(r[k], str):
                err(f"{where}: {k} must be a string")
        s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        where = f"relation {s} {p} {o} [{d}:{r.get('line')}]"
        if p not in PREDICATES:
            err(f"{where}: unknown predicate")
        if s not in emap:
            err(f"{where}: unknown subject")
        if o not in emap:
            err(f"{where}: unknown object")
        if s == o:
            err(f"{where}: subject equals object")
        key = (s, p, o, d)
        if key in seen:
            err(f"{where}: duplicate relation")
        seen.add(key)
        if p == "cooperatesWith" and (o, p, s, d) in seen:
            err(f"{where}: symmetric duplicate")
        if p in CONSTRAINTS and s in emap and o in emap:
            st, ot = CONSTRAINTS[p]
            if emap[s]["type"] not in st:
                err(f"{where}: subject type {emap[s]['type']} not allowed")
            if emap[o]["type"] not in ot:
                err(f"{where}: object type {emap[o]['type']} not allowed")
        if d not in docs:
            err(f"{where}: unknown doc")
            continue
        if not isinstance(r.get("line"), int) or not isinstance(r.get("evidence"), str):
            continue
        if not r["evidence"].strip():
            err(f"{where}: empty evidence")
        elif not occurs_at(docs[d], r["line"], r["evidence"]):
            err(f"{where}: evidence {r['evidence'][:60]!r} not found at that line")
        for k in (s, o):
            if k in emap and d not in emap[k].get("docs", []):
                err(f"{where}: {k} does not list doc {d}")

    # ---------------- transfer objects ----------------
    if not isinstance(tos, list):
        err("transfer_objects.json: top level must be a list")
        tos = []
    secs = set()
    for i, t in enumerate(tos):
        where = f"transfer_objects[{i}]"
        for k, ty in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                      ("start_line", int), ("fields_present", list), ("fields_empty", list),
                      ("fields_missing", list), ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(k), ty):
                err(f"{where}: key {k!r} missing or not {ty.__name__}")
        if errors and errors[-1].startswith(where):
            continue
        where = f"mask {t['section']}"
        if t["section"] in secs:
            err(f"{where}: duplicate section")
        secs.add(t["section"])
        if t["kbm_function"] not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}:
            err(f"{where}: unknown kbm_function")
        fp, fe, fm = t["fields_present"], t["fields_empty"], t["fields_missing"]
        allf = fp + fe + fm
        if sorted(allf) != sorted(MASK_FIELDS):
            err(f"{where}: fields_present/empty/missing must partition the 13 mask fields")
        if t["doc"] not in docs:
            err(f"{where}: unknown doc")
            continue
        doc = docs[t["doc"]]
        sl = t["start_line"]
        if not (1 <= sl <= len(doc.lines)) or doc.nlines[sl - 1] != f"{t['section']} {t['title']}":
            err(f"{where}: start_line {sl} is not the heading '{t['section']} {t['title']}'")
        toc = [l for l in doc.nlines if l == f"{t['section']} {t['title']} {t['catalogue_page']}"]
        if len(toc) != 1:
            err(f"{where}: table of contents entry with page {t['catalogue_page']} not found")
        for a in t["beteiligte_akteure"]:
            if not (isinstance(a, dict) and isinstance(a.get("text"), str) and isinstance(a.get("line"), int)
                    and isinstance(a.get("actors"), list) and a["actors"]):
                err(f"{where}: bad beteiligte_akteure item {a!r}")
                continue
            if not occurs_at(doc, a["line"], a["text"]):
                err(f"{where}: actor text {a['text'][:50]!r} not at line {a['line']}")
        if ("beteiligte_akteure" in fp) != bool(t["beteiligte_akteure"]):
            err(f"{where}: beteiligte_akteure list inconsistent with fields_present")
        to_id = "to-" + t["section"]
        if to_id not in emap or emap[to_id]["type"] != "TransferObject":
            err(f"{where}: no TransferObject entity {to_id}")
    for eid, e in emap.items():
        if e.get("type") == "TransferObject" and eid[3:] not in secs:
            err(f"entity {eid}: no transfer_objects record")
    # every involvesActor must come from a mask's BETEILIGTE AKTEURE lines
    mask_lines = {(t["doc"], a["line"]) for t in tos if isinstance(t, dict)
                  for a in t.get("beteiligte_akteure", []) if isinstance(a, dict)}
    for r in rels:
        if isinstance(r, dict) and r.get("predicate") == "involvesActor":
            if (r.get("doc"), r.get("line")) not in mask_lines:
                err(f"relation {r.get('subject')} involvesActor {r.get('object')}: line {r.get('line')} "
                    "is not a BETEILIGTE AKTEURE line")
    return report(ents, rels, tos)


def report(ents, rels, tos):
    if ents is not None:
        from collections import Counter
        print("entities:", len(ents), dict(Counter(e.get("type") for e in ents if isinstance(e, dict))))
        print("relations:", len(rels), dict(Counter(r.get("predicate") for r in rels if isinstance(r, dict))))
        print("transfer objects:", len(tos))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
