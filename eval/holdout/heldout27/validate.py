#!/usr/bin/env python3
"""Validate the invented Transferatlas evaluation set in this folder.

Checks (python3 standard library only):
  * corpus/manifest.yaml lists exactly the files in corpus/ (ids = file stems, required keys present)
  * gold/entities.json, gold/relations.json, gold/transfer_objects.json parse and follow the shared gold format
  * ids are unique and well formed; types, predicates and measure kinds are from the allowed sets
  * every entity line really contains one of the entity's names/aliases (line breaks and
    hyphenation at line ends are joined the way the text allows)
  * every relation references existing entities, has a sensible type signature, and its
    evidence string occurs in the document starting on the given line
  * every product mask heading, field heading and BETEILIGTE AKTEURE line matches the text
Exit status 0 when everything passes, 1 otherwise.
Usage: python3 validate.py [--quiet]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
MEASURE_KINDS = {"work_package", "goal", "measure", "milestone"}
ACTORS = {"Organization", "Municipality", "Body"}
SIGNATURES = {  # predicate -> (allowed subject types, allowed object types)
    "memberOf": ({"Person"}, ACTORS),
    "participatesIn": (ACTORS, {"Body", "Programme"}),
    "cooperatesWith": (ACTORS, ACTORS),
    "fundedBy": (ACTORS | {"Programme", "Measure", "TransferObject"}, {"Organization", "Municipality", "Programme"}),
    "carriedBy": (ACTORS | {"Programme", "Measure", "TransferObject"}, {"Organization", "Municipality"}),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": ({"Organization", "Body"}, {"Organization", "Municipality", "Body"}),
    "involvesActor": ({"TransferObject"}, ACTORS | {"Person"}),
    "addressesActionField": ({"Measure", "TransferObject"}, {"ActionField"}),
}
MASK_FIELDS = [
    ("KURZBESCHREIBUNG", "kurzbeschreibung"), ("PRODUKTTYP", "produkttyp"), ("AUSGANGSSITUATION", "ausgangssituation"),
    ("ZIELE UND ANFORDERUNGEN", "ziele"), ("METHODEN, UMSETZUNG", "methoden"), ("RESSOURCEN", "ressourcen"),
    ("PROJEKTPLAN", "projektplan"), ("BETEILIGTE AKTEURE", "beteiligte_akteure"), ("MARKETING", "marketing"),
    ("GELINGENSBEDINGUNGEN", "gelingensbedingungen"), ("HERAUSFORDERUNGEN", "herausforderungen"),
    ("ANMERKUNGEN", "anmerkungen"), ("POTENZIELLE TRANSFER-ADRESSATEN", "transfer_adressaten"),
]
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
WS = re.compile(r"\s+")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return WS.sub(" ", s.replace("\u00a0", " ")).strip()


def variants(lines, i, extra=3):
    """Text starting at 0-based line i joined with up to `extra` following non-blank lines.
    A line ending in '-' may also be joined without the space (and without the hyphen before
    a lower-case continuation). Returns [(text, length_of_first_line)]."""
    first = norm(lines[i])
    nxt, j = [], i + 1
    while j < len(lines) and len(nxt) < extra:
        if norm(lines[j]):
            nxt.append(norm(lines[j]))
        j += 1
    cur, out = [first], [first]
    for n in nxt:
        new = []
        for v in cur:
            new.append(v + " " + n)
            if v.endswith("-"):
                new.append(v[:-1] + n if n[:1].islower() else v + n)
        cur = new
        out.extend(cur)
    return [(v, len(first)) for v in out]


def starts_in_line(lines, line_no, needle, casefold=False, bounded=False):
    if not (1 <= line_no <= len(lines)):
        return False
    nd = norm(needle)
    if casefold:
        nd = nd.lower()
    for text, n0 in variants(lines, line_no - 1):
        t = text.lower() if casefold else text
        k = t.find(nd)
        while k >= 0:
            if k < n0:
                if not bounded:
                    return True
                e = k + len(nd)
                before = t[k - 1] if k > 0 else " "
                after = t[e] if e < len(t) else " "
                if not (before.isalnum() and nd[:1].isalnum()) and not (after.isalnum() and nd[-1:].isalnum()):
                    return True
            k = t.find(nd, k + 1)
    return False


def load_json(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: cannot be read as JSON: {e}")
        return None
    if not isinstance(data, list):
        err(f"{name}: top level must be a list")
        return None
    return data


def read_manifest():
    path = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(path):
        err("corpus/manifest.yaml missing")
        return {}
    entries, cur = [], None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^\s*-\s+id:\s*(.+)$", line)
            if m:
                cur = {"id": m.group(1).strip().strip("\"'")}
                entries.append(cur)
                continue
            m = re.match(r"^\s+([a-z_]+):\s*(.*)$", line)
            if m and cur is not None:
                cur[m.group(1)] = m.group(2).strip().strip("\"'")
    required = {"id", "file", "title", "description", "publisher", "parties", "date", "kind", "format", "language", "licence"}
    out = {}
    for e in entries:
        miss = required - set(e)
        if miss:
            err(f"manifest entry {e.get('id')}: missing keys {sorted(miss)}")
        if e.get("language") != "de":
            err(f"manifest entry {e.get('id')}: language must be de")
        f = e.get("file", "")
        if os.path.splitext(f)[0] != e["id"]:
            err(f"manifest entry {e['id']}: id is not the stem of file {f!r}")
        if os.path.splitext(f)[1].lstrip(".") != e.get("format"):
            err(f"manifest entry {e['id']}: format {e.get('format')!r} does not match file {f!r}")
        out[e["id"]] = e
    return out


def main():
    quiet = "--quiet" in sys.argv
    manifest = read_manifest()
    docs = {}
    for f in sorted(os.listdir(CORPUS)):
        if f.endswith((".txt", ".md")):
            with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
                docs[os.path.splitext(f)[0]] = fh.read().split("\n")
    if set(docs) != set(manifest):
        err(f"manifest ids {sorted(manifest)} != corpus files {sorted(docs)}")
    for d, e in manifest.items():
        if d in docs and e.get("file") and not os.path.exists(os.path.join(CORPUS, e["file"])):
            err(f"manifest file missing: {e['file']}")

    ents = load_json("entities.json") or []
    rels = load_json("relations.json") or []
    tos = load_json("transfer_objects.json") or []

    # ------------------------------------------------------------ entities
    byid = {}
    for e in ents:
        if not isinstance(e, dict):
            err(f"entity is not an object: {e!r}")
            continue
        eid = e.get("id")
        for k, typ in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if not isinstance(e.get(k), typ):
                err(f"entity {eid}: key {k!r} missing or not {typ.__name__}")
        if not isinstance(eid, str):
            continue
        if not ID_RE.match(eid):
            err(f"entity id malformed: {eid!r}")
        if eid in byid:
            err(f"duplicate entity id {eid}")
        byid[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {eid}: unknown type {e.get('type')!r}")
        if not all(isinstance(a, str) and a for a in e.get("aliases", [])):
            err(f"entity {eid}: aliases must be non-empty strings")
        if e.get("type") == "Person":
            for k in ("role", "affiliation"):
                if not isinstance(e.get(k), str) or not e.get(k):
                    err(f"person {eid}: {k} missing")
        if e.get("type") == "Measure" and e.get("measure_kind") not in MEASURE_KINDS:
            err(f"measure {eid}: measure_kind {e.get('measure_kind')!r} not in {sorted(MEASURE_KINDS)}")
        if e.get("type") != "Measure" and "measure_kind" in e:
            err(f"entity {eid}: measure_kind on a non-Measure")
        for d in e.get("docs", []):
            if d not in docs:
                err(f"entity {eid}: unknown doc {d!r}")
        if len(set(e.get("docs", []))) != len(e.get("docs", [])):
            err(f"entity {eid}: duplicate docs")
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err(f"entity {eid}: lines must be an object")
            lines = {}
        forms = [e.get("name", "")] + list(e.get("aliases", []))
        for d, ls in lines.items():
            if d not in e.get("docs", []):
                err(f"entity {eid}: lines for {d} but doc not in docs")
            if d not in docs:
                continue
            if not isinstance(ls, list) or not ls or ls != sorted(set(ls)):
                err(f"entity {eid}: lines for {d} must be a sorted non-empty list without duplicates")
                continue
            for ln in ls:
                if not isinstance(ln, int) or not (1 <= ln <= len(docs[d])):
                    err(f"entity {eid}: line {ln!r} out of range in {d}")
                    continue
                if not any(starts_in_line(docs[d], ln, f, casefold=True, bounded=True) for f in forms if f):
                    err(f"entity {eid}: no name/alias found on {d}:{ln}: {norm(docs[d][ln - 1])[:80]!r}")

    # ------------------------------------------------------------ relations
    seen = set()
    rel_docs = {}
    for r in rels:
        if not isinstance(r, dict):
            err(f"relation is not an object: {r!r}")
            continue
        tag = f"{r.get('subject')} {r.get('predicate')} {r.get('object')} @{r.get('doc')}:{r.get('line')}"
        for k, typ in (("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int), ("evidence", str)):
            if not isinstance(r.get(k), typ):
                err(f"relation {tag}: key {k!r} missing or not {typ.__name__}")
        extra = set(r) - {"subject", "predicate", "object", "doc", "line", "evidence", "role", "note"}
        if extra:
            err(f"relation {tag}: unexpected keys {sorted(extra)}")
        p = r.get("predicate")
        if p not in PREDICATES:
            err(f"relation {tag}: unknown predicate")
        s, o = byid.get(r.get("subject")), byid.get(r.get("object"))
        if s is None:
            err(f"relation {tag}: subject is not an entity")
        if o is None:
            err(f"relation {tag}: object is not an entity")
        if r.get("subject") == r.get("object"):
            err(f"relation {tag}: subject equals object")
        if s is not None and o is not None and p in SIGNATURES:
            st, ot = SIGNATURES[p]
            if s["type"] not in st or o["type"] not in ot:
                err(f"relation {tag}: type signature {s['type']} -> {o['type']} not allowed for {p}")
        d = r.get("doc")
        if d not in docs:
            err(f"relation {tag}: unknown doc")
            continue
        key = (r.get("subject"), p, r.get("object"), d)
        if key in seen:
            err(f"relation {tag}: duplicate triple in the same document")
        seen.add(key)
        if p == "cooperatesWith" and (r.get("object"), p, r.get("subject"), d) in seen:
            err(f"relation {tag}: symmetric cooperatesWith annotated twice")
        for x in (r.get("subject"), r.get("object")):
            rel_docs.setdefault(x, set()).add(d)
        ev = r.get("evidence")
        if isinstance(ev, str) and isinstance(r.get("line"), int):
            if not ev.strip():
                err(f"relation {tag}: empty evidence")
            elif not starts_in_line(docs[d], r["line"], ev):
                err(f"relation {tag}: evidence not found starting on that line: {ev[:80]!r}")
        if "role" in r and (not isinstance(r["role"], str) or not r["role"]):
            err(f"relation {tag}: role must be a non-empty string")
    for eid, e in byid.items():
        for d in e.get("docs", []):
            if d not in e.get("lines", {}) and d not in rel_docs.get(eid, set()):
                err(f"entity {eid}: doc {d} has neither lines nor relations")
        if not e.get("docs"):
            err(f"entity {eid}: no docs")

    # ------------------------------------------------------------ transfer objects
    field_keys = [k for _, k in MASK_FIELDS]
    to_names = {e["name"] for e in byid.values() if e.get("type") == "TransferObject"}
    starts = {}
    for t in tos:
        sec = t.get("section")
        for k, typ in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int), ("start_line", int),
                       ("fields_present", list), ("fields_empty", list), ("fields_missing", list),
                       ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(k), typ):
                err(f"mask {sec}: key {k!r} missing or not {typ.__name__}")
        d = t.get("doc")
        if d not in docs:
            err(f"mask {sec}: unknown doc {d!r}")
            continue
        if t.get("kbm_function") not in {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}:
            err(f"mask {sec}: unknown kbm_function {t.get('kbm_function')!r}")
        if t.get("title") not in to_names:
            err(f"mask {sec}: no TransferObject entity named {t.get('title')!r}")
        sl = t.get("start_line")
        if isinstance(sl, int) and 1 <= sl <= len(docs[d]):
            if norm(docs[d][sl - 1]) != f"{sec} {t.get('title')}":
                err(f"mask {sec}: start_line {sl} is not the mask heading: {norm(docs[d][sl - 1])!r}")
        else:
            err(f"mask {sec}: start_line out of range")
            continue
        starts.setdefault(d, []).append(sl)
        fp, fe, fm = (set(t.get(k, [])) for k in ("fields_present", "fields_empty", "fields_missing"))
        if fp & fe or fp & fm or fe & fm or (fp | fe | fm) != set(field_keys):
            err(f"mask {sec}: fields_present/empty/missing must partition the 13 mask fields")
        toc = [i + 1 for i, l in enumerate(docs[d]) if norm(l).startswith(f"{sec} ") and norm(l).endswith(f" {t.get('catalogue_page')}")]
        if not toc:
            err(f"mask {sec}: no table-of-contents line with catalogue page {t.get('catalogue_page')}")
    for t in tos:
        d, sl, sec = t.get("doc"), t.get("start_line"), t.get("section")
        if d not in docs or not isinstance(sl, int):
            continue
        later = sorted(x for x in starts.get(d, []) if x > sl)
        end = later[0] - 1 if later else len(docs[d])
        heads = {}
        for i in range(sl, end + 1):
            u = norm(docs[d][i - 1]).upper()
            for pre, key in MASK_FIELDS:
                if u.startswith(pre):
                    heads[key] = i
        for key in t.get("fields_present", []) + t.get("fields_empty", []):
            if key not in heads:
                err(f"mask {sec}: field {key} listed but its heading is not in the mask")
        for key in t.get("fields_missing", []):
            if key in heads:
                err(f"mask {sec}: field {key} listed as missing but its heading is present (line {heads[key]})")
        for item in t.get("beteiligte_akteure", []):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not isinstance(item.get("line"), int) \
                    or not isinstance(item.get("actors"), list) or not item.get("actors"):
                err(f"mask {sec}: malformed beteiligte_akteure item {item!r}")
                continue
            if not (sl <= item["line"] <= end):
                err(f"mask {sec}: actor line {item['line']} outside the mask")
            if not starts_in_line(docs[d], item["line"], item["text"]):
                err(f"mask {sec}: actor text not on line {item['line']}: {item['text'][:60]!r}")
        if "beteiligte_akteure" in t.get("fields_present", []) and not t.get("beteiligte_akteure"):
            err(f"mask {sec}: BETEILIGTE AKTEURE present but no items")

    # ------------------------------------------------------------ report
    if errors:
        for x in errors:
            print("FAIL:", x)
        print(f"validate: {len(errors)} problem(s)")
        return 1
    if not quiet:
        from collections import Counter
        print("entities:", len(ents), dict(sorted(Counter(e["type"] for e in ents).items())))
        print("relations:", len(rels), dict(sorted(Counter(r["predicate"] for r in rels).items())))
        print("transfer objects:", len(tos), "| documents:", len(docs))
        print("validate: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
