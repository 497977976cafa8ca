#!/usr/bin/env python3
"""Validate the invented evaluation set in this folder (stdlib only).

Checks
  * corpus/manifest.yaml lists every corpus file (id = file stem) and nothing else
  * gold/entities.json, gold/relations.json, gold/transfer_objects.json parse and
    follow the shared gold format (required keys, types, ids, predicates)
  * every entity line listed under "lines" carries one of the entity's names/aliases
  * every relation's evidence occurs in its document, starting on the given line
  * every relation references existing entities with plausible types
  * product masks: start line, title, field bookkeeping, BETEILIGTE AKTEURE lines,
    consistency with the involvesActor relations

Matching of names and evidence is tolerant in the same way as the shared gold:
runs of whitespace (spaces, tabs, line breaks) are equivalent, and a word may be
split by a line-end hyphen ("Bildungs-\\nregion" matches "Bildungsregion";
"Sormitz-\\nWisenta" matches "Sormitz-Wisenta").

Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy",
              "chairedBy", "subOrganizationOf", "involvesActor", "addressesActionField"}
ACTOR = {"Organization", "Municipality", "Body"}
# allowed (subject types, object types) per predicate
TYPE_RULES = {
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": (ACTOR | {"Programme", "Measure", "TransferObject"}, ACTOR | {"Programme"}),
    "carriedBy": (ACTOR | {"Programme", "Measure", "TransferObject"}, ACTOR),
    "chairedBy": ({"Body"}, {"Person", "Organization", "Municipality"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Person", "Programme"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden",
               "ressourcen", "projektplan", "beteiligte_akteure", "marketing",
               "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def tolerant_regex(s):
    """Regex for s: whitespace runs flexible, line-end hyphenation tolerated."""
    s = " ".join(s.split())
    parts = []
    for i, c in enumerate(s):
        if c == " ":
            parts.append(r"\s+")
        elif c == "-":
            parts.append(r"-\s*")
        else:
            parts.append(re.escape(c))
            if i + 1 < len(s) and c.isalpha() and s[i + 1].isalpha():
                parts.append(r"(?:-[ \t]*\n[ \t]*)?")
    return re.compile("".join(parts))


def line_starts(text):
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def occurs_starting_on_line(text, starts, pattern, line):
    """True if pattern matches somewhere beginning on 1-based line `line`."""
    if line < 1 or line > len(starts):
        return False
    a = starts[line - 1]
    b = starts[line] if line < len(starts) else len(text) + 1
    for m in pattern.finditer(text, a):
        if m.start() >= b:
            break
        return True
    return False


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: cannot be read as JSON ({e})")
        return None


# ---------------------------------------------------------------- corpus & manifest
docs = {}
for fn in sorted(os.listdir(CORPUS)):
    if fn.endswith((".txt", ".md")):
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
            docs[fn.rsplit(".", 1)[0]] = f.read()
if len(docs) != 5:
    err(f"corpus: expected 5 documents, found {len(docs)}")
doc_lines = {d: t.split("\n") for d, t in docs.items()}
doc_starts = {d: line_starts(t) for d, t in docs.items()}

man_path = os.path.join(CORPUS, "manifest.yaml")
if not os.path.exists(man_path):
    err("corpus/manifest.yaml missing")
else:
    man = open(man_path, encoding="utf-8").read()
    ids = re.findall(r"^\s*-\s*id:\s*(\S+)\s*$", man, re.M)
    files = re.findall(r"^\s*file:\s*(\S+)\s*$", man, re.M)
    kinds = re.findall(r"^\s*kind:\s*(\S+)\s*$", man, re.M)
    if sorted(ids) != sorted(docs):
        err(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
    for i, f in zip(ids, files):
        if not os.path.exists(os.path.join(CORPUS, f)):
            err(f"manifest: file {f} does not exist")
        if f.rsplit(".", 1)[0] != i:
            err(f"manifest: id {i} is not the stem of {f}")
    if sorted(kinds) != sorted(["transfer_catalogue", "work_packages", "agreement",
                                "minutes", "presentation"]):
        err(f"manifest: unexpected kinds {kinds}")
    for key in ("title", "description", "publisher", "parties", "date", "format",
                "language", "licence"):
        n = len(re.findall(rf"^\s*{key}:", man, re.M))
        if n < len(ids):
            err(f"manifest: field '{key}' present only {n} times for {len(ids)} documents")

# ---------------------------------------------------------------- entities
entities = load_json("entities.json") or []
ent = {}
if not isinstance(entities, list):
    err("entities.json: top level must be a list")
    entities = []
for e in entities:
    for k in ("id", "type", "name", "aliases", "docs"):
        if k not in e:
            err(f"entity {e.get('id')}: missing key '{k}'")
    eid = e.get("id", "")
    if not ID_RE.match(eid):
        err(f"entity id '{eid}' is not a lowercase slug")
    if eid in ent:
        err(f"duplicate entity id {eid}")
    ent[eid] = e
    if e.get("type") not in ENTITY_TYPES:
        err(f"entity {eid}: unknown type {e.get('type')}")
    if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
        err(f"entity {eid}: aliases must be a list of non-empty strings")
    _n = lambda x: " ".join(str(x).lower().split())
    if _n(e.get("name")) in [_n(a) for a in e.get("aliases", [])]:
        err(f"entity {eid}: name repeated among aliases (case-insensitive)")
    if len(set(e.get("aliases", []))) != len(e.get("aliases", [])):
        err(f"entity {eid}: duplicate aliases")
    if not e.get("docs"):
        err(f"entity {eid}: empty docs")
    for d in e.get("docs", []):
        if d not in docs:
            err(f"entity {eid}: unknown doc {d}")
    if e.get("type") == "Person":
        for k in ("role", "affiliation"):
            if not isinstance(e.get(k), str):
                err(f"person {eid}: missing '{k}'")
    lines = e.get("lines", {})
    if set(lines) != set(e.get("docs", [])):
        err(f"entity {eid}: 'lines' keys {sorted(lines)} differ from docs {e.get('docs')}")
    # case-insensitive: titles in capitals or with garbled capitals count as mentions
    pats = [re.compile(tolerant_regex(s).pattern, re.I) for s in [e.get("name", "")] + list(e.get("aliases", []))]
    pats_ci = []
    for d, ls in lines.items():
        if d not in docs:
            continue
        if not ls or ls != sorted(set(ls)):
            err(f"entity {eid}: lines for {d} must be a sorted non-empty list without duplicates")
        for ln in ls:
            if not any(occurs_starting_on_line(docs[d], doc_starts[d], p, ln) for p in pats + pats_ci):
                err(f"entity {eid}: no name/alias found on {d}:{ln}: {doc_lines[d][ln-1][:80]!r}")
    # every alias must be a surface form seen somewhere in the corpus
    for a in e.get("aliases", []):
        p = tolerant_regex(a)
        if not any(p.search(t) for t in docs.values()):
            err(f"entity {eid}: alias {a!r} does not occur in the corpus")

# alias collisions between entities of the same type (warning only)
seen_alias = defaultdict(set)
for e in entities:
    for s in [e.get("name", "")] + e.get("aliases", []):
        seen_alias[(e.get("type"), " ".join(s.lower().split()))].add(e.get("id"))
for (t, s), ids_ in seen_alias.items():
    if len(ids_) > 1:
        warnings.append(f"{t} surface form {s!r} shared by {sorted(ids_)}")

# ---------------------------------------------------------------- relations
relations = load_json("relations.json") or []
if not isinstance(relations, list):
    err("relations.json: top level must be a list")
    relations = []
keys_seen = set()
for i, r in enumerate(relations):
    tag = f"relation #{i} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
    for k in ("subject", "predicate", "object", "doc", "line", "evidence"):
        if k not in r:
            err(f"{tag}: missing key '{k}'")
    p = r.get("predicate")
    if p not in PREDICATES:
        err(f"{tag}: unknown predicate")
    s, o = ent.get(r.get("subject")), ent.get(r.get("object"))
    if s is None:
        err(f"{tag}: unknown subject id")
    if o is None:
        err(f"{tag}: unknown object id")
    if r.get("subject") == r.get("object"):
        err(f"{tag}: subject equals object")
    if s and o and p in TYPE_RULES:
        st, ot = TYPE_RULES[p]
        if s["type"] not in st or o["type"] not in ot:
            err(f"{tag}: types {s['type']} -> {o['type']} not allowed for {p}")
    d = r.get("doc")
    if d not in docs:
        err(f"{tag}: unknown doc {d}")
        continue
    if s and d not in s.get("docs", []) and p != "involvesActor":
        warnings.append(f"{tag}: subject not listed as mentioned in {d}")
    key = (d, r.get("subject"), p, r.get("object"))
    if key in keys_seen:
        err(f"{tag}: duplicate in {d}")
    keys_seen.add(key)
    ev = r.get("evidence", "")
    if not isinstance(ev, str) or len(ev) < 5:
        err(f"{tag}: evidence too short")
        continue
    pat = tolerant_regex(ev)
    if not pat.search(docs[d]):
        err(f"{tag}: evidence not found in {d}: {ev!r}")
    elif not isinstance(r.get("line"), int) or not occurs_starting_on_line(docs[d], doc_starts[d], pat, r["line"]):
        err(f"{tag}: evidence does not start on {d}:{r.get('line')}")
    if "role" in r and not (isinstance(r["role"], str) and r["role"]):
        err(f"{tag}: role must be a non-empty string")

# ---------------------------------------------------------------- transfer objects
tos = load_json("transfer_objects.json") or []
if not isinstance(tos, list):
    err("transfer_objects.json: top level must be a list")
    tos = []
to_entities = {e["name"]: e for e in entities if e.get("type") == "TransferObject"}
sections = set()
for t in tos:
    sec = t.get("section")
    tag = f"mask {sec}"
    for k in ("section", "title", "kbm_function", "catalogue_page", "start_line", "fields_present",
              "fields_empty", "fields_missing", "beteiligte_akteure", "doc"):
        if k not in t:
            err(f"{tag}: missing key '{k}'")
    if sec in sections:
        err(f"{tag}: duplicate section")
    sections.add(sec)
    d = t.get("doc")
    if d not in docs:
        err(f"{tag}: unknown doc {d}")
        continue
    if t.get("kbm_function") not in KBM_FUNCTIONS:
        err(f"{tag}: unknown kbm_function {t.get('kbm_function')}")
    if not isinstance(t.get("catalogue_page"), int):
        err(f"{tag}: catalogue_page must be an int")
    sl = t.get("start_line")
    if not isinstance(sl, int) or not (1 <= sl <= len(doc_lines[d])):
        err(f"{tag}: bad start_line")
    else:
        head = " ".join(doc_lines[d][sl - 1].split())
        if head != f"{sec} {t.get('title')}":
            err(f"{tag}: start_line {sl} is {head!r}, expected '{sec} {t.get('title')}'")
    # table of contents must give the same page
    toc = re.search(r"^" + re.escape(sec) + r"\t" + re.escape(t.get("title", "")) + r"\t(\d+)\s*$", docs[d], re.M)
    if not toc or int(toc.group(1)) != t.get("catalogue_page"):
        err(f"{tag}: catalogue_page does not match the table of contents")
    fp, fe, fm = t.get("fields_present", []), t.get("fields_empty", []), t.get("fields_missing", [])
    allf = fp + fe + fm
    if sorted(allf) != sorted(MASK_FIELDS) or len(set(allf)) != len(allf):
        err(f"{tag}: fields_present/empty/missing must partition the 13 mask fields")
    if t.get("title") not in to_entities:
        err(f"{tag}: no TransferObject entity named {t.get('title')!r}")
    te = to_entities.get(t.get("title"))
    rel_actors = {r["object"] for r in relations if te and r.get("subject") == te["id"]
                  and r.get("predicate") == "involvesActor"}
    listed = set()
    for a in t.get("beteiligte_akteure", []):
        ln = a.get("line")
        if not isinstance(ln, int) or not (1 <= ln <= len(doc_lines[d])):
            err(f"{tag}: bad actor line {ln}")
            continue
        if " ".join(a.get("text", "").split()) not in " ".join(doc_lines[d][ln - 1].split()):
            err(f"{tag}: actor text not on line {ln}: {a.get('text')!r}")
        for aid in a.get("actor_ids", []):
            if aid not in ent:
                err(f"{tag}: unknown actor id {aid}")
            listed.add(aid)
        if len(a.get("actors", [])) != len(a.get("actor_ids", [])):
            err(f"{tag}: actors and actor_ids differ in length")
    if listed != rel_actors:
        err(f"{tag}: actor_ids {sorted(listed)} != involvesActor objects {sorted(rel_actors)}")
for e in to_entities.values():
    if not any(t.get("title") == e["name"] for t in tos):
        err(f"TransferObject entity {e['id']} has no product mask in transfer_objects.json")

# ---------------------------------------------------------------- report
tc = Counter(e.get("type") for e in entities)
pc = Counter(r.get("predicate") for r in relations)
print(f"documents: {len(docs)}  ({sum(len(t.encode('utf-8')) for t in docs.values())} bytes)")
print(f"entities: {len(entities)}  " + ", ".join(f"{k} {v}" for k, v in sorted(tc.items())))
print(f"relations: {len(relations)}  " + ", ".join(f"{k} {v}" for k, v in sorted(pc.items())))
print(f"product masks: {len(tos)}")
for w in warnings:
    print("WARNING:", w)
if errors:
    for e_ in errors:
        print("ERROR:", e_)
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
sys.exit(0)
