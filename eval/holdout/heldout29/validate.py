#!/usr/bin/env python3
"""Validate the Merzwald evaluation set (corpus + gold). Python 3 standard library only.

Checks
  * corpus/manifest.yaml lists every corpus file; document ids are the file stems
  * gold/entities.json, gold/relations.json, gold/transfer_objects.json have the shared gold format
  * ids are unique, types / predicates / measure kinds are from the allowed sets
  * every line listed for an entity holds one of its surface forms (name or alias)
  * every alias occurs in at least one of the entity's documents
  * every relation references existing entities of plausible types, both mentioned in its document,
    and its evidence string occurs in the document starting on the given line
  * transfer objects: heading at start_line, field lists partition the 13 mask fields,
    BETEILIGTE AKTEURE texts occur on their lines, involvesActor relations agree with them

Text matching works on a "stream" of each document: whitespace (tabs, line breaks) collapsed,
empty lines dropped and line-end hyphenation repaired ("Bildungs-" + "büro" -> "Bildungsbüro").
Entity surface forms match case-insensitively at word boundaries; evidence matches exactly.

Usage: python3 validate.py [SET_DIR]     (exit status 1 on any failure)
"""
import json
import os
import re
import sys

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
               "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
               "anmerkungen", "transfer_adressaten"]
KINDS = {"transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"}
ACTOR = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
SIGNATURE = {
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": (ACTOR | {"Programme", "TransferObject", "Measure"}, {"Organization", "Municipality", "Programme"}),
    "carriedBy": (ACTOR | {"Programme", "TransferObject"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body", "Organization"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Person"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")

# ---------------------------------------------------------------- text stream
KEEP_HYPHEN_WORDS = {"und", "oder", "bzw.", "sowie", "bis", "u.", "noch"}


def stream(text):
    chars, lines = [], []
    for no, raw in enumerate(text.split("\n"), 1):
        s = re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip()
        if not s:
            continue
        if chars:
            joiner = " "
            if chars[-1] == "-" and len(chars) >= 2 and chars[-2].isalpha():
                first = s.split(" ")[0]
                if first[:1].islower() and first not in KEEP_HYPHEN_WORDS:
                    chars.pop(); lines.pop(); joiner = ""
                elif first[:1].isupper() or first[:1].isdigit():
                    joiner = ""
            for ch in joiner:
                chars.append(ch); lines.append(no)
        for ch in s:
            chars.append(ch); lines.append(no)
    return "".join(chars), lines


WORD = re.compile(r"[0-9A-Za-zÄÖÜäöüß]")


def find_all(hay, needle, ci=True):
    h = hay.lower() if ci else hay
    n = needle.lower() if ci else needle
    n = re.sub(r"\s+", " ", n).strip()
    out, i = [], 0
    if not n:
        return out
    while True:
        j = h.find(n, i)
        if j < 0:
            return out
        before = h[j - 1] if j > 0 else " "
        after = h[j + len(n)] if j + len(n) < len(h) else " "
        if not (WORD.match(before) and WORD.match(n[0])) and not (WORD.match(after) and WORD.match(n[-1])):
            out.append(j)
        i = j + 1


def exact_starts(hay, needle):
    n = re.sub(r"\s+", " ", needle).strip()
    out, i = [], 0
    while n:
        j = hay.find(n, i)
        if j < 0:
            break
        out.append(j)
        i = j + 1
    return out


# ---------------------------------------------------------------- checks
class V:
    def __init__(self):
        self.errors = []

    def err(self, msg):
        self.errors.append(msg)


def read_manifest(path, v):
    """Minimal reader for the manifest's 'documents:' list (no YAML library needed)."""
    docs, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
        if m:
            cur = {"id": m.group(1).strip("\"'")}
            docs.append(cur)
            continue
        m = re.match(r"^\s+(\w+):\s*(.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip().strip("\"'")
    if not docs:
        v.err("manifest: no documents found")
    for d in docs:
        for k in ("file", "title", "kind", "format", "language"):
            if k not in d:
                v.err(f"manifest: document {d['id']} lacks '{k}'")
        if d.get("kind") and d["kind"] not in KINDS:
            v.err(f"manifest: document {d['id']} has unknown kind {d['kind']!r}")
        if d.get("file") and os.path.splitext(d["file"])[0] != d["id"]:
            v.err(f"manifest: id {d['id']} is not the stem of {d['file']}")
        if d.get("language") and d["language"] != "de":
            v.err(f"manifest: document {d['id']} language is not 'de'")
    return docs


def load_json(path, v):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        v.err(f"{path}: cannot parse JSON: {e}")
        return None
    if not isinstance(data, list):
        v.err(f"{path}: top level must be a list")
        return None
    return data


def main(root):
    v = V()
    corpus_dir = os.path.join(root, "corpus")
    gold_dir = os.path.join(root, "gold")
    man = os.path.join(corpus_dir, "manifest.yaml")
    if not os.path.exists(man):
        print("FAIL: corpus/manifest.yaml missing")
        return 1
    docs = read_manifest(man, v)
    texts, streams, linemaps, nlines = {}, {}, {}, {}
    for d in docs:
        p = os.path.join(corpus_dir, d.get("file", ""))
        if not os.path.isfile(p):
            v.err(f"manifest: file {d.get('file')} not found")
            continue
        texts[d["id"]] = open(p, encoding="utf-8").read()
        streams[d["id"]], linemaps[d["id"]] = stream(texts[d["id"]])
        nlines[d["id"]] = len(texts[d["id"]].split("\n"))
    listed = {d.get("file") for d in docs}
    for fn in os.listdir(corpus_dir):
        if fn != "manifest.yaml" and fn not in listed:
            v.err(f"corpus: file {fn} not listed in manifest")

    def starts_on(doc, positions, line):
        return any(linemaps[doc][p] == line for p in positions)

    # ------------------------------------------------ entities
    ents = load_json(os.path.join(gold_dir, "entities.json"), v) or []
    byid = {}
    for i, e in enumerate(ents):
        where = f"entities[{i}]"
        if not isinstance(e, dict):
            v.err(f"{where}: not an object"); continue
        for k, typ in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list), ("lines", dict)):
            if not isinstance(e.get(k), typ):
                v.err(f"{where}: key '{k}' missing or not {typ.__name__}")
        if not isinstance(e.get("id"), str):
            continue
        eid = e["id"]
        where = f"entity {eid}"
        if not ID_RE.match(eid):
            v.err(f"{where}: malformed id")
        if eid in byid:
            v.err(f"{where}: duplicate id")
        byid[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            v.err(f"{where}: unknown type {e.get('type')!r}")
        aliases = e.get("aliases") or []
        if any(not isinstance(a, str) or not a.strip() for a in aliases):
            v.err(f"{where}: aliases must be non-empty strings")
        if len(set(aliases)) != len(aliases) or e.get("name") in aliases:
            v.err(f"{where}: duplicate alias / alias equals name")
        edocs = e.get("docs") or []
        if not edocs:
            v.err(f"{where}: no docs")
        for d in edocs:
            if d not in texts:
                v.err(f"{where}: unknown doc {d}")
        lines = e.get("lines") or {}
        if set(lines) != set(edocs):
            v.err(f"{where}: 'lines' keys differ from 'docs'")
        forms = [e.get("name", "")] + [a for a in aliases if isinstance(a, str)]
        for d, ls in lines.items():
            if d not in texts:
                continue
            if not isinstance(ls, list) or not ls or any(not isinstance(x, int) for x in ls):
                v.err(f"{where}: lines[{d}] must be a non-empty list of ints"); continue
            occ = [p for f in forms for p in find_all(streams[d], f)]
            for ln in ls:
                if not 1 <= ln <= nlines[d]:
                    v.err(f"{where}: line {ln} out of range in {d}")
                elif not starts_on(d, occ, ln):
                    v.err(f"{where}: no surface form starts on {d}:{ln}")
        for a in aliases:
            if isinstance(a, str) and not any(find_all(streams[d], a) for d in edocs if d in streams):
                v.err(f"{where}: alias {a!r} does not occur in its documents")
        t = e.get("type")
        if t == "Measure" and e.get("measure_kind") not in MEASURE_KINDS:
            v.err(f"{where}: Measure needs measure_kind in {sorted(MEASURE_KINDS)}")
        if t == "Person":
            for k in ("role", "affiliation"):
                if k in e and not isinstance(e[k], str):
                    v.err(f"{where}: {k} must be a string")

    # ------------------------------------------------ transfer objects
    tos = load_json(os.path.join(gold_dir, "transfer_objects.json"), v) or []
    to_actors = {}
    for i, t in enumerate(tos):
        where = f"transfer_objects[{i}]"
        if not isinstance(t, dict):
            v.err(f"{where}: not an object"); continue
        for k, typ in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                       ("start_line", int), ("fields_present", list), ("fields_empty", list),
                       ("fields_missing", list), ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(k), typ):
                v.err(f"{where}: key '{k}' missing or not {typ.__name__}")
        sec, doc = t.get("section", "?"), t.get("doc")
        where = f"transfer object {sec}"
        if not re.match(r"^\d+(\.\d+)+$", str(sec)):
            v.err(f"{where}: malformed section")
        if t.get("kbm_function") not in KBM_FUNCTIONS:
            v.err(f"{where}: unknown kbm_function {t.get('kbm_function')!r}")
        if doc not in texts:
            v.err(f"{where}: unknown doc {doc}"); continue
        fp, fe, fm = (set(t.get(k) or []) for k in ("fields_present", "fields_empty", "fields_missing"))
        if fp & fe or fp & fm or fe & fm or (fp | fe | fm) != set(MASK_FIELDS):
            v.err(f"{where}: fields_present/empty/missing must partition the 13 mask fields")
        sl = t.get("start_line")
        if isinstance(sl, int):
            lines = texts[doc].split("\n")
            if not 1 <= sl <= len(lines) or not lines[sl - 1].strip().startswith(str(sec)):
                v.err(f"{where}: start_line {sl} does not hold the section heading")
            elif not any(linemaps[doc][p] == sl for p in find_all(streams[doc], t.get("title", ""))):
                v.err(f"{where}: title not found on start_line")
        tid = "to-" + str(sec)
        if tid not in byid or byid[tid].get("type") != "TransferObject":
            v.err(f"{where}: no TransferObject entity {tid}")
        ids = set()
        for j, a in enumerate(t.get("beteiligte_akteure") or []):
            if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not isinstance(a.get("line"), int) \
                    or not isinstance(a.get("actors"), list):
                v.err(f"{where}: beteiligte_akteure[{j}] needs text, line, actors"); continue
            if not starts_on(doc, exact_starts(streams[doc], a["text"]), a["line"]):
                v.err(f"{where}: akteur text not on line {a['line']}: {a['text']!r}")
            for x in a.get("entity_ids", []):
                if x not in byid:
                    v.err(f"{where}: unknown entity id {x}")
                ids.add(x)
        to_actors[tid] = ids

    # ------------------------------------------------ relations
    rels = load_json(os.path.join(gold_dir, "relations.json"), v) or []
    seen = set()
    inv = {}
    for i, r in enumerate(rels):
        where = f"relations[{i}]"
        if not isinstance(r, dict):
            v.err(f"{where}: not an object"); continue
        for k, typ in (("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int),
                       ("evidence", str)):
            if not isinstance(r.get(k), typ):
                v.err(f"{where}: key '{k}' missing or not {typ.__name__}")
        s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        where = f"relation {s} {p} {o} ({d})"
        if p not in PREDICATES:
            v.err(f"{where}: unknown predicate")
        if s not in byid or o not in byid:
            v.err(f"{where}: unknown subject/object"); continue
        if s == o:
            v.err(f"{where}: subject equals object")
        key = (s, p, o, d)
        if key in seen:
            v.err(f"{where}: duplicate")
        seen.add(key)
        if p in SIGNATURE:
            st, ot = SIGNATURE[p]
            if byid[s]["type"] not in st or byid[o]["type"] not in ot:
                v.err(f"{where}: types {byid[s]['type']} -> {byid[o]['type']} not allowed")
        if d not in texts:
            v.err(f"{where}: unknown doc"); continue
        for x in (s, o):
            if d not in byid[x].get("docs", []):
                v.err(f"{where}: {x} is not mentioned in {d}")
        ev, ln = r.get("evidence", ""), r.get("line")
        if not ev.strip():
            v.err(f"{where}: empty evidence")
        elif not starts_on(d, exact_starts(streams[d], ev), ln):
            v.err(f"{where}: evidence does not occur starting on line {ln}: {ev!r}")
        if "role" in r and not isinstance(r["role"], str):
            v.err(f"{where}: role must be a string")
        if p == "involvesActor":
            inv.setdefault(s, set()).add(o)
    for tid, ids in to_actors.items():
        if inv.get(tid, set()) != ids:
            v.err(f"transfer object {tid}: involvesActor relations {sorted(inv.get(tid, set()))} "
                  f"!= beteiligte_akteure entity_ids {sorted(ids)}")

    # ------------------------------------------------ report
    from collections import Counter
    print(f"documents: {len(texts)}  entities: {len(ents)}  relations: {len(rels)}  transfer objects: {len(tos)}")
    print("entity types:", dict(sorted(Counter(e.get('type') for e in ents).items())))
    print("predicates:  ", dict(sorted(Counter(r.get('predicate') for r in rels).items())))
    if v.errors:
        for e in v.errors:
            print("ERROR:", e)
        print(f"FAIL ({len(v.errors)} errors)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
