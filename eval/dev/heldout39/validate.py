#!/usr/bin/env python3
"""Validate the Selzheim evaluation set (corpus + gold) in this folder.

Checks the JSON formats of gold/entities.json, gold/relations.json and
gold/transfer_objects.json (the format of the shared gold), the ids, that every alias and
every evidence string occurs in its document at the stated line, that relations reference
existing entities of fitting types, that product masks, their fields and their actors agree
with the text, and that corpus/manifest.yaml lists every document.
Standard library only. Exit status 0 = valid, 1 = at least one error.

    python3 validate.py [--quiet]
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
ORGS = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
SIGNATURES = {
    "memberOf": ({"Person"}, ORGS),
    "participatesIn": (ORGS, {"Body", "Programme"}),
    "cooperatesWith": (ORGS, ORGS),
    "fundedBy": (ORGS | {"Programme", "Measure", "TransferObject"}, ORGS | {"Programme"}),
    "carriedBy": (ORGS | {"Programme"}, ORGS),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": (ORGS, ORGS),
    "involvesActor": ({"TransferObject"}, ORGS | {"Person", "Programme"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
MASK_FIELDS = [
    ("kurzbeschreibung", "KURZBESCHREIBUNG"), ("produkttyp", "PRODUKTTYP"),
    ("ausgangssituation", "AUSGANGSSITUATION"), ("ziele", "ZIELE UND ANFORDERUNGEN"),
    ("methoden", "METHODEN, UMSETZUNG"), ("ressourcen", "RESSOURCEN"),
    ("projektplan", "PROJEKTPLAN"), ("beteiligte_akteure", "BETEILIGTE AKTEURE"),
    ("marketing", "MARKETING ÖA"), ("gelingensbedingungen", "GELINGENSBEDINGUNGEN"),
    ("herausforderungen", "HERAUSFORDERUNGEN"), ("anmerkungen", "ANMERKUNGEN"),
    ("transfer_adressaten", "POTENZIELLE TRANSFER-ADRESSATEN"),
]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")

errors = []


def err(msg):
    errors.append(msg)


def nws(s):
    return re.sub(r"\s+", " ", s).strip()


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        err(f"missing file gold/{name}")
    except json.JSONDecodeError as e:
        err(f"gold/{name}: invalid JSON: {e}")
    return None


# ----------------------------------------------------------------------------- corpus
def load_corpus():
    docs = {}
    if not os.path.isdir(CORPUS):
        err("missing folder corpus/")
        return docs
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".md") or fn == "README.md":
            continue
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
            text = f.read()
        docs[stem] = {"file": fn, "text": text, "lines": text.split("\n"), "norm": nws(text)}
    if not docs:
        err("corpus/ holds no .txt/.md documents")
    return docs


def check_manifest(docs):
    path = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(path):
        err("missing corpus/manifest.yaml")
        return
    text = open(path, encoding="utf-8").read()
    if not re.search(r"^documents:\s*$", text, re.M):
        err("manifest.yaml: no top-level 'documents:' list")
    blocks = re.split(r"^\s*-\s+id:\s*", text, flags=re.M)[1:]
    seen = {}
    for b in blocks:
        first = b.split("\n", 1)[0].strip().strip("\"'")
        body = b
        seen[first] = body
        for key in ("file", "title", "description", "publisher", "parties", "date", "kind", "format", "language",
                    "licence"):
            if not re.search(rf"^\s+{key}:", body, re.M):
                err(f"manifest.yaml: document {first}: missing field '{key}'")
        m = re.search(r"^\s+file:\s*(\S+)", body, re.M)
        if m and first in docs and m.group(1).strip("\"'") != docs[first]["file"]:
            err(f"manifest.yaml: document {first}: file {m.group(1)} != {docs[first]['file']}")
        m = re.search(r"^\s+language:\s*(\S+)", body, re.M)
        if m and m.group(1).strip("\"'") != "de":
            err(f"manifest.yaml: document {first}: language must be de")
        m = re.search(r"^\s+format:\s*(\S+)", body, re.M)
        if m and first in docs and m.group(1).strip("\"'") != docs[first]["file"].rsplit(".", 1)[1]:
            err(f"manifest.yaml: document {first}: format {m.group(1)} does not match file extension")
    for d in docs:
        if d not in seen:
            err(f"manifest.yaml: document {d} not listed")
    for d in seen:
        if d not in docs:
            err(f"manifest.yaml: lists {d}, which is not in corpus/")


# ----------------------------------------------------------------------------- helpers
def evidence_at(doc, line, evidence):
    """True if the whitespace-normalised evidence starts in `line` (1-based); it may run on
    over the next three lines (hyphenation, wrapped table cells)."""
    lines = doc["lines"]
    if not (1 <= line <= len(lines)):
        return False
    first = nws(lines[line - 1])
    if not first:
        return False
    window = nws(" ".join(lines[line - 1:line + 3]))
    ev = nws(evidence)
    if not ev:
        return False
    start = 0
    while True:
        i = window.find(ev, start)
        if i < 0:
            return False
        if i < len(first):
            return True
        start = i + 1


# ----------------------------------------------------------------------------- entities
def check_entities(ents, docs):
    by_id = {}
    if not isinstance(ents, list):
        err("entities.json: top level must be a list")
        return by_id
    for k, e in enumerate(ents):
        where = f"entities.json[{k}]"
        if not isinstance(e, dict):
            err(f"{where}: not an object")
            continue
        for key, typ in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if key not in e:
                err(f"{where}: missing '{key}'")
            elif not isinstance(e[key], typ):
                err(f"{where}: '{key}' must be {typ.__name__}")
        if not all(isinstance(e.get(k2), t2) for k2, t2 in
                   (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list))):
            continue
        eid = e["id"]
        where = f"entity {eid}"
        if not ID_RE.match(eid):
            err(f"{where}: id not lowercase slug")
        if eid in by_id:
            err(f"{where}: duplicate id")
        by_id[eid] = e
        if e["type"] not in ENTITY_TYPES:
            err(f"{where}: unknown type {e['type']}")
        if not e["name"].strip():
            err(f"{where}: empty name")
        if e["type"] == "TransferObject" and not eid.startswith("to-"):
            err(f"{where}: TransferObject ids start with 'to-'")
        if not e["docs"]:
            err(f"{where}: empty docs")
        for d in e["docs"]:
            if d not in docs:
                err(f"{where}: unknown doc {d}")
        if len(set(e["docs"])) != len(e["docs"]):
            err(f"{where}: duplicate docs")
        for a in e["aliases"]:
            if not isinstance(a, str) or not a.strip():
                err(f"{where}: bad alias {a!r}")
                continue
            if not any(nws(a) in docs[d]["norm"] for d in e["docs"] if d in docs):
                err(f"{where}: alias {a!r} occurs in none of its docs")
        if len(set(e["aliases"])) != len(e["aliases"]):
            err(f"{where}: duplicate aliases")
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err(f"{where}: 'lines' must be an object")
            lines = {}
        for d, ls in lines.items():
            if d not in e["docs"]:
                err(f"{where}: lines for {d}, which is not in docs")
                continue
            if d not in docs:
                continue
            if not isinstance(ls, list) or not all(isinstance(x, int) for x in ls):
                err(f"{where}: lines[{d}] must be a list of ints")
                continue
            for x in ls:
                if not 1 <= x <= len(docs[d]["lines"]):
                    err(f"{where}: line {x} out of range in {d}")
        for key in ("role", "affiliation", "note"):
            if key in e and not isinstance(e[key], str):
                err(f"{where}: '{key}' must be a string")
        if "role_only" in e and not isinstance(e["role_only"], bool):
            err(f"{where}: 'role_only' must be a boolean")
    return by_id


# ----------------------------------------------------------------------------- relations
def check_relations(rels, by_id, docs):
    if not isinstance(rels, list):
        err("relations.json: top level must be a list")
        return []
    seen = set()
    used_docs = {}
    for k, r in enumerate(rels):
        where = f"relations.json[{k}]"
        if not isinstance(r, dict):
            err(f"{where}: not an object")
            continue
        ok = True
        for key, typ in (("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int),
                         ("evidence", str)):
            if key not in r:
                err(f"{where}: missing '{key}'")
                ok = False
            elif not isinstance(r[key], typ) or isinstance(r[key], bool):
                err(f"{where}: '{key}' must be {typ.__name__}")
                ok = False
        if not ok:
            continue
        s, p, o, d = r["subject"], r["predicate"], r["object"], r["doc"]
        where = f"{where} ({s} {p} {o} @ {d}:{r['line']})"
        if p not in PREDICATES:
            err(f"{where}: unknown predicate")
        if s not in by_id:
            err(f"{where}: unknown subject")
        if o not in by_id:
            err(f"{where}: unknown object")
        if s == o:
            err(f"{where}: subject equals object")
        if d not in docs:
            err(f"{where}: unknown doc")
            continue
        key = (s, p, o, d)
        if key in seen:
            err(f"{where}: duplicate relation in the same document")
        seen.add(key)
        if p == "cooperatesWith" and (o, p, s, d) in seen:
            err(f"{where}: symmetric cooperatesWith given twice")
        if not evidence_at(docs[d], r["line"], r["evidence"]):
            err(f"{where}: evidence not found at that line: {r['evidence']!r}")
        for key2 in ("role", "note"):
            if key2 in r and not isinstance(r[key2], str):
                err(f"{where}: '{key2}' must be a string")
        if s in by_id and o in by_id and p in SIGNATURES:
            st, ot = SIGNATURES[p]
            if by_id[s]["type"] not in st:
                err(f"{where}: subject type {by_id[s]['type']} not allowed for {p}")
            if by_id[o]["type"] not in ot:
                err(f"{where}: object type {by_id[o]['type']} not allowed for {p}")
        for x in (s, o):
            if x in by_id and d not in by_id[x]["docs"]:
                err(f"{where}: {x} does not list {d} in its docs")
            used_docs.setdefault(x, set()).add(d)
    # every entity doc must be justified by a surface form or a relation in that doc
    for eid, e in by_id.items():
        forms = [e["name"]] + [a for a in e["aliases"] if isinstance(a, str)]
        for d in e["docs"]:
            if d not in docs:
                continue
            if not any(nws(f) in docs[d]["norm"] for f in forms) and d not in used_docs.get(eid, set()):
                err(f"entity {eid}: no surface form and no relation in listed doc {d}")
    return rels


# ----------------------------------------------------------------------------- transfer objects
def check_transfer_objects(tos, by_id, rels, docs):
    if not isinstance(tos, list):
        err("transfer_objects.json: top level must be a list")
        return
    sections = set()
    inv = {}
    for r in rels:
        if isinstance(r, dict) and r.get("predicate") == "involvesActor":
            inv.setdefault(r["subject"], set()).add((r["object"], r.get("line")))
    covered = set()
    field_names = [k for k, _ in MASK_FIELDS]
    for k, t in enumerate(tos):
        where = f"transfer_objects.json[{k}]"
        if not isinstance(t, dict):
            err(f"{where}: not an object")
            continue
        req = (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
               ("start_line", int), ("fields_present", list), ("fields_empty", list), ("fields_missing", list),
               ("beteiligte_akteure", list), ("doc", str))
        ok = True
        for key, typ in req:
            if key not in t:
                err(f"{where}: missing '{key}'")
                ok = False
            elif not isinstance(t[key], typ):
                err(f"{where}: '{key}' must be {typ.__name__}")
                ok = False
        if not ok:
            continue
        sec, d = t["section"], t["doc"]
        where = f"mask {sec}"
        if sec in sections:
            err(f"{where}: duplicate section")
        sections.add(sec)
        if not re.fullmatch(r"\d+(\.\d+)+", sec):
            err(f"{where}: bad section number")
        if t["kbm_function"] not in KBM_FUNCTIONS:
            err(f"{where}: unknown kbm_function {t['kbm_function']}")
        toid = f"to-{sec}"
        if toid not in by_id or by_id[toid]["type"] != "TransferObject":
            err(f"{where}: no TransferObject entity {toid}")
        if d not in docs:
            err(f"{where}: unknown doc {d}")
            continue
        lines = docs[d]["lines"]
        sl = t["start_line"]
        if not 1 <= sl <= len(lines) or nws(lines[sl - 1]) != nws(f"{sec} {t['title']}"):
            err(f"{where}: start_line {sl} does not hold the heading '{sec} {t['title']}'")
            continue
        if nws(f"{t['title']} (Seite {t['catalogue_page']})") not in docs[d]["norm"]:
            err(f"{where}: title with '(Seite {t['catalogue_page']})' not found in the table of contents")
        # end of the mask: next mask heading of the catalogue or end of document
        starts = sorted(x["start_line"] for x in tos if isinstance(x, dict) and x.get("doc") == d
                        and isinstance(x.get("start_line"), int))
        nxt = [x for x in starts if x > sl]
        end = nxt[0] if nxt else len(lines) + 1
        block = lines[sl - 1:end - 1]
        pages = [int(x.strip()) for x in block if re.fullmatch(r"\s*\d{1,3}\s*", x)]
        if pages and pages[0] != t["catalogue_page"]:
            err(f"{where}: first page number in the mask is {pages[0]}, catalogue_page {t['catalogue_page']}")
        heads = []
        for i, l in enumerate(block):
            for key, h in MASK_FIELDS:
                if l.strip().upper().startswith(h):
                    heads.append((key, i))
        present, empty = [], []
        for j, (key, i) in enumerate(heads):
            stop = heads[j + 1][1] if j + 1 < len(heads) else len(block)
            content = [l for l in block[i + 1:stop]
                       if l.strip() and not re.fullmatch(r"\s*\d{1,3}\s*", l)
                       and not nws(l).startswith(nws(f"{sec} {t['title']}"))
                       and l.strip() not in ("DATEN", "DISKURS", "MASSNAHMEN", "STRATEGISCHE ZIELE")]
            (present if content else empty).append(key)
        missing = [k2 for k2 in field_names if k2 not in [h for h, _ in heads]]
        for name, mine in (("fields_present", present), ("fields_empty", empty), ("fields_missing", missing)):
            if sorted(t[name]) != sorted(mine):
                err(f"{where}: {name} {sorted(t[name])} != text {sorted(mine)}")
        allf = t["fields_present"] + t["fields_empty"] + t["fields_missing"]
        if sorted(allf) != sorted(field_names):
            err(f"{where}: fields do not partition the 13 mask fields")
        for b in t["beteiligte_akteure"]:
            if not isinstance(b, dict) or not all(x in b for x in ("text", "line", "actors")):
                err(f"{where}: bad beteiligte_akteure item {b!r}")
                continue
            ln = b["line"]
            if not isinstance(ln, int) or not sl <= ln < end:
                err(f"{where}: actor line {ln} outside the mask")
                continue
            if nws(b["text"]) != nws(lines[ln - 1].replace("•", " ")):
                err(f"{where}: actor text differs from line {ln}")
            for a in b["actors"]:
                if nws(a) not in nws(lines[ln - 1]):
                    err(f"{where}: actor {a!r} not in line {ln}")
            ids = b.get("actor_ids", [])
            if ids and len(ids) != len(b["actors"]):
                err(f"{where}: actors and actor_ids differ in length (line {ln})")
            for x in ids:
                if x not in by_id:
                    err(f"{where}: unknown actor id {x}")
                elif (x, ln) not in inv.get(toid, set()):
                    err(f"{where}: no involvesActor relation {toid} -> {x} at line {ln}")
                covered.add((toid, x, ln))
    for toid, pairs in inv.items():
        for (x, ln) in pairs:
            if (toid, x, ln) not in covered:
                err(f"involvesActor {toid} -> {x} (line {ln}) is not listed in transfer_objects.json")


def main():
    quiet = "--quiet" in sys.argv
    docs = load_corpus()
    check_manifest(docs)
    ents = load_json("entities.json")
    rels = load_json("relations.json")
    tos = load_json("transfer_objects.json")
    by_id = check_entities(ents, docs) if ents is not None else {}
    rels = check_relations(rels, by_id, docs) if rels is not None else []
    if tos is not None:
        check_transfer_objects(tos, by_id, rels, docs)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    if not quiet:
        size = sum(len(d["text"].encode("utf-8")) for d in docs.values())
        print(f"documents: {len(docs)} ({size} bytes)")
        print(f"entities: {len(by_id)}", dict(Counter(e['type'] for e in by_id.values())))
        print(f"relations: {len(rels)} rows, {len({(r['subject'], r['predicate'], r['object']) for r in rels})} distinct triples",
              dict(Counter(r['predicate'] for r in rels)))
        print(f"transfer objects: {len(tos)}")
        print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
