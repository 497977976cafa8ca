#!/usr/bin/env python3
"""Validate the h22 evaluation set (corpus/ + gold/) and print counts.

Checks
  * entities: unique ids, known types, known documents, name and every alias occur
    (case-insensitive) in at least one of the entity's documents; every line listed under
    "lines" contains one of the entity's surface forms (or starts a line-spanning one)
  * relations: known predicate, subject/object ids exist, document exists and is listed in the
    docs of both entities, line is in range, evidence occurs verbatim in that line or - for
    evidence that crosses a line break - in the sentence containing it (the line with its
    neighbours joined by single spaces; end-of-line hyphenation may be undone), no duplicates
  * transfer_objects: start line holds the section number and title, every actor text occurs
    at its line, field lists are disjoint and cover the 13 mask fields, every mask has a
    TransferObject entity and involvesActor relations
  * manifest: one entry per corpus file, document id = file stem
Text matching normalises runs of whitespace (tabs, line breaks) to one space.
Exit status 1 on any error.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")
TYPES = {"Organization", "Municipality", "Body", "Programme", "Person", "ActionField", "Measure", "TransferObject"}
PREDICATES = ["memberOf", "participatesIn", "cooperatesWith", "fundedBy", "carriedBy", "chairedBy",
              "subOrganizationOf", "involvesActor", "addressesActionField"]
FIELDS = ["kurzbeschreibung", "produkttyp", "ausgangssituation", "ziele", "methoden", "ressourcen", "projektplan",
          "beteiligte_akteure", "marketing", "gelingensbedingungen", "herausforderungen", "anmerkungen",
          "transfer_adressaten"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def joins(lines):
    """space-joined and de-hyphenated join of non-empty, whitespace-normalised lines"""
    lines = [ws(l) for l in lines]
    lines = [l for l in lines if l]
    out = []
    for l in lines:
        if out and len(out[-1]) > 1 and out[-1].endswith("-") and out[-1][-2].isalpha() and l[:1].islower():
            out[-1] = out[-1][:-1] + l
        else:
            out.append(l)
    return " ".join(lines), " ".join(out)


def load_docs():
    docs = {}
    for name in sorted(os.listdir(CORPUS)):
        if name.endswith((".txt", ".md")):
            with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            docs[os.path.splitext(name)[0]] = lines
    return docs


def main():
    errors, warnings = [], []
    docs = load_docs()
    full = {d: tuple(x.lower() for x in joins(ls)) for d, ls in docs.items()}
    ents = json.load(open(os.path.join(GOLD, "entities.json"), encoding="utf-8"))
    rels = json.load(open(os.path.join(GOLD, "relations.json"), encoding="utf-8"))
    tos = json.load(open(os.path.join(GOLD, "transfer_objects.json"), encoding="utf-8"))

    # ---------------- entities
    by_id = {}
    for e in ents:
        eid = e.get("id")
        for k in ("id", "type", "name", "aliases", "docs"):
            if k not in e:
                errors.append(f"entity {eid}: missing key {k}")
        if eid in by_id:
            errors.append(f"duplicate entity id {eid}")
        by_id[eid] = e
        if e.get("type") not in TYPES:
            errors.append(f"entity {eid}: unknown type {e.get('type')}")
        for d in e.get("docs", []):
            if d not in docs:
                errors.append(f"entity {eid}: unknown document {d}")
        forms = [e["name"]] + list(e.get("aliases", []))
        for f in forms:
            nf = ws(f).lower()
            if not any(nf in v for d in e["docs"] if d in full for v in full[d]):
                errors.append(f"entity {eid}: {f!r} does not occur in its documents {e['docs']}")
        if e.get("type") == "Person" and not (e.get("role") or e.get("affiliation")):
            warnings.append(f"person {eid}: no role/affiliation")
        for d, ls in e.get("lines", {}).items():
            for no in ls:
                if not (1 <= no <= len(docs.get(d, []))):
                    errors.append(f"entity {eid}: line {d}:{no} out of range")
                    continue
                here = [x.lower() for x in joins(docs[d][no - 1:no + 3])]
                after = [x.lower() for x in joins(docs[d][no:no + 3])]
                if not any(h.count(ws(f).lower()) > a.count(ws(f).lower())
                           for f in forms for h, a in zip(here, after)):
                    if not any(ws(f).lower() in ws(docs[d][no - 1]).lower() for f in forms):
                        errors.append(f"entity {eid}: no surface form starts at {d}:{no}")

    # ---------------- relations
    seen = set()
    for r in rels:
        tag = f"{r.get('subject')} {r.get('predicate')} {r.get('object')} ({r.get('doc')}:{r.get('line')})"
        if r.get("predicate") not in PREDICATES:
            errors.append(f"relation {tag}: unknown predicate")
        for k in ("subject", "object"):
            if r.get(k) not in by_id:
                errors.append(f"relation {tag}: unknown {k} id")
            elif r.get("doc") not in by_id[r[k]]["docs"]:
                errors.append(f"relation {tag}: {k} does not list document {r.get('doc')}")
        key = (r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc"))
        if key in seen:
            errors.append(f"relation {tag}: duplicate")
        seen.add(key)
        d, no, ev = r.get("doc"), r.get("line"), r.get("evidence", "")
        if d not in docs:
            errors.append(f"relation {tag}: unknown document")
            continue
        if not isinstance(no, int) or not (1 <= no <= len(docs[d])):
            errors.append(f"relation {tag}: line out of range")
            continue
        if not ev:
            errors.append(f"relation {tag}: no evidence")
            continue
        line = docs[d][no - 1]
        if ev in line or ws(ev) in ws(line):
            pass
        else:
            sent = joins(docs[d][max(0, no - 4):no + 8])
            if not any(ws(ev) in s for s in sent):
                errors.append(f"relation {tag}: evidence not at line nor in its sentence: {ev!r}")
            else:
                # the evidence must touch the given line
                start_sent = joins(docs[d][no - 1:no + 8])
                if not any(ws(ev)[:25] in s for s in start_sent):
                    errors.append(f"relation {tag}: evidence does not start at/near the given line")
        if r.get("predicate") == "memberOf" and not r.get("role"):
            warnings.append(f"memberOf without role: {tag}")
        if r.get("predicate") == "involvesActor" and by_id.get(r.get("subject"), {}).get("type") != "TransferObject":
            errors.append(f"relation {tag}: involvesActor subject is not a TransferObject")
        if r.get("predicate") == "addressesActionField":
            if by_id.get(r.get("subject"), {}).get("type") != "Measure" or by_id.get(r.get("object"), {}).get("type") != "ActionField":
                errors.append(f"relation {tag}: addressesActionField must link Measure -> ActionField")
        if r.get("predicate") == "chairedBy" and by_id.get(r.get("object"), {}).get("type") != "Person":
            errors.append(f"relation {tag}: chairedBy object is not a Person")
        if r.get("predicate") == "memberOf" and by_id.get(r.get("subject"), {}).get("type") != "Person":
            errors.append(f"relation {tag}: memberOf subject is not a Person")

    # ---------------- transfer objects
    to_titles = {e["name"] for e in ents if e["type"] == "TransferObject"}
    for t in tos:
        d = t.get("doc")
        if d not in docs:
            errors.append(f"mask {t.get('section')}: unknown document")
            continue
        start = docs[d][t["start_line"] - 1]
        if t["section"] not in start or ws(t["title"]) not in ws(start):
            errors.append(f"mask {t['section']}: start_line {t['start_line']} does not hold section/title")
        lists = [set(t["fields_present"]), set(t["fields_empty"]), set(t["fields_missing"])]
        if set.union(*lists) != set(FIELDS) or sum(map(len, lists)) != len(FIELDS):
            errors.append(f"mask {t['section']}: field lists do not partition the 13 fields")
        for a in t["beteiligte_akteure"]:
            if ws(a["text"]) not in ws(docs[d][a["line"] - 1]):
                errors.append(f"mask {t['section']}: actor text not at line {a['line']}")
        if t["title"] not in to_titles:
            errors.append(f"mask {t['section']}: no TransferObject entity named {t['title']!r}")
        tid = [e["id"] for e in ents if e["type"] == "TransferObject" and e["name"] == t["title"]]
        if tid and not any(r["subject"] == tid[0] and r["predicate"] == "involvesActor" for r in rels) and t["beteiligte_akteure"]:
            errors.append(f"mask {t['section']}: actors listed but no involvesActor relation")

    # ---------------- manifest
    mpath = os.path.join(CORPUS, "manifest.json")
    if os.path.exists(mpath):
        man = json.load(open(mpath, encoding="utf-8"))
        entries = man["documents"] if isinstance(man, dict) else man
        ids = {m["id"] for m in entries}
        if ids != set(docs):
            errors.append(f"manifest ids {sorted(ids)} != corpus stems {sorted(docs)}")
        for m in entries:
            for k in ("id", "file", "title", "publisher", "date", "kind", "language", "licence"):
                if k not in m:
                    errors.append(f"manifest {m.get('id')}: missing {k}")
    else:
        errors.append("corpus/manifest.json missing")

    # ---------------- report
    print("documents:")
    for d, ls in docs.items():
        print(f"  {d:32s} {len(ls):4d} lines")
    tc = collections.Counter(e["type"] for e in ents)
    pc = collections.Counter(r["predicate"] for r in rels)
    print(f"entities: {len(ents)}")
    for k in sorted(TYPES):
        print(f"  {k:16s} {tc.get(k, 0)}")
    print(f"relations: {len(rels)}")
    for k in PREDICATES:
        print(f"  {k:22s} {pc.get(k, 0)}")
    print("relations per document:")
    for d, n in sorted(collections.Counter(r["doc"] for r in rels).items()):
        print(f"  {d:32s} {n}")
    print(f"masks: {len(tos)}")
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
