#!/usr/bin/env python3
"""Validate the Kalbenau-Mildeaue evaluation set (corpus/ + gold/).

Checks the JSON format of gold/entities.json, gold/relations.json and
gold/transfer_objects.json, the ids, that every evidence string occurs in its
document on the stated line, that every listed entity line contains one of the
entity's surface forms, that every relation references existing entities of
fitting types, and that corpus/manifest.yaml lists every document.

Text comparison is done after whitespace normalisation (runs of spaces, tabs
and line breaks count as one space), exactly as the gold was written; nothing
else (no case folding, no hyphenation repair) is applied.

Usage: python3 validate.py [SET_DIR]     exit status 0 = valid, 1 = invalid
Only the Python 3 standard library is used.
"""
import json
import os
import re
import sys
from collections import Counter

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person",
                "ActionField", "Measure", "TransferObject"}
ACTORS = {"Organization", "Municipality", "Body"}
# predicate -> (allowed subject types, allowed object types)
PREDICATES = {
    "memberOf": ({"Person"}, ACTORS),
    "participatesIn": (ACTORS, {"Body", "Programme"}),
    "cooperatesWith": (ACTORS, ACTORS),
    "fundedBy": (ACTORS | {"Programme", "Measure"}, ACTORS | {"Programme"}),
    "carriedBy": ({"Organization", "Body", "Programme"}, ACTORS),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": (ACTORS, ACTORS),
    "involvesActor": ({"TransferObject"}, ACTORS | {"Person", "Programme"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
MASK_FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden",
               "ressourcen", "projektplan", "beteiligte_akteure", "marketing",
               "gelingensbedingungen", "herausforderungen", "anmerkungen",
               "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
WS = " \t\r\n\xa0\u2009"

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"[ \t\r\n\xa0\u2009]+", " ", s).strip()


def normalize_with_lines(text):
    """Whitespace-normalised text plus, for every character, its 1-based source line."""
    out, lines = [], []
    line, prev_ws = 1, False
    for ch in text:
        if ch in WS:
            if not prev_ws and out:
                out.append(" ")
                lines.append(line)
            prev_ws = True
        else:
            out.append(ch)
            lines.append(line)
            prev_ws = False
        if ch == "\n":
            line += 1
    if out and out[-1] == " ":
        out.pop()
        lines.pop()
    return "".join(out), lines


def occurrences(hay, needle):
    res, start = [], 0
    while needle:
        k = hay.find(needle, start)
        if k < 0:
            return res
        res.append(k)
        start = k + 1
    return res


def load_json(path, kind):
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        err(f"{path}: cannot read JSON ({exc})")
        return []
    if not isinstance(data, list):
        err(f"{path}: top level must be a list of {kind}")
        return []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            err(f"{path}: item {i} is not an object")
    return [x for x in data if isinstance(x, dict)]


def main(root):
    corpus_dir = os.path.join(root, "corpus")
    gold_dir = os.path.join(root, "gold")

    # ---------------- corpus + manifest
    docs = {}
    for fn in sorted(os.listdir(corpus_dir)):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".md"):
            continue
        with open(os.path.join(corpus_dir, fn), encoding="utf-8") as fh:
            raw = fh.read()
        n, lm = normalize_with_lines(raw)
        docs[stem] = {"file": fn, "lines": raw.split("\n"), "norm": n, "lm": lm}
    if len(docs) != 5:
        err(f"corpus/: expected 5 documents, found {len(docs)}")
    man_path = os.path.join(corpus_dir, "manifest.yaml")
    if not os.path.exists(man_path):
        err("corpus/manifest.yaml missing")
    else:
        man = open(man_path, encoding="utf-8").read()
        ids = re.findall(r"^\s*-\s*id:\s*(\S+)\s*$", man, re.M)
        files = re.findall(r"^\s*file:\s*(\S+)\s*$", man, re.M)
        kinds = re.findall(r"^\s*kind:\s*(\S+)\s*$", man, re.M)
        if sorted(ids) != sorted(docs):
            err(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
        if sorted(files) != sorted(d["file"] for d in docs.values()):
            err("manifest files do not match corpus files")
        want = {"transfer_catalogue", "work_packages", "agreement", "minutes", "presentation"}
        if set(kinds) != want or len(kinds) != 5:
            err(f"manifest kinds {kinds} must be exactly one of each of {sorted(want)}")
        for key in ("title", "description", "publisher", "parties", "date", "format", "language", "licence"):
            if len(re.findall(rf"^\s*{key}:", man, re.M)) < 5:
                err(f"manifest: field '{key}' missing for some document")

    def line_ok(doc, text, line):
        """True if the normalised text occurs in doc with an occurrence covering `line`."""
        d = docs[doc]
        t = norm(text)
        for k in occurrences(d["norm"], t):
            if d["lm"][k] <= line <= d["lm"][k + len(t) - 1]:
                return True
        return False

    # ---------------- entities
    ents = load_json(os.path.join(gold_dir, "entities.json"), "entities")
    by_id = {}
    for e in ents:
        eid = e.get("id")
        for key, typ in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if not isinstance(e.get(key), typ):
                err(f"entity {eid}: field '{key}' missing or not {typ.__name__}")
        if not isinstance(eid, str):
            continue
        if not ID_RE.match(eid):
            err(f"entity id not a slug: {eid!r}")
        if eid in by_id:
            err(f"duplicate entity id {eid}")
        by_id[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {eid}: unknown type {e.get('type')!r}")
        if e.get("type") == "Person" and not isinstance(e.get("affiliation"), str):
            err(f"person {eid}: affiliation missing")
        forms = [e.get("name", "")] + [a for a in e.get("aliases", []) if isinstance(a, str)]
        if any(not isinstance(a, str) or not a.strip() for a in e.get("aliases", [])):
            err(f"entity {eid}: empty or non-string alias")
        edocs = e.get("docs") or []
        if not edocs:
            err(f"entity {eid}: no docs")
        for d in edocs:
            if d not in docs:
                err(f"entity {eid}: unknown doc {d!r}")
        known = [d for d in edocs if d in docs]
        for d in known:
            if not any(norm(f) and norm(f) in docs[d]["norm"] for f in forms):
                err(f"entity {eid}: no surface form occurs in doc {d}")
        for a in e.get("aliases", []):
            if isinstance(a, str) and not any(norm(a) in docs[d]["norm"] for d in known):
                err(f"entity {eid}: alias {a!r} does not occur in its docs")
        lines = e.get("lines", {})
        if not isinstance(lines, dict):
            err(f"entity {eid}: 'lines' must be an object")
            lines = {}
        for d, lst in lines.items():
            if d not in known:
                err(f"entity {eid}: lines for doc {d!r} not in its docs")
                continue
            for ln in lst:
                if not isinstance(ln, int) or not 1 <= ln <= len(docs[d]["lines"]):
                    err(f"entity {eid}: bad line {ln!r} in {d}")
                    continue
                text = norm(docs[d]["lines"][ln - 1])
                if not any(norm(f) and norm(f) in text for f in forms):
                    err(f"entity {eid}: line {d}:{ln} contains none of its surface forms")

    # ---------------- relations
    rels = load_json(os.path.join(gold_dir, "relations.json"), "relations")
    triples = Counter()
    for i, r in enumerate(rels):
        tag = f"relation {i} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
        for key, typ in (("subject", str), ("predicate", str), ("object", str), ("doc", str),
                         ("line", int), ("evidence", str)):
            if not isinstance(r.get(key), typ):
                err(f"{tag}: field '{key}' missing or not {typ.__name__}")
        if "role" in r and not isinstance(r["role"], str):
            err(f"{tag}: role must be a string")
        p = r.get("predicate")
        if p not in PREDICATES:
            err(f"{tag}: unknown predicate")
            continue
        s, o = by_id.get(r.get("subject")), by_id.get(r.get("object"))
        if s is None or o is None:
            err(f"{tag}: references an unknown entity")
            continue
        if r.get("subject") == r.get("object"):
            err(f"{tag}: subject equals object")
        st, ot = PREDICATES[p]
        if s["type"] not in st or o["type"] not in ot:
            err(f"{tag}: type {s['type']} -> {o['type']} not allowed for {p}")
        triples[(r["subject"], p, r["object"])] += 1
        d = r.get("doc")
        if d not in docs:
            err(f"{tag}: unknown doc {d!r}")
            continue
        for x in (s, o):
            if d not in x.get("docs", []):
                err(f"{tag}: entity {x['id']} does not list doc {d}")
        ev = r.get("evidence") or ""
        if not norm(ev):
            err(f"{tag}: empty evidence")
        elif norm(ev) not in docs[d]["norm"]:
            err(f"{tag}: evidence not found in {d}: {ev!r}")
        elif isinstance(r.get("line"), int) and not line_ok(d, ev, r["line"]):
            err(f"{tag}: evidence does not occur on line {r['line']} of {d}")
    for t, c in triples.items():
        if c > 1:
            err(f"duplicate relation {t} ({c}x)")

    # ---------------- transfer objects
    tos = load_json(os.path.join(gold_dir, "transfer_objects.json"), "transfer objects")
    sections = Counter()
    inv = {(r["subject"], r["object"]) for r in rels
           if r.get("predicate") == "involvesActor" and isinstance(r.get("subject"), str)}
    pairs = set()
    for t in tos:
        sec = t.get("section")
        tag = f"transfer object {sec}"
        for key, typ in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                         ("start_line", int), ("fields_present", list), ("fields_empty", list),
                         ("fields_missing", list), ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(key), typ):
                err(f"{tag}: field '{key}' missing or not {typ.__name__}")
        sections[sec] += 1
        if t.get("kbm_function") not in KBM_FUNCTIONS:
            err(f"{tag}: unknown kbm_function {t.get('kbm_function')!r}")
        d = t.get("doc")
        if d not in docs:
            err(f"{tag}: unknown doc {d!r}")
            continue
        fp, fe, fm = (t.get(k) or [] for k in ("fields_present", "fields_empty", "fields_missing"))
        allf = list(fp) + list(fe) + list(fm)
        if sorted(allf) != sorted(MASK_FIELDS):
            err(f"{tag}: fields_present/empty/missing must partition the 13 mask fields")
        sl = t.get("start_line")
        if isinstance(sl, int):
            if not 1 <= sl <= len(docs[d]["lines"]):
                err(f"{tag}: start_line out of range")
            else:
                head = norm(docs[d]["lines"][sl - 1])
                if not head.startswith(str(sec)) or norm(t.get("title", "")) not in head:
                    err(f"{tag}: start_line {sl} is not the section heading ({head!r})")
        ent = t.get("entity")
        if ent is not None and (ent not in by_id or by_id[ent]["type"] != "TransferObject"):
            err(f"{tag}: entity {ent!r} is not a TransferObject entity")
        for a in t.get("beteiligte_akteure") or []:
            if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not isinstance(a.get("line"), int):
                err(f"{tag}: malformed beteiligte_akteure entry {a!r}")
                continue
            if not isinstance(a.get("actors"), list) or not a["actors"]:
                err(f"{tag}: akteur entry without actors: {a['text']!r}")
            if not line_ok(d, a["text"], a["line"]):
                err(f"{tag}: akteur text not on line {a['line']}: {a['text']!r}")
            for i in a.get("actor_ids", []):
                if i not in by_id:
                    err(f"{tag}: unknown actor id {i!r}")
                elif ent:
                    pairs.add((ent, i))
    for s, c in sections.items():
        if c > 1:
            err(f"duplicate transfer object section {s}")
    to_ents = {t.get("entity") for t in tos}
    if pairs != {p for p in inv if p[0] in to_ents}:
        err(f"involvesActor relations and beteiligte_akteure actor_ids differ: {sorted(pairs ^ inv)}")

    # ---------------- summary
    print(f"documents: {len(docs)}")
    print(f"entities: {len(ents)}  " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(e.get('type') for e in ents).items())))
    print(f"relations: {len(rels)}  " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.get('predicate') for r in rels).items())))
    print(f"transfer objects: {len(tos)}")
    if errors:
        print(f"\nINVALID: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(base))
