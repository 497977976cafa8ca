#!/usr/bin/env python3
"""Validate the Fließgrund evaluation set (corpus/ + gold/) in this folder.

Checks the JSON format of gold/entities.json, gold/relations.json and
gold/transfer_objects.json, id conventions and references, that every evidence string
occurs in its document at the given line, that every entity mention line really
mentions the entity, and that the corpus manifest lists every document.
Standard library only. Exit status 0 = valid, 1 = at least one error.

    python3 validate.py [-v]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
ACTOR = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
PREDICATES = {
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": (ACTOR | {"Programme", "Measure", "TransferObject"}, ACTOR | {"Programme"}),
    "carriedBy": (ACTOR | {"Programme", "Measure", "TransferObject"}, ACTOR),
    "chairedBy": (ACTOR, {"Person"}),
    "subOrganizationOf": (ACTOR, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Person", "Programme"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
          "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
EVIDENCE_WINDOW = 12   # an evidence string may run over this many lines from its start line
MENTION_WINDOW = 8     # an entity mention may run over this many lines from its line (flattened table cells)

errors = []
verbose = "-v" in sys.argv


def err(msg):
    errors.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def dehyphenate(s):
    s = re.sub(r"([a-zäöüß])-[ \t]*\n\s*([a-zäöüß])", r"\1\2", s)   # Bildungs-\nkonferenz -> Bildungskonferenz
    s = re.sub(r"([A-Za-zÄÖÜäöüß])-[ \t]*\n\s*([A-ZÄÖÜ])", r"\1-\2", s)  # Kita-\nVerbund -> Kita-Verbund
    return ws(s)


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        err(f"{name}: cannot read JSON: {e}")
        return None
    if not isinstance(data, list):
        err(f"{name}: top level must be a list")
        return None
    return data


def check_keys(obj, where, required, optional):
    if not isinstance(obj, dict):
        err(f"{where}: not an object")
        return False
    ok = True
    for k, typ in required.items():
        if k not in obj:
            err(f"{where}: missing key {k!r}")
            ok = False
        elif not isinstance(obj[k], typ) or (typ is int and isinstance(obj[k], bool)):
            err(f"{where}: key {k!r} has wrong type {type(obj[k]).__name__}")
            ok = False
    for k in obj:
        if k not in required and k not in optional:
            err(f"{where}: unexpected key {k!r}")
        elif k in optional and not isinstance(obj[k], optional[k]):
            err(f"{where}: key {k!r} has wrong type {type(obj[k]).__name__}")
            ok = False
    return ok


# ------------------------------------------------------------------ corpus and manifest
docs = {}
for fn in sorted(os.listdir(CORPUS)):
    stem, ext = os.path.splitext(fn)
    if ext in (".txt", ".md"):
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
            docs[stem] = f.read().split("\n")
if len(docs) != 5:
    err(f"corpus: expected 5 documents, found {len(docs)}")

manifest_path = os.path.join(CORPUS, "manifest.yaml")
if not os.path.exists(manifest_path):
    err("corpus/manifest.yaml missing")
else:
    with open(manifest_path, encoding="utf-8") as f:
        man = f.read()
    ids = re.findall(r"^\s*-\s*id:\s*(\S+)\s*$", man, re.M)
    files = re.findall(r"^\s*file:\s*(\S+)\s*$", man, re.M)
    kinds = re.findall(r"^\s*kind:\s*(\S+)\s*$", man, re.M)
    if sorted(ids) != sorted(docs):
        err(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
    for fl in files:
        if not os.path.exists(os.path.join(CORPUS, fl)):
            err(f"manifest names missing file {fl}")
    if sorted(kinds) != sorted(["transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"]):
        err(f"manifest kinds should be one of each of the five kinds, got {kinds}")
    for key in ("title:", "description:", "publisher:", "parties:", "date:", "format:", "language: de", "licence:"):
        if man.count(key) < len(ids):
            err(f"manifest: every document needs {key!r}")


def window(doc, line, n, dehyph=False):
    lines = docs[doc][line - 1:line - 1 + n]
    text = "\n".join(lines)
    return dehyphenate(text) if dehyph else ws(text)


# ------------------------------------------------------------------ entities
entities = load_json("entities.json") or []
ent = {}
for i, e in enumerate(entities):
    where = f"entities[{i}]"
    if not check_keys(e, where, {"id": str, "type": str, "name": str, "aliases": list, "docs": list},
                      {"lines": dict, "role": str, "affiliation": str, "note": str, "role_only": bool}):
        continue
    where = f"entity {e['id']}"
    if not ID_RE.match(e["id"]):
        err(f"{where}: bad id")
    if e["id"] in ent:
        err(f"{where}: duplicate id")
    ent[e["id"]] = e
    if e["type"] not in ENTITY_TYPES:
        err(f"{where}: unknown type {e['type']}")
    if not e["name"].strip():
        err(f"{where}: empty name")
    if not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
        err(f"{where}: aliases must be non-empty strings")
    if len(set(e["aliases"])) != len(e["aliases"]):
        err(f"{where}: duplicate alias")
    if not e["docs"]:
        err(f"{where}: no docs")
    for d in e["docs"]:
        if d not in docs:
            err(f"{where}: unknown doc {d}")
    if e["type"] == "TransferObject" and not re.match(r"^to-\d+(\.\d+)+$", e["id"]):
        err(f"{where}: transfer object ids are 'to-<section>'")
    if e["type"] == "Person" and not ("role" in e and "affiliation" in e):
        err(f"{where}: persons need role and affiliation")
    forms = [ws(f).lower() for f in [e["name"]] + e["aliases"]]
    lines = e.get("lines", {})
    if sorted(lines) != sorted(e["docs"]):
        err(f"{where}: 'lines' keys must equal 'docs'")
    for d, lns in lines.items():
        if d not in docs:
            continue
        if not isinstance(lns, list) or not lns or lns != sorted(set(lns)):
            err(f"{where}: lines[{d}] must be a sorted, non-empty list without duplicates")
            continue
        for ln in lns:
            if not isinstance(ln, int) or not 1 <= ln <= len(docs[d]):
                err(f"{where}: line {ln} out of range in {d}")
                continue
            text = window(d, ln, MENTION_WINDOW, dehyph=True).lower()
            if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms):
                err(f"{where}: no name/alias found at {d}:{ln}: {docs[d][ln - 1]!r}")

# ------------------------------------------------------------------ relations
relations = load_json("relations.json") or []
seen = set()
for i, r in enumerate(relations):
    where = f"relations[{i}]"
    if not check_keys(r, where, {"subject": str, "predicate": str, "object": str, "doc": str, "line": int,
                                 "evidence": str}, {"role": str, "note": str}):
        continue
    where = f"relation {i} {r['subject']} {r['predicate']} {r['object']}"
    if r["predicate"] not in PREDICATES:
        err(f"{where}: unknown predicate")
        continue
    if r["subject"] not in ent or r["object"] not in ent:
        err(f"{where}: subject or object is not an entity id")
        continue
    if r["subject"] == r["object"]:
        err(f"{where}: subject equals object")
    st, ot = PREDICATES[r["predicate"]]
    if ent[r["subject"]]["type"] not in st:
        err(f"{where}: subject type {ent[r['subject']]['type']} not allowed")
    if ent[r["object"]]["type"] not in ot:
        err(f"{where}: object type {ent[r['object']]['type']} not allowed")
    key = (r["subject"], r["predicate"], r["object"], r["doc"])
    if key in seen:
        err(f"{where}: duplicate in {r['doc']}")
    seen.add(key)
    if r["doc"] not in docs:
        err(f"{where}: unknown doc {r['doc']}")
        continue
    for x in (r["subject"], r["object"]):
        if r["doc"] not in ent[x]["docs"]:
            err(f"{where}: entity {x} does not list doc {r['doc']}")
    ln = r["line"]
    if not 1 <= ln <= len(docs[r["doc"]]) or not docs[r["doc"]][ln - 1].strip():
        err(f"{where}: line {ln} out of range or empty")
        continue
    ev = ws(r["evidence"])
    if not ev:
        err(f"{where}: empty evidence")
        continue
    text = window(r["doc"], ln, EVIDENCE_WINDOW)
    first = ws(docs[r["doc"]][ln - 1])
    pos = text.find(ev)
    if pos < 0:
        err(f"{where}: evidence not found at {r['doc']}:{ln}: {ev!r}")
    elif pos > len(first):
        err(f"{where}: evidence does not start on line {ln}")

# ------------------------------------------------------------------ transfer objects
tos = load_json("transfer_objects.json") or []
for i, t in enumerate(tos):
    where = f"transfer_objects[{i}]"
    if not check_keys(t, where, {"section": str, "title": str, "kbm_function": str, "catalogue_page": int,
                                 "start_line": int, "fields_present": list, "fields_empty": list,
                                 "fields_missing": list, "beteiligte_akteure": list, "doc": str},
                      {"entity": str}):
        continue
    where = f"transfer object {t['section']}"
    if not re.match(r"^\d+(\.\d+)+$", t["section"]):
        err(f"{where}: bad section number")
    if t["kbm_function"] not in KBM_FUNCTIONS:
        err(f"{where}: unknown KBM function {t['kbm_function']}")
    if t["doc"] not in docs:
        err(f"{where}: unknown doc")
        continue
    lines = docs[t["doc"]]
    if not 1 <= t["start_line"] <= len(lines) or not lines[t["start_line"] - 1].strip().startswith(t["section"]):
        err(f"{where}: start_line does not hold the section heading")
    elif ws(t["title"]) not in window(t["doc"], t["start_line"], 2):
        err(f"{where}: title not at start_line")
    present, empty, missing = t["fields_present"], t["fields_empty"], t["fields_missing"]
    allf = present + empty + missing
    if sorted(allf) != sorted(FIELDS):
        err(f"{where}: fields_present + fields_empty + fields_missing must partition the 13 mask fields")
    eid = t.get("entity", "to-" + t["section"])
    if eid not in ent or ent[eid]["type"] != "TransferObject":
        err(f"{where}: no TransferObject entity {eid}")
    for j, a in enumerate(t["beteiligte_akteure"]):
        w = f"{where} akteur {j}"
        if not check_keys(a, w, {"text": str, "line": int, "actors": list}, {"actor_ids": list}):
            continue
        if not 1 <= a["line"] <= len(lines) or ws(a["text"]) not in ws(lines[a["line"] - 1]):
            err(f"{w}: text not on line {a['line']}")
        for aid in a.get("actor_ids", []):
            if aid not in ent:
                err(f"{w}: unknown actor id {aid}")
            elif not any(r.get("subject") == eid and r.get("predicate") == "involvesActor" and r.get("object") == aid
                         for r in relations):
                err(f"{w}: no involvesActor relation {eid} -> {aid}")
to_sections = {t.get("section") for t in tos}
for e in entities:
    if isinstance(e, dict) and e.get("type") == "TransferObject" and e.get("id", "")[3:] not in to_sections:
        err(f"entity {e.get('id')}: TransferObject without a product mask in transfer_objects.json")

# ------------------------------------------------------------------ report
if verbose or not errors:
    from collections import Counter
    print("entities:", len(entities), dict(Counter(e.get("type") for e in entities if isinstance(e, dict))))
    print("relations:", len(relations), dict(Counter(r.get("predicate") for r in relations if isinstance(r, dict))))
    print("transfer objects:", len(tos))
for m in errors:
    print("ERROR:", m)
print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
