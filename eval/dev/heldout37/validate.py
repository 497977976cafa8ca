#!/usr/bin/env python3
"""Validate the Rodenwald evaluation set (corpus/ + gold/).

Checks
- JSON format and required keys of gold/entities.json, gold/relations.json,
  gold/transfer_objects.json (the format of the shared gold in ../shared/eval/extraction);
- entity ids unique, types and predicates from the data contract;
- every document named in the gold exists in corpus/ and in corpus/manifest.yaml;
- every entity alias occurs in one of the entity's documents, every listed document
  contains one of its names, and a name or alias starts on every listed line;
- every relation references existing entities of fitting types, its document mentions
  both entities, and its evidence occurs at its line: the evidence is split at " ... ";
  the first fragment must overlap the given line, every fragment must lie within
  +/- 8 lines of it (text compared with whitespace collapsed, case-insensitive);
- no duplicate relations (cooperatesWith counted symmetrically);
- transfer objects: start line holds "<section> <title>", a contents line gives the
  catalogue page, field lists partition the 13 Produktmaske fields, actor lines match,
  a TransferObject entity "to-<section>" exists for each mask and vice versa.

Standard library only. Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")
WINDOW = 8

ENTITY_TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure",
                "TransferObject"}
ACTOR = {"Organization", "Municipality", "Body"}
PREDICATES = {
    # predicate: (allowed subject types, allowed object types)
    "memberOf": ({"Person"}, ACTOR),
    "participatesIn": (ACTOR, {"Body", "Programme"}),
    "cooperatesWith": (ACTOR, ACTOR),
    "fundedBy": (ACTOR | {"Programme"}, ACTOR | {"Programme"}),
    "carriedBy": (ACTOR | {"Programme"}, ACTOR),
    "chairedBy": ({"Body"}, {"Person"}),
    "subOrganizationOf": (ACTOR, ACTOR),
    "involvesActor": ({"TransferObject"}, ACTOR | {"Person"}),
    "addressesActionField": ({"Measure"}, {"ActionField"}),
}
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen",
          "projektplan", "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen",
          "anmerkungen", "transfer_adressaten"]
KBM_FUNCTIONS = {"Strategische Ziele", "Daten", "Diskurs", "Handlungsfelder", "Maßnahmen"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def fold(s):
    return norm(s).casefold()


class Doc:
    def __init__(self, path):
        raw = open(path, encoding="utf-8").read()
        self.lines = raw.split("\n")
        self.nlines = [fold(l) for l in self.lines]
        self.starts = []
        pos = 0
        for n in self.nlines:
            self.starts.append(pos)
            pos += len(n) + 1
        self.text = " ".join(self.nlines)

    def span(self, a, b):
        a = max(1, a)
        b = min(len(self.lines), b)
        return self.starts[a - 1], self.starts[b - 1] + len(self.nlines[b - 1])

    def occurrences(self, needle):
        needle = fold(needle)
        if not needle:
            return
        i = self.text.find(needle)
        while i >= 0:
            yield i, i + len(needle)
            i = self.text.find(needle, i + 1)

    def line_of(self, off):
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1


def load(name):
    path = os.path.join(GOLD, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as ex:  # noqa: BLE001
        err("%s: cannot be read as JSON (%s)" % (name, ex))
        return None


def main():
    # ---- corpus and manifest
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(fn)
        if ext in (".txt", ".md"):
            docs[stem] = Doc(os.path.join(CORPUS, fn))
    manifest_path = os.path.join(CORPUS, "manifest.yaml")
    if not os.path.exists(manifest_path):
        err("corpus/manifest.yaml missing")
    else:
        man = open(manifest_path, encoding="utf-8").read()
        ids = re.findall(r"^\s*-\s*id:\s*(\S+)\s*$", man, re.M)
        files = re.findall(r"^\s*file:\s*(\S+)\s*$", man, re.M)
        for stem in docs:
            if stem not in ids:
                err("manifest: no entry with id %s" % stem)
        for fn in files:
            if not os.path.exists(os.path.join(CORPUS, fn)):
                err("manifest: file %s does not exist" % fn)
        for i in ids:
            if i not in docs:
                err("manifest: id %s has no document in corpus/" % i)
        for key in ("title", "description", "publisher", "parties", "date", "kind", "format", "language", "licence"):
            if len(re.findall(r"^\s*%s:" % key, man, re.M)) < len(ids):
                err("manifest: key %s missing in some entries" % key)

    entities = load("entities.json")
    relations = load("relations.json")
    tos = load("transfer_objects.json")
    if entities is None or relations is None or tos is None:
        return finish(None, None, None)

    # ---- entities
    ents = {}
    if not isinstance(entities, list):
        err("entities.json: top level must be a list")
        entities = []
    for i, e in enumerate(entities):
        where = "entity #%d" % i
        if not isinstance(e, dict):
            err("%s: not an object" % where)
            continue
        for k, t in (("id", str), ("type", str), ("name", str), ("aliases", list), ("docs", list)):
            if not isinstance(e.get(k), t):
                err("%s: key %s missing or not a %s" % (where, k, t.__name__))
        eid = e.get("id")
        if not isinstance(eid, str):
            continue
        where = "entity %s" % eid
        if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", eid):
            err("%s: id is not a lowercase slug" % where)
        if eid in ents:
            err("%s: duplicate id" % where)
        ents[eid] = e
        if e.get("type") not in ENTITY_TYPES:
            err("%s: unknown type %r" % (where, e.get("type")))
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            err("%s: empty name" % where)
        if e.get("type") == "Person":
            for k in ("role", "affiliation"):
                if not isinstance(e.get(k), str):
                    err("%s: persons carry %s" % (where, k))
        if e.get("type") == "TransferObject" and not eid.startswith("to-"):
            err("%s: transfer object ids start with 'to-'" % where)
        edocs = e.get("docs") if isinstance(e.get("docs"), list) else []
        if not edocs:
            err("%s: no docs" % where)
        if len(set(edocs)) != len(edocs):
            err("%s: docs repeated" % where)
        for d in edocs:
            if d not in docs:
                err("%s: unknown doc %s" % (where, d))
        forms = [e.get("name", "")] + [a for a in e.get("aliases", []) if isinstance(a, str)]
        for a in e.get("aliases", []):
            if not isinstance(a, str) or not a.strip():
                err("%s: empty or non-string alias" % where)
                continue
            if not any(any(True for _ in docs[d].occurrences(a)) for d in edocs if d in docs):
                err("%s: alias %r occurs in none of its docs" % (where, a))
        starts = {}
        for d in edocs:
            if d not in docs:
                continue
            st = set()
            for f in forms:
                for s, _ in docs[d].occurrences(f):
                    st.add(docs[d].line_of(s))
            if not st:
                err("%s: none of its names occurs in %s" % (where, d))
            starts[d] = st
        lines = e.get("lines")
        if lines is not None:
            if not isinstance(lines, dict):
                err("%s: lines must map doc -> list of line numbers" % where)
            else:
                for d, ls in lines.items():
                    if d not in edocs:
                        err("%s: lines for %s, which is not in docs" % (where, d))
                        continue
                    if not isinstance(ls, list) or not all(isinstance(x, int) for x in ls):
                        err("%s: lines of %s must be integers" % (where, d))
                        continue
                    for ln in ls:
                        if not 1 <= ln <= len(docs[d].lines):
                            err("%s: line %d out of range in %s" % (where, ln, d))
                        elif ln not in starts.get(d, set()):
                            err("%s: no name or alias starts on %s:%d" % (where, d, ln))

    # ---- relations
    if not isinstance(relations, list):
        err("relations.json: top level must be a list")
        relations = []
    seen = set()
    for i, r in enumerate(relations):
        where = "relation #%d" % i
        if not isinstance(r, dict):
            err("%s: not an object" % where)
            continue
        for k, t in (("subject", str), ("predicate", str), ("object", str), ("doc", str), ("line", int),
                     ("evidence", str)):
            if not isinstance(r.get(k), t):
                err("%s: key %s missing or not a %s" % (where, k, t.__name__))
        if "role" in r and not isinstance(r["role"], str):
            err("%s: role must be a string" % where)
        s, p, o, d = r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        where = "relation #%d (%s %s %s)" % (i, s, p, o)
        if p not in PREDICATES:
            err("%s: unknown predicate" % where)
        for x in (s, o):
            if x not in ents:
                err("%s: unknown entity %s" % (where, x))
        if s == o:
            err("%s: subject equals object" % where)
        if p in PREDICATES and s in ents and o in ents:
            st, ot = PREDICATES[p]
            if ents[s].get("type") not in st:
                err("%s: subject type %s not allowed" % (where, ents[s].get("type")))
            if ents[o].get("type") not in ot:
                err("%s: object type %s not allowed" % (where, ents[o].get("type")))
        if d not in docs:
            err("%s: unknown doc %s" % (where, d))
            continue
        for x in (s, o):
            if x in ents and d not in ents[x].get("docs", []):
                err("%s: entity %s is not listed as occurring in %s" % (where, x, d))
        key = (s, p, o, d)
        if key in seen or (p == "cooperatesWith" and (o, p, s, d) in seen):
            err("%s: duplicate relation in %s" % (where, d))
        seen.add(key)
        line, ev = r.get("line"), r.get("evidence")
        D = docs[d]
        if not isinstance(line, int) or not 1 <= line <= len(D.lines):
            err("%s: line %r out of range" % (where, line))
            continue
        if not isinstance(ev, str) or not ev.strip():
            err("%s: empty evidence" % where)
            continue
        frags = [f for f in (x.strip() for x in ev.split(" ... ")) if f]
        ls, le = D.span(line, line)
        ws, we = D.span(line - WINDOW, line + WINDOW)
        first_ok = any(a < le + 1 and b > ls for a, b in D.occurrences(frags[0]) if ws <= a and b <= we)
        if not first_ok:
            err("%s: evidence %r not found at %s:%d" % (where, frags[0], d, line))
        for f in frags[1:]:
            if not any(ws <= a and b <= we for a, b in D.occurrences(f)):
                err("%s: evidence fragment %r not within %d lines of %s:%d" % (where, f, WINDOW, d, line))

    # ---- transfer objects
    if not isinstance(tos, list):
        err("transfer_objects.json: top level must be a list")
        tos = []
    to_sections = set()
    for i, t in enumerate(tos):
        where = "transfer object #%d" % i
        if not isinstance(t, dict):
            err("%s: not an object" % where)
            continue
        for k, typ in (("section", str), ("title", str), ("kbm_function", str), ("catalogue_page", int),
                       ("start_line", int), ("fields_present", list), ("fields_empty", list),
                       ("fields_missing", list), ("beteiligte_akteure", list), ("doc", str)):
            if not isinstance(t.get(k), typ):
                err("%s: key %s missing or not a %s" % (where, k, typ.__name__))
        sec, d = t.get("section"), t.get("doc")
        where = "transfer object %s" % sec
        if not isinstance(sec, str) or not re.fullmatch(r"\d+(\.\d+)+", sec):
            err("%s: bad section number" % where)
            continue
        if sec in to_sections:
            err("%s: duplicate section" % where)
        to_sections.add(sec)
        if t.get("kbm_function") not in KBM_FUNCTIONS:
            err("%s: unknown kbm_function %r" % (where, t.get("kbm_function")))
        if d not in docs:
            err("%s: unknown doc %s" % (where, d))
            continue
        D = docs[d]
        sl = t.get("start_line")
        if not isinstance(sl, int) or not 1 <= sl <= len(D.lines) or D.nlines[sl - 1] != fold("%s %s" % (sec, t.get("title", ""))):
            err("%s: start_line %r does not hold '%s %s'" % (where, sl, sec, t.get("title")))
        page = t.get("catalogue_page")
        if not any(l.startswith(fold(sec) + " ") and l.endswith(" %s" % page) for l in D.nlines):
            err("%s: no contents line gives page %r" % (where, page))
        fp, fe, fm = (t.get(k) if isinstance(t.get(k), list) else [] for k in ("fields_present", "fields_empty", "fields_missing"))
        allf = fp + fe + fm
        if sorted(allf) != sorted(FIELDS) or len(set(allf)) != len(allf):
            err("%s: fields_present/empty/missing must partition the 13 mask fields" % where)
        if "beteiligte_akteure" in fp and not t.get("beteiligte_akteure"):
            err("%s: beteiligte_akteure present but no actors listed" % where)
        for a in t.get("beteiligte_akteure", []):
            if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not isinstance(a.get("line"), int) \
                    or not isinstance(a.get("actors"), list) or not a.get("actors"):
                err("%s: malformed actor entry %r" % (where, a))
                continue
            ln = a["line"]
            if not 1 <= ln <= len(D.lines) or fold(a["text"]) not in D.nlines[ln - 1]:
                err("%s: actor text %r not on line %d" % (where, a["text"], ln))
            if isinstance(sl, int) and ln <= sl:
                err("%s: actor line %d before the mask" % (where, ln))
        eid = "to-" + sec
        if eid not in ents or ents[eid].get("type") != "TransferObject":
            err("%s: no TransferObject entity %s" % (where, eid))
        elif norm(ents[eid].get("name", "")) != norm(t.get("title", "")):
            err("%s: entity %s name differs from title" % (where, eid))
    for eid, e in ents.items():
        if e.get("type") == "TransferObject" and eid[3:] not in to_sections:
            err("entity %s: transfer object without mask in transfer_objects.json" % eid)

    return finish(entities, relations, tos)


def finish(entities, relations, tos):
    if entities is not None:
        print("entities: %d %s" % (len(entities), dict(Counter(e.get("type") for e in entities if isinstance(e, dict)))))
        print("relations: %d %s" % (len(relations), dict(Counter(r.get("predicate") for r in relations if isinstance(r, dict)))))
        print("transfer objects: %d" % len(tos))
    if errors:
        for m in errors:
            print("ERROR: " + m)
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
