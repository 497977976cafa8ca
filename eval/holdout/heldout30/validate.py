#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the Holsmark-Quernhusen evaluation set (standard library only).

Checks corpus/manifest.yaml, gold/entities.json, gold/relations.json and
gold/transfer_objects.json: JSON format and keys, id conventions, that every
entity line shows one of the entity's names/aliases, that every relation's evidence
occurs on its line, that relations reference existing entities mentioned in the
relation's document, and that the product-mask data agree with the catalogue text.
Text is compared with whitespace runs collapsed to one space (tabs inside sentences).
Exit status 0 when everything passes, 1 otherwise.

Usage: python3 validate.py [SET_DIR]     (default: the directory of this file)
"""
import json
import os
import re
import sys

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
PREDICATES = {
    # predicate: (allowed subject types, allowed object types)
    "memberOf": ({"Person"}, {"Organization", "Body", "Municipality"}),
    "participatesIn": ({"Organization", "Body", "Municipality"}, {"Body", "Programme"}),
    "cooperatesWith": ({"Organization", "Body", "Municipality"}, {"Organization", "Body", "Municipality"}),
    "fundedBy": ({"Organization", "Body", "Programme"}, {"Organization", "Programme", "Municipality"}),
    "carriedBy": ({"Organization", "Body", "Programme"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, {"Organization", "Body", "Municipality"}),
    "involvesActor": ({"TransferObject"}, {"Organization", "Body", "Municipality", "Person", "Programme"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
ENTITY_KEYS_REQ = {"id", "type", "name", "aliases", "docs"}
ENTITY_KEYS_OPT = {"lines", "role", "affiliation", "role_only", "note"}
REL_KEYS_REQ = {"subject", "predicate", "object", "doc", "line"}
REL_KEYS_OPT = {"evidence", "role", "note"}
TO_KEYS = {"section", "title", "kbm_function", "catalogue_page", "start_line", "fields_present",
           "fields_empty", "fields_missing", "beteiligte_akteure", "doc"}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
               "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
               "anmerkungen", "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
KINDS = {"transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- manifest
def parse_manifest(path):
    """Minimal parser for the manifest layout used here: 'documents:' followed by
    '  - key: value' items and '    key: value' continuation lines (scalars, quoted
    strings and [a, b] lists)."""
    docs = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.strip() == "documents:":
                continue
            m = re.match(r"^\s*(- )?([A-Za-z_]+):\s*(.*)$", line)
            if not m:
                err("manifest.yaml:%d: cannot parse %r" % (n, line))
                continue
            if m.group(1):
                cur = {}
                docs.append(cur)
            if cur is None:
                err("manifest.yaml:%d: key outside a document item" % n)
                continue
            key, val = m.group(2), m.group(3).strip()
            if val.startswith("[") and val.endswith("]"):
                val = [v.strip().strip('"') for v in val[1:-1].split(",") if v.strip()]
            elif len(val) >= 2 and val[0] == val[-1] == '"':
                val = val[1:-1]
            cur[key] = val
    return docs


def check_manifest(root):
    path = os.path.join(root, "corpus", "manifest.yaml")
    if not os.path.exists(path):
        err("corpus/manifest.yaml missing")
        return {}
    docs = parse_manifest(path)
    need = {"id", "file", "title", "description", "publisher", "parties", "date", "kind", "format",
            "language", "licence"}
    out = {}
    for d in docs:
        missing = need - set(d)
        if missing:
            err("manifest: document %s lacks %s" % (d.get("id"), sorted(missing)))
            continue
        if d["id"] in out:
            err("manifest: duplicate id %s" % d["id"])
        if os.path.splitext(d["file"])[0] != d["id"]:
            err("manifest: file stem of %s is not the id" % d["file"])
        if d["kind"] not in KINDS:
            err("manifest: unknown kind %s" % d["kind"])
        if d["language"] != "de":
            err("manifest: language of %s is not de" % d["id"])
        if not isinstance(d["parties"], list):
            err("manifest: parties of %s is not a list" % d["id"])
        fp = os.path.join(root, "corpus", d["file"])
        if not os.path.exists(fp):
            err("manifest: file %s missing" % d["file"])
            continue
        with open(fp, encoding="utf-8") as f:
            out[d["id"]] = f.read().split("\n")
    if sorted(d.get("kind") for d in docs) != sorted(KINDS):
        err("manifest: expected one document of each kind %s" % sorted(KINDS))
    return out


# ---------------------------------------------------------------- helpers
def line_views(lines, i):
    """Normalised, casefolded texts starting at 1-based line i: the line itself, the line
    joined with the next one, and the de-hyphenated join."""
    t = norm(lines[i - 1])
    views = [t]
    if i < len(lines):
        nxt = norm(lines[i])
        if nxt:
            views.append(t + " " + nxt)
            if t.endswith("-"):
                views.append(t[:-1] + nxt)
    return [v.casefold() for v in views]


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err("%s: invalid JSON (%s)" % (path, e))
        return None


# ---------------------------------------------------------------- entities
def check_entities(ents, texts):
    by_id = {}
    if not isinstance(ents, list):
        err("entities.json: top level must be a list")
        return by_id
    for e in ents:
        if not isinstance(e, dict):
            err("entities.json: entry is not an object: %r" % (e,))
            continue
        eid = e.get("id")
        keys = set(e)
        if ENTITY_KEYS_REQ - keys:
            err("entity %s: missing keys %s" % (eid, sorted(ENTITY_KEYS_REQ - keys)))
            continue
        if keys - ENTITY_KEYS_REQ - ENTITY_KEYS_OPT:
            err("entity %s: unknown keys %s" % (eid, sorted(keys - ENTITY_KEYS_REQ - ENTITY_KEYS_OPT)))
        if not isinstance(eid, str) or not ID_RE.match(eid):
            err("entity id %r does not follow the id convention" % (eid,))
        if eid in by_id:
            err("duplicate entity id %s" % eid)
        by_id[eid] = e
        if e["type"] not in ENTITY_TYPES:
            err("entity %s: unknown type %s" % (eid, e["type"]))
        if not isinstance(e["name"], str) or not e["name"].strip():
            err("entity %s: empty name" % eid)
        if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
            err("entity %s: aliases must be a list of non-empty strings" % eid)
            continue
        if len(set(e["aliases"])) != len(e["aliases"]):
            err("entity %s: duplicate aliases" % eid)
        if e["type"] == "TransferObject" and not eid.startswith("to-"):
            err("entity %s: TransferObject ids start with 'to-'" % eid)
        if e["type"] == "Person":
            for k in ("role", "affiliation"):
                if not isinstance(e.get(k), str):
                    err("person %s: missing %s" % (eid, k))
        if not isinstance(e["docs"], list) or not e["docs"]:
            err("entity %s: docs must be a non-empty list" % eid)
            continue
        for d in e["docs"]:
            if d not in texts:
                err("entity %s: unknown doc %s" % (eid, d))
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err("entity %s: lines must be an object" % eid)
            continue
        if set(lines) - set(e["docs"]):
            err("entity %s: lines for docs not in docs: %s" % (eid, sorted(set(lines) - set(e["docs"]))))
        forms = [norm(x).casefold() for x in [e["name"]] + e["aliases"]]
        doc_views = []
        for d in e["docs"]:
            if d not in texts:
                continue
            full = norm("\n".join(texts[d])).casefold()
            dehy = norm(re.sub(r"-\s*\n\s*", "", "\n".join(texts[d]))).casefold()
            doc_views += [full, dehy]
            if not any(f in full or f in dehy for f in forms):
                err("entity %s: no name/alias occurs in %s" % (eid, d))
        for a in e["aliases"]:
            if not any(norm(a).casefold() in v for v in doc_views):
                err("entity %s: alias %r does not occur in its documents" % (eid, a))
        for d, lns in lines.items():
            if d not in texts:
                continue
            if not isinstance(lns, list) or not lns or not all(isinstance(x, int) for x in lns):
                err("entity %s: lines[%s] must be a non-empty list of integers" % (eid, d))
                continue
            for ln in lns:
                if not 1 <= ln <= len(texts[d]):
                    err("entity %s: line %d out of range in %s" % (eid, ln, d))
                    continue
                views = line_views(texts[d], ln)
                if not any(f in v for f in forms for v in views):
                    err("entity %s: no name/alias on %s line %d: %r" % (eid, d, ln, texts[d][ln - 1]))
    return by_id


# ---------------------------------------------------------------- relations
def check_relations(rels, by_id, texts):
    if not isinstance(rels, list):
        err("relations.json: top level must be a list")
        return
    seen = set()
    for n, r in enumerate(rels):
        if not isinstance(r, dict):
            err("relation #%d is not an object" % n)
            continue
        keys = set(r)
        if REL_KEYS_REQ - keys:
            err("relation #%d: missing keys %s" % (n, sorted(REL_KEYS_REQ - keys)))
            continue
        if keys - REL_KEYS_REQ - REL_KEYS_OPT:
            err("relation #%d: unknown keys %s" % (n, sorted(keys - REL_KEYS_REQ - REL_KEYS_OPT)))
        s, p, o, d, ln = r["subject"], r["predicate"], r["object"], r["doc"], r["line"]
        tag = "relation #%d (%s %s %s, %s)" % (n, s, p, o, d)
        if p not in PREDICATES:
            err("%s: unknown predicate" % tag)
            continue
        if s not in by_id or o not in by_id:
            err("%s: references an unknown entity" % tag)
            continue
        if s == o:
            err("%s: subject equals object" % tag)
        dom, rng = PREDICATES[p]
        if by_id[s]["type"] not in dom or by_id[o]["type"] not in rng:
            err("%s: type %s -> %s not allowed" % (tag, by_id[s]["type"], by_id[o]["type"]))
        if d not in texts:
            err("%s: unknown doc" % tag)
            continue
        for x in (s, o):
            if d not in by_id[x]["docs"]:
                err("%s: entity %s is not listed as occurring in %s" % (tag, x, d))
        key = (s, p, o, d)
        if key in seen:
            err("%s: duplicate" % tag)
        seen.add(key)
        if not isinstance(ln, int) or not 1 <= ln <= len(texts[d]):
            err("%s: line out of range" % tag)
            continue
        if "role" in r and (not isinstance(r["role"], str) or not r["role"].strip()):
            err("%s: role must be a non-empty string" % tag)
        if "role" in r and p not in ("memberOf", "participatesIn"):
            err("%s: role only for memberOf/participatesIn" % tag)
        ev = r.get("evidence")
        if p != "involvesActor" and not ev:
            err("%s: evidence missing" % tag)
        if ev is not None:
            if not isinstance(ev, str) or not ev.strip():
                err("%s: empty evidence" % tag)
            elif norm(ev) not in norm(texts[d][ln - 1]):
                err("%s: evidence not on line %d: %r" % (tag, ln, ev))


# ---------------------------------------------------------------- transfer objects
def check_transfer_objects(tos, by_id, rels, texts):
    if not isinstance(tos, list):
        err("transfer_objects.json: top level must be a list")
        return
    sections = set()
    for t in tos:
        if not isinstance(t, dict) or set(t) != TO_KEYS:
            err("transfer object %r: keys must be %s" % (t.get("section") if isinstance(t, dict) else t, sorted(TO_KEYS)))
            continue
        sec, doc = t["section"], t["doc"]
        tag = "mask %s" % sec
        if not re.match(r"^\d+(\.\d+)+$", sec):
            err("%s: bad section number" % tag)
        if sec in sections:
            err("%s: duplicate section" % tag)
        sections.add(sec)
        if doc not in texts:
            err("%s: unknown doc %s" % (tag, doc))
            continue
        lines = texts[doc]
        if t["kbm_function"] not in KBM_FUNCTIONS:
            err("%s: unknown kbm_function %s" % (tag, t["kbm_function"]))
        if not isinstance(t["catalogue_page"], int):
            err("%s: catalogue_page must be an integer" % tag)
        else:
            pages = [i for i, l in enumerate(lines) if t["title"] in norm(l) and ("Seite %d" % t["catalogue_page"]) in l]
            toc = [i for i, l in enumerate(lines) if norm(l).startswith(sec + " ") and norm(l).endswith(" %d" % t["catalogue_page"])]
            if not pages and not toc:
                err("%s: catalogue page %d not found in a table of contents / Tab. 1" % (tag, t["catalogue_page"]))
        st = t["start_line"]
        if not isinstance(st, int) or not 1 <= st <= len(lines) or norm(lines[st - 1]) != norm(sec + " " + t["title"]):
            err("%s: start_line %r is not the heading '%s %s'" % (tag, st, sec, t["title"]))
        fp, fe, fm = t["fields_present"], t["fields_empty"], t["fields_missing"]
        allf = list(fp) + list(fe) + list(fm)
        if sorted(allf) != sorted(MASK_FIELDS) or len(set(allf)) != len(allf):
            err("%s: fields_present/empty/missing must partition %s" % (tag, MASK_FIELDS))
        ent = by_id.get("to-" + sec)
        if not ent or ent["type"] != "TransferObject" or norm(ent["name"]) != norm(t["title"]):
            err("%s: no TransferObject entity to-%s named '%s'" % (tag, sec, t["title"]))
        bakt = t["beteiligte_akteure"]
        if ("beteiligte_akteure" in fp) != bool(bakt):
            err("%s: beteiligte_akteure list disagrees with fields_present" % tag)
        for item in bakt:
            if set(item) != {"text", "line", "actors"}:
                err("%s: beteiligte_akteure item keys must be text, line, actors" % tag)
                continue
            ln = item["line"]
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                err("%s: actor item line out of range" % tag)
                continue
            first = norm(lines[ln - 1]).lstrip("•").strip()
            if not norm(item["text"]).startswith(first):
                err("%s: actor item text does not match line %d" % (tag, ln))
            if not item["actors"] or not all(isinstance(a, str) and a for a in item["actors"]):
                err("%s: actor item without actors" % tag)
    # involvesActor relations point to masks that exist
    for r in rels if isinstance(rels, list) else []:
        if isinstance(r, dict) and r.get("predicate") == "involvesActor":
            if r.get("subject", "")[3:] not in sections:
                err("involvesActor from %s: no such mask" % r.get("subject"))
    for eid, e in by_id.items():
        if e["type"] == "TransferObject" and eid[3:] not in sections:
            err("TransferObject %s has no entry in transfer_objects.json" % eid)


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    texts = check_manifest(root)
    ents = load_json(os.path.join(root, "gold", "entities.json"))
    rels = load_json(os.path.join(root, "gold", "relations.json"))
    tos = load_json(os.path.join(root, "gold", "transfer_objects.json"))
    by_id = check_entities(ents, texts) if ents is not None else {}
    if rels is not None:
        check_relations(rels, by_id, texts)
    if tos is not None:
        check_transfer_objects(tos, by_id, rels, texts)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("validate: %d error(s)" % len(errors))
        sys.exit(1)
    types = {}
    for e in ents:
        types[e["type"]] = types.get(e["type"], 0) + 1
    preds = {}
    for r in rels:
        preds[r["predicate"]] = preds.get(r["predicate"], 0) + 1
    print("documents:", len(texts), "(%d bytes)" % sum(len("\n".join(v).encode("utf-8")) for v in texts.values()))
    print("entities:", len(ents), dict(sorted(types.items())))
    print("relations:", len(rels), dict(sorted(preds.items())))
    print("transfer objects:", len(tos))
    print("validate: OK")


if __name__ == "__main__":
    main()
