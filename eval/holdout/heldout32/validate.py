#!/usr/bin/env python3
"""Validate the Ahsebruch evaluation set (corpus + gold) in this folder.

Standard library only.  Checks
  * corpus/manifest.yaml lists every corpus file (id = file stem) with the required fields;
  * gold/entities.json, gold/relations.json, gold/transfer_objects.json follow the shared
    gold format (keys, value types, allowed entity types and predicates, unique ids);
  * every entity alias occurs in one of the entity's documents and every listed line
    mentions the entity (name or alias, case-insensitive, whitespace-normalised; a mention
    may run over a line break, e.g. a hyphenated "Bildungs- büro");
  * every relation references existing entities of plausible types, its document exists,
    and its evidence occurs in the document: the first fragment starts on `line`, further
    fragments (joined by " … ") lie within +/-20 lines (cross-sentence evidence);
  * every transfer object has a TransferObject entity "to-<section>" with the same title,
    its start line carries the section number, fields are consistent, and each
    "beteiligte_akteure" text occurs on its line.
Exits 1 on the first run with any failure, 0 otherwise, and prints counts.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy",
              "chairedBy", "subOrganizationOf", "involvesActor", "addressesActionField"}
ACTOR = {"Organization", "Municipality", "Body", "Programme", "Person"}
ORGS = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
SIGNATURE = {
    "memberOf": ({"Person"}, ORGS),
    "participatesIn": (ORGS, {"Body", "Programme"}),
    "cooperatesWith": (ORGS | {"Programme"}, ORGS | {"Programme"}),
    "fundedBy": (ORGS | {"Programme"}, ORGS | {"Programme"}),
    "carriedBy": (ORGS | {"Programme"}, ORGS),
    "chairedBy": ({"Body"}, {"Person"} | ORGS),
    "subOrganizationOf": (ORGS, ORGS),
    "involvesActor": ({"TransferObject"}, ACTOR),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden",
               "ressourcen", "projektplan", "beteiligte_akteure", "marketing",
               "gelingensbedingungen", "herausforderungen", "anmerkungen", "transfer_adressaten"]
SEP = " … "
WINDOW = 20
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    """A corpus document: raw lines plus a whitespace-normalised running text."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        parts, self.starts, pos = [], [], 0
        for i, line in enumerate(self.lines, 1):
            n = norm(line)
            if not n:
                continue
            self.starts.append((pos, i))
            parts.append(n)
            pos += len(n) + 1
        self.text = " ".join(parts) + " "
        self.lower = self.text.lower()

    def line_of(self, offset):
        found = None
        for start, i in self.starts:
            if start <= offset:
                found = i
            else:
                break
        return found

    def occurrences(self, fragment, lower=False):
        hay = self.lower if lower else self.text
        needle = fragment.lower() if lower else fragment
        out, i = [], hay.find(needle)
        while i >= 0:
            out.append(i)
            i = hay.find(needle, i + 1)
        return out

    def lines_of(self, fragment, lower=False):
        return [self.line_of(o) for o in self.occurrences(norm(fragment), lower)]


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: cannot be read as JSON ({e})")
        return None


def read_manifest(path):
    """Minimal reader for the flat 'documents:' list in manifest.yaml."""
    docs, cur = [], None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^\s*-\s+id:\s*(.+)$", line)
            if m:
                cur = {"id": m.group(1).strip().strip('"')}
                docs.append(cur)
                continue
            m = re.match(r"^\s+([a-z_]+):\s*(.*)$", line)
            if m and cur is not None:
                cur[m.group(1)] = m.group(2).strip().strip('"')
    return docs


def main():
    # ---------------- corpus and manifest
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith((".txt", ".md")))
    docs = {os.path.splitext(f)[0]: Doc(os.path.join(CORPUS, f)) for f in files}
    if len(docs) != 5:
        err(f"corpus: expected 5 documents, found {len(docs)}")
    mpath = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(mpath):
        err("corpus/manifest.yaml missing")
    else:
        manifest = read_manifest(mpath)
        ids = {d["id"] for d in manifest}
        if ids != set(docs):
            err(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
        kinds = set()
        for d in manifest:
            for key in ("file", "title", "description", "publisher", "parties", "date", "kind",
                        "format", "language", "licence"):
                if key not in d:
                    err(f"manifest {d['id']}: missing field {key}")
            if d.get("file") and os.path.splitext(d["file"])[0] != d["id"]:
                err(f"manifest {d['id']}: file stem differs from id")
            if d.get("language") not in (None, "de"):
                err(f"manifest {d['id']}: language must be de")
            kinds.add(d.get("kind"))
        expected = {"transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"}
        if kinds != expected:
            err(f"manifest kinds {sorted(k for k in kinds if k)} != {sorted(expected)}")

    entities = load_json("entities.json")
    relations = load_json("relations.json")
    masks = load_json("transfer_objects.json")
    if entities is None or relations is None or masks is None:
        return finish()

    # ---------------- entities
    by_id = {}
    alias_index = Counter()
    if not isinstance(entities, list):
        err("entities.json: top level must be a list")
        entities = []
    for e in entities:
        if not isinstance(e, dict):
            err(f"entity is not an object: {e!r}")
            continue
        eid = e.get("id")
        for key, typ in (("id", str), ("type", str), ("name", str), ("aliases", list),
                         ("docs", list), ("lines", dict)):
            if not isinstance(e.get(key), typ):
                err(f"entity {eid}: field {key} missing or not {typ.__name__}")
        if not isinstance(eid, str):
            continue
        if not ID_RE.match(eid):
            err(f"entity {eid}: id not a lowercase slug")
        if eid in by_id:
            err(f"entity {eid}: duplicate id")
        by_id[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {eid}: unknown type {e.get('type')}")
        for key in ("role", "affiliation", "note"):
            if key in e and not isinstance(e[key], str):
                err(f"entity {eid}: {key} must be a string")
        if "role_only" in e and not isinstance(e["role_only"], bool):
            err(f"entity {eid}: role_only must be a boolean")
        extra = set(e) - {"id", "type", "name", "aliases", "docs", "lines", "role",
                          "affiliation", "note", "role_only"}
        if extra:
            err(f"entity {eid}: unexpected keys {sorted(extra)}")
        if not isinstance(e.get("docs"), list) or not isinstance(e.get("lines"), dict):
            continue
        if not e["docs"]:
            err(f"entity {eid}: no documents")
        if set(e["lines"]) != set(e["docs"]):
            err(f"entity {eid}: lines keys differ from docs")
        names = [e["name"]] + [a for a in e["aliases"] if isinstance(a, str)]
        for n in {norm(x).lower() for x in names}:
            alias_index[(e["type"], n)] += 1
        for d in e["docs"]:
            if d not in docs:
                err(f"entity {eid}: unknown document {d}")
        for a in e["aliases"]:
            if not isinstance(a, str) or not a.strip():
                err(f"entity {eid}: empty alias")
                continue
            if not any(docs[d].occurrences(norm(a), lower=True) for d in e["docs"] if d in docs):
                err(f"entity {eid}: alias {a!r} does not occur in its documents")
        for d, ls in e["lines"].items():
            if d not in docs:
                continue
            doc = docs[d]
            if not isinstance(ls, list) or not ls:
                err(f"entity {eid}: empty line list for {d}")
                continue
            mention_lines = set()
            for n in names:
                mention_lines.update(doc.lines_of(n, lower=True))
            for ln in ls:
                if not isinstance(ln, int) or not 1 <= ln <= len(doc.lines):
                    err(f"entity {eid}: line {ln!r} out of range in {d}")
                elif ln not in mention_lines:
                    err(f"entity {eid}: {d} line {ln} does not mention the entity")
    for (typ, n), c in alias_index.items():
        if c > 1:
            err(f"surface form {n!r} is used by {c} entities of type {typ}")

    # ---------------- relations
    if not isinstance(relations, list):
        err("relations.json: top level must be a list")
        relations = []
    seen = set()
    for k, r in enumerate(relations):
        tag = f"relation #{k}"
        if not isinstance(r, dict):
            err(f"{tag}: not an object")
            continue
        for key, typ in (("subject", str), ("predicate", str), ("object", str), ("doc", str),
                         ("line", int), ("evidence", str)):
            if not isinstance(r.get(key), typ):
                err(f"{tag}: field {key} missing or not {typ.__name__}")
        extra = set(r) - {"subject", "predicate", "object", "doc", "line", "evidence", "role", "note"}
        if extra:
            err(f"{tag}: unexpected keys {sorted(extra)}")
        for key in ("role", "note"):
            if key in r and not isinstance(r[key], str):
                err(f"{tag}: {key} must be a string")
        s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        tag = f"relation #{k} {s} {p} {o}"
        if p not in PREDICATES:
            err(f"{tag}: unknown predicate")
        if s not in by_id or o not in by_id:
            err(f"{tag}: unknown subject/object id")
            continue
        if s == o:
            err(f"{tag}: subject equals object")
        if p in SIGNATURE:
            st, ot = SIGNATURE[p]
            if by_id[s]["type"] not in st or by_id[o]["type"] not in ot:
                err(f"{tag}: types {by_id[s]['type']} -> {by_id[o]['type']} not allowed")
        key3 = (s, p, o, d)
        if key3 in seen:
            err(f"{tag}: duplicate in {d}")
        seen.add(key3)
        if d not in docs:
            err(f"{tag}: unknown document {d}")
            continue
        for ent in (s, o):
            if d not in by_id[ent].get("docs", []):
                err(f"{tag}: entity {ent} has no mention in {d}")
        ev, line = r.get("evidence"), r.get("line")
        if not isinstance(ev, str) or not isinstance(line, int):
            continue
        doc = docs[d]
        frags = [f for f in ev.split(SEP)]
        if any(not f.strip() for f in frags):
            err(f"{tag}: empty evidence fragment")
            continue
        if line not in doc.lines_of(frags[0]):
            err(f"{tag}: evidence {frags[0]!r} does not start on line {line} of {d}")
        for f in frags[1:]:
            if not any(abs(x - line) <= WINDOW for x in doc.lines_of(f)):
                err(f"{tag}: evidence fragment {f!r} not within {WINDOW} lines of {line}")

    # ---------------- transfer objects
    if not isinstance(masks, list):
        err("transfer_objects.json: top level must be a list")
        masks = []
    sections = set()
    for m in masks:
        sec = m.get("section")
        tag = f"transfer object {sec}"
        for key, typ in (("section", str), ("title", str), ("kbm_function", str),
                         ("catalogue_page", int), ("start_line", int), ("fields_present", list),
                         ("fields_empty", list), ("fields_missing", list),
                         ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(m.get(key), typ):
                err(f"{tag}: field {key} missing or not {typ.__name__}")
        if sec in sections:
            err(f"{tag}: duplicate section")
        sections.add(sec)
        if m.get("kbm_function") not in ("Strategische Ziele", "Daten", "Diskurs",
                                         "Handlungsfelder", "Maßnahmen"):
            err(f"{tag}: unknown kbm_function {m.get('kbm_function')}")
        d = m.get("doc")
        if d not in docs:
            err(f"{tag}: unknown document {d}")
            continue
        doc = docs[d]
        sl = m.get("start_line")
        if not isinstance(sl, int) or not 1 <= sl <= len(doc.lines) or \
                not norm(doc.lines[sl - 1]).startswith(str(sec)):
            err(f"{tag}: start_line {sl} does not carry the section number")
        fp, fe, fm = (m.get("fields_present", []), m.get("fields_empty", []),
                      m.get("fields_missing", []))
        allf = list(fp) + list(fe) + list(fm)
        if sorted(allf) != sorted(MASK_FIELDS):
            err(f"{tag}: fields_present/empty/missing must partition the 13 mask fields")
        ent = by_id.get("to-" + str(sec))
        if not ent or ent.get("type") != "TransferObject":
            err(f"{tag}: no TransferObject entity to-{sec}")
        elif norm(ent["name"]) != norm(m.get("title", "")):
            err(f"{tag}: entity name differs from title")
        if not isinstance(m.get("catalogue_page"), int):
            continue
        for a in m.get("beteiligte_akteure", []):
            if not isinstance(a, dict) or not isinstance(a.get("text"), str) or \
                    not isinstance(a.get("line"), int) or not isinstance(a.get("actors"), list):
                err(f"{tag}: malformed beteiligte_akteure entry {a!r}")
                continue
            if a["line"] not in doc.lines_of(a["text"]):
                err(f"{tag}: akteure text {a['text']!r} not on line {a['line']}")
    for e in by_id.values():
        if e.get("type") == "TransferObject" and e["id"][3:] not in sections:
            err(f"entity {e['id']}: TransferObject without a transfer_objects.json entry")

    # ---------------- summary
    print("documents:", len(docs), "(", sum(len(open(os.path.join(CORPUS, f), encoding='utf-8').read().encode('utf-8')) for f in files), "bytes )")
    print("entities:", len(by_id), dict(sorted(Counter(e["type"] for e in by_id.values()).items())))
    print("relations:", len(relations), dict(sorted(Counter(r.get("predicate") for r in relations).items())))
    print("transfer objects:", len(masks))
    return finish()


def finish():
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
