#!/usr/bin/env python3
"""Validate /tmp/heldout17/gold against its corpus and against the shared gold format.

Independent of build_gold.py (it re-reads the text and re-checks everything):
  * schema: same files, same keys and value types as /work/shared/eval/extraction/*.json
    (derived from the shared files when they are readable, else a built-in copy);
    entity types, predicates and KBM functions from the shared eval README
  * ids unique; every relation subject/object is an entity id; no duplicate relations;
    relation doc is one of the docs of both its subject and its object
  * every evidence string occurs verbatim (whitespace-insensitive: tabs and line breaks
    count as one space) starting at its line, possibly running on over following lines
  * involvesActor: the line is a BETEILIGTE AKTEURE heading of that object's mask and
    the actor is named in that field
  * every alias occurs in one of the entity's docs; the name occurs too (or its form
    without a trailing "(…)" qualifier), unless the entity is role_only or has a note
  * every listed mention line really starts a mention of one of the entity's forms
  * transfer objects: heading at start_line, catalogue page in Table 1, fields present /
    empty / missing and BETEILIGTE AKTEURE items re-derived from the text
  * corpus: manifest lists every file; 130-250 lines per document; none of the names the
    brief forbids occurs
Exit status 0 = pass.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")
SHARED = "/work/shared/eval/extraction"

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
PREDICATES = {"memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"}
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
          "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
          "anmerkungen", "transfer_adressaten"]
HEADINGS = {"kurzbeschreibung": "KURZBESCHREIBUNG", "produkttyp": "PRODUKTTYP",
            "ausgangssituation": "AUSGANGSSITUATION", "ziele": "ZIELE UND ANFORDERUNGEN",
            "methoden": "METHODEN, UMSETZUNG", "ressourcen": "RESSOURCEN (", "projektplan": "PROJEKTPLAN",
            "beteiligte_akteure": "BETEILIGTE AKTEURE", "marketing": "MARKETING Ö",
            "gelingensbedingungen": "GELINGENSBEDINGUNGEN", "herausforderungen": "HERAUSFORDERUNGEN",
            "anmerkungen": "ANMERKUNGEN", "transfer_adressaten": "POTENZIELLE TRANSFER-ADRESSATEN"}
FORBIDDEN = ["Leipzig", "Weidenbrunn", "Orla-Saale", "Kranichfurt", "Kirnwald", "TraMo", "Tellau", "Rabenau",
             "Auenfels", "Talbrunn", "Kranichsee", "Elsterland", "Aichelfingen", "Graefenwerra",
             "Treenemarsch", "Altmühlfurt", "Havelried", "Lennetal", "Warnekow", "Elmsheide", "Lauterwald",
             "Ohrefeld", "Sauerwald", "Talbrück", "Werra-Hainich", "Altmühlgrund", "Elbstedt", "Nordholm",
             "Uckerheide", "Wittmarschen", "Isengrund", "Küstemark", "Lindenfurt", "Merzenbach", "Recknitz",
             "Dümmerheide", "Hasebrück", "Lahn-Ohm", "Selzheim"]

# built-in copy of the shared schema (used when the shared files are not readable)
BUILTIN = {
    "entities.json": {"required": {"id": "str", "type": "str", "name": "str", "aliases": "list", "docs": "list"},
                      "optional": {"lines": "dict", "role": "str", "affiliation": "str", "note": "str",
                                   "role_only": "bool"}},
    "relations.json": {"required": {"subject": "str", "predicate": "str", "object": "str", "doc": "str",
                                    "line": "int"},
                       "optional": {"evidence": "str", "note": "str", "role": "str"}},
    "transfer_objects.json": {"required": {"section": "str", "title": "str", "kbm_function": "str",
                                           "catalogue_page": "int", "start_line": "int",
                                           "fields_present": "list", "fields_empty": "list",
                                           "fields_missing": "list", "beteiligte_akteure": "list",
                                           "doc": "str"},
                              "optional": {}},
}

errors = []


def err(msg):
    errors.append(msg)


def tname(v):
    return {str: "str", int: "int", list: "list", dict: "dict", bool: "bool", float: "float"}.get(type(v),
                                                                                               type(v).__name__)


def shared_schema(fn):
    path = os.path.join(SHARED, fn)
    try:
        data = json.load(open(path, encoding="utf-8"))
    except Exception:
        return BUILTIN[fn], "built-in"
    keys_all, types = None, {}
    for rec in data:
        ks = set(rec)
        keys_all = ks if keys_all is None else keys_all & ks
        for k, v in rec.items():
            types.setdefault(k, tname(v))
    req = {k: types[k] for k in keys_all}
    opt = {k: t for k, t in types.items() if k not in keys_all}
    return {"required": req, "optional": opt}, "shared"


def check_schema(fn, data):
    sch, src = shared_schema(fn)
    if not isinstance(data, list):
        err(f"{fn}: top level must be a list")
        return src
    allowed = {**sch["required"], **sch["optional"]}
    for i, rec in enumerate(data):
        for k, t in sch["required"].items():
            if k not in rec:
                err(f"{fn}[{i}]: missing key {k}")
        for k, v in rec.items():
            if k not in allowed:
                err(f"{fn}[{i}]: key {k!r} not in shared format")
            elif tname(v) != allowed[k]:
                err(f"{fn}[{i}]: key {k} has type {tname(v)}, shared has {allowed[k]}")
    return src


# ---------------------------------------------------------------------------------------
# text helpers


def load_docs():
    docs = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*"))):
        stem, ext = os.path.splitext(os.path.basename(path))
        if ext in (".txt", ".md"):
            with open(path, encoding="utf-8") as fh:
                docs[stem] = fh.read().split("\n")
            if docs[stem] and docs[stem][-1] == "":
                docs[stem].pop()
    return docs


def views_with_linemap(lines):
    """Yield (text, line_of_char) for three views: whitespace-collapsed, hyphen-kept join,
    dehyphenated join.  line_of_char[i] = 1-based source line of character i."""
    out = []
    for mode in ("ws", "hy", "dh"):
        chars, lmap = [], []
        for i, raw in enumerate(lines):
            ln = re.sub(r"\s+", " ", raw).strip()
            if not ln:
                continue
            if chars:
                prev = chars[-1]
                join_tight = (mode in ("hy", "dh") and prev in "-–" and len(chars) > 1
                              and chars[-2].isalpha() and ln[0].isalnum())
                if join_tight:
                    if mode == "dh" and prev == "-" and ln[0].islower():
                        chars.pop()
                        lmap.pop()
                else:
                    chars.append(" ")
                    lmap.append(i + 1)
            for c in ln:
                chars.append(c)
                lmap.append(i + 1)
        out.append(("".join(chars), lmap))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_qualifier(name):
    return re.sub(r"\s*\([^()]*\)$", "", name).strip()


def occurrences(views, form, word=True):
    pat = (r"(?<!\w)" + re.escape(form) + r"(?!\w)") if word else re.escape(form)
    found = set()
    for text, lmap in views:
        for m in re.finditer(pat, text, re.IGNORECASE):
            found.add(lmap[m.start()])
    return found


# ---------------------------------------------------------------------------------------


def main():
    docs = load_docs()
    views = {d: views_with_linemap(ls) for d, ls in docs.items()}

    # ---- corpus checks
    man = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(man):
        err("corpus/manifest.yaml missing")
    else:
        mtxt = open(man, encoding="utf-8").read()
        try:
            import yaml
            mdoc = yaml.safe_load(mtxt)
            listed = {d["file"] for d in mdoc["documents"]}
            for d in mdoc["documents"]:
                for k in ("file", "title", "publisher", "date", "kind", "language", "licence"):
                    if k not in d:
                        err(f"manifest entry {d.get('file')}: missing {k}")
        except ImportError:
            listed = set(re.findall(r"file:\s*(\S+)", mtxt))
        for path in glob.glob(os.path.join(CORPUS, "*")):
            b = os.path.basename(path)
            if b != "manifest.yaml" and b not in listed:
                err(f"manifest does not list {b}")
    for d, ls in docs.items():
        if not 130 <= len(ls) <= 250:
            err(f"{d}: {len(ls)} lines (must be 130-250)")
        text = "\n".join(ls)
        for name in FORBIDDEN:
            if re.search(r"(?<!\w)" + re.escape(name), text):
                err(f"{d}: forbidden name {name!r} occurs")

    # ---- load gold
    gold = {}
    for fn in ("entities.json", "relations.json", "transfer_objects.json"):
        with open(os.path.join(GOLD, fn), encoding="utf-8") as fh:
            gold[fn] = json.load(fh)
        src = check_schema(fn, gold[fn])
    print(f"schema reference: {src}")
    ents, rels, tos = gold["entities.json"], gold["relations.json"], gold["transfer_objects.json"]

    # ---- entities
    by_id = {}
    for e in ents:
        if e["id"] in by_id:
            err(f"duplicate entity id {e['id']}")
        by_id[e["id"]] = e
        if e["type"] not in ENTITY_TYPES:
            err(f"{e['id']}: unknown type {e['type']}")
        for d in e["docs"]:
            if d not in docs:
                err(f"{e['id']}: unknown doc {d}")
        if set(e.get("lines", {})) != set(e["docs"]):
            err(f"{e['id']}: lines keys {sorted(e.get('lines', {}))} != docs {sorted(e['docs'])}")
        if e["type"] == "Person" and not (e.get("role") and e.get("affiliation")):
            err(f"{e['id']}: person without role/affiliation")
        if len(set(a.lower() for a in e["aliases"])) != len(e["aliases"]):
            err(f"{e['id']}: duplicate aliases")
        forms = [e["name"], strip_qualifier(e["name"])] + e["aliases"]
        # aliases occur
        for a in e["aliases"]:
            if not any(occurrences(views[d], a) for d in e["docs"] if d in views):
                err(f"{e['id']}: alias {a!r} not found in its docs")
        # name occurs
        if not e.get("role_only") and not e.get("note"):
            if not any(occurrences(views[d], f) for d in e["docs"] if d in views
                       for f in (e["name"], strip_qualifier(e["name"]))):
                err(f"{e['id']}: name {e['name']!r} not found in its docs (and no note)")
        # mention lines
        for d, lines in e.get("lines", {}).items():
            if d not in views:
                continue
            if lines != sorted(set(lines)) or not lines:
                err(f"{e['id']}: lines for {d} not sorted/unique/non-empty")
            starts = set()
            for f in forms:
                starts |= occurrences(views[d], f)
            for ln in lines:
                if ln not in starts:
                    err(f"{e['id']}: no mention of {forms[1:]!r} starts at {d}:{ln}")

    # ---- transfer objects
    to_akteure = {}
    for t in tos:
        d = t["doc"]
        if d not in docs:
            err(f"TO {t['section']}: unknown doc")
            continue
        ls = docs[d]
        if t["kbm_function"] not in KBM_FUNCTIONS:
            err(f"TO {t['section']}: kbm_function {t['kbm_function']!r}")
        head = norm(ls[t["start_line"] - 1])
        if head != f"{t['section']} {t['title']}":
            err(f"TO {t['section']}: start_line {t['start_line']} is {head!r}")
        wstext = views[d][0][0]
        if not re.search(re.escape(t["title"]) + r" \(Seite " + str(t["catalogue_page"]) + r"\)", wstext):
            err(f"TO {t['section']}: Table 1 has no '{t['title']} (Seite {t['catalogue_page']})'")
        for k in ("fields_present", "fields_empty", "fields_missing"):
            for f in t[k]:
                if f not in FIELDS:
                    err(f"TO {t['section']}: unknown field {f}")
        allf = t["fields_present"] + t["fields_empty"] + t["fields_missing"]
        if sorted(allf) != sorted(FIELDS):
            err(f"TO {t['section']}: fields do not partition the 13 mask fields")
        # re-derive the mask extent and headings
        start = t["start_line"] - 1
        end = len(ls)
        for j in range(start + 1, len(ls)):
            if re.match(r"^\s*(STRATEGISCHE ZIELE|DATEN|DISKURS|HANDLUNGSFELDER|MASSNAHMEN)\s*$", ls[j]):
                end = j
                break
            if re.match(r"^\s*\d+(\.\d+){3}\s+\S", ls[j]) and not re.search(
                    r"(DISKURS|DATEN|MASSNAHMEN|HANDLUNGSFELDER|STRATEGISCHE ZIELE)\s*$", ls[j]) \
                    and not ls[j].strip().startswith(t["section"]):
                end = j
                break
        heads = []
        for j in range(start, end):
            up = ls[j].strip().upper()
            for f, h in HEADINGS.items():
                if up.startswith(h):
                    heads.append((j, f))
        found = {f for _, f in heads}
        for f in t["fields_missing"]:
            if f in found:
                err(f"TO {t['section']}: field {f} listed missing but heading present")
        for f in t["fields_present"] + t["fields_empty"]:
            if f not in found:
                err(f"TO {t['section']}: field {f} listed but no heading")
        for k, (j, f) in enumerate(heads):
            nxt = heads[k + 1][0] if k + 1 < len(heads) else end
            body = [ls[m] for m in range(j + 1, nxt) if ls[m].strip()
                    and not re.match(r"^\s*\d{1,3}\s*$", ls[m])
                    and not re.match(r"^\s*\d+(\.\d+)+\s.*(DISKURS|DATEN|MASSNAHMEN)\s*$", ls[m])]
            if f in t["fields_empty"] and body:
                err(f"TO {t['section']}: field {f} listed empty but has content")
            if f in t["fields_present"] and not body:
                err(f"TO {t['section']}: field {f} listed present but empty")
            if f == "beteiligte_akteure":
                to_akteure[(d, t["section"])] = (j + 1, nxt)
        for item in t["beteiligte_akteure"]:
            raw = ls[item["line"] - 1]
            if not raw.lstrip().startswith("•"):
                err(f"TO {t['section']}: akteure line {item['line']} is not a bullet")
            if norm(raw.replace("•", " ")) != item["text"]:
                err(f"TO {t['section']}: akteure text mismatch at {item['line']}")
            if not item["actors"] or not all(isinstance(a, str) for a in item["actors"]):
                err(f"TO {t['section']}: akteure item without actors at {item['line']}")

    # ---- relations
    seen = set()
    to_by_entity = {}
    for e in ents:
        if e["type"] == "TransferObject":
            for t in tos:
                if norm(t["title"]) == norm(e["name"]):
                    to_by_entity[e["id"]] = (t["doc"], t["section"])
    for i, r in enumerate(rels):
        s, p, o, d = r["subject"], r["predicate"], r["object"], r["doc"]
        tag = f"relation[{i}] {s} {p} {o}"
        if p not in PREDICATES:
            err(f"{tag}: unknown predicate")
        for x in (s, o):
            if x not in by_id:
                err(f"{tag}: {x} is not an entity id")
        if s not in by_id or o not in by_id:
            continue
        if (s, p, o, d) in seen:
            err(f"{tag}: duplicate")
        seen.add((s, p, o, d))
        if d not in by_id[s]["docs"] or d not in by_id[o]["docs"]:
            err(f"{tag}: subject or object not annotated in {d}")
        if p == "memberOf" and by_id[s]["type"] != "Person":
            err(f"{tag}: memberOf subject must be a Person")
        if p == "addressesActionField" and (by_id[s]["type"], by_id[o]["type"]) != ("Measure", "ActionField"):
            err(f"{tag}: addressesActionField must be Measure -> ActionField")
        if p == "chairedBy" and (by_id[s]["type"], by_id[o]["type"]) != ("Body", "Person"):
            err(f"{tag}: chairedBy must be Body -> Person")
        if p == "involvesActor" and by_id[s]["type"] != "TransferObject":
            err(f"{tag}: involvesActor subject must be a TransferObject")
        ls = docs.get(d)
        if ls is None:
            err(f"{tag}: unknown doc {d}")
            continue
        if not 1 <= r["line"] <= len(ls):
            err(f"{tag}: line out of range")
            continue
        if "evidence" in r:
            ev = norm(r["evidence"])
            first = norm(ls[r["line"] - 1])
            if not first:
                err(f"{tag}: evidence line {r['line']} is blank")
                continue
            window = norm(" ".join(ls[r["line"] - 1:r["line"] + 12]))
            pos = window.find(ev)
            if pos < 0 or pos >= len(first):
                err(f"{tag}: evidence not found starting at {d}:{r['line']}: {r['evidence']!r}")
            if r.get("role") and p == "memberOf" and norm(r["role"]) not in window:
                err(f"{tag}: role {r['role']!r} not in the text at its line")
        elif p == "involvesActor":
            key = to_by_entity.get(s)
            if not key or key[0] != d or key not in to_akteure:
                err(f"{tag}: no mask/BETEILIGTE AKTEURE for {s}")
                continue
            lo, hi = to_akteure[key]
            if r["line"] != lo:
                err(f"{tag}: line {r['line']} is not the BETEILIGTE AKTEURE heading ({lo})")
            ent = by_id[o]
            sect = views_with_linemap(ls[lo - 1:hi])
            forms = [ent["name"], strip_qualifier(ent["name"])] + ent["aliases"]
            if not any(occurrences(sect, f) for f in forms):
                err(f"{tag}: actor not named in BETEILIGTE AKTEURE (l.{lo}-{hi})")
        else:
            err(f"{tag}: relation without evidence")

    n_lines = sum(len(v) for e in ents for v in e.get("lines", {}).values())
    print(f"docs: {len(docs)}  entities: {len(ents)}  mention lines: {n_lines}  relations: {len(rels)}  "
          f"transfer objects: {len(tos)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
