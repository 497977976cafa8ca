#!/usr/bin/env python3
"""Validate the h28 evaluation set (corpus + gold) -- standard library only.

Checks
  * corpus/manifest.yaml lists exactly the corpus files; ids are the file stems;
    every entry has the required keys
  * gold/entities.json, gold/relations.json, gold/transfer_objects.json have the
    shared gold format (keys, types, id conventions, allowed values)
  * every alias of an entity occurs in one of its documents; every line listed
    for an entity contains one of its surface forms (name or alias)
  * every relation references existing entities, respects the domain/range of
    its predicate, and its evidence string occurs in its document starting on
    the given line (whitespace-normalised; it may continue on the next lines)
  * transfer objects: start line, section, field lists, actor lines

Exit status 0 when everything passes, 1 otherwise.
Usage: python3 validate.py [ROOT]   (ROOT defaults to the folder of this file)
"""
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
               "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
               "anmerkungen", "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
ACTORS = {"Organization", "Municipality", "Body", "Person", "Programme"}
ORGS = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
SIGNATURE = {
    "memberOf": ({"Person"}, ORGS),
    "participatesIn": (ORGS, {"Body", "Programme"}),
    "cooperatesWith": (ORGS | {"TransferObject"}, ORGS | {"Programme"}),
    "fundedBy": (ORGS | {"Programme", "Measure", "TransferObject"}, ORGS | {"Programme"}),
    "carriedBy": (ORGS | {"Programme", "Measure", "TransferObject"}, ORGS),
    "chairedBy": ({"Body", "Organization"}, {"Person"}),
    "subOrganizationOf": (ORGS, ORGS),
    "involvesActor": ({"TransferObject"}, ACTORS),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
WINDOW = 5  # an evidence string / surface form may continue over up to WINDOW-1 following lines

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    return norm(s).casefold()


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: cannot load JSON: {e}")
        return None


# ---------------------------------------------------------------- corpus + manifest
def read_manifest():
    path = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(path):
        err("corpus/manifest.yaml missing")
        return []
    text = open(path, encoding="utf-8").read()
    if not re.search(r"^documents:\s*$", text, re.M):
        err("manifest.yaml: no top-level 'documents:' key")
    entries, cur = [], None
    for line in text.split("\n"):
        m = re.match(r"^  - (\w+):\s*(.*)$", line)
        if m:
            cur = {m.group(1): m.group(2)}
            entries.append(cur)
            continue
        m = re.match(r"^    (\w+):\s*(.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    required = ["id", "file", "title", "description", "publisher", "parties", "date", "kind", "format", "language",
                "licence"]
    for e in entries:
        for k in required:
            if k not in e:
                err(f"manifest entry {e.get('id')}: missing key {k}")
        fid = e.get("id", "").strip().strip('"')
        ffile = e.get("file", "").strip().strip('"')
        if ffile and os.path.splitext(ffile)[0] != fid:
            err(f"manifest entry {fid}: id is not the file stem of {ffile}")
        if ffile and not os.path.exists(os.path.join(CORPUS, ffile)):
            err(f"manifest entry {fid}: file {ffile} not found")
        if e.get("language", "").strip().strip('"') not in ("de", ""):
            err(f"manifest entry {fid}: language must be de")
        fmt = e.get("format", "").strip().strip('"')
        if ffile and fmt and not ffile.endswith("." + fmt):
            err(f"manifest entry {fid}: format {fmt} does not match {ffile}")
    return entries


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        if fn.endswith((".txt", ".md")) and fn != "README.md":
            docs[os.path.splitext(fn)[0]] = open(os.path.join(CORPUS, fn), encoding="utf-8").read().split("\n")
    return docs


def window(lines, ln, size=WINDOW):
    """normalised text of lines ln..ln+size-1 (1-based) and the length of the first line's part;
    returns two variants: plain join and a join that removes end-of-line hyphenation."""
    first = norm(lines[ln - 1])
    rest = [norm(x) for x in lines[ln:ln - 1 + size] if norm(x)]
    plain = " ".join([first] + rest)
    dehy = first
    for r in rest:
        if dehy.endswith("-") and len(dehy) > 1 and dehy[-2].isalpha() and r[:1].islower():
            dehy = dehy[:-1] + r
        else:
            dehy = dehy + " " + r
    return [(plain, len(first)), (dehy, len(first))]


def occurs_at(lines, ln, s):
    """True if s (normalised, case-insensitive) starts on line ln (may continue below)."""
    if not (1 <= ln <= len(lines)):
        return False
    f = fold(s)
    if not f:
        return False
    for text, first_len in window(lines, ln):
        t = text.casefold()
        k = t.find(f)
        while k >= 0:
            if k < max(first_len, 1):
                return True
            k = t.find(f, k + 1)
    return False


def occurs_in_doc(lines, s):
    return any(occurs_at(lines, i, s) for i in range(1, len(lines) + 1))


# ---------------------------------------------------------------- checks
def check_entities(ents, docs):
    byid = {}
    if not isinstance(ents, list):
        err("entities.json: top level must be a list")
        return byid
    for i, e in enumerate(ents):
        where = f"entities[{i}]"
        if not isinstance(e, dict):
            err(f"{where}: not an object")
            continue
        for k, t in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if not isinstance(e.get(k), t):
                err(f"{where}: key {k} missing or not {t.__name__}")
        eid = e.get("id")
        if not isinstance(eid, str):
            continue
        where = f"entity {eid}"
        if not ID_RE.match(eid):
            err(f"{where}: bad id format")
        if eid in byid:
            err(f"{where}: duplicate id")
        byid[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"{where}: unknown type {e.get('type')}")
        if not isinstance(e.get("name"), str) or not e.get("name").strip():
            err(f"{where}: empty name")
        if len(set(map(fold, e.get("aliases", [])))) != len(e.get("aliases", [])):
            err(f"{where}: duplicate aliases")
        edocs = e.get("docs", [])
        if not edocs:
            err(f"{where}: no docs")
        for d in edocs:
            if d not in docs:
                err(f"{where}: unknown doc {d}")
        if e.get("type") == "Person":
            for k in ("role", "affiliation"):
                if not isinstance(e.get(k), str):
                    err(f"{where}: Person needs {k}")
        if e.get("type") == "Measure":
            if e.get("measure_kind") not in MEASURE_KINDS:
                err(f"{where}: measure_kind must be one of {sorted(MEASURE_KINDS)}")
        if e.get("type") == "TransferObject":
            if not eid.startswith("to-") or e.get("section") != eid[3:]:
                err(f"{where}: TransferObject id must be to-<section> and carry 'section'")
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err(f"{where}: lines must be an object doc -> [line numbers]")
            lines = {}
        for d, lns in lines.items():
            if d not in edocs:
                err(f"{where}: lines given for doc {d} that is not in docs")
                continue
            if d not in docs:
                continue
            for ln in lns:
                if not isinstance(ln, int):
                    err(f"{where}: non-integer line {ln!r}")
                    continue
                forms = [e["name"]] + e.get("aliases", [])
                if not any(occurs_at(docs[d], ln, f) for f in forms):
                    err(f"{where}: no surface form on {d}:{ln}: {docs[d][ln - 1][:80]!r}")
        for d in edocs:
            if d in docs and d not in lines:
                err(f"{where}: doc {d} has no lines")
        for a in e.get("aliases", []):
            if not any(occurs_in_doc(docs[d], a) for d in edocs if d in docs):
                err(f"{where}: alias {a!r} occurs in none of its docs")
    return byid


def check_relations(rels, byid, docs):
    if not isinstance(rels, list):
        err("relations.json: top level must be a list")
        return
    seen = set()
    for i, r in enumerate(rels):
        where = f"relations[{i}]"
        if not isinstance(r, dict):
            err(f"{where}: not an object")
            continue
        for k, t in (("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int)):
            if not isinstance(r.get(k), t):
                err(f"{where}: key {k} missing or not {t.__name__}")
        if any(not isinstance(r.get(k), t) for k, t in (("subject", str), ("predicate", str), ("object", str),
                                                        ("doc", str), ("line", int))):
            continue
        s, p, o, d, ln = r["subject"], r["predicate"], r["object"], r["doc"], r["line"]
        where = f"{where} ({s} {p} {o} @ {d}:{ln})"
        if p not in PREDICATES:
            err(f"{where}: unknown predicate")
        for x in (s, o):
            if x not in byid:
                err(f"{where}: unknown entity {x}")
        if s == o:
            err(f"{where}: subject equals object")
        if s in byid and o in byid and p in SIGNATURE:
            st, ot = SIGNATURE[p]
            if byid[s]["type"] not in st:
                err(f"{where}: subject type {byid[s]['type']} not allowed for {p}")
            if byid[o]["type"] not in ot:
                err(f"{where}: object type {byid[o]['type']} not allowed for {p}")
            for x in (s, o):
                if d not in byid[x].get("docs", []):
                    err(f"{where}: entity {x} does not list doc {d}")
        if d not in docs:
            err(f"{where}: unknown doc")
            continue
        if not (1 <= ln <= len(docs[d])):
            err(f"{where}: line out of range")
            continue
        ev = r.get("evidence")
        if ev is not None:
            if not isinstance(ev, str) or not ev.strip():
                err(f"{where}: empty evidence")
            elif not occurs_at(docs[d], ln, ev):
                err(f"{where}: evidence not found at that line: {ev!r}")
        if "role" in r and not isinstance(r["role"], str):
            err(f"{where}: role must be a string")
        key = (s, p, o, d)
        if key in seen:
            err(f"{where}: duplicate relation")
        seen.add(key)


def check_transfer_objects(tos, byid, docs):
    if not isinstance(tos, list):
        err("transfer_objects.json: top level must be a list")
        return
    sections = set()
    for i, t in enumerate(tos):
        where = f"transfer_objects[{i}]"
        for k, ty in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                      ("start_line", int), ("fields_present", list), ("fields_empty", list), ("fields_missing", list),
                      ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(k), ty):
                err(f"{where}: key {k} missing or not {ty.__name__}")
        if not isinstance(t.get("section"), str) or t.get("doc") not in docs:
            err(f"{where}: bad section or unknown doc")
            continue
        sec, d = t["section"], t["doc"]
        where = f"transfer object {sec}"
        sections.add(sec)
        if not re.match(r"^\d+(\.\d+)+$", sec):
            err(f"{where}: bad section number")
        if t.get("kbm_function") not in KBM_FUNCTIONS:
            err(f"{where}: kbm_function must be one of {sorted(KBM_FUNCTIONS)}")
        sl = t.get("start_line")
        if isinstance(sl, int) and not (1 <= sl <= len(docs[d]) and sec in docs[d][sl - 1]):
            err(f"{where}: start_line {sl} does not carry the section number")
        fp, fe, fm = t.get("fields_present", []), t.get("fields_empty", []), t.get("fields_missing", [])
        allf = list(fp) + list(fe) + list(fm)
        if sorted(allf) != sorted(MASK_FIELDS) or len(set(allf)) != len(allf):
            err(f"{where}: fields_present/empty/missing must partition the 13 mask fields")
        if "beteiligte_akteure" in fp and not t.get("beteiligte_akteure"):
            err(f"{where}: beteiligte_akteure present but no actors listed")
        for a in t.get("beteiligte_akteure", []):
            if not (isinstance(a, dict) and isinstance(a.get("text"), str) and isinstance(a.get("line"), int)
                    and isinstance(a.get("actors"), list)):
                err(f"{where}: bad actor entry {a!r}")
                continue
            if not occurs_at(docs[d], a["line"], a["text"]):
                err(f"{where}: actor text not at line {a['line']}: {a['text']!r}")
        eid = "to-" + sec
        if eid not in byid:
            err(f"{where}: no TransferObject entity {eid}")
    for eid, e in byid.items():
        if e.get("type") == "TransferObject" and e.get("section") not in sections:
            err(f"entity {eid}: TransferObject without entry in transfer_objects.json")


def main():
    entries = read_manifest()
    docs = load_corpus()
    ids = {e.get("id", "").strip().strip('"') for e in entries}
    if ids != set(docs):
        err(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
    ents = load_json("entities.json")
    rels = load_json("relations.json")
    tos = load_json("transfer_objects.json")
    byid = check_entities(ents, docs) if ents is not None else {}
    if rels is not None:
        check_relations(rels, byid, docs)
    if tos is not None:
        check_transfer_objects(tos, byid, docs)
    # summary
    from collections import Counter
    if ents:
        print("entities:", len(ents), dict(sorted(Counter(e.get("type") for e in ents).items())))
    if rels:
        print("relations:", len(rels), dict(sorted(Counter(r.get("predicate") for r in rels).items())))
    if tos:
        print("transfer objects:", len(tos))
    print("documents:", len(docs), sum(len("\n".join(v).encode("utf-8")) for v in docs.values()), "bytes")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED with {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
